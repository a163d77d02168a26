import { buildVariancePlan } from '../../../src/core/plan/variance-sheet';
import { periodAtOrBefore, readVarianceInputs } from '../../../src/core/plan/variance-inputs';
import { computeVariance } from '../../../src/core/variance/compute';
import { makeModel, monthPeriods } from './model-fixture';
import { sheetToGrid } from './plan-helpers';

const JAN_2026 = 46023; // by hand
const periods = monthPeriods(2026, 1, 12);
const model = makeModel({ periods, asOf: '2026-02', lines: [{ key: ['E', 'W'], budget: [1], actual: [1] }] });
const sheet = buildVariancePlan(model, computeVariance(model, { asOf: '2026-02', flagPct: 0.1, flagAbs: 250, fyStartMonth: 1 })).plan.sheets[0];

describe('readVarianceInputs', () => {
  it('reads back what the plan wrote', () => {
    expect(readVarianceInputs(sheetToGrid(sheet), periods)).toEqual({ asOf: '2026-02', flagPct: 0.1, flagAbs: 250, fyStartMonth: 1 });
  });

  it('keeps what someone typed into the named cells (B3:B6)', () => {
    // 15-Sep-2026 typed as a date: Jan 1 + 257 days (31+28+31+30+31+30+31+31 = 243, + 14)
    const grid = sheetToGrid(sheet, { B3: JAN_2026 + 257, B4: 0.05, B5: 1000, B6: 4 });
    expect(readVarianceInputs(grid, periods)).toEqual({ asOf: '2026-09', flagPct: 0.05, flagAbs: 1000, fyStartMonth: 4 });
  });

  it('leaves out cells that do not hold a sensible value', () => {
    const grid = sheetToGrid(sheet, { B3: 'soon', B4: -1, B5: '', B6: 13 });
    expect(readVarianceInputs(grid, periods)).toEqual({});
  });

  it('an as-of date before the first period means no YTD (null)', () => {
    expect(periodAtOrBefore(JAN_2026 - 1, periods)).toBeNull();
    expect(readVarianceInputs(sheetToGrid(sheet, { B3: JAN_2026 - 1 }), periods).asOf).toBeNull();
  });
});
