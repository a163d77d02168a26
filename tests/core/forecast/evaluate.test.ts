/** The full evaluate path: seasonal adjustment, components, reseasonalising, floor and band. */
import { evaluateForecast, evaluatePoint } from '../../../src/core/forecast/evaluate';
import type { ForecastParams, SeasonalParams } from '../../../src/core/forecast/types';

const none: SeasonalParams = { kind: 'none', period: 1, indices: [], source: 'none' };

describe('evaluateForecast', () => {
  it('multiplicative: divides by the index, forecasts, multiplies back by the index of the target period', () => {
    // indices [0.5, 1.5]; y = 5, 30, 10, 45 -> a = 10, 20, 20, 30; SES alpha 1 -> 30
    // h=1 is position 4 (index 0.5) -> 15; h=2 position 5 (index 1.5) -> 45
    const params: ForecastParams = {
      seasonal: { kind: 'multiplicative', period: 2, indices: [0.5, 1.5], source: 'history' },
      components: [{ method: 'ses', alpha: 1 }],
      floor: 0,
      bandWidth: [1, 2],
    };
    const r = evaluateForecast([5, 30, 10, 45], params, 2);
    expect(r.forecast).toEqual([15, 45]);
    expect(r.lower).toEqual([14, 43]);
    expect(r.upper).toEqual([16, 47]);
  });
  it('additive: subtracts and adds back', () => {
    const params: ForecastParams = {
      seasonal: { kind: 'additive', period: 2, indices: [-1, 1], source: 'history' },
      components: [{ method: 'runRate' }],
      floor: null,
      bandWidth: [0, 0],
    };
    expect(evaluatePoint([9, 11, 9, 11], params, 3)).toEqual([9, 11, 9]);
  });
  it('averages components: run rate 6 and linear trend 12 on [3,6,9] -> 9', () => {
    const params: ForecastParams = { seasonal: none, components: [{ method: 'runRate' }, { method: 'linearTrend' }], floor: null, bandWidth: [0] };
    expect(evaluatePoint([3, 6, 9], params, 1)[0]).toBeCloseTo(9, 12);
  });
  it('the floor stops a falling trend at 0, and the lower band too', () => {
    const base = { seasonal: none, components: [{ method: 'linearTrend' as const }], bandWidth: [3] };
    // 10, 5, 0 continues to -5
    expect(evaluatePoint([10, 5, 0], { ...base, floor: null }, 1)[0]).toBeCloseTo(-5, 12);
    const r = evaluateForecast([10, 5, 0], { ...base, floor: 0 }, 1);
    expect(r.forecast).toEqual([0]);
    expect(r.lower).toEqual([0]);
    expect(r.upper).toEqual([3]);
  });
});
