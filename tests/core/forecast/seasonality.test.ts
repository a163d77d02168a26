import { alignToHistory, decompose, estimateSeasonal, indicesByCalendarMonth, looksSeasonal, profileSeasonal } from '../../../src/core/forecast/seasonality';

const pattern = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.2, 1.0, 0.8]; // mean 1

function seasonalSeries(years: number, level = 100): number[] {
  const y: number[] = [];
  for (let t = 0; t < 12 * years; t++) y.push(level * pattern[t % 12]);
  return y;
}

describe('seasonality', () => {
  it('classical decomposition recovers the indices of a pure seasonal series', () => {
    // the centred 2x12 MA of a periodic series with mean 1 is exactly the level
    const idx = decompose(seasonalSeries(3), 12, 'multiplicative');
    expect(idx).not.toBeNull();
    idx!.forEach((v, k) => expect(v).toBeCloseTo(pattern[k], 12));
  });
  it('additive indices of level + pattern are the pattern minus its mean', () => {
    const y = seasonalSeries(3, 100).map((v) => v - 100); // 100*(p-1): has negatives
    const idx = decompose(y, 12, 'additive')!;
    idx.forEach((v, k) => expect(v).toBeCloseTo(100 * (pattern[k] - 1), 9));
  });
  it('detects seasonality in a seasonal series, not in a flat or a straight line', () => {
    expect(looksSeasonal(seasonalSeries(4), 12)).toBe(true);
    expect(looksSeasonal(new Array(48).fill(5), 12)).toBe(false);
    expect(looksSeasonal(Array.from({ length: 48 }, (_, i) => i), 12)).toBe(false);
  });
  it('uses additive indices when a value is not positive', () => {
    const y = seasonalSeries(4);
    expect(estimateSeasonal(y, 12).kind).toBe('multiplicative');
    y[5] = -3;
    expect(estimateSeasonal(y, 12).kind).toBe('additive');
  });
  it('needs two full seasons to estimate', () => {
    expect(decompose(seasonalSeries(3).slice(0, 23), 12, 'multiplicative')).toBeNull();
    expect(estimateSeasonal(seasonalSeries(3).slice(0, 23), 12).kind).toBe('none');
  });
  it('a budget phasing profile is normalised to mean 1, and refused with a non-positive month', () => {
    const s = profileSeasonal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2], 12)!;
    expect(s.source).toBe('profile');
    expect(s.indices[0]).toBeCloseTo(2 / 3, 12);
    expect(s.indices[11]).toBeCloseTo(4 / 3, 12);
    expect(profileSeasonal([0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2], 12)).toBeNull();
    expect(profileSeasonal([1, 2], 12)).toBeNull();
  });
});

describe('shrinking noisy indices', () => {
  it('a "season" that flips from year to year is mostly noise: indices end much closer to 1 than the raw means', () => {
    // years alternate between pattern and its mirror around 1; raw per-position means sit near 1 ± small
    const y: number[] = [];
    for (let t = 0; t < 72; t++) {
      const p = pattern[t % 12];
      y.push(100 * (Math.floor(t / 12) % 2 === 0 ? p : 2 - p) * (t % 12 === 3 ? 1.1 : 1));
    }
    const idx = decompose(y, 12, 'multiplicative')!;
    const spread = Math.max(...idx) - Math.min(...idx);
    // the raw mean of position 3 alone is ~1.1 (its 10% bump every year); shrinkage leaves less than that
    expect(spread).toBeLessThan(0.1);
    idx.forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });
});

describe('calendar alignment', () => {
  it('history starting in April: position 0 is April, so calendar index of April is indices[0]', () => {
    const byPos = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => m * 10); // value = 10 x calendar month
    const byMonth = indicesByCalendarMonth(byPos, 4);
    expect(byMonth).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    expect(alignToHistory(byMonth, 4)).toEqual(byPos);
  });
});
