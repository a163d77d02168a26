/**
 * Damped-trend Holt (Gardner & McKenzie) on the adjusted series a_1..a_n.
 *
 * Cells (a level row and a trend row per line):
 *   k = MIN(n, initWindow)
 *   L_0 = INTERCEPT(a_1..a_k, 1..k)      B_0 = SLOPE(a_1..a_k, 1..k)     (B_0 = 0 when k < 2)
 *   L_t = alpha * a_t + (1 - alpha) * (L_{t-1} + phi * B_{t-1})        t = 1..n
 *   B_t = beta * (L_t - L_{t-1}) + (1 - beta) * phi * B_{t-1}          t = 1..n
 *   D_h = D_{h-1} + POWER(phi, h),  D_0 = 0
 *   F_h = L_n + D_h * B_n                                              h = 1..H
 */
import type { CoreParams } from '../types';
import { round4 } from '../optimise';
import { regressOnTime } from '../stats';

export type HoltDampedParams = Extract<CoreParams, { method: 'holtDamped' }>;

export const HOLT_INIT_WINDOW = 12;

interface State {
  level: number;
  trend: number;
  sse: number;
}

/** L_0 and B_0 from the first MIN(n, initWindow) values. */
function initialState(a: readonly number[], initWindow: number): { level: number; trend: number } {
  const k = Math.min(a.length, initWindow);
  const init = regressOnTime(a, 0, k);
  return { level: init.intercept, trend: k < 2 ? 0 : init.slope };
}

function run(a: readonly number[], alpha: number, beta: number, phi: number, init: { level: number; trend: number }): State {
  let level = init.level;
  let trend = init.trend;
  let sse = 0;
  for (let t = 0; t < a.length; t++) {
    const prevLevel = level;
    const e = a[t] - (prevLevel + phi * trend);
    sse += e * e;
    level = alpha * a[t] + (1 - alpha) * (prevLevel + phi * trend);
    trend = beta * (level - prevLevel) + (1 - beta) * phi * trend;
  }
  return { level, trend, sse };
}

const ALPHAS = [0.05, 0.15, 0.3, 0.5, 0.75, 0.95];
const BETA_SHARE = [0.02, 0.1, 0.35];
const PHIS = [0.8, 0.88, 0.94, 0.98];

export function fitHoltDamped(a: readonly number[]): HoltDampedParams {
  const initWindow = HOLT_INIT_WINDOW;
  if (a.length < 4) return { method: 'holtDamped', alpha: 0.5, beta: 0.05, phi: 0.9, initWindow };
  const init = initialState(a, initWindow);
  let best = { alpha: 0.5, beta: 0.05, phi: 0.9 };
  let bestSse = Infinity;
  for (const alpha of ALPHAS)
    for (const share of BETA_SHARE)
      for (const phi of PHIS) {
        const beta = alpha * share;
        const { sse } = run(a, alpha, beta, phi, init);
        if (sse < bestSse) {
          bestSse = sse;
          best = { alpha, beta, phi };
        }
      }
  return { method: 'holtDamped', alpha: best.alpha, beta: round4(best.beta), phi: best.phi, initWindow };
}

export function evaluateHoltDamped(a: readonly number[], p: HoltDampedParams, horizon: number): number[] {
  if (a.length === 0) return new Array<number>(horizon).fill(0);
  const { level, trend } = run(a, p.alpha, p.beta, p.phi, initialState(a, p.initWindow));
  const out: number[] = [];
  let damp = 0;
  for (let h = 1; h <= horizon; h++) {
    damp += Math.pow(p.phi, h);
    out.push(level + damp * trend);
  }
  return out;
}
