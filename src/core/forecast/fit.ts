/**
 * fit: chooses the parameters of every core method for one adjusted series. Fitting may
 * search; only evaluate (evaluate.ts) has to be formula-shaped.
 */
import type { CoreMethodId, CoreParams } from './types';
import { fitCroston } from './methods/croston';
import { fitHoltDamped } from './methods/holt-damped';
import { fitSes } from './methods/ses';
import { fitTheta } from './methods/theta';

export const MOVING_AVERAGE_WINDOW = 3;

/** Fits the core methods named in `ids` on the adjusted series a. */
export function fitCore(a: readonly number[], ids: readonly CoreMethodId[], period: number): Map<CoreMethodId, CoreParams> {
  const out = new Map<CoreMethodId, CoreParams>();
  for (const id of ids) {
    switch (id) {
      case 'ses':
        out.set(id, fitSes(a));
        break;
      case 'holtDamped':
        out.set(id, fitHoltDamped(a));
        break;
      case 'theta':
        out.set(id, fitTheta(a));
        break;
      case 'linearTrend':
        out.set(id, { method: 'linearTrend' });
        break;
      case 'seasonalNaive':
        out.set(id, { method: 'seasonalNaive', period });
        break;
      case 'runRate':
        out.set(id, { method: 'runRate' });
        break;
      case 'movingAverage':
        out.set(id, { method: 'movingAverage', window: MOVING_AVERAGE_WINDOW });
        break;
      case 'croston':
        out.set(id, fitCroston(a));
        break;
    }
  }
  return out;
}
