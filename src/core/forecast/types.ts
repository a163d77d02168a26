/**
 * Forecast engine types. The engine (select.ts) chooses a method and fits its parameters;
 * evaluate.ts turns (history, params) into numbers with exactly the arithmetic the workbook's
 * cell formulas perform, so the forecast sheet can recompute every forecast live.
 */

/** A single forecasting method working on the (seasonally adjusted) series. */
export type CoreMethodId =
  | 'seasonalNaive'
  | 'linearTrend'
  | 'ses'
  | 'holtDamped'
  | 'theta'
  | 'runRate'
  | 'movingAverage'
  | 'croston';

/** What a line's forecast is: one core method, or the mean of several ('combination'). */
export type MethodId = CoreMethodId | 'combination';

/** Parameters of one core method. Numbers here are what the forecast sheet shows in cells. */
export type CoreParams =
  /** y[n+h] = y[n+h - period*ceil(h/period)]. Works on the raw series (seasonal kind 'none'). */
  | { method: 'seasonalNaive'; period: number }
  /** Least-squares line on t = 1..n (INTERCEPT/SLOPE), extrapolated to t = n+h. */
  | { method: 'linearTrend' }
  /** Simple exponential smoothing, level_1 = a_1. */
  | { method: 'ses'; alpha: number }
  /** Damped-trend Holt; initial level/trend from INTERCEPT/SLOPE of the first initWindow points. */
  | { method: 'holtDamped'; alpha: number; beta: number; phi: number; initWindow: number }
  /** Theta(0,2): half the regression line plus half SES on the theta-2 line. */
  | { method: 'theta'; alpha: number }
  /** Mean of all history (the "run rate" per period). */
  | { method: 'runRate' }
  /** Mean of the last `window` periods (fewer when history is shorter). */
  | { method: 'movingAverage'; window: number }
  /** Croston/SBA for intermittent lines, on the raw series (seasonal kind 'none'). */
  | { method: 'croston'; alpha: number };

export type SeasonalKind = 'none' | 'multiplicative' | 'additive';

/**
 * Seasonal indices held as constants in cells. indices[k] applies to every period whose
 * 0-based position from the first history value, t0, satisfies t0 mod period == k
 * (so indices[0] belongs to the first history period's month). Multiplicative indices average
 * 1; additive ones sum to 0. kind 'none' has no indices.
 */
export interface SeasonalParams {
  kind: SeasonalKind;
  period: number;
  indices: number[];
  /** Where the indices came from: estimated from the history, or the budget's own phasing. */
  source: 'none' | 'history' | 'profile';
}

/** Everything needed to recompute a line's forecast from its history. */
export interface ForecastParams {
  seasonal: SeasonalParams;
  /** Forecast on the adjusted series = mean of these components' forecasts (one = single method). */
  components: CoreParams[];
  /**
   * Forecasts (and the lower band) are MAX(floor, value) when floor is a number: 0 when the
   * history has no negative value (sales do not go below zero), null otherwise.
   */
  floor: number | null;
  /**
   * Half-width of the 80% prediction band per horizon step (length = horizon): lower =
   * MAX(floor, f - w), upper = f + w. Held as constants, derived from backtest errors.
   */
  bandWidth: number[];
}

export interface BacktestScore {
  /** Mean absolute percentage error (percent) over backtest points whose actual is not 0; null when none. */
  mape: number | null;
  /** Mean absolute error divided by the in-sample seasonal-naive MAE; null when that scale is 0 or undefined. */
  mase: number | null;
  /** Number of forecast points the backtest scored. */
  points: number;
}

export interface LineForecast {
  method: MethodId;
  params: ForecastParams;
  forecast: number[];
  lower: number[];
  upper: number[];
  backtest: BacktestScore;
}

export interface ForecastOptions {
  /** Number of periods to forecast after the last history value. */
  horizon: number;
  /** Season length; 12 for months (the default). */
  period?: number;
  /**
   * A seasonal profile to use when history is shorter than two seasons (e.g. the budget's own
   * monthly phasing), aligned like SeasonalParams.indices: profile[k] belongs to positions t0 with
   * t0 mod period == k. Any positive scale; it is normalised to mean 1. Ignored if any entry is <= 0.
   */
  seasonalProfile?: number[];
}
