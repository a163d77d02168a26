/** forecastLine: choice, consistency with evaluate, and edge cases that must stay finite. */
import { forecastLine } from '../../../src/core/forecast';
import { evaluateForecast } from '../../../src/core/forecast/evaluate';
import type { LineForecast } from '../../../src/core/forecast/types';

function expectSane(r: LineForecast, horizon: number): void {
  expect(r.forecast).toHaveLength(horizon);
  for (const arr of [r.forecast, r.lower, r.upper, r.params.bandWidth]) for (const v of arr) expect(Number.isFinite(v)).toBe(true);
  r.forecast.forEach((f, i) => {
    expect(r.lower[i]).toBeLessThanOrEqual(f);
    expect(r.upper[i]).toBeGreaterThanOrEqual(f);
  });
  for (const v of [r.backtest.mape, r.backtest.mase]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
}

/** Deterministic noise in [-0.5, 0.5). */
function noise(i: number): number {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x) - 0.5;
}

const pattern = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.2, 1.0, 0.8];

describe('forecastLine', () => {
  it('finds the season of a seasonal trending line and forecasts the next peak above the next trough', () => {
    const y = Array.from({ length: 48 }, (_, t) => (1000 + 10 * t) * pattern[t % 12] * (1 + 0.02 * noise(t)));
    const r = forecastLine(y, { horizon: 12 });
    expectSane(r, 12);
    expect(r.params.seasonal.kind).toBe('multiplicative');
    // history ends at position 47 (pattern index 11): h=9 is index 8 (peak 1.4), h=1 index 0 (trough 0.6)
    expect(r.forecast[8] / r.forecast[0]).toBeGreaterThan(2);
    expect(r.backtest.mape).not.toBeNull();
    expect(r.backtest.mape!).toBeLessThan(10);
  });
  it('the returned forecast and band are exactly what evaluate() gives for the returned params', () => {
    const y = Array.from({ length: 40 }, (_, t) => 500 + 5 * t + 80 * noise(t));
    const r = forecastLine(y, { horizon: 18 });
    const e = evaluateForecast(y, r.params, 18);
    expect(r.forecast).toEqual(e.forecast);
    expect(r.lower).toEqual(e.lower);
    expect(r.upper).toEqual(e.upper);
    expect(r.params.bandWidth).toHaveLength(18);
  });
  it('a flat line forecasts the same value', () => {
    const r = forecastLine(new Array(36).fill(250), { horizon: 6 });
    expectSane(r, 6);
    r.forecast.forEach((v) => expect(v).toBeCloseTo(250, 9));
  });
  it('all zeros forecast zeros', () => {
    const r = forecastLine(new Array(36).fill(0), { horizon: 6 });
    expectSane(r, 6);
    expect(r.forecast).toEqual(new Array(6).fill(0));
    expect(r.backtest.mape).toBeNull(); // no non-zero actual to divide by
    expect(r.backtest.mase).toBeNull(); // no scale
  });
  it('no history and one value stay finite', () => {
    const empty = forecastLine([], { horizon: 3 });
    expectSane(empty, 3);
    expect(empty.forecast).toEqual([0, 0, 0]);
    const one = forecastLine([120], { horizon: 3 });
    expectSane(one, 3);
    expect(one.method).toBe('runRate');
    expect(one.forecast).toEqual([120, 120, 120]);
  });
  it('an intermittent line never goes negative or explodes', () => {
    const y = Array.from({ length: 36 }, (_, t) => (t % 5 === 0 ? 40 + (t % 3) * 10 : 0));
    const r = forecastLine(y, { horizon: 12 });
    expectSane(r, 12);
    expect(r.method).toBe('croston');
    expect(r.params.seasonal.kind).toBe('none');
    // about one sale of ~50 every 5 months: roughly 10 a month, certainly between 2 and 30
    r.forecast.forEach((v) => {
      expect(v).toBeGreaterThan(2);
      expect(v).toBeLessThan(30);
    });
  });
  it('negative months (returns) drop the floor and multiplicative season', () => {
    const y = Array.from({ length: 36 }, (_, t) => 100 * pattern[t % 12] + 5 * noise(t));
    y[10] = -40;
    const r = forecastLine(y, { horizon: 12 });
    expectSane(r, 12);
    expect(r.params.floor).toBeNull();
    expect(r.params.seasonal.kind).not.toBe('multiplicative');
    r.forecast.forEach((v) => expect(Math.abs(v)).toBeLessThan(300));
  });
  it('a short history (6 months) uses a given budget phasing as its season', () => {
    // profile normalised: first half 2/3, second half 4/3; history 100 a month -> adjusted 150 -> 200
    const profile = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2];
    const r = forecastLine(new Array(6).fill(100), { horizon: 6, seasonalProfile: profile });
    expectSane(r, 6);
    expect(r.params.seasonal.source).toBe('profile');
    r.forecast.forEach((v) => expect(v).toBeCloseTo(200, 9));
    const plain = forecastLine(new Array(6).fill(100), { horizon: 6 });
    expect(plain.params.seasonal.kind).toBe('none');
    plain.forecast.forEach((v) => expect(v).toBeCloseTo(100, 9));
  });
  it('very short histories (2-5 values) get a short-history method and finite numbers', () => {
    for (const y of [[10, 20], [10, 20, 30], [5, 0, 7, 0, 9]]) {
      const r = forecastLine(y, { horizon: 4 });
      expectSane(r, 4);
      expect(['runRate', 'movingAverage', 'ses']).toContain(r.method);
      r.forecast.forEach((v) => expect(v).toBeLessThanOrEqual(Math.max(...y)));
    }
  });
  it('non-finite input values are read as 0 instead of poisoning the forecast', () => {
    const r = forecastLine([10, NaN, 10, Infinity, 10, 10], { horizon: 2 });
    expectSane(r, 2);
  });
  it('records the method and the parameters the sheet will show', () => {
    const y = Array.from({ length: 36 }, (_, t) => 200 + 3 * t + 20 * noise(t));
    const r = forecastLine(y, { horizon: 12 });
    expect(r.params.components.length).toBe(r.method === 'combination' ? 3 : 1);
    for (const c of r.params.components) {
      if ('alpha' in c) {
        expect(c.alpha).toBeGreaterThan(0);
        expect(c.alpha).toBeLessThanOrEqual(1);
      }
      if (c.method === 'holtDamped') expect(c.phi).toBeLessThan(1);
    }
  });
});

describe('forecastLine extremes', () => {
  it('values so large that sums overflow still give finite numbers (the last value repeated)', () => {
    const r = forecastLine([1e308, 1e308, -1e308, 5, 1e308, 1e308, 1e308], { horizon: 2 });
    for (const v of [...r.forecast, ...r.lower, ...r.upper]) expect(Number.isFinite(v)).toBe(true);
    expect(r.method).toBe('movingAverage');
    expect(r.forecast).toEqual([1e308, 1e308]);
  });
  it('horizon 0 gives empty arrays', () => {
    const r = forecastLine([1, 2, 3], { horizon: 0 });
    expect(r.forecast).toEqual([]);
    expect(r.lower).toEqual([]);
  });
  it('a straight line is not given a season made of ones', () => {
    const r = forecastLine(Array.from({ length: 40 }, (_, t) => 100 + t), { horizon: 2, period: 4 });
    expect(r.params.seasonal.kind).toBe('none');
    expect(r.forecast[0]).toBeGreaterThan(138);
  });
});
