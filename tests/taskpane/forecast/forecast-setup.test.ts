import type { BudgetModel, Period } from '../../../src/core/model';
import { makeMonth, makeQuarter } from '../../../src/core/periods/period';
import { budgetProfile, fiscalWindow, forecastRows, forecastSetup } from '../../../src/taskpane/forecast/forecast-setup';
import type { LineForecast } from '../../../src/core/forecast';

function model(periods: Period[], budget: (number | null)[], actual: (number | null)[]): BudgetModel {
  const cell = (v: number | null) => ({ source: { kind: 'cell' as const, sheet: 'B', address: 'A1' }, value: v });
  return {
    source: { sheet: 'B', range: 'A1:Z3' },
    layout: 'wide-paired',
    unit: null,
    dimensions: [{ name: 'Region', col: 0 }],
    typeColumn: null,
    periods,
    asOf: null,
    lines: [{ key: ['East'], type: 'revenue', row: 1, budget: budget.map(cell), actual: actual.map(cell) }],
  };
}

// Jan 2026 .. Jun 2027 (18 months)
const months = Array.from({ length: 18 }, (_, i) => makeMonth(2026 + Math.floor(i / 12), (i % 12) + 1));

describe('fiscal window', () => {
  it('runs from the fiscal start month through 12 months, marking periods the model lacks', () => {
    const m = model(months, months.map(() => 10), months.map(() => 1));
    // FY Apr 2026 .. Mar 2027 holds Aug 2026: as-of is its 5th month, 7 left.
    const w = fiscalWindow(m, '2026-08', 4);
    expect(w?.keys[0]).toBe('2026-04');
    expect(w?.keys[11]).toBe('2027-03');
    expect(w?.asOfPos).toBe(4);
    expect(w?.remaining).toBe(7);
    expect(w?.modelIndex.slice(0, 2)).toEqual([3, 4]);
    // FY Jan 2027 .. Dec 2027: the model stops at June.
    const w2 = fiscalWindow(m, '2027-02', 1);
    expect(w2?.modelIndex).toEqual([12, 13, 14, 15, 16, 17, -1, -1, -1, -1, -1, -1]);
    expect(w2?.remaining).toBe(10);
    expect(fiscalWindow(m, '2031-01', 1)).toBeNull();
  });
  it('works in quarters', () => {
    const qs = [1, 4, 7, 10].map((mo) => makeQuarter(2026, mo));
    const w = fiscalWindow(model(qs, [1, 1, 1, 1], [1, 1, null, null]), '2026-Q2', 1);
    expect(w?.keys).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(w?.remaining).toBe(2);
  });
});

describe('forecast setup', () => {
  it('takes the history up to as-of, YTD and FY budget inside the fiscal year, and the budget phasing', () => {
    const budget = months.map((_, i) => (i % 12) + 1); // 1..12, 1..6
    const actual = months.map((_, i) => (i <= 13 ? i : null)); // through Feb 2027
    actual[12] = null; // a blank January 2027 counts as 0
    const s = forecastSetup(model(months, budget, actual), '2027-02', 1);
    if (typeof s === 'string') throw new Error(s);
    expect(s.job.lines[0].history).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 13]);
    expect(s.job.horizon).toBe(10);
    expect(s.job.period).toBe(12);
    // positions 0..11 average (1+1)/2, ... , (6+6)/2, then 7..12 alone
    expect(s.job.lines[0].seasonalProfile).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.lines[0].ytdActual).toBe(13);
    expect(s.lines[0].fyBudget).toBe(1 + 2 + 3 + 4 + 5 + 6);
    expect(s.lines[0].fyActual.slice(0, 3)).toEqual([null, 13, null]);
  });
  it('says why it cannot forecast', () => {
    expect(forecastSetup(null, '2026-01', 1)).toBe('noModel');
    expect(forecastSetup(model(months, [], []), null, 1)).toBe('noAsOf');
  });
  it('drops a phasing with a non-positive month', () => {
    expect(budgetProfile([1, 0, 2, 3], 4)).toBeUndefined();
    expect(budgetProfile([1, 2, 3], 4)).toBeUndefined();
    expect(budgetProfile([1, 2, 3, 4, 3, null, 5, 6], 4)).toEqual([2, 2, 4, 5]);
  });
});

describe('forecast rows', () => {
  it('outlook = YTD actual + the forecast of the remaining periods; gap against the FY budget', () => {
    const qs = [1, 4, 7, 10].map((mo) => makeQuarter(2026, mo));
    const s = forecastSetup(model(qs, [100, 100, 100, 100], [90, 80, null, null]), '2026-Q2', 1);
    if (typeof s === 'string') throw new Error(s);
    const fc: LineForecast = {
      method: 'ses',
      params: { seasonal: { kind: 'none', period: 1, indices: [], source: 'none' }, components: [{ method: 'ses', alpha: 0.5 }], floor: 0, bandWidth: [5, 6] },
      forecast: [85, 70],
      lower: [80, 64],
      upper: [90, 76],
      backtest: { mape: 5, mase: 0.5, points: 1 },
    };
    const [r] = forecastRows(s, [fc]);
    expect(r.index).toBe(0);
    expect(r.outlook).toBe(90 + 80 + 85 + 70);
    expect(r.gap).toBe(325 - 400);
    expect(r.gapPct).toBe(-75 / 400);
    expect(r.onTrack).toBe(false);
    expect(r.chart.forecast).toEqual([null, 80, 85, 70]);
    expect(r.chart.lower).toEqual([null, 80, 80, 64]);
    expect(r.chart.actual).toEqual([90, 80, null, null]);
  });
});
