/**
 * Read-only access to a Grid by local (0-based, relative to the grid's origin) row and column:
 * jagged rows read as empty, merged cells read their top-left cell, and absolute A1 addresses.
 */
import { colToLetters, toA1 } from '../a1';
import { isErrorValue, serialToDate, type CellValue, type Grid } from '../grid';
import { isDateFormat, isPlausibleDateSerial } from '../periods/date-format';

export class SheetView {
  readonly sheet: string;
  readonly rows: number;
  readonly cols: number;
  readonly originRow: number;
  readonly originCol: number;
  private readonly grid: Grid;
  /** local cell index (r * cols + c) -> local index of its merged area's top-left cell. */
  private readonly mergeAnchor = new Map<number, number>();
  private readonly letters: string[] = [];

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.rows = grid.values.length;
    this.cols = grid.values.reduce((m, r) => Math.max(m, Array.isArray(r) ? r.length : 0), 0);
    this.originRow = grid.origin?.row ?? 0;
    this.originCol = grid.origin?.col ?? 0;
    for (const m of grid.merged ?? []) this.addMerge(m.row - this.originRow, m.col - this.originCol, m.rowCount, m.colCount);
  }

  private addMerge(r0: number, c0: number, rowCount: number, colCount: number): void {
    if (!(rowCount >= 1 && colCount >= 1) || !Number.isInteger(r0) || !Number.isInteger(c0)) return;
    if (r0 < 0 || c0 < 0 || r0 >= this.rows || c0 >= this.cols) return; // anchor outside the grid: nothing to carry
    const r1 = Math.min(this.rows, r0 + rowCount);
    const c1 = Math.min(this.cols, c0 + colCount);
    const anchor = r0 * this.cols + c0;
    for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) if (r !== r0 || c !== c0) this.mergeAnchor.set(r * this.cols + c, anchor);
  }

  /** The values of the first n rows (for notes and titles). */
  topRows(n: number): CellValue[][] {
    return this.grid.values.slice(0, n);
  }

  inside(r: number, c: number): boolean {
    return r >= 0 && c >= 0 && r < this.rows && c < this.cols;
  }

  value(r: number, c: number): CellValue {
    const v = this.grid.values[r]?.[c];
    return v === undefined || v === null ? '' : v;
  }

  formula(r: number, c: number): string | number | boolean {
    const f = this.grid.formulas?.[r]?.[c];
    return f === undefined || f === null ? '' : f;
  }

  format(r: number, c: number): string {
    const f = this.grid.numberFormats?.[r]?.[c];
    return typeof f === 'string' ? f : 'General';
  }

  isError(r: number, c: number): boolean {
    const t = this.grid.valueTypes?.[r]?.[c];
    return isErrorValue(this.value(r, c), t);
  }

  isBlank(r: number, c: number): boolean {
    const v = this.value(r, c);
    return v === '' || (typeof v === 'string' && v.trim() === '');
  }

  /** The cell whose value a merged cell shows: its area's top-left, or itself. */
  anchorOf(r: number, c: number): { row: number; col: number } {
    const a = this.mergeAnchor.size ? this.mergeAnchor.get(r * this.cols + c) : undefined;
    return a === undefined ? { row: r, col: c } : { row: Math.floor(a / this.cols), col: a % this.cols };
  }

  /** True when (r, c) is covered by a merged area but is not its top-left cell. */
  isMergedTail(r: number, c: number): boolean {
    return this.mergeAnchor.size > 0 && this.mergeAnchor.has(r * this.cols + c);
  }

  /** Value as shown, following merged areas. */
  shownValue(r: number, c: number): CellValue {
    const a = this.anchorOf(r, c);
    return this.value(a.row, a.col);
  }

  /** Display text of a label cell (merged areas followed): trimmed; dates as yyyy-mm-dd. */
  text(r: number, c: number): string {
    const a = this.anchorOf(r, c);
    return cellText(this.value(a.row, a.col), this.format(a.row, a.col));
  }

  absRow(r: number): number {
    return this.originRow + r;
  }

  absCol(c: number): number {
    return this.originCol + c;
  }

  /** Absolute A1 address of a local cell ("C5"). Column letters are cached: this runs once per value cell. */
  a1(r: number, c: number): string {
    if (c < 0 || c >= this.cols || r < 0) return toA1(this.originRow + r, this.originCol + c);
    let letters = this.letters[c];
    if (letters === undefined) letters = this.letters[c] = colToLetters(this.originCol + c);
    return letters + String(this.originRow + r + 1);
  }
}

export function cellText(v: CellValue, format: string): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (!Number.isFinite(v)) return '';
  if (isDateFormat(format) && isPlausibleDateSerial(v)) {
    const d = serialToDate(v);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  return String(v);
}
