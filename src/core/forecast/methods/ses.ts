/**
 * Simple exponential smoothing on the adjusted series a_1..a_n.
 *
 * Cells (one level row per line, one cell per history period t = 1..n):
 *   L_1 = a_1
 *   L_t = alpha * a_t + (1 - alpha) * L_{t-1}          t = 2..n
 *   F_h = L_n                                          h = 1..H  (flat, before reseasonalising)
 */
import type { CoreParams } from '../types';
import { minimiseOnInterval } from '../optimise';

export type SesParams = Extract<CoreParams, { method: 'ses' }>;

/** L_n, the last level. 0 for an empty series. */
export function sesLevel(a: readonly number[], alpha: number): number {
  if (a.length === 0) return 0;
  let level = a[0];
  for (let t = 1; t < a.length; t++) level = alpha * a[t] + (1 - alpha) * level;
  return level;
}

/** In-sample sum of squared one-step errors, e_t = a_t - L_{t-1}, t = 2..n. */
export function sesSse(a: readonly number[], alpha: number): number {
  if (a.length === 0) return 0;
  let level = a[0];
  let sse = 0;
  for (let t = 1; t < a.length; t++) {
    const e = a[t] - level;
    sse += e * e;
    level += alpha * e;
  }
  return sse;
}

export function fitSes(a: readonly number[]): SesParams {
  if (a.length < 3) return { method: 'ses', alpha: 0.5 };
  return { method: 'ses', alpha: minimiseOnInterval((x) => sesSse(a, x), 0.01, 1) };
}

export function evaluateSes(a: readonly number[], p: SesParams, horizon: number): number[] {
  const level = sesLevel(a, p.alpha);
  return new Array<number>(horizon).fill(level);
}
