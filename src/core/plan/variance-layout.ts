/**
 * Where things are on the variance sheet. One place, so the planner, the app (selecting a
 * line's row) and later sheets (forecast, roll-ups) agree. Rows and columns are 0-based.
 */

import { FLAG_ABS_NAME, FLAG_PCT_NAME } from '../flags/formula';
import type { BudgetModel } from '../model';
import { VARIANCE_TEXT_EN } from './variance-strings';

export const VARIANCE_SHEET_NAME = 'BP Variance';

/** Measure header texts (en-US); the YTD SUMIFS match on "Budget" and "Actual". See variance-strings.ts for zh-CN. */
export const MEASURES = VARIANCE_TEXT_EN.measures;

/** Status texts written by the Status formula (en-US). */
export const STATUS = VARIANCE_TEXT_EN.statusText;

/** Type texts (en-US); the Status formula treats "Cost" (any case) as a cost line. */
export const TYPE_TEXT = VARIANCE_TEXT_EN.typeText;

/** Named input cells, in the order they appear at the top of the sheet (column B). */
export const INPUT_ROWS = {
  asOf: 2,
  flagPct: 3,
  flagAbs: 4,
  fyStartMonth: 5,
  yearStart: 6,
} as const;

export const NAMES = {
  asOf: 'BP_AsOf',
  flagPct: FLAG_PCT_NAME,
  flagAbs: FLAG_ABS_NAME,
  fyStartMonth: 'BP_FYStartMonth',
  yearStart: 'BP_YearStart',
} as const;

export const INPUT_LABEL_COL = 0;
export const INPUT_VALUE_COL = 1;
export const INPUT_HINT_COL = 2;
export const PERIOD_HEADER_ROW = 8;
export const MEASURE_HEADER_ROW = 9;
export const FIRST_LINE_ROW = 10;

export interface VarianceColumns {
  /** Number of dimension (key) columns, starting at column 0. */
  keyCount: number;
  type: number;
  ytdBudget: number;
  ytdActual: number;
  ytdVariance: number;
  ytdVariancePct: number;
  status: number;
  comment: number;
  /** First column of the period block; period i uses firstPeriod + 4i .. + 3. */
  firstPeriod: number;
  periodCount: number;
  /** One past the last used column. */
  width: number;
}

export const PERIOD_STRIDE = 4;

export function varianceColumns(keyCount: number, periodCount: number): VarianceColumns {
  const type = keyCount;
  const firstPeriod = type + 7;
  return {
    keyCount,
    type,
    ytdBudget: type + 1,
    ytdActual: type + 2,
    ytdVariance: type + 3,
    ytdVariancePct: type + 4,
    status: type + 5,
    comment: type + 6,
    firstPeriod,
    periodCount,
    width: firstPeriod + PERIOD_STRIDE * periodCount,
  };
}

/** Columns of period i: budget, actual, var, var %. */
export function periodColumns(cols: VarianceColumns, i: number): { budget: number; actual: number; variance: number; variancePct: number } {
  const b = cols.firstPeriod + PERIOD_STRIDE * i;
  return { budget: b, actual: b + 1, variance: b + 2, variancePct: b + 3 };
}

/** Number of key (dimension) columns of our sheets: the longest line key, at least the dimension count, at least 1. */
export function lineKeyCount(model: BudgetModel): number {
  return model.lines.reduce((m, l) => Math.max(m, l.key.length), Math.max(model.dimensions.length, 1));
}
