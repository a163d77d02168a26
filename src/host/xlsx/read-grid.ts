/**
 * Reads one ExcelJS worksheet into a Grid shaped like what Office.js returns for the used
 * range: "" for empty cells, dates as Excel serial numbers, rich text as plain text, formula
 * cells with their cached result as value and "=formula" in formulas, error values as
 * "#N/A"-style strings typed 'Error'.
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeA1 } from '../../core/a1';
import { HostError } from '../workbook-host';
import type { CellValue, CellValueType, Grid, MergedArea } from '../../core/grid';

const MS_PER_DAY = 86400000;
/** Days between 1899-12-30 (1900 system serial 0) and 1970-01-01. */
const EPOCH_1900 = 25569;
/** The 1904 system counts from 1904-01-01: 1462 days later than the 1900 system. */
const OFFSET_1904 = 1462;

export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + EPOCH_1900;
  return date1904 ? serial - OFFSET_1904 : serial;
}

interface Converted {
  value: CellValue;
  type: CellValueType;
}

/** Converts a plain (non-formula) ExcelJS value or a formula result to an Office.js-style value. */
function convertPlain(v: unknown, date1904: boolean): Converted {
  if (v === null || v === undefined) return { value: '', type: 'Empty' };
  if (typeof v === 'number') return { value: v, type: 'Double' };
  if (typeof v === 'string') return { value: v, type: v === '' ? 'Empty' : 'String' };
  if (typeof v === 'boolean') return { value: v, type: 'Boolean' };
  if (v instanceof Date) return { value: dateToSerial(v, date1904), type: 'Double' };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: o.error, type: 'Error' };
    if (Array.isArray(o.richText)) {
      const text = (o.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
      return { value: text, type: text === '' ? 'Empty' : 'String' };
    }
    if ('text' in o && 'hyperlink' in o) return convertPlain(o.text, date1904);
  }
  return { value: String(v), type: 'String' };
}

/** Office.js shows en-US formulas without the file format's future-function prefixes. */
export function fromFileFormula(f: string): string {
  return '=' + f.replace(/_xlfn\._xlws\.|_xlfn\.|_xlws\./g, '');
}

interface UsedBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based bounds of the cells holding a value or formula, or null when the sheet is empty. */
function usedBounds(ws: ExcelJS.Worksheet): UsedBounds | null {
  let b: UsedBounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        b.top = Math.min(b.top, r);
        b.bottom = Math.max(b.bottom, r);
        b.left = Math.min(b.left, c);
        b.right = Math.max(b.right, c);
      }
    });
  });
  return b;
}

function readMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  const out: MergedArea[] = [];
  for (const ref of ws.model.merges ?? []) {
    const p = parseRange(String(ref));
    out.push({ row: p.row, col: p.col, rowCount: p.rowCount, colCount: p.colCount });
  }
  return out;
}

/** The name of the largest Excel Table overlapping the used range (1-based bounds), if any. */
function tableNameIn(ws: ExcelJS.Worksheet, b: UsedBounds): string | undefined {
  let best: { name: string; size: number } | undefined;
  // ExcelJS's typings declare getTables() as [Table, void][]; at runtime each entry is a Table whose
  // `table` holds the model (name, tableRef). Read it through a narrow structural type.
  for (const entry of ws.getTables() as unknown as { table?: { name?: string; tableRef?: string; ref?: string } }[]) {
    const t = entry.table;
    const ref = t?.tableRef ?? t?.ref;
    if (!t?.name || !ref) continue;
    let p;
    try {
      p = parseRange(ref);
    } catch {
      continue;
    }
    const overlaps = p.row + 1 <= b.bottom && p.row + p.rowCount >= b.top && p.col + 1 <= b.right && p.col + p.colCount >= b.left;
    const size = p.rowCount * p.colCount;
    if (overlaps && (!best || size > best.size)) best = { name: t.name, size };
  }
  return best?.name;
}

/**
 * Largest used range read into a Grid (rows x columns). A stray value far away (e.g. in XFD1
 * and A1048576) would otherwise make a grid of billions of cells and exhaust memory.
 */
export const MAX_GRID_CELLS = 10_000_000;

export function readWorksheetGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const merged = readMerges(ws);
  const b = usedBounds(ws);
  const bounds: UsedBounds = b ?? { top: 1, left: 1, bottom: 1, right: 1 };
  // Merged areas extend the used range as in Excel (a merged header spans its width).
  for (const m of b ? merged : []) {
    bounds.top = Math.min(bounds.top, m.row + 1);
    bounds.left = Math.min(bounds.left, m.col + 1);
    bounds.bottom = Math.max(bounds.bottom, m.row + m.rowCount);
    bounds.right = Math.max(bounds.right, m.col + m.colCount);
  }
  const cellCount = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
  if (cellCount > MAX_GRID_CELLS) {
    const range = rangeA1(bounds.top - 1, bounds.left - 1, bounds.bottom - bounds.top + 1, bounds.right - bounds.left + 1);
    throw new HostError(
      'PAYLOAD_TOO_LARGE',
      `its used range ${range} has ${cellCount.toLocaleString('en-US')} cells, more than the ${MAX_GRID_CELLS.toLocaleString('en-US')} Budget Pilot reads; clear stray cells far from the budget table.`,
    );
  }
  const values: CellValue[][] = [];
  const formulas: (string | number | boolean)[][] = [];
  const numberFormats: string[][] = [];
  const valueTypes: CellValueType[][] = [];
  const hiddenRows: number[] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    // findRow/findCell never create rows or cells: reading leaves the workbook untouched.
    const row = ws.findRow(r);
    if (row?.hidden) hiddenRows.push(r - 1);
    const vr: CellValue[] = [];
    const fr: (string | number | boolean)[] = [];
    const nr: string[] = [];
    const tr: CellValueType[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        vr.push('');
        fr.push('');
        nr.push('General');
        tr.push('Empty');
        continue;
      }
      nr.push(cell.numFmt || 'General');
      // Office.js returns "" for the covered cells of a merged area; ExcelJS echoes the master.
      if (cell.isMerged && cell.master !== cell) {
        vr.push('');
        fr.push('');
        tr.push('Empty');
        continue;
      }
      const raw = cell.value as unknown;
      const isFormula =
        raw !== null && typeof raw === 'object' && ('formula' in (raw as object) || 'sharedFormula' in (raw as object));
      const formulaText = isFormula ? cell.formula : undefined;
      if (formulaText) {
        const conv = convertPlain((raw as { result?: unknown }).result, date1904);
        vr.push(conv.value);
        tr.push(conv.type);
        fr.push(fromFileFormula(formulaText));
      } else if (isFormula) {
        // A formula object without formula text (a shared formula whose master is missing): keep its cached value as a constant.
        const conv = convertPlain((raw as { result?: unknown }).result, date1904);
        vr.push(conv.value);
        tr.push(conv.type);
        fr.push(conv.value);
      } else {
        const conv = convertPlain(raw, date1904);
        vr.push(conv.value);
        tr.push(conv.type);
        fr.push(conv.value);
      }
    }
    values.push(vr);
    formulas.push(fr);
    numberFormats.push(nr);
    valueTypes.push(tr);
  }
  const hiddenCols: number[] = [];
  // Column definitions (ws.columns) exist only where the file declares them; reading them does not add any.
  const cols = ws.columns ?? [];
  for (let c = bounds.left; c <= Math.min(bounds.right, cols.length); c++) if (cols[c - 1]?.hidden) hiddenCols.push(c - 1);
  const tableName = b ? tableNameIn(ws, bounds) : undefined;
  return {
    ...(tableName ? { tableName } : {}),
    sheet: ws.name,
    origin: { row: bounds.top - 1, col: bounds.left - 1 },
    values,
    formulas,
    numberFormats,
    valueTypes,
    merged,
    hiddenRows,
    hiddenCols,
  };
}
