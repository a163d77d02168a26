/**
 * Builds Grid objects for tests, shaped like what Office.js returns for a used range:
 * rectangular values / formulas / numberFormats / valueTypes.
 *
 *   buildGrid([
 *     ['Region', 'Jan-26 Budget', 'Jan-26 Actual'],
 *     ['East', 100, { v: 90, f: '=40+50' }],
 *     ['Total', { v: 100, f: '=SUM(B2:B2)' }, err('#N/A')],
 *   ], { sheet: 'Budget', origin: 'A3', merged: ['A4:A6'] })
 */
import { parseA1, parseRange } from '../../src/core/a1';
import { dateToSerial, isErrorValue, type CellValue, type CellValueType, type Grid, type MergedArea } from '../../src/core/grid';

export interface CellObj {
  /** Value as Office.js returns it ("" when empty). */
  v?: CellValue;
  /** Formula with leading "=". */
  f?: string;
  /** Number format; default "General". */
  nf?: string;
  /** Value type; default from the value (strings like "#N/A" become Error). */
  t?: CellValueType;
}

export type CellSpec = CellValue | null | undefined | CellObj;

export interface GridOptions {
  sheet?: string;
  /** Top-left of values[0][0] on the sheet: "C3" or {row, col} (0-based). Default A1. */
  origin?: string | { row: number; col: number };
  /** Merged areas as A1 ranges ("A4:A6") or MergedArea objects (0-based absolute). */
  merged?: (string | MergedArea)[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Omit valueTypes (like a host that does not provide them). */
  noValueTypes?: boolean;
  tableName?: string;
}

/** A header cell holding a real date: serial of the 1st of the month with a date format. */
export function date(year: number, month1: number, day = 1, nf = 'mmm-yy'): CellObj {
  return { v: dateToSerial(year, month1, day), nf };
}

/** An error value cell, e.g. err('#DIV/0!'). */
export function err(code: string): CellObj {
  return { v: code, t: 'Error' };
}

/** A formula cell with its computed value. */
export function fx(formula: string, value: CellValue): CellObj {
  return { v: value, f: formula };
}

function typeOf(v: CellValue): CellValueType {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return isErrorValue(v) ? 'Error' : 'String';
}

export function buildGrid(rows: CellSpec[][], opts: GridOptions = {}): Grid {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values: CellValue[][] = [];
  const formulas: (string | number | boolean)[][] = [];
  const numberFormats: string[][] = [];
  const valueTypes: CellValueType[][] = [];
  for (const row of rows) {
    const vr: CellValue[] = [];
    const fr: (string | number | boolean)[] = [];
    const nr: string[] = [];
    const tr: CellValueType[] = [];
    for (let c = 0; c < width; c++) {
      const spec = row[c];
      let v: CellValue = '';
      let f: string | number | boolean = '';
      let nf = 'General';
      let t: CellValueType | undefined;
      if (spec !== null && spec !== undefined && typeof spec === 'object') {
        v = spec.v ?? '';
        f = spec.f ?? v;
        nf = spec.nf ?? 'General';
        t = spec.t;
      } else if (spec !== null && spec !== undefined) {
        v = spec;
        f = spec;
      }
      vr.push(v);
      fr.push(f);
      nr.push(nf);
      tr.push(t ?? typeOf(v));
    }
    values.push(vr);
    formulas.push(fr);
    numberFormats.push(nr);
    valueTypes.push(tr);
  }
  const origin = typeof opts.origin === 'string' ? parseA1(opts.origin) : opts.origin ?? { row: 0, col: 0 };
  const grid: Grid = { sheet: opts.sheet ?? 'Budget', origin, values, formulas, numberFormats };
  if (!opts.noValueTypes) grid.valueTypes = valueTypes;
  if (opts.merged) {
    grid.merged = opts.merged.map((m) => {
      if (typeof m !== 'string') return m;
      const r = parseRange(m);
      return { row: r.row, col: r.col, rowCount: r.rowCount, colCount: r.colCount };
    });
  }
  if (opts.hiddenRows) grid.hiddenRows = opts.hiddenRows;
  if (opts.hiddenCols) grid.hiddenCols = opts.hiddenCols;
  if (opts.tableName) grid.tableName = opts.tableName;
  return grid;
}
