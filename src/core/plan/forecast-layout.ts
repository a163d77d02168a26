/**
 * Where things are on the forecast sheet ("BP Forecast"). Rows and columns are 0-based.
 * The header rows and the first line row match the variance sheet's, so the two sheets read alike.
 *
 * Columns: keys | Type | Method | MAPE | MASE | FY Budget | YTD Actual | FY Outlook | Gap | Gap % |
 * FY Low | FY High | Status | one column per period (actual through BP_AsOf, then forecast) |
 * parameters (SES α, Holt α β φ, Theta α, Croston α, MA window, trend, season kind, one seasonal
 * index per month or quarter of the year) | Keep parameters | Comment (both inputs kept on refresh).
 * Below the lines, a "workings" block holds each line's helper rows (same period columns).
 */

export const FORECAST_SHEET_NAME = 'BP Forecast';
export const FC_PERIOD_HEADER_ROW = 8;
export const FC_HEADER_ROW = 9;
export const FC_FIRST_LINE_ROW = 10;
/** Rows of the little "as of / fiscal year" display at the top (label in A, value in B). */
export const FC_INFO_ROWS = { asOf: 2, yearStart: 3 } as const;

export interface ForecastColumns {
  keyCount: number;
  type: number;
  method: number;
  mape: number;
  mase: number;
  fyBudget: number;
  ytdActual: number;
  outlook: number;
  gap: number;
  gapPct: number;
  low: number;
  high: number;
  status: number;
  firstPeriod: number;
  periodCount: number;
  sesAlpha: number;
  holtAlpha: number;
  holtBeta: number;
  holtPhi: number;
  thetaAlpha: number;
  crostonAlpha: number;
  window: number;
  trend: number;
  season: number;
  /** First seasonal index column; slot k (month or quarter of the year, 0-based) is firstIndex + k. */
  firstIndex: number;
  indexCount: number;
  /** Input: any text here makes a refresh keep this line's parameters as typed (not refit). */
  keep: number;
  /** Input: a note on the line's forecast, kept on refresh. */
  comment: number;
  /** One past the last used column. */
  width: number;
  /** In workings rows: the row's name, and the column holding a scalar (n, intercept, ...). */
  workName: number;
  workScalar: number;
}

export function forecastColumns(keyCount: number, periodCount: number, indexCount: number): ForecastColumns {
  const type = keyCount;
  const firstPeriod = type + 12;
  const p = firstPeriod + periodCount;
  return {
    keyCount,
    type,
    method: type + 1,
    mape: type + 2,
    mase: type + 3,
    fyBudget: type + 4,
    ytdActual: type + 5,
    outlook: type + 6,
    gap: type + 7,
    gapPct: type + 8,
    low: type + 9,
    high: type + 10,
    status: type + 11,
    firstPeriod,
    periodCount,
    sesAlpha: p,
    holtAlpha: p + 1,
    holtBeta: p + 2,
    holtPhi: p + 3,
    thetaAlpha: p + 4,
    crostonAlpha: p + 5,
    window: p + 6,
    trend: p + 7,
    season: p + 8,
    firstIndex: p + 9,
    indexCount,
    keep: p + 9 + indexCount,
    comment: p + 10 + indexCount,
    width: p + 11 + indexCount,
    workName: type + 1,
    workScalar: type + 2,
  };
}
