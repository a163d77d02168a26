/**
 * Address parsing for the fake: A1 cells and ranges, whole columns ("B:D") and rows ("3:5"),
 * absolute markers, and an optional sheet prefix ('O''Brien'!A1:B2).
 */
import { colToLetters, lettersToCol, splitSheetAddress, quoteSheet } from '../../src/core/a1';
import { invalidArgument } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function part(p: string, kind: 'cell' | 'col' | 'row'): { row: number; col: number } | null {
  const re = kind === 'cell' ? CELL : kind === 'col' ? COL : ROW;
  const m = re.exec(p);
  if (!m) return null;
  if (kind === 'cell') return { row: Number(m[2]) - 1, col: lettersToCol(m[1]) };
  if (kind === 'col') return { row: 0, col: lettersToCol(m[1]) };
  return { row: Number(m[1]) - 1, col: 0 };
}

/** Parses an address; sheet is null when it has no "Sheet!" prefix. Throws InvalidArgument. */
export function parseAddress(full: string): { sheet: string | null; rect: Rect } {
  const { sheet, address } = splitSheetAddress(full.trim());
  const pieces = address.split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) throw invalidArgument(`bad address ${full}`);
  for (const kind of ['cell', 'col', 'row'] as const) {
    const a = part(pieces[0], kind);
    const b = part(pieces[pieces.length - 1], kind);
    if (!a || !b) continue;
    if (kind !== 'cell' && pieces.length === 1) break;
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    const rect: Rect =
      kind === 'cell'
        ? { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 }
        : kind === 'col'
          ? { row: 0, col, rowCount: MAX_ROWS, colCount: Math.abs(a.col - b.col) + 1 }
          : { row, col: 0, rowCount: Math.abs(a.row - b.row) + 1, colCount: MAX_COLS };
    if (rect.row + rect.rowCount > MAX_ROWS || rect.col + rect.colCount > MAX_COLS) break;
    return { sheet, rect };
  }
  throw invalidArgument(`bad address ${full}`);
}

/** "B3:D9" (or "B3"), as Excel reports addresses; whole columns/rows as "B:D" / "3:5". */
export function rectA1(r: Rect): string {
  if (r.row === 0 && r.rowCount === MAX_ROWS) return `${colToLetters(r.col)}:${colToLetters(r.col + r.colCount - 1)}`;
  if (r.col === 0 && r.colCount === MAX_COLS) return `${r.row + 1}:${r.row + r.rowCount}`;
  const a = `${colToLetters(r.col)}${r.row + 1}`;
  if (r.rowCount === 1 && r.colCount === 1) return a;
  return `${a}:${colToLetters(r.col + r.colCount - 1)}${r.row + r.rowCount}`;
}

/** "'O''Brien'!B3:D9", as Range.address returns it. */
export function qualifiedA1(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(r)}`;
}
