/**
 * Seasonal naive: each forecast repeats the value one season earlier (the last observed one).
 * Used with seasonal kind 'none' (it carries its own season).
 *
 * Cells:  F_h = y_{n + h - period * CEILING(h / period)}    (a plain reference to the actual cell)
 *         With fewer than `period` values it repeats the last value: F_h = y_n.
 */
import type { CoreParams } from '../types';
export type SeasonalNaiveParams = Extract<CoreParams, { method: 'seasonalNaive' }>;

export function evaluateSeasonalNaive(y: readonly number[], p: SeasonalNaiveParams, horizon: number): number[] {
  const n = y.length;
  const out: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    if (n === 0) out.push(0);
    else if (n < p.period) out.push(y[n - 1]);
    else out.push(y[n - 1 + h - p.period * Math.ceil(h / p.period)]);
  }
  return out;
}
