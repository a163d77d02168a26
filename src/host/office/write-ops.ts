/**
 * A plan rendered as a list of sized write operations. Each queues Office.js calls on a
 * context (no sync); the runner packs them into syncs under the payload budget and splits an
 * operation when Excel still rejects the request as too large.
 */
import { parseA1, qualify, rangeA1, toA1 } from '../../core/a1';
import type { BudgetPilotState, CellBlock, NamePlan, SheetPlan } from '../../core/plan/types';
import { blockArrays, styleRects, TEXT_FORMAT } from './cell-arrays';
import { applyStyle, charsToPoints } from './styles';
import { jsonBytes, chunkBySize, OP_OVERHEAD_BYTES } from './payload';
import { STATE_SHEET, stateChunks } from './state-cells';

export interface WriteOp {
  /** Estimated request bytes. */
  bytes: number;
  /** Cells whose content this op writes. */
  cells: number;
  label: string;
  queue(ctx: Excel.RequestContext): void;
  /** Two smaller ops doing the same work, or null when it cannot be split. */
  split(): WriteOp[] | null;
}

/**
 * Conservative bytes for one proxy/property action in a real Office.js request (object path,
 * ids, names): formatting a range is ~8 of them, so style ops are priced by actions, not data.
 */
const PATH_BYTES = 160;

function simple(label: string, bytes: number, queue: (ctx: Excel.RequestContext) => void): WriteOp {
  return { label, bytes: bytes + OP_OVERHEAD_BYTES, cells: 0, queue, split: () => null };
}

const sheet = (ctx: Excel.RequestContext, name: string): Excel.Worksheet => ctx.workbook.worksheets.getItem(name);

/** Creates the sheet, or clears an owned one we rebuild (contents, formats, CFs, panes, notes). */
export function prepareSheetOp(s: SheetPlan, exists: boolean, oldNotes: Excel.Note[] = []): WriteOp {
  return simple(`prepare ${s.name}`, jsonBytes(s.name) + (6 + 2 * oldNotes.length) * PATH_BYTES, (ctx) => {
    for (const n of oldNotes) n.delete();
    if (exists) {
      const ws = sheet(ctx, s.name);
      // The used range including formatting-only cells: everything we wrote. Not the whole
      // sheet, which would be 17 billion cells for one operation (OperationCellsExceedLimit risk).
      const used = ws.getUsedRange(false);
      used.conditionalFormats.clearAll();
      used.clear('All');
      ws.freezePanes.unfreeze();
    } else {
      ctx.workbook.worksheets.add(s.name);
    }
    if (s.tabColor) sheet(ctx, s.name).tabColor = s.tabColor;
  });
}

/** Cell writes of one block: numberFormat first (so text cells are Text), then formulas. */
export function blockOps(sheetName: string, block: CellBlock, budget: number): WriteOp[] {
  if (block.cells.length === 0) return [];
  const arrays = blockArrays(block);
  if (arrays.width === 0) return [];
  const top = parseA1(block.at);
  const make = (a: number, b: number): WriteOp => {
    let bytes = 0;
    for (let i = a; i < b; i++) bytes += arrays.rowBytes[i];
    return {
      label: `cells ${sheetName}!${rangeA1(top.row + a, top.col, b - a, arrays.width)}`,
      bytes: bytes + 2 * OP_OVERHEAD_BYTES,
      cells: (b - a) * arrays.width,
      queue: (ctx) => {
        const r = sheet(ctx, sheetName).getRangeByIndexes(top.row + a, top.col, b - a, arrays.width);
        r.numberFormat = arrays.numberFormats.slice(a, b);
        r.formulas = arrays.formulas.slice(a, b);
      },
      split: () => {
        if (b - a < 2) return null;
        const mid = a + Math.floor((b - a) / 2);
        return [make(a, mid), make(mid, b)];
      },
    };
  };
  return chunkBySize(arrays.rowBytes, budget).map(([a, b]) => make(a, b));
}

export function styleOps(sheetName: string, block: CellBlock): WriteOp[] {
  const top = parseA1(block.at);
  return styleRects(block.cells).map((r) =>
    simple(`style ${r.style}`, 8 * PATH_BYTES, (ctx) => {
      applyStyle(sheet(ctx, sheetName).getRangeByIndexes(top.row + r.row, top.col + r.col, r.rowCount, r.colCount), r.style);
    }),
  );
}

export function sheetFinishOps(s: SheetPlan, notesSupported: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const cf of s.conditionalFormats) {
    ops.push(
      simple(`cf ${cf.range}`, jsonBytes(cf) + 8 * PATH_BYTES, (ctx) => {
        const c = sheet(ctx, s.name).getRange(cf.range).conditionalFormats.add('Custom');
        c.custom.rule.formula = cf.formula;
        if (cf.fill) c.custom.format.fill.color = cf.fill;
        if (cf.fontColor) c.custom.format.font.color = cf.fontColor;
        if (cf.bold !== undefined) c.custom.format.font.bold = cf.bold;
      }),
    );
  }
  if (s.columnWidths.length) {
    ops.push(
      simple(`widths ${s.name}`, s.columnWidths.length * 3 * PATH_BYTES, (ctx) => {
        const ws = sheet(ctx, s.name);
        for (const w of s.columnWidths) ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = charsToPoints(w.width);
      }),
    );
  }
  const fr = s.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    ops.push(
      simple(`freeze ${s.name}`, 4 * PATH_BYTES, (ctx) => {
        const panes = sheet(ctx, s.name).freezePanes;
        if (fr.rows > 0 && fr.cols > 0) panes.freezeAt(sheet(ctx, s.name).getRangeByIndexes(0, 0, fr.rows, fr.cols));
        else if (fr.rows > 0) panes.freezeRows(fr.rows);
        else panes.freezeColumns(fr.cols);
      }),
    );
  }
  if (notesSupported) {
    for (const n of s.notes) {
      ops.push(
        simple(`note ${n.at}`, jsonBytes(n.text) + 4 * PATH_BYTES, (ctx) => {
          const ws = sheet(ctx, s.name);
          ws.notes.add(ws.getRange(n.at), n.text);
        }),
      );
    }
  }
  return ops;
}

/** Replaces each defined name (delete when it exists, then add). */
export function nameOps(names: NamePlan[], existing: Set<string>): WriteOp[] {
  return names.map((n) =>
    simple(`name ${n.name}`, jsonBytes(n) + 4 * PATH_BYTES, (ctx) => {
      if (existing.has(n.name.toUpperCase())) ctx.workbook.names.getItem(n.name).delete();
      ctx.workbook.names.add(n.name, `=${qualify(n.sheet, n.address)}`, n.comment ?? '');
    }),
  );
}

/** Writes the state JSON into the very hidden state sheet, as text. */
export function stateOp(state: BudgetPilotState, exists: boolean): WriteOp {
  const chunks = stateChunks(state);
  return simple('state', 2 * jsonBytes(chunks) + 8 * PATH_BYTES, (ctx) => {
    const ws = exists ? sheet(ctx, STATE_SHEET) : ctx.workbook.worksheets.add(STATE_SHEET);
    if (exists) ws.getUsedRange(false).clear('All');
    const r = ws.getRange(`A1:${toA1(chunks.length - 1, 0)}`);
    r.numberFormat = chunks.map(() => [TEXT_FORMAT]);
    r.values = chunks.map((c) => [c]);
    ws.visibility = 'VeryHidden';
  });
}

/** Protects a sheet again after its rebuild, with the options it had. */
export function reprotectOp(sheetName: string, options: Excel.WorksheetProtectionOptions): WriteOp {
  return simple(`protect ${sheetName}`, jsonBytes(options) + 3 * PATH_BYTES, (ctx) => {
    sheet(ctx, sheetName).protection.protect(options);
  });
}
