/**
 * The pane's forecast inputs and rows follow the forecast sheet's rules (see forecast-setup.ts);
 * expected figures below are worked out by hand.
 */
import type { LineForecast } from '../../../src/core/forecast';
import type { BudgetModel, Period } from '../../../src/core/model';
import { makeMonth, makeQuarter } from '../../../src/core/periods/period';
import { computeVariance } from '../../../src/core/variance/compute';
import type { VarianceSettings } from '../../../src/core/variance/types';
import { forecastRows, forecastSetup } from '../../../src/taskpane/forecast/forecast-setup';

function model(periods: Period[], lines: { budget: (number | null)[]; actual: (number | null)[] }[]): BudgetModel {
  const cell = (v: number | null) => ({ source: { kind: 'cell' as const, sheet: 'B', address: 'A1' }, value: v });
  return {
    source: { sheet: 'B', range: 'A1:Z3' },
    layout: 'wide-paired',
    unit: null,
    dimensions: [{ name: 'Region', col: 0 }],
    typeColumn: null,
    periods,
    asOf: null,
    lines: lines.map((l, i) => ({ key: [`L${i}`], type: 'revenue', row: i + 1, budget: l.budget.map(cell), actual: l.actual.map(cell) })),
  };
}

const settings = (asOf: string, fyStartMonth: number): VarianceSettings => ({ asOf, flagPct: 0.1, flagAbs: 0, fyStartMonth });

// Jan 2026 .. Jun 2027 (18 months)
const months = Array.from({ length: 18 }, (_, i) => makeMonth(2026 + Math.floor(i / 12), (i % 12) + 1));

describe('forecast setup', () => {
  it('fits from the first actual through as-of, to the last period; the fiscal year from its start month', () => {
    const actual = months.map((_, i) => (i >= 2 && i <= 7 ? i * 10 : null)); // Mar..Aug 2026
    actual[5] = null; // a blank June inside the history counts as 0
    const m = model(months, [{ budget: months.map(() => 5), actual }]);
    const s = forecastSetup(m, computeVariance(m, settings('2026-08', 4)));
    if (typeof s === 'string') throw new Error(s);
    expect(s.job.lines[0].history).toEqual([20, 30, 40, 0, 60, 70]);
    expect(s.job.horizon).toBe(10); // Sep 2026 .. Jun 2027
    expect(s.job.period).toBe(12);
    expect(s.job.lines[0].seasonalProfile).toEqual(months.slice(0, 12).map(() => 5));
    // FY Apr 2026 .. Mar 2027 = model periods 3..14; Sep..Mar (7) are left after as-of.
    expect(s.fyIndices).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(s.remaining).toBe(7);
  });

  it('says why it cannot forecast', () => {
    const m = model(months, [{ budget: months.map(() => 5), actual: months.map(() => null) }]);
    expect(forecastSetup(null, null)).toBe('noModel');
    expect(forecastSetup(m, computeVariance(m, { asOf: null, flagPct: 0.1, flagAbs: 0 }))).toBe('noAsOf');
  });
});

describe('forecast rows', () => {
  const qs = [1, 4, 7, 10].map((mo) => makeQuarter(2026, mo));
  const m = model(qs, [
    { budget: [100, 100, 100, 100], actual: [90, 80, null, null] },
    { budget: [10, 20, 30, 40], actual: [null, null, null, null] }, // no actual yet: forecast = budget
  ]);
  const report = computeVariance(m, settings('2026-Q2', 1));
  const fc: LineForecast = {
    method: 'ses',
    params: { seasonal: { kind: 'none', period: 1, indices: [], source: 'none' }, components: [{ method: 'ses', alpha: 0.5 }], floor: 0, bandWidth: [5, 6] },
    forecast: [85, 70],
    lower: [80, 64],
    upper: [90, 76],
    backtest: { mape: 5, mase: 0.5, points: 1 },
  };
  const zero: LineForecast = { ...fc, forecast: [0, 0], lower: [0, 0], upper: [0, 0] };

  it('outlook = YTD actual + the forecast of the rest of the year; band, gap and the flag rule', () => {
    const s = forecastSetup(m, report);
    if (typeof s === 'string') throw new Error(s);
    const [r] = forecastRows(s, [fc, zero]);
    expect(r.index).toBe(0);
    expect(r.ytdActual).toBe(170);
    expect(r.outlook).toBe(170 + 85 + 70);
    expect(r.fyBudget).toBe(400);
    expect(r.gap).toBe(-75);
    expect(r.gapPct).toBe(-75 / 400);
    expect(r.low).toBe(170 + 80 + 64);
    expect(r.high).toBe(170 + 90 + 76);
    expect(r.offTrack).toBe(true); // 18.75% below, over the 10% threshold
    expect(r.chart.actual).toEqual([90, 80, null, null]);
    expect(r.chart.forecast).toEqual([null, 80, 85, 70]);
    expect(r.chart.lower).toEqual([null, 80, 80, 64]);
    expect(r.chart.asOfPos).toBe(1);
  });

  it('a line with no actual yet is forecast by its budget, as on the sheet', () => {
    const s = forecastSetup(m, report);
    if (typeof s === 'string') throw new Error(s);
    expect(s.job.lines[1].history).toEqual([]);
    const r = forecastRows(s, [fc, zero])[1];
    expect(r.method).toBe('budget');
    expect(r.rest).toEqual([30, 40]);
    expect(r.outlook).toBe(70); // YTD actual 0 + Q3 and Q4 budgets
    expect(r.fyBudget).toBe(100);
    expect(r.mape).toBeNull();
  });
});
