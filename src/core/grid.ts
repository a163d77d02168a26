/**
 * A Grid is what a host reads from one worksheet: the used range's values, formulas and
 * number formats, as Office.js returns them (Range.values / formulas / numberFormat).
 * Every host produces the same shape, so detection never knows which host it runs on.
 */

/** Office.js cell values: "" for an empty cell; dates arrive as serial numbers. */
export type CellValue = number | string | boolean;

export type CellValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface MergedArea {
  /** 0-based absolute sheet coordinates. */
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface Grid {
  sheet: string;
  /** 0-based absolute position of values[0][0] on the sheet (the used range's top-left). */
  origin: { row: number; col: number };
  values: CellValue[][];
  /** "=SUM(B2:B9)" for formula cells; for constant cells the constant (as Office.js returns it) or "". */
  formulas: (string | number | boolean)[][];
  numberFormats: string[][];
  /** As Range.valueTypes; when absent, strings starting with "#" that look like Excel errors are errors. */
  valueTypes?: CellValueType[][];
  merged?: MergedArea[];
  /** 0-based absolute indices of hidden rows and columns (hidden lines are still lines). */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Whether the range is (part of) an Excel Table, and its name. */
  tableName?: string;
  /**
   * The Excel Table's range on the sheet (absolute A1, header row first, e.g. "A3:F40"), when
   * the host knows it. Detection takes its first row as the header row.
   */
  tableRange?: string;
}

const ERROR_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isErrorValue(v: CellValue, type?: CellValueType): boolean {
  if (type) return type === 'Error';
  return typeof v === 'string' && ERROR_RE.test(v);
}

export function gridRowCount(g: Grid): number {
  return g.values.length;
}

export function gridColCount(g: Grid): number {
  return g.values.reduce((m, r) => Math.max(m, r.length), 0);
}

/** Excel serial date (1900 system) for a UTC calendar date. */
export function dateToSerial(year: number, month1: number, day: number): number {
  const ms = Date.UTC(year, month1 - 1, day);
  return ms / 86400000 + 25569;
}

/** UTC date parts of an Excel serial (1900 system, ignoring the 1900 leap-year bug before March 1900). */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
