import { bandPath, chartGeometry, linePath, valueDomain, type ChartBox } from '../../../src/taskpane/forecast/chart-geometry';
import type { ChartSeries } from '../../../src/taskpane/forecast/forecast-setup';

const BOX: ChartBox = { width: 110, height: 60, padX: 5, padY: 5 }; // inner 100 x 50

/** Every number in an SVG path string. */
const numbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('value domain', () => {
  it('starts at 0 when the values sit well above it, with 5% air on top', () => {
    // lo 40 <= 100/2 -> 0; top 100 + 5% of 100
    expect(valueDomain([40, 100, null])).toEqual({ min: 0, max: 105 });
  });
  it('keeps a narrow positive range off 0, padded 5% each side', () => {
    // range 900..1000, pad 5
    expect(valueDomain([900, 1000])).toEqual({ min: 895, max: 1005 });
  });
  it('gives flat, all-zero, empty and non-finite inputs a real range', () => {
    expect(valueDomain([0, 0, 0])).toEqual({ min: -1, max: 1 });
    expect(valueDomain([200, 200])).toEqual({ min: 180, max: 220 });
    expect(valueDomain([])).toEqual({ min: 0, max: 1 });
    expect(valueDomain([null, NaN, Infinity])).toEqual({ min: 0, max: 1 });
  });
  it('handles negative lines (returns)', () => {
    // -100..-40: hi -40 >= -100/2 -> 0
    expect(valueDomain([-100, -40])).toEqual({ min: -105, max: 0 });
    // -50..50 spans 0: padded 5 each side
    expect(valueDomain([-50, 50])).toEqual({ min: -55, max: 55 });
  });
});

describe('paths', () => {
  it('breaks a line at missing points', () => {
    expect(linePath([0, 10, 20, 30], [1, null, 3, 4])).toBe('M0 1 M20 3 L30 4');
    expect(linePath([0, 10], [null, null])).toBe('');
  });
  it('closes the band: upper edge left to right, lower edge right to left', () => {
    expect(bandPath([0, 10, 20], [null, 5, 4], [null, 7, 9])).toBe('M10 5 L20 4 L20 9 L10 7 Z');
    expect(bandPath([0, 10], [null, null], [null, null])).toBe('');
  });
});

describe('chart geometry', () => {
  const series: ChartSeries = {
    // 5 positions, as-of at 2; values 0..100 so the domain is [0, 105]
    actual: [50, 100, 80, null, null],
    budget: [60, 60, 60, 60, 60],
    forecast: [null, null, 80, 90, 70],
    lower: [null, null, 80, 70, 40],
    upper: [null, null, 80, 100, 100],
    asOfPos: 2,
  };
  it('maps positions across the inner width and values top-down', () => {
    const g = chartGeometry(series, BOX);
    expect(g.xs).toEqual([5, 30, 55, 80, 105]);
    expect(g.yMin).toBe(0);
    expect(g.yMax).toBe(105);
    const y = (v: number) => Math.round((5 + ((105 - v) / 105) * 50) * 10) / 10;
    expect(g.actual).toBe(`M5 ${y(50)} L30 ${y(100)} L55 ${y(80)}`);
    expect(g.budget).toBe(['M', 'L', 'L', 'L', 'L'].map((c, i) => `${c}${g.xs[i]} ${y(60)}`).join(' '));
    expect(g.forecast).toBe(`M55 ${y(80)} L80 ${y(90)} L105 ${y(70)}`);
    expect(g.band).toBe(`M55 ${y(80)} L80 ${y(100)} L105 ${y(100)} L105 ${y(40)} L80 ${y(70)} L55 ${y(80)} Z`);
    expect(g.zeroY).toBe(55); // 0 is the bottom of the inner box
    expect(g.asOfX).toBe(55);
  });
  it('never draws NaN for a flat zero line, a flat line or a single period', () => {
    const zero: ChartSeries = { actual: [0, 0, 0], budget: [0, 0, 0], forecast: [null, null, 0], lower: [null, null, 0], upper: [null, null, 0], asOfPos: 2 };
    const flat: ChartSeries = { ...zero, actual: [7, 7, 7], budget: [7, 7, 7], forecast: [null, null, 7], lower: [null, null, 7], upper: [null, null, 7] };
    const one: ChartSeries = { actual: [5], budget: [5], forecast: [5], lower: [5], upper: [5], asOfPos: 0 };
    for (const s of [zero, flat, one]) {
      const g = chartGeometry(s, BOX);
      const all = [...numbers(g.actual), ...numbers(g.budget), ...numbers(g.forecast), ...numbers(g.band), ...g.xs, g.asOfX, g.zeroY ?? 0];
      expect(all.length).toBeGreaterThan(0);
      expect(all.every((v) => Number.isFinite(v))).toBe(true);
      expect(g.actual).not.toMatch(/NaN|Infinity/);
    }
    // The flat zero line is drawn across the middle of the box (domain -1..1).
    expect(numbers(chartGeometry(zero, BOX).actual)).toEqual([5, 30, 55, 30, 105, 30]);
    // A single period sits in the middle.
    expect(chartGeometry(one, BOX).xs).toEqual([55]);
  });
});
