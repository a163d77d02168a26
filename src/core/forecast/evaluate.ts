/**
 * evaluate: (history, params) -> forecast, with exactly the arithmetic of the forecast sheet's
 * cells. Order of operations, per line:
 *   1. a_t = y_t / S_t (multiplicative), y_t - S_t (additive) or y_t (none)
 *   2. each component's forecast rows on a (see the comment at the top of each method module)
 *   3. G_h = AVERAGE(component forecasts at h)          (a single component: G_h = its forecast)
 *   4. R_h = G_h * S_{n+h} or G_h + S_{n+h} (or G_h)
 *   5. F_h = MAX(floor, R_h) when floor is set, else R_h
 *   6. lower_h = MAX(floor, F_h - w_h) (or F_h - w_h), upper_h = F_h + w_h
 * S_t is indices[(t - 1) mod period] for 1-based position t from the first history value.
 */
import { adjust, reseasonalise } from './seasonality';
import type { CoreParams, ForecastParams } from './types';
import { meanOfForecasts } from './methods/combination';
import { evaluateCroston } from './methods/croston';
import { evaluateHoltDamped } from './methods/holt-damped';
import { evaluateLinearTrend } from './methods/linear-trend';
import { evaluateMovingAverage } from './methods/moving-average';
import { evaluateRunRate } from './methods/run-rate';
import { evaluateSeasonalNaive } from './methods/seasonal-naive';
import { evaluateSes } from './methods/ses';
import { evaluateTheta } from './methods/theta';

/** One core method's forecast of the adjusted series a (step 2). */
export function evaluateCore(a: readonly number[], p: CoreParams, horizon: number): number[] {
  switch (p.method) {
    case 'seasonalNaive':
      return evaluateSeasonalNaive(a, p, horizon);
    case 'linearTrend':
      return evaluateLinearTrend(a, p, horizon);
    case 'ses':
      return evaluateSes(a, p, horizon);
    case 'holtDamped':
      return evaluateHoltDamped(a, p, horizon);
    case 'theta':
      return evaluateTheta(a, p, horizon);
    case 'runRate':
      return evaluateRunRate(a, p, horizon);
    case 'movingAverage':
      return evaluateMovingAverage(a, p, horizon);
    case 'croston':
      return evaluateCroston(a, p, horizon);
  }
}

/** Steps 1-5: the point forecast for h = 1..horizon. */
export function evaluatePoint(history: readonly number[], params: ForecastParams, horizon: number): number[] {
  const n = history.length;
  const a = adjust(history, params.seasonal);
  const parts = params.components.map((c) => evaluateCore(a, c, horizon));
  const combined = parts.length === 1 ? parts[0] : meanOfForecasts(parts, horizon);
  return combined.map((g, i) => {
    const r = reseasonalise(g, params.seasonal, n + i);
    return params.floor === null ? r : Math.max(params.floor, r);
  });
}

export interface EvaluatedForecast {
  forecast: number[];
  lower: number[];
  upper: number[];
}

/** Steps 1-6: point forecast and 80% band. */
export function evaluateForecast(history: readonly number[], params: ForecastParams, horizon: number): EvaluatedForecast {
  const forecast = evaluatePoint(history, params, horizon);
  const lower: number[] = [];
  const upper: number[] = [];
  for (let i = 0; i < horizon; i++) {
    const w = params.bandWidth[i] ?? 0;
    const lo = forecast[i] - w;
    lower.push(params.floor === null ? lo : Math.max(params.floor, lo));
    upper.push(forecast[i] + w);
  }
  return { forecast, lower, upper };
}
