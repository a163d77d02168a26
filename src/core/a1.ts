/**
 * A1 addresses. Rows and columns are 0-based internally; A1 text is 1-based.
 * Sheet names are quoted and escaped when they need it ('O''Brien Sales'!B2).
 */

export interface CellPos {
  row: number;
  col: number;
}

export function colToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`bad column letters ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** "B3" for {row: 2, col: 1}; absolute form "$B$3" when abs is true. */
export function toA1(row: number, col: number, abs = false): string {
  const d = abs ? '$' : '';
  return `${d}${colToLetters(col)}${d}${row + 1}`;
}

/** "B3:D9"; a single cell when the range is 1x1. */
export function rangeA1(row: number, col: number, rowCount: number, colCount: number, abs = false): string {
  const a = toA1(row, col, abs);
  if (rowCount === 1 && colCount === 1) return a;
  return `${a}:${toA1(row + rowCount - 1, col + colCount - 1, abs)}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(a1: string): CellPos {
  const m = CELL_RE.exec(a1.trim());
  if (!m) throw new RangeError(`not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: lettersToCol(m[1]) };
}

export interface RangePos extends CellPos {
  rowCount: number;
  colCount: number;
}

/** Parses "B3", "B3:D9" or "Sheet!B3:D9" (the sheet part is ignored; see splitSheetAddress). */
export function parseRange(address: string): RangePos {
  const local = splitSheetAddress(address).address;
  const [a, b] = local.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  return { row, col, rowCount: Math.abs(q.row - p.row) + 1, colCount: Math.abs(q.col - p.col) + 1 };
}

/** True when a sheet name must be quoted in a formula or address. */
export function sheetNeedsQuotes(name: string): boolean {
  return !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(R|C|RC)(\d|$)/i.test(name);
}

/** 'O''Brien Sales' or Sheet1: a sheet name as it must appear before "!" in a formula. */
export function quoteSheet(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** 'O''Brien Sales'!$B$2 */
export function qualify(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** Splits "'O''Brien'!B2:C3" into {sheet: "O'Brien", address: "B2:C3"}. */
export function splitSheetAddress(full: string): { sheet: string | null; address: string } {
  const bang = full.lastIndexOf('!');
  if (bang < 0) return { sheet: null, address: full };
  let sheet = full.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1) };
}
