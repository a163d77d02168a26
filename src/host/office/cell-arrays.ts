/**
 * Turns a plan CellBlock into the 2-D arrays Office.js writes in one assignment each:
 * `numberFormat` (written first) and `formulas` (values and formulas mixed, en-US).
 *
 * Text is always written as text: every string value cell gets the Text format "@" before its
 * content is written, so Excel neither runs it as a formula ("=SUM(A1)", "+1", "-x", "@x")
 * nor converts it ("2026-01" to a date, "001" to 1, "TRUE" to a boolean).
 */
import type { CellBlock, CellStyle, PlanCell } from '../../core/plan/types';
import { utf8Bytes } from './payload';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

export type OfficeCellInput = string | number | boolean;

export interface BlockArrays {
  formulas: OfficeCellInput[][];
  numberFormats: string[][];
  /** UTF-8 JSON bytes of each row's formulas + number formats (for chunking). */
  rowBytes: number[];
  width: number;
}

export function cellFormula(c: PlanCell): OfficeCellInput {
  if (c === null) return '';
  if (c.kind === 'formula') return c.formula;
  const v = c.value;
  if (v === null) return '';
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}

export function cellNumberFormat(c: PlanCell): string {
  if (c === null) return GENERAL_FORMAT;
  if (c.kind === 'value' && typeof c.value === 'string') return TEXT_FORMAT;
  return c.format ?? GENERAL_FORMAT;
}

function rowBytesOf(f: OfficeCellInput[], nf: string[]): number {
  // Same measure as JSON.stringify, without building the string twice for big sheets.
  let n = 4;
  for (const x of f) n += (typeof x === 'string' ? utf8Bytes(x) + 2 + escapes(x) : String(x).length) + 1;
  for (const x of nf) n += utf8Bytes(x) + 3 + escapes(x);
  return n;
}

function escapes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) n += 1;
    else if (c < 32) n += 5;
  }
  return n;
}

/** Throws RangeError when rows differ in length (the plan contract says they must not). */
export function blockArrays(block: CellBlock): BlockArrays {
  const width = block.cells[0]?.length ?? 0;
  const formulas: OfficeCellInput[][] = [];
  const numberFormats: string[][] = [];
  const rowBytes: number[] = [];
  block.cells.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`block at ${block.at}: row ${i} has ${row.length} cells, expected ${width}`);
    const f = row.map(cellFormula);
    const nf = row.map(cellNumberFormat);
    formulas.push(f);
    numberFormats.push(nf);
    rowBytes.push(rowBytesOf(f, nf));
  });
  return { formulas, numberFormats, rowBytes, width };
}

export interface StyleRect {
  style: CellStyle;
  /** 0-based, relative to the block's top-left. */
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * Groups styled cells into few rectangles: horizontal runs per row, then identical runs on
 * consecutive rows merged. A styled column of 5,000 rows becomes one rectangle.
 */
export function styleRects(cells: PlanCell[][]): StyleRect[] {
  const out: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  cells.forEach((row, r) => {
    const next = new Map<string, StyleRect>();
    let c = 0;
    while (c < row.length) {
      const s = row[c]?.style;
      if (!s) {
        c++;
        continue;
      }
      let e = c + 1;
      while (e < row.length && row[e]?.style === s) e++;
      const key = `${s}:${c}:${e}`;
      const prev = open.get(key);
      if (prev && prev.row + prev.rowCount === r) {
        prev.rowCount++;
        next.set(key, prev);
      } else {
        const rect: StyleRect = { style: s, row: r, col: c, rowCount: 1, colCount: e - c };
        out.push(rect);
        next.set(key, rect);
      }
      c = e;
    }
    open = next;
  });
  return out;
}
