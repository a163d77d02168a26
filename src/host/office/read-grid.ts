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
