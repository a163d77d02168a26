/**
 * Theta method (Assimakopoulos & Nikolopoulos, the M3 winner): the adjusted series is split
 * into the theta-0 line (its least-squares line) and the theta-2 line (twice the data minus
 * that line); the forecast is the mean of the extrapolated line and SES on the theta-2 line.
 *
 * Cells:
 *   c = INTERCEPT(a_1..a_n, 1..n)      d = SLOPE(a_1..a_n, 1..n)
 *   Z_t = 2 * a_t - (c + d * t)                        t = 1..n
 *   M_1 = Z_1;  M_t = alpha * Z_t + (1 - alpha) * M_{t-1}   t = 2..n
 *   F_h = 0.5 * (c + d * (n + h)) + 0.5 * M_n          h = 1..H
 */
import type { CoreParams } from '../types';
import { minimiseOnInterval } from '../optimise';
import { regressOnTime } from '../stats';
import { sesLevel, sesSse } from './ses';

export type ThetaParams = Extract<CoreParams, { method: 'theta' }>;

export function thetaLine(a: readonly number[]): number[] {
  const { intercept, slope } = regressOnTime(a);
  return a.map((v, i) => 2 * v - (intercept + slope * (i + 1)));
}

export function fitTheta(a: readonly number[]): ThetaParams {
  if (a.length < 3) return { method: 'theta', alpha: 0.5 };
  const z = thetaLine(a);
  return { method: 'theta', alpha: minimiseOnInterval((x) => sesSse(z, x), 0.01, 1) };
}

export function evaluateTheta(a: readonly number[], p: ThetaParams, horizon: number): number[] {
  const n = a.length;
  const { intercept, slope } = regressOnTime(a);
  const m = sesLevel(thetaLine(a), p.alpha);
  const out: number[] = [];
  for (let h = 1; h <= horizon; h++) out.push(0.5 * (intercept + slope * (n + h)) + 0.5 * m);
  return out;
}
