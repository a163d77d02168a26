import { computeVariance, defaultVarianceSettings } from '../../../src/core/variance/compute';
import type { VarianceSettings } from '../../../src/core/variance/types';
import { makeModel, monthPeriods } from '../plan/model-fixture';
import type { LineSpec } from '../plan/model-fixture';

const Q1 = monthPeriods(2026, 1, 3);

function run(lines: LineSpec[], settings: Partial<VarianceSettings> = {}, periods = Q1) {
  const model = makeModel({ periods, lines, asOf: settings.asOf === undefined ? '2026-02' : settings.asOf });
  return computeVariance(model, { asOf: '2026-02', flagPct: 0.1, flagAbs: 10, ...settings });
}

describe('computeVariance: periods', () => {
  it('takes budget and actual from the source values and computes var and var %', () => {
    const r = run([{ key: ['East', 'A'], budget: [100, 200, 300], actual: [90, 250, null] }]);
    const p = r.lines[0].periods;
    expect(p[0]).toEqual({ budget: 100, actual: 90, variance: -10, variancePct: -0.1 });
    expect(p[1]).toEqual({ budget: 200, actual: 250, variance: 50, variancePct: 0.25 });
    expect(p[2]).toEqual({ budget: 300, actual: null, variance: null, variancePct: null });
  });

  it('counts a blank, text or error budget as 0 and a blank actual as no actual', () => {
    // null = the cell exists but is blank / text / an error (detection reports it and gives null)
    const r = run([{ key: ['East', 'A'], budget: [null, undefined, 50], actual: [40, null, undefined] }]);
    const p = r.lines[0].periods;
    expect(p[0]).toEqual({ budget: 0, actual: 40, variance: 40, variancePct: null });
    expect(p[1]).toEqual({ budget: 0, actual: null, variance: null, variancePct: null });
    expect(p[2]).toEqual({ budget: 50, actual: null, variance: null, variancePct: null });
  });

  it('divides by the absolute budget, so a negative budget keeps the sign of the variance', () => {
    const r = run([{ key: ['East', 'Returns'], budget: [-200, 0, 0], actual: [-150, null, null] }]);
    expect(r.lines[0].periods[0].variance).toBe(50);
    expect(r.lines[0].periods[0].variancePct).toBe(0.25);
  });
});

describe('computeVariance: YTD and flags', () => {
  it('flags a revenue line below budget by more than both thresholds, with a plain reason', () => {
    // YTD Jan+Feb: budget 300, actual 260, var -40, var % -40/300
    const r = run([{ key: ['East', 'A'], budget: [100, 200, 300], actual: [90, 170, 999] }]);
    const l = r.lines[0];
    expect(l.ytd).toEqual({ budget: 300, actual: 260, variance: -40, variancePct: -40 / 300 });
    expect(l.favourable).toBe(false);
    expect(l.offTarget).toBe(true);
    expect(l.reasons).toEqual(['YTD actual 13.3% below budget (\u221240)']);
    expect(l.reasonsZh).toEqual(['年初至今实际低于预算 13.3%（\u221240）']);
  });

  it('treats a cost line above budget as unfavourable and below budget as favourable', () => {
    const over = run([{ key: ['East', 'Travel'], type: 'cost', budget: [100, 200, 0], actual: [120, 230, null] }]).lines[0];
    expect(over.ytd.variance).toBe(50);
    expect(over.favourable).toBe(false);
    expect(over.offTarget).toBe(true);
    expect(over.reasons).toEqual(['YTD cost 16.7% above budget (+50)']);
    const under = run([{ key: ['East', 'Travel'], type: 'cost', budget: [100, 200, 0], actual: [90, 170, null] }]).lines[0];
    expect(under.favourable).toBe(true);
    expect(under.offTarget).toBe(false);
    expect(under.reasons).toEqual([]);
  });

  it('revenue above budget is favourable and never flagged', () => {
    const l = run([{ key: ['East', 'A'], budget: [100, 100, 100], actual: [500, 500, null] }]).lines[0];
    expect(l.favourable).toBe(true);
    expect(l.offTarget).toBe(false);
  });

  it('flags at exactly the thresholds (>=), not just below them', () => {
    // var -10 on budget 100: |var %| = 0.1 exactly, |var| = 10 exactly
    const spec: LineSpec[] = [{ key: ['East', 'A'], budget: [100, 0, 0], actual: [90, null, null] }];
    expect(run(spec, { asOf: '2026-01', flagPct: 0.1, flagAbs: 10 }).lines[0].offTarget).toBe(true);
    expect(run(spec, { asOf: '2026-01', flagPct: 0.1000001, flagAbs: 10 }).lines[0].offTarget).toBe(false);
    expect(run(spec, { asOf: '2026-01', flagPct: 0.1, flagAbs: 10.001 }).lines[0].offTarget).toBe(false);
  });

  it('with a YTD budget of 0, flags any unfavourable variance that is material', () => {
    const spec: LineSpec[] = [{ key: ['East', 'New'], type: 'cost', budget: [0, 0, 0], actual: [5, 0, null] }];
    const l = run(spec, { flagAbs: 5 }).lines[0];
    expect(l.ytd).toEqual({ budget: 0, actual: 5, variance: 5, variancePct: null });
    expect(l.offTarget).toBe(true);
    expect(l.reasons).toEqual(['YTD cost +5 with no budget']);
    expect(run(spec, { flagAbs: 6 }).lines[0].offTarget).toBe(false);
    // revenue with no budget and a positive actual is favourable
    expect(run([{ ...spec[0], type: 'revenue' }], { flagAbs: 5 }).lines[0].offTarget).toBe(false);
  });

  it('without an as-of period YTD is empty and nothing is flagged', () => {
    const r = run([{ key: ['East', 'A'], budget: [100, 200, 300], actual: [null, null, null] }], { asOf: null });
    expect(r.asOfIndex).toBe(-1);
    expect(r.lines[0].ytd).toEqual({ budget: 0, actual: 0, variance: 0, variancePct: null });
    expect(r.lines[0].offTarget).toBe(false);
    expect(r.lines[0].favourable).toBe(true);
  });

  it('reports the index of the as-of period', () => {
    expect(run([{ key: ['E'], budget: [1, 1, 1], actual: [1, 1, 1] }], { asOf: '2026-03' }).asOfIndex).toBe(2);
  });

  it('YTD starts at the fiscal year containing the as-of period', () => {
    // 24 months Jan-26..Dec-27, budget 1 per month in 2026 and 10 per month in 2027
    const periods = monthPeriods(2026, 1, 24);
    const budget = periods.map((p) => (p.year === 2026 ? 1 : 10));
    const model = makeModel({ periods, lines: [{ key: ['E'], budget, actual: budget }] });
    const r = computeVariance(model, { asOf: '2027-03', flagPct: 0.1, flagAbs: 0, fyStartMonth: 1 });
    expect(r.lines[0].ytd.budget).toBe(30); // Jan, Feb, Mar 2027 only
    // fiscal year from April: Apr-26..Mar-27 = 9 x 1 + 3 x 10
    const r4 = computeVariance(model, { asOf: '2027-03', flagPct: 0.1, flagAbs: 0, fyStartMonth: 4 });
    expect(r4.lines[0].ytd.budget).toBe(39);
  });

  it('defaults the fiscal-year start to the first period month', () => {
    // Apr-26..Mar-27; as of Feb-27 the YTD is Apr-26..Feb-27 = 11 months
    const periods = monthPeriods(2026, 4, 12);
    const model = makeModel({ periods, lines: [{ key: ['E'], budget: periods.map(() => 2), actual: periods.map(() => 2) }], asOf: '2027-02' });
    const s = defaultVarianceSettings(model);
    expect(s.fyStartMonth).toBe(4);
    expect(computeVariance(model, s).lines[0].ytd.budget).toBe(22);
  });

  it('a variance of nothing is exactly 0 even when the sums round differently', () => {
    // 100.1+200.2+300.3 = 600.5999999999999 but 300.3+200.2+100.1 = 600.6 in IEEE arithmetic
    const r = run([{ key: ['E'], budget: [100.1, 200.2, 300.3], actual: [300.3, 200.2, 100.1] }], { asOf: '2026-03' });
    expect(r.lines[0].ytd.variance).toBe(0);
    expect(r.lines[0].ytd.variancePct).toBe(0);
  });

  it('keeps line order and keys', () => {
    const r = run([
      { key: ['B', 'x'], budget: [1, 1, 1], actual: [1, 1, 1] },
      { key: ['A', 'y'], budget: [1, 1, 1], actual: [1, 1, 1] },
    ]);
    expect(r.lines.map((l) => l.key)).toEqual([['B', 'x'], ['A', 'y']]);
  });
});

describe('defaultVarianceSettings', () => {
  it('uses the model as-of, 10% and 2% of the median annual line budget rounded down to 1/2/5', () => {
    const periods = monthPeriods(2026, 1, 12);
    // annual budgets 12,000 / 60,000 / 1,200,000 -> median 60,000 -> 2% = 1,200 -> 1,000
    const model = makeModel({
      periods,
      asOf: '2026-08',
      lines: [
        { key: ['a'], budget: periods.map(() => 1000), actual: [] },
        { key: ['b'], budget: periods.map(() => 5000), actual: [] },
        { key: ['c'], budget: periods.map(() => 100000), actual: [] },
      ],
    });
    expect(defaultVarianceSettings(model)).toEqual({ asOf: '2026-08', flagPct: 0.1, flagAbs: 1000, fyStartMonth: 1 });
  });

  it('annualises budgets that cover less than a year', () => {
    const periods = monthPeriods(2026, 1, 6);
    // 6 months x 2,500 = 15,000 -> 30,000 a year -> 2% = 600 -> 500
    const model = makeModel({ periods, lines: [{ key: ['a'], budget: periods.map(() => 2500), actual: [] }] });
    expect(defaultVarianceSettings(model).flagAbs).toBe(500);
  });
});
