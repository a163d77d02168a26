/**
 * Reading a sheet's used range into a Grid in ONE sync: values, formulas, number formats,
 * value types and address in one load, plus merged areas when ExcelApi 1.13 is supported.
 */
import type { CellValue, CellValueType, Grid, MergedArea } from '../../core/grid';
import { parseRange, splitSheetAddress } from '../../core/a1';

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

export function gridFromLoaded(sheet: string, r: LoadedUsedRange | null, merged: MergedArea[] | undefined): Grid {
  if (!r) return { sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], valueTypes: [], merged };
  return {
    sheet,
    origin: { row: r.rowIndex, col: r.columnIndex },
    values: r.values,
    formulas: r.formulas,
    numberFormats: r.numberFormat,
    valueTypes: r.valueTypes.map((row) => row.map(toCellValueType)),
    merged,
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
  withMerges: boolean,
  sync: () => Promise<void>,
  budget: number,
): Promise<Grid> {
  const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange(true);
  used.load(SHAPE_PROPS);
  const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
  if (merged) merged.load('address');
  await sync();
  const rows = used.rowCount;
  const cols = used.columnCount;
  const out: LoadedUsedRange = { values: [], formulas: [], numberFormat: [], valueTypes: [], rowIndex: used.rowIndex, columnIndex: used.columnIndex };
  let step = Math.max(1, Math.floor(budget / (cols * BYTES_PER_CELL)));
  let r = 0;
  while (r < rows) {
    const n = Math.min(step, rows - r);
    const part = ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(used.rowIndex + r, used.columnIndex, n, cols);
    part.load('values,formulas,numberFormat,valueTypes');
    try {
      await sync();
    } catch (e) {
      const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
      if (code === 'ResponsePayloadSizeLimitExceeded' && n > 1) {
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
    r += n;
  }
  const areas = merged ? (merged.isNullObject ? [] : mergedFromAddress(merged.address)) : undefined;
  return gridFromLoaded(sheet, out, areas);
}
