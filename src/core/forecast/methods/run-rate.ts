/**
 * Run rate: the average period so far carries on.
 *
 * Cells:  F_h = AVERAGE(a_1..a_n)
 */
import type { CoreParams } from '../types';
import { meanOf } from '../stats';

export type RunRateParams = Extract<CoreParams, { method: 'runRate' }>;

export function evaluateRunRate(a: readonly number[], _p: RunRateParams, horizon: number): number[] {
  return new Array<number>(horizon).fill(meanOf(a));
}
