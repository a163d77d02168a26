/**
 * Linear trend: least-squares regression on time.
 *
 * Cells:  F_h = INTERCEPT(a_1..a_n, 1..n) + SLOPE(a_1..a_n, 1..n) * (n + h)
 *         (equivalently FORECAST.LINEAR(n + h, a_1..a_n, 1..n) or TREND).
 */
import type { CoreParams } from '../types';
import { regressOnTime } from '../stats';

export type LinearTrendParams = Extract<CoreParams, { method: 'linearTrend' }>;

export function evaluateLinearTrend(a: readonly number[], _p: LinearTrendParams, horizon: number): number[] {
  const n = a.length;
  const { intercept, slope } = regressOnTime(a);
  const out: number[] = [];
  for (let h = 1; h <= horizon; h++) out.push(intercept + slope * (n + h));
  return out;
}
