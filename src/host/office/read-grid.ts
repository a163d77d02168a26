/**
 * Reading a sheet's used range into a Grid in ONE sync: values, formulas, number formats,
 * value types and address in one load, plus merged areas when ExcelApi 1.13 is supported.
 */
import type { CellValue, CellValueType, Grid, MergedArea } from '../../core/grid';
import { parseA1, parseRange, splitSheetAddress } from '../../core/a1';
import { isResponseTooLarge } from './excel-api';

/** Splits a RangeAreas address ("Sheet1!A1:B2, 'a, b'!C3") at commas outside quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function mergedFromAddress(address: string): MergedArea[] {
  return splitAreas(address).map((a) => {
    const p = parseRange(splitSheetAddress(a).address);
    return { row: p.row, col: p.col, rowCount: p.rowCount, colCount: p.colCount };
  });
}

export function toCellValueType(t: string): CellValueType {
  switch (t) {
    case 'Empty':
      return 'Empty';
    case 'Double':
    case 'Integer':
      return 'Double';
    case 'Boolean':
      return 'Boolean';
    case 'Error':
      return 'Error';
    default:
      return 'String';
  }
}

export interface LoadedUsedRange {
  values: CellValue[][];
  formulas: (string | number | boolean)[][];
  numberFormat: string[][];
  valueTypes: string[][];
  rowIndex: number;
  columnIndex: number;
}

/** What is read beside the cells: merges (ExcelApi 1.13), table (1.9), hidden rows/columns. */
export interface GridExtras {
  merged?: MergedArea[];
  tableName?: string;
  hiddenRows?: number[];
  hiddenCols?: number[];
}

/** 0-based rows (or columns) of [start, start+count) missing from a visible view's addresses. */
export function hiddenFromVisible(addresses: unknown[][], start: number, count: number, axis: 'row' | 'col'): number[] {
  const seen = new Set<number>();
  for (const row of addresses) {
    for (const a of row) {
      if (typeof a !== 'string' || !a) continue;
      try {
        const p = parseA1(splitSheetAddress(a).address);
        seen.add(axis === 'row' ? p.row : p.col);
      } catch {
        // not an address: ignore
      }
    }
  }
  const out: number[] = [];
  for (let i = start; i < start + count; i++) if (!seen.has(i)) out.push(i);
  return out;
}

/**
 * Queues (no sync) the loads for the extras of a used range; the returned function reads them
 * after the sync. Everything is small: merge addresses, table names, one column/row of
 * visible-cell addresses.
 */
export function queueExtras(
  used: Excel.Range,
  opts: { merges: boolean; tables: boolean; hiddenRows?: boolean },
): (shape: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }) => GridExtras {
  const merged = opts.merges ? used.getMergedAreasOrNullObject() : null;
  if (merged) merged.load('address');
  const tables = opts.tables ? used.getTables(false) : null;
  if (tables) tables.load('items/name');
  const rowsView = opts.hiddenRows === false ? null : used.getColumn(0).getVisibleView();
  if (rowsView) rowsView.load('cellAddresses');
  const colsView = used.getRow(0).getVisibleView();
  colsView.load('cellAddresses');
  return (shape) => {
    const extras: GridExtras = {
      hiddenCols: hiddenFromVisible(colsView.cellAddresses, shape.columnIndex, shape.columnCount, 'col'),
    };
    if (rowsView) extras.hiddenRows = hiddenFromVisible(rowsView.cellAddresses, shape.rowIndex, shape.rowCount, 'row');
    if (merged) extras.merged = merged.isNullObject ? [] : mergedFromAddress(merged.address);
    if (tables && tables.items.length > 0) extras.tableName = tables.items[0].name;
    return extras;
  };
}

export function gridFromLoaded(sheet: string, r: LoadedUsedRange | null, extras: GridExtras = {}): Grid {
  if (!r) return { sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], valueTypes: [], merged: extras.merged };
  return {
    sheet,
    origin: { row: r.rowIndex, col: r.columnIndex },
    values: r.values,
    formulas: r.formulas,
    numberFormats: r.numberFormat,
    valueTypes: r.valueTypes.map((row) => row.map(toCellValueType)),
    ...extras,
  };
}

export const SHAPE_PROPS = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/** An empty sheet's used range is A1, empty. */
export function isEmptyUsedRange(r: { valueTypes: unknown[][] }): boolean {
  return r.valueTypes.length === 1 && r.valueTypes[0].length === 1 && String(r.valueTypes[0][0]) === 'Empty';
}

/** Rough bytes per cell of values + formulas + numberFormat + valueTypes in a response. */
const BYTES_PER_CELL = 100;

/**
 * Fallback when one response would be too large: the used range's shape first (with merged
 * areas), then row chunks of about `budget` bytes, one sync each, halving on rejection.
 */
export async function readInChunks(
  ctx: Excel.RequestContext,
  sheet: string,
  opts: { merges: boolean; tables: boolean },
  sync: () => Promise<void>,
  budget: number,
): Promise<Grid> {
  const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange(true);
  used.load(SHAPE_PROPS);
  // Hidden rows are read with each chunk (their addresses grow with the rows).
  const extras = queueExtras(used, { ...opts, hiddenRows: false });
  await sync();
  const hiddenRows: number[] = [];
  const rows = used.rowCount;
  const cols = used.columnCount;
  const out: LoadedUsedRange = { values: [], formulas: [], numberFormat: [], valueTypes: [], rowIndex: used.rowIndex, columnIndex: used.columnIndex };
  let step = Math.max(1, Math.floor(budget / (cols * BYTES_PER_CELL)));
  let r = 0;
  while (r < rows) {
    const n = Math.min(step, rows - r);
    const part = ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(used.rowIndex + r, used.columnIndex, n, cols);
    part.load('values,formulas,numberFormat,valueTypes');
    const view = part.getColumn(0).getVisibleView();
    view.load('cellAddresses');
    try {
      await sync();
    } catch (e) {
      if (isResponseTooLarge(e) && n > 1) {
        step = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw e;
    }
    for (let i = 0; i < n; i++) {
      out.values.push(part.values[i]);
      out.formulas.push(part.formulas[i]);
      out.numberFormat.push(part.numberFormat[i]);
      out.valueTypes.push(part.valueTypes[i]);
    }
    hiddenRows.push(...hiddenFromVisible(view.cellAddresses, used.rowIndex + r, n, 'row'));
    r += n;
  }
  return gridFromLoaded(sheet, out, { ...extras(used), hiddenRows });
}
