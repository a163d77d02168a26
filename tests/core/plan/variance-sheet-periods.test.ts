import type { Period } from '../../../src/core/model';
import { AMOUNT_FORMAT, AMOUNT_FORMAT_2DP, buildVariancePlan } from '../../../src/core/plan/variance-sheet';
import { computeVariance, defaultVarianceSettings } from '../../../src/core/variance/compute';
import { makeModel, monthPeriods } from './model-fixture';
import { cellAt, formulaAt } from './plan-helpers';

const JAN_2026 = 46023; // 1-Jan-2026, by hand
const APR_2026 = JAN_2026 + 90; // + Jan 31 + Feb 28 + Mar 31

function plan(periods: Period[], asOf: string | null, budget: number[], actual: (number | null)[]) {
  const model = makeModel({ periods, asOf, dims: ['Product'], lines: [{ key: ['Widgets'], budget, actual }] });
  const report = computeVariance(model, defaultVarianceSettings(model));
  const vp = buildVariancePlan(model, report);
  return { sheet: vp.plan.sheets[0], names: new Map(vp.plan.names.map((n) => [n.name, n.address.replace(/\$/g, '')])), report };
}

describe('variance sheet over other calendars', () => {
  it('a fiscal year starting in April sets BP_FYStartMonth 4 and YTD from April', () => {
    // Apr-26..Mar-27 budget 10 a month; as of Jun-26: YTD = Apr..Jun = 30
    const periods = monthPeriods(2026, 4, 12);
    const { sheet, names } = plan(periods, '2026-06', periods.map(() => 10), periods.map((_, i) => (i < 3 ? 12 : null)));
    expect(cellAt(sheet, names.get('BP_FYStartMonth')!)).toMatchObject({ value: 4 });
    expect(cellAt(sheet, names.get('BP_AsOf')!)).toMatchObject({ value: APR_2026 + 30 + 31 }); // 1-Jun-2026
    expect(formulaAt(sheet, names.get('BP_YearStart')!).result).toBe(APR_2026);
    // one key column: B Type, C YTD Budget, D YTD Actual, E YTD Var
    expect(formulaAt(sheet, 'C11').result).toBe(30);
    expect(formulaAt(sheet, 'D11').result).toBe(36);
    expect(formulaAt(sheet, 'E11').result).toBe(6);
  });

  it('quarters: the period row holds each quarter start and YTD counts whole quarters', () => {
    const q = (year: number, n: number): Period => ({ key: `${year}-Q${n}`, kind: 'quarter', year, month: 3 * n - 2, label: `Q${n}` });
    const { sheet } = plan([q(2026, 1), q(2026, 2), q(2026, 3), q(2026, 4)], '2026-Q2', [100, 100, 100, 100], [80, 90, null, null]);
    // first period block starts after 1 key + Type + 4 YTD + Status + Comment = column I
    expect(cellAt(sheet, 'I9')).toMatchObject({ value: JAN_2026 });
    expect(cellAt(sheet, 'M9')).toMatchObject({ value: APR_2026 });
    expect(formulaAt(sheet, 'C11').result).toBe(200);
    expect(formulaAt(sheet, 'D11').result).toBe(170);
    expect(formulaAt(sheet, 'F11').result).toBe(-0.15);
  });

  it('uses a two-decimal amount format only when the source has cents', () => {
    const periods = monthPeriods(2026, 1, 2);
    expect(formulaAt(plan(periods, '2026-01', [100, 200], [90, null]).sheet, 'I11').format).toBe(AMOUNT_FORMAT);
    expect(formulaAt(plan(periods, '2026-01', [100.5, 200], [90, null]).sheet, 'I11').format).toBe(AMOUNT_FORMAT_2DP);
    expect(formulaAt(plan(periods, '2026-01', [100, 200], [90, null]).sheet, 'L11').format).toBe('0.0%');
  });
});

describe('input formats', () => {
  it('shows thresholds without hiding their decimals', () => {
    const periods = monthPeriods(2026, 1, 1);
    const model = makeModel({ periods, asOf: '2026-01', dims: ['Product'], lines: [{ key: ['W'], budget: [1], actual: [1] }] });
    const at = (flagPct: number, flagAbs: number) => {
      const vp = buildVariancePlan(model, computeVariance(model, { asOf: '2026-01', flagPct, flagAbs }));
      const names = new Map(vp.plan.names.map((n) => [n.name, n.address.replace(/\$/g, '')]));
      return [cellAt(vp.plan.sheets[0], names.get('BP_FlagPct')!), cellAt(vp.plan.sheets[0], names.get('BP_FlagAbs')!)];
    };
    expect(at(0.1, 500)).toEqual([expect.objectContaining({ value: 0.1, format: '0%' }), expect.objectContaining({ value: 500, format: '#,##0' })]);
    expect(at(0.125, 0.5)).toEqual([expect.objectContaining({ value: 0.125, format: '0.0#%' }), expect.objectContaining({ value: 0.5, format: '#,##0.00' })]);
  });
});
