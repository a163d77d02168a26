/**
 * Moving average of the most recent periods.
 *
 * Cells:  k = MIN(n, window);  F_h = AVERAGE(a_{n-k+1}..a_n)
 */
import type { CoreParams } from '../types';
import { meanOf } from '../stats';

export type MovingAverageParams = Extract<CoreParams, { method: 'movingAverage' }>;

export function evaluateMovingAverage(a: readonly number[], p: MovingAverageParams, horizon: number): number[] {
  const k = Math.min(a.length, Math.max(1, p.window));
  return new Array<number>(horizon).fill(meanOf(a, a.length - k, a.length));
}
