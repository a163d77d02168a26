/**
 * Building blocks for formula text: references to source cells, cells and ranges on our own
 * sheets, and string literals. Sheet names always go through quoteSheet/qualify.
 */
import { qualify, rangeA1, toA1 } from '../a1';
import type { CellSource } from '../model';

/** A source cell exactly as the model names it: 'O''Brien Sales'!C5. */
export function sourceRef(src: CellSource): string {
  return qualify(src.sheet, src.address);
}

/** A cell on the sheet the formula lives on, 0-based; "$C$5" when abs. */
export function cellRef(row: number, col: number, abs = false): string {
  return toA1(row, col, abs);
}

/** A range on the formula's own sheet, 0-based. */
export function rangeRef(row: number, col: number, rowCount: number, colCount: number, abs = false): string {
  return rangeA1(row, col, rowCount, colCount, abs);
}

/** A range on another sheet. */
export function sheetRangeRef(sheet: string, row: number, col: number, rowCount: number, colCount: number, abs = false): string {
  return qualify(sheet, rangeA1(row, col, rowCount, colCount, abs));
}

/** A string literal: Budget -> "Budget", say "hi" -> "say ""hi""". */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number literal in en-US formula syntax. Uses the shortest round-trip form, so the
 * formula holds the exact double (never exponent-free rounding).
 */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const s = String(x);
  return s.includes('e') ? s.toUpperCase() : s;
}
