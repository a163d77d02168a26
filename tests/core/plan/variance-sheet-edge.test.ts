import { lintFormula } from '../../../src/core/formula/lint';
import { buildVariancePlan, readCarryOver } from '../../../src/core/plan/variance-sheet';
import { computeVariance, defaultVarianceSettings } from '../../../src/core/variance/compute';
import { makeModel, monthPeriods } from './model-fixture';
import { cellAt, formulaCells, sheetToGrid } from './plan-helpers';

function planFor(model: ReturnType<typeof makeModel>, asOf?: string | null) {
  const settings = { ...defaultVarianceSettings(model), ...(asOf !== undefined ? { asOf } : {}) };
  const report = computeVariance(model, settings);
  return { report, vp: buildVariancePlan(model, report) };
}

describe('variance plan on degenerate models', () => {
  it('a model without lines gives headers and inputs, no total, no conditional format', () => {
    const { vp } = planFor(makeModel({ periods: monthPeriods(2026, 1, 2), lines: [] }));
    const sheet = vp.plan.sheets[0];
    expect(vp.lineRows).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.inputs).toEqual([]);
    expect(cellAt(sheet, 'A11')).toBeNull();
    expect(vp.plan.names).toHaveLength(5);
  });

  it('a model without periods writes YTD as 0 values and no SUMIFS over an empty range', () => {
    const { vp, report } = planFor(makeModel({ periods: [], lines: [{ key: ['A', 'x'], budget: [], actual: [] }] }));
    const sheet = vp.plan.sheets[0];
    expect(report.lines[0].ytd).toEqual({ budget: 0, actual: 0, variance: 0, variancePct: null });
    expect(cellAt(sheet, 'D11')).toMatchObject({ kind: 'value', value: 0 });
    for (const { cell } of formulaCells(sheet)) expect(lintFormula(cell.formula)).toEqual([]);
  });

  it('an unreadable as-of key leaves YTD empty instead of failing', () => {
    const model = makeModel({ periods: monthPeriods(2026, 1, 2), lines: [{ key: ['A', 'x'], budget: [5, 5], actual: [1, 1] }] });
    const { report } = planFor(model, 'August');
    expect(report.asOfIndex).toBe(-1);
    expect(report.lines[0].ytd.budget).toBe(0);
    expect(report.lines[0].offTarget).toBe(false);
  });

  it('keys longer than the dimension list fold into the last key column; missing parts are blank', () => {
    const model = makeModel({
      periods: monthPeriods(2026, 1, 1),
      dims: ['Region'],
      lines: [
        { key: ['East'], budget: [1], actual: [1] },
        { key: ['West', 'Extra'], budget: [1], actual: [1] },
      ],
    });
    const sheet = planFor(model).vp.plan.sheets[0];
    // two key columns (the longest key), header for the unnamed one
    expect(cellAt(sheet, 'B10')).toMatchObject({ value: 'Key 2' });
    expect(cellAt(sheet, 'B11')).toMatchObject({ value: '' });
    expect(cellAt(sheet, 'B12')).toMatchObject({ value: 'Extra' });
    expect(sheet.inputs[0].keyCols).toEqual([0, 1]);
  });
});

describe('carry-over with keys of different lengths', () => {
  it('a short key padded with blanks on the sheet still gets its comment back', () => {
    const model = makeModel({
      periods: monthPeriods(2026, 1, 1),
      dims: ['Region'],
      lines: [
        { key: ['East'], budget: [1], actual: [1] },
        { key: ['West', 'Extra'], budget: [1], actual: [1] },
      ],
    });
    const first = planFor(model).vp.plan.sheets[0];
    const comment = `${String.fromCharCode(65 + first.inputs[0].col)}11`; // comment column, first line
    const carry = readCarryOver(sheetToGrid(first, { [comment]: 'short key note' }), first.inputs);
    const again = buildVariancePlan(model, computeVariance(model, defaultVarianceSettings(model)), { carryOver: carry }).plan.sheets[0];
    expect(cellAt(again, comment)).toMatchObject({ value: 'short key note' });
    expect(again.inputs).toHaveLength(1); // not also kept as an orphan
  });
});
