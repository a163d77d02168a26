/** Each method's evaluate() against values computed by hand (worked in the comments). */
import { evaluateCore } from '../../../src/core/forecast/evaluate';
import { sesLevel, sesSse, fitSes } from '../../../src/core/forecast/methods/ses';
import { thetaLine } from '../../../src/core/forecast/methods/theta';
import { meanOfForecasts } from '../../../src/core/forecast/methods/combination';
import { regressOnTime } from '../../../src/core/forecast/stats';
import { isIntermittent } from '../../../src/core/forecast/methods/croston';

describe('regressOnTime (SLOPE/INTERCEPT on t = 1..n)', () => {
  it('fits y = 1,2,4: slope 1.5, intercept -2/3', () => {
    // x̄ = 2, ȳ = 7/3, Σ(x-x̄)(y-ȳ) = 3, Σ(x-x̄)² = 2
    const { slope, intercept } = regressOnTime([1, 2, 4]);
    expect(slope).toBeCloseTo(1.5, 12);
    expect(intercept).toBeCloseTo(-2 / 3, 12);
  });
  it('a single value has slope 0 and that value as intercept', () => {
    expect(regressOnTime([7])).toEqual({ slope: 0, intercept: 7 });
  });
});

describe('SES', () => {
  it('alpha 0.5 on [10,20,30]: levels 10, 15, 22.5', () => {
    expect(sesLevel([10, 20, 30], 0.5)).toBe(22.5);
    expect(evaluateCore([10, 20, 30], { method: 'ses', alpha: 0.5 }, 3)).toEqual([22.5, 22.5, 22.5]);
  });
  it('in-sample SSE: errors 10 (20-10) and 15 (30-15) -> 325', () => {
    expect(sesSse([10, 20, 30], 0.5)).toBe(325);
  });
  it('fit picks alpha 1 for a straight ramp (the last value is the best one-step guess)', () => {
    expect(fitSes([1, 2, 3, 4, 5, 6]).alpha).toBe(1);
  });
});

describe('Theta', () => {
  it('on [1,2,4] with alpha 0.5 gives 195/48 at h=1', () => {
    // c = -2/3, d = 1.5; Z = 7/6, 5/3, 25/6; M = 7/6, 17/12, 67/24; F1 = 0.5*(c+4d) + 0.5*M3 = 8/3 + 67/48
    expect(thetaLine([1, 2, 4]).map((v) => +v.toFixed(10))).toEqual([7 / 6, 5 / 3, 25 / 6].map((v) => +v.toFixed(10)));
    const f = evaluateCore([1, 2, 4], { method: 'theta', alpha: 0.5 }, 2);
    expect(f[0]).toBeCloseTo(195 / 48, 12);
    // h=2 adds half the slope: 0.5 * 1.5
    expect(f[1]).toBeCloseTo(195 / 48 + 0.75, 12);
  });
});

describe('damped Holt', () => {
  it('on [10,12,14,16], alpha=beta=phi=0.5, init from the first 2 points', () => {
    // L0 = 8, B0 = 2; L1 = 9.5, B1 = 1.25; L2 = 11.0625, B2 = 1.09375;
    // L3 = 12.8046875, B3 = 1.14453125; L4 = 14.6884765625, B4 = 1.22802734375
    const f = evaluateCore([10, 12, 14, 16], { method: 'holtDamped', alpha: 0.5, beta: 0.5, phi: 0.5, initWindow: 2 }, 2);
    expect(f[0]).toBeCloseTo(14.6884765625 + 0.5 * 1.22802734375, 12);
    expect(f[1]).toBeCloseTo(14.6884765625 + 0.75 * 1.22802734375, 12);
  });
  it('one value: level is that value, no trend', () => {
    expect(evaluateCore([5], { method: 'holtDamped', alpha: 0.3, beta: 0.1, phi: 0.9, initWindow: 12 }, 2)).toEqual([5, 5]);
  });
});

describe('linear trend, seasonal naive, run rate, moving average, combination', () => {
  it('linear trend continues 2,4,6 with 8,10', () => {
    const f = evaluateCore([2, 4, 6], { method: 'linearTrend' }, 2);
    expect(f[0]).toBeCloseTo(8, 12);
    expect(f[1]).toBeCloseTo(10, 12);
  });
  it('seasonal naive repeats the last season', () => {
    expect(evaluateCore([1, 2, 3, 4, 5, 6, 7, 8], { method: 'seasonalNaive', period: 4 }, 5)).toEqual([5, 6, 7, 8, 5]);
  });
  it('seasonal naive with less than a season repeats the last value', () => {
    expect(evaluateCore([3, 9], { method: 'seasonalNaive', period: 12 }, 2)).toEqual([9, 9]);
  });
  it('run rate is the mean of all history', () => {
    expect(evaluateCore([3, 6, 9], { method: 'runRate' }, 2)).toEqual([6, 6]);
  });
  it('moving average of the last 2, and of all when the window is longer', () => {
    expect(evaluateCore([3, 6, 9], { method: 'movingAverage', window: 2 }, 1)).toEqual([7.5]);
    expect(evaluateCore([3, 6, 9], { method: 'movingAverage', window: 5 }, 1)).toEqual([6]);
  });
  it('combination is the mean per horizon', () => {
    expect(meanOfForecasts([[1, 2], [3, 4], [5, 9]], 2)).toEqual([3, 5]);
  });
});

describe('Croston (SBA)', () => {
  it('on [0,4,0,0,6,0] with alpha 0.5 gives 0.75 * 5.25 / 2.75', () => {
    // Z0 = 5, P0 = 3; sale at t=2 (Q=2): Z = 4.5, P = 2.5; sale at t=5 (Q=3): Z = 5.25, P = 2.75
    const f = evaluateCore([0, 4, 0, 0, 6, 0], { method: 'croston', alpha: 0.5 }, 2);
    expect(f[0]).toBeCloseTo((0.75 * 5.25) / 2.75, 12);
    expect(f[1]).toBe(f[0]);
  });
  it('no sale at all forecasts 0', () => {
    expect(evaluateCore([0, 0, 0], { method: 'croston', alpha: 0.1 }, 2)).toEqual([0, 0]);
  });
  it('intermittent means no negatives and at least 30% zero months', () => {
    expect(isIntermittent([0, 5, 0, 3, 0, 0, 4, 2])).toBe(true);
    expect(isIntermittent([1, 5, 2, 3, 0, 1, 4, 2])).toBe(false);
    expect(isIntermittent([0, 5, 0, -3, 0, 0, 4, 2])).toBe(false);
    expect(isIntermittent([0, 0, 0, 0, 0, 0])).toBe(false);
  });
});
