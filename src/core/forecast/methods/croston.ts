/**
 * Croston's method with the Syntetos-Boylan correction (SBA), for intermittent lines (many
 * months with no sale). Sizes and intervals are smoothed only in months with a sale; works on
 * the raw series (seasonal kind 'none').
 *
 * Cells:
 *   Z_0 = AVERAGEIFS(y_1..y_n, y_1..y_n, ">0")     P_0 = n / COUNTIFS(y_1..y_n, ">0")
 *   Q_1 = 1;  Q_t = IF(y_{t-1} > 0, 1, Q_{t-1} + 1)                       t = 2..n
 *   Z_t = IF(y_t > 0, alpha * y_t + (1 - alpha) * Z_{t-1}, Z_{t-1})        t = 1..n
 *   P_t = IF(y_t > 0, alpha * Q_t + (1 - alpha) * P_{t-1}, P_{t-1})        t = 1..n
 *   F_h = (1 - alpha / 2) * Z_n / P_n        (0 when no month has a sale: IFERROR(..., 0))
 */
import type { CoreParams } from '../types';

export type CrostonParams = Extract<CoreParams, { method: 'croston' }>;

interface State {
  size: number;
  interval: number;
  sse: number;
}

function run(y: readonly number[], alpha: number): State | null {
  const n = y.length;
  let sum = 0;
  let count = 0;
  for (const v of y)
    if (v > 0) {
      sum += v;
      count += 1;
    }
  if (count === 0) return null;
  let size = sum / count;
  let interval = n / count;
  let q = 1;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    if (t > 0) q = y[t - 1] > 0 ? 1 : q + 1;
    const e = y[t] - (1 - alpha / 2) * (size / interval);
    sse += e * e;
    if (y[t] > 0) {
      size = alpha * y[t] + (1 - alpha) * size;
      interval = alpha * q + (1 - alpha) * interval;
    }
  }
  return { size, interval, sse };
}

const ALPHAS = [0.05, 0.1, 0.15, 0.2, 0.3];

export function fitCroston(y: readonly number[]): CrostonParams {
  let best = 0.1;
  let bestSse = Infinity;
  for (const alpha of ALPHAS) {
    const s = run(y, alpha);
    if (s && s.sse < bestSse) {
      bestSse = s.sse;
      best = alpha;
    }
  }
  return { method: 'croston', alpha: best };
}

export function evaluateCroston(y: readonly number[], p: CrostonParams, horizon: number): number[] {
  const s = run(y, p.alpha);
  const f = s ? ((1 - p.alpha / 2) * s.size) / s.interval : 0;
  return new Array<number>(horizon).fill(f);
}

/** Intermittent: no negative month and at least 30% of months without a sale (with some sales). */
export function isIntermittent(y: readonly number[]): boolean {
  if (y.length < 6 || y.some((v) => v < 0)) return false;
  const zeros = y.filter((v) => v === 0).length;
  return zeros >= 0.3 * y.length && zeros < y.length;
}
