import { lintFormula } from '../../../src/core/formula/lint';
import type { LineForecast } from '../../../src/core/forecast';
import { buildForecastPlan, forecastInputs, mergeForecastPlan } from '../../../src/core/plan/forecast-sheet';
import { buildVariancePlan } from '../../../src/core/plan/variance-sheet';
import { computeVariance } from '../../../src/core/variance/compute';
import { makeModel, monthPeriods } from './model-fixture';
import type { LineSpec } from './model-fixture';
import { forced, SEASON12 } from './forecast-fixture';
import { cellAt, formulaAt, formulaCells, sheetToGrid } from './plan-helpers';
import { readCarryOver } from '../../../src/core/plan/carry-over';

const B = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
const SES_H = [100, 80, 120, 100, 90, 110, 100, 100];
const TREND_H = [10, 20, 30, 40, 50, 60, 70, 80];
const INTERMITTENT = [0, 50, 0, 0, 40, 0, 60, 0];
const pad = (h: (number | null)[]): (number | null)[] => [...h, ...new Array<null>(12 - h.length).fill(null)];

// Lines (model order) and the method forced on each.
const LINES: LineSpec[] = [
  { key: ['East', 'SES'], budget: B, actual: pad(SES_H) },
  { key: ['East', 'Run rate'], budget: B, actual: pad(SES_H) },
  { key: ['East', 'Moving avg'], budget: B, actual: pad(SES_H) },
  { key: ['West', 'Trend'], budget: B.map(() => 20), actual: pad(TREND_H) },
  { key: ['West', 'Naive'], budget: B.map(() => 20), actual: pad(TREND_H) },
  { key: ['West', 'Croston'], budget: B.map(() => 20), actual: pad(INTERMITTENT) },
  { key: ['North', 'Holt'], budget: B.map(() => 20), actual: pad(TREND_H) },
  { key: ['North', 'Theta'], budget: B.map(() => 20), actual: pad(TREND_H) },
  { key: ['South', 'Seasonal SES'], type: 'cost', budget: B, actual: pad(SES_H) },
  { key: ['South', 'Late start'], budget: B, actual: pad([null, null, null, 40, 50, 60, 70, 80]) },
  { key: ['South', 'No actuals'], budget: B.map((_, i) => 10 + i), actual: pad([]) },
];

function setup(locale?: 'zh-CN') {
  const model = makeModel({ sheet: 'Sales 2026', periods: monthPeriods(2026, 1, 12), lines: LINES, asOf: '2026-08' });
  const report = computeVariance(model, { asOf: '2026-08', flagPct: 0.1, flagAbs: 0, fyStartMonth: 1 });
  const inputs = forecastInputs(model, report);
  const H = inputs.horizon;
  const hist = (i: number): number[] => inputs.lines[i].history;
  const forecasts: LineForecast[] = [
    forced(hist(0), [{ method: 'ses', alpha: 0.5 }], H),
    forced(hist(1), [{ method: 'runRate' }], H),
    forced(hist(2), [{ method: 'movingAverage', window: 3 }], H),
    forced(hist(3), [{ method: 'linearTrend' }], H),
    forced(hist(4), [{ method: 'seasonalNaive', period: 12 }], H),
    forced(hist(5), [{ method: 'croston', alpha: 0.1 }], H),
    forced(hist(6), [{ method: 'holtDamped', alpha: 0.5, beta: 0.1, phi: 0.9, initWindow: 12 }], H),
    forced(hist(7), [{ method: 'theta', alpha: 0.5 }], H),
    forced(hist(8), [{ method: 'ses', alpha: 0.5 }], H, { seasonal: SEASON12 }),
    forced(hist(9), [{ method: 'ses', alpha: 0.3 }, { method: 'holtDamped', alpha: 0.3, beta: 0.05, phi: 0.9, initWindow: 12 }, { method: 'theta', alpha: 0.3 }], H),
    forced([], [{ method: 'runRate' }], H),
  ];
  const vp = buildVariancePlan(model, report, { locale });
  const fp = buildForecastPlan(model, report, forecasts, { locale });
  return { model, report, inputs, forecasts, vp, fp, sheet: fp.sheet, plan: mergeForecastPlan(vp.plan, fp) };
}

// Layout for 2 key columns, 12 periods (forecast-layout.ts), worked out by hand:
// C Type, D Method, E MAPE, F MASE, G FY Budget, H YTD Actual, I Outlook, J Gap, K Gap %, L Low, M High,
// N Status, O..Z Jan..Dec, AA SES α, AB Holt α, AC Holt β, AD Holt φ, AE Theta α, AF Croston α,
// AG MA window, AH Trend, AI Season, AJ..AU S Jan..S Dec. Header rows 9-10, lines from row 11.
const row = (i: number): number => 11 + i;

describe('forecastInputs', () => {
  it('history runs from the first actual through as-of; the horizon is the rest of the axis', () => {
    const { inputs } = setup();
    expect(inputs.horizon).toBe(4);
    expect(inputs.lines[0]).toMatchObject({ start: 0, history: SES_H });
    expect(inputs.lines[9]).toMatchObject({ start: 3, history: [40, 50, 60, 70, 80] });
    expect(inputs.lines[10]).toEqual({ start: null, history: [] });
    expect(inputs.axis.seasonLength).toBe(12);
    // budget phasing from the history's first month, normalised later by the engine
    expect(inputs.lines[9].seasonalProfile).toEqual(B);
  });

  it('adds further periods past the model when asked', () => {
    const model = makeModel({ periods: monthPeriods(2026, 1, 12), lines: LINES.slice(0, 1), asOf: '2026-08' });
    const report = computeVariance(model, { asOf: '2026-08', flagPct: 0.1, flagAbs: 0 });
    const inputs = forecastInputs(model, report, { extraPeriods: 3 });
    expect(inputs.horizon).toBe(7);
    expect(inputs.axis.periods.slice(-3).map((p) => p.key)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(inputs.axis.starts[12]).toBe(46388); // 1-Jan-2027, by hand
  });
});

describe('buildForecastPlan: structure', () => {
  it('every formula is portable and every name it uses is defined by the merged plan', () => {
    const { sheet, plan } = setup();
    const names = new Set(plan.names.map((n) => n.name));
    const cells = formulaCells(sheet);
    expect(cells.length).toBeGreaterThan(500);
    for (const { a1, cell } of cells) {
      expect([a1, lintFormula(cell.formula)]).toEqual([a1, []]);
      for (const m of cell.formula.matchAll(/\bBP_[A-Za-z]+/g)) expect(names.has(m[0])).toBe(true);
      expect(cell.result === '' || Number.isFinite(cell.result as number) || typeof cell.result === 'string').toBe(true);
    }
    for (const b of sheet.blocks) for (const r of b.cells) expect(r).toHaveLength(b.cells[0].length);
  });

  it('merges into one plan with both sheets owned', () => {
    const { plan, vp, fp } = setup();
    expect(plan.sheets.map((s) => s.name)).toEqual(['BP Variance', 'BP Forecast']);
    expect(plan.state.ownedSheets).toEqual([{ name: 'BP Variance', role: 'variance' }, { name: 'BP Forecast', role: 'forecast' }]);
    expect(() => mergeForecastPlan(plan, fp)).toThrow(/already has a sheet/);
    expect(plan.names).toBe(vp.plan.names);
    expect(fp.lineRows).toEqual(LINES.map((_, i) => row(i)));
  });

  it('period values read the variance sheet actuals through BP_AsOf, then the line forecast', () => {
    const { sheet } = setup();
    // Jan of line 0: variance sheet row 11, Jan actual in K (J..M Jan); forecast row in the workings
    const jan = formulaAt(sheet, 'O11');
    expect(jan.formula).toMatch(/^=IF\(O\$9<=BP_AsOf,'BP Variance'!K11,O\d+\)$/);
    expect(jan.result).toBe(100);
    const sep = formulaAt(sheet, 'W11');
    expect(sep.formula).toMatch(/^=IF\(W\$9<=BP_AsOf,'BP Variance'!AQ11,W\d+\)$/);
    expect(formulaAt(sheet, 'O10')).toMatchObject({ formula: '=IF(O$9<=BP_AsOf,"Actual","Forecast")', result: 'Actual' });
    expect(formulaAt(sheet, 'W10').result).toBe('Forecast');
  });

  it('parameters are yellow input cells holding the fitted values; seasonal indices by calendar month', () => {
    const { sheet } = setup();
    expect(cellAt(sheet, `AA${row(0)}`)).toMatchObject({ kind: 'value', value: 0.5, style: 'input' });
    expect(cellAt(sheet, `AB${row(6)}`)).toMatchObject({ value: 0.5, style: 'input' });
    expect(cellAt(sheet, `AC${row(6)}`)).toMatchObject({ value: 0.1, style: 'input' });
    expect(cellAt(sheet, `AD${row(6)}`)).toMatchObject({ value: 0.9, style: 'input' });
    expect(cellAt(sheet, `AE${row(7)}`)).toMatchObject({ value: 0.5, style: 'input' });
    expect(cellAt(sheet, `AF${row(5)}`)).toMatchObject({ value: 0.1, style: 'input' });
    expect(cellAt(sheet, `AJ${row(8)}`)).toMatchObject({ value: 0.8, style: 'input' }); // S Jan
    expect(cellAt(sheet, `AR${row(8)}`)).toMatchObject({ value: 1.2, style: 'input' }); // S Sep
    expect(cellAt(sheet, `AA${row(1)}`)).toBeNull(); // run rate has no alpha
    // every formula that reads a parameter reads an input cell of its own line
    for (const { cell } of formulaCells(sheet)) {
      for (const m of cell.formula.matchAll(/\$(A[A-I])\$(\d+)/g)) {
        const target = cellAt(sheet, `${m[1]}${m[2]}`);
        expect(target).toMatchObject({ style: 'input' });
      }
    }
  });
});

describe('buildForecastPlan: hand-checked forecasts', () => {
  const { sheet, fp } = setup();
  const value = (i: number, col: string): unknown => formulaAt(sheet, `${col}${row(i)}`).result;

  it('SES α 0.5: level 100, 90, 105, 102.5, 96.25, 103.125, 101.5625, 100.78125', () => {
    for (const c of ['W', 'X', 'Y', 'Z']) expect(value(0, c)).toBe(100.78125);
    expect(value(0, 'H')).toBe(800);
    expect(value(0, 'I')).toBe(800 + 4 * 100.78125);
    expect(value(0, 'G')).toBe(1200);
    expect(value(0, 'J')).toBeCloseTo(3.125, 9);
  });

  it('run rate = mean of the history (100); moving average of the last 3 = 103.33…', () => {
    expect(value(1, 'W')).toBe(100);
    expect(value(1, 'J')).toBe(0);
    expect(value(2, 'Z')).toBeCloseTo(310 / 3, 12);
  });

  it('linear trend on 10..80 continues 90..120; seasonal naive with n < 12 repeats the last value', () => {
    expect([value(3, 'W'), value(3, 'X'), value(3, 'Y'), value(3, 'Z')].map((v) => Math.round((v as number) * 1e9) / 1e9)).toEqual([90, 100, 110, 120]);
    expect(value(4, 'W')).toBe(80);
    expect(value(4, 'Z')).toBe(80);
  });

  it('Croston SBA α 0.1: size 50.1, interval 2.576 at the end, forecast 0.95 × 50.1 / 2.576', () => {
    expect(value(5, 'W')).toBeCloseTo((0.95 * 50.1) / 2.576, 9);
  });

  it('damped Holt starts from INTERCEPT/SLOPE of the first values (0 and 10) and updates L1 = 9.5, B1 = 9.05', () => {
    const l0 = formulaCells(sheet).find((c) => c.cell.formula.startsWith('=IF(') && /INTERCEPT\(\$O\$\d+:\$Z\$\d+/.test(c.cell.formula) && c.a1.startsWith('E'));
    expect(l0?.cell.result).toBeCloseTo(0, 9);
    const firstL = formulaCells(sheet).find((c) => c.a1.startsWith('O') && /^=IF\(O\$9<=BP_AsOf,\$AB\$17\*/.test(c.cell.formula));
    expect(firstL?.cell.result).toBeCloseTo(9.5, 12);
  });

  it('Theta: half the regression line plus half the SES level of the theta line', () => {
    // a = 10..80: c = 0, d = 10, theta line Z_t = 2·10t − 10t = 10t, SES(0.5) level of 10..80
    let m = 10;
    for (let t = 2; t <= 8; t++) m = 0.5 * 10 * t + 0.5 * m;
    expect(value(7, 'W')).toBeCloseTo(0.5 * 90 + 0.5 * m, 9);
    expect(formulaAt(sheet, `AH${row(7)}`).result).toBeCloseTo(10, 12); // trend per period
  });

  it('multiplicative season: adjusted by the month index, forecast put back with September\'s 1.2', () => {
    let level = SES_H[0] / 0.8;
    for (let t = 1; t < 8; t++) level = 0.5 * (SES_H[t] / SEASON12.indices[t]) + 0.5 * level;
    expect(value(8, 'W')).toBeCloseTo(level * 1.2, 9);
    expect(cellAt(sheet, `C${row(8)}`)).toMatchObject({ value: 'Cost' });
  });

  it('a line whose actuals start in April counts positions from April; a line with no actuals follows its budget', () => {
    const late = fp.lines[9];
    expect(late.values.slice(0, 3)).toEqual([null, null, null]);
    expect(formulaAt(sheet, `O${row(9)}`).formula).toBe(`=IF(O$9<=BP_AsOf,'BP Variance'!K20,"")`);
    const none = fp.lines[10];
    expect(none.method).toBe('budget');
    expect(none.values.slice(8)).toEqual([18, 19, 20, 21]);
    expect(none.outlook).toBe(18 + 19 + 20 + 21);
  });

  it('every TypeScript number equals the engine\'s forecast for the line', () => {
    const { forecasts } = setup();
    fp.lines.forEach((l, i) => {
      if (l.method === 'budget') return;
      expect(l.values.slice(8)).toEqual(forecasts[i].forecast);
      const rest = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
      expect(l.low).toBeCloseTo(l.ytdActual + rest(forecasts[i].lower), 9);
      expect(l.high).toBeCloseTo(l.ytdActual + rest(forecasts[i].upper), 9);
    });
  });
});

describe('buildForecastPlan: flags', () => {
  it('Status applies the variance flag rule to the projected gap; the conditional format uses the same rule', () => {
    const { sheet, fp } = setup();
    // Trend line: budget 20 x 12 = 240, outlook 780: revenue above budget, on track.
    expect(fp.lines[3].offTrack).toBe(false);
    // Croston line: budget 240, outlook 150 + 4 x 18.5 ≈ 224 (-7%): under 10%, on track
    expect(fp.lines[5].offTrack).toBe(false);
    // the cost line is judged as a cost: off track exactly when its projected cost is 10%+ over budget
    expect(fp.lines[8].offTrack).toBe(fp.lines[8].gap > 0 && fp.lines[8].gapPct !== null && fp.lines[8].gapPct >= 0.1);
    fp.lines.forEach((l, i) => expect(formulaAt(sheet, `N${row(i)}`).result).toBe(l.offTrack ? 'Off track' : 'On track'));
    expect(formulaAt(sheet, 'N11').formula).toContain('OR(C11="Cost",C11="Expense",C11="成本",C11="费用")');
    const cf = sheet.conditionalFormats[0];
    expect(cf.range).toBe('A11:N21');
    expect(cf.formula).toContain('ABS($K11)>=BP_FlagPct');
    expect(sheet.conditionalFormats[1]).toMatchObject({ range: 'O11:Z21', formula: '=O$9>BP_AsOf' });
  });

  it('zh-CN writes Chinese headers, Type and Status texts', () => {
    const { sheet } = setup('zh-CN');
    expect(cellAt(sheet, 'I10')).toMatchObject({ value: '全年预计' });
    expect(cellAt(sheet, `C${row(8)}`)).toMatchObject({ value: '成本' });
    expect(['预计未达标', '正常']).toContain(formulaAt(sheet, 'N11').result);
  });
});

describe('buildForecastPlan: edges', () => {
  it('a model without lines, and one without any actual, build without errors', () => {
    const empty = makeModel({ periods: monthPeriods(2026, 1, 12), lines: [], asOf: null });
    const r0 = computeVariance(empty, { asOf: null, flagPct: 0.1, flagAbs: 0 });
    const p0 = buildForecastPlan(empty, r0, []);
    expect(p0.lineRows).toEqual([]);
    expect(p0.sheet.conditionalFormats).toEqual([]);
    const none = makeModel({ periods: monthPeriods(2026, 1, 3), lines: [{ key: ['A', 'B'], budget: [5, 6, 7], actual: [null, null, null] }], asOf: null });
    const r1 = computeVariance(none, { asOf: null, flagPct: 0.1, flagAbs: 0 });
    const p1 = buildForecastPlan(none, r1, [forced([], [{ method: 'runRate' }], 3)]);
    // no actual at all: BP_AsOf is the day before the first period, so the fiscal year holding it is
    // the previous one and the full-year figures are 0 (as the variance sheet's YTD is empty)
    expect(p1.lines[0]).toMatchObject({ method: 'budget', fyBudget: 0, outlook: 0, gap: 0, offTrack: false, values: [5, 6, 7] });
    for (const { cell } of formulaCells(p1.sheet)) expect(lintFormula(cell.formula)).toEqual([]);
  });

  it('a quarterly budget uses four seasonal index cells, by quarter of the year', () => {
    const periods = [1, 4, 7, 10].map((month, i) => ({ key: `2026-Q${i + 1}`, kind: 'quarter' as const, year: 2026, month, label: `Q${i + 1}` }));
    const model = makeModel({ periods, lines: [{ key: ['A', 'B'], budget: [10, 10, 10, 10], actual: [8, 12, null, null] }], asOf: '2026-Q2' });
    const report = computeVariance(model, { asOf: '2026-Q2', flagPct: 0.1, flagAbs: 0 });
    const inputs = forecastInputs(model, report, { extraPeriods: 2 });
    expect(inputs.axis.seasonLength).toBe(4);
    expect(inputs.axis.periods.slice(-2).map((p) => p.key)).toEqual(['2027-Q1', '2027-Q2']);
    const q = { kind: 'multiplicative' as const, period: 4, indices: [0.9, 1.1, 1.2, 0.8], source: 'profile' as const };
    const fp = buildForecastPlan(model, report, [forced(inputs.lines[0].history, [{ method: 'runRate' }], inputs.horizon, { seasonal: q })], { extraPeriods: 2 });
    // run rate of 8/0.9 and 12/1.1, put back with Q3's 1.2
    const level = (8 / 0.9 + 12 / 1.1) / 2;
    expect(fp.lines[0].values[2]).toBeCloseTo(level * 1.2, 9);
    // 2 keys: ... Z? columns: 2 key + 12 fixed = O first period, 6 periods O..T, params U.., indices AD..AG
    expect(cellAt(fp.sheet, 'AD10')).toMatchObject({ value: 'S Q1' });
    expect(cellAt(fp.sheet, 'AG11')).toMatchObject({ value: 0.8, style: 'input' });
    expect(() => buildForecastPlan(model, report, [forced(inputs.lines[0].history, [{ method: 'runRate' }], 1)], { extraPeriods: 2 })).toThrow(/needs 4/);
  });
});

describe('buildForecastPlan: total row', () => {
  it('sums the full-year columns of the lines; gap % over the total budget', () => {
    const { sheet, fp } = setup();
    const r = 11 + LINES.length; // row 22
    expect(cellAt(sheet, `A${r}`)).toMatchObject({ value: 'Total', style: 'total' });
    const budget = fp.lines.reduce((a, l) => a + l.fyBudget, 0);
    const outlook = fp.lines.reduce((a, l) => a + l.outlook, 0);
    expect(formulaAt(sheet, `G${r}`)).toMatchObject({ formula: `=SUM(G11:G${r - 1})` });
    expect(formulaAt(sheet, `G${r}`).result).toBeCloseTo(budget, 9);
    expect(formulaAt(sheet, `I${r}`).result).toBeCloseTo(outlook, 9);
    expect(formulaAt(sheet, `K${r}`).result).toBeCloseTo((outlook - budget) / Math.abs(budget), 12);
    // the workings start below the total row, after a blank row
    expect(cellAt(sheet, `A${r + 2}`)).toMatchObject({ style: 'note' });
  });
});

describe('buildForecastPlan: what people typed survives a refresh', () => {
  it('comments are kept; typed parameters are kept only on lines marked Keep, and their forecast follows them', () => {
    const first = setup();
    // columns (2 keys, 12 periods): AA SES α, AJ..AU S Jan..S Dec, AV Keep, AW Comment
    expect(cellAt(first.sheet, 'AV10')).toMatchObject({ value: 'Keep parameters' });
    const grid = sheetToGrid(first.sheet, {
      AV11: 'x', // keep line 0 (SES) ...
      AA11: 0.2, // ... with α typed as 0.2
      AW11: 'Big order in Q4',
      AA19: 0.9, // line 8 (seasonal SES): α typed but not kept -> refit
      AV19: ' ',
      [`AR${row(8)}`]: 1.5, // September index typed on a line not kept
    });
    const carryOver = readCarryOver(grid, first.sheet.inputs);
    const again = buildForecastPlan(first.model, first.report, first.forecasts, { carryOver });
    expect(cellAt(again.sheet, 'AA11')).toMatchObject({ value: 0.2, style: 'input' });
    expect(cellAt(again.sheet, 'AW11')).toMatchObject({ value: 'Big order in Q4', style: 'input' });
    let level = SES_H[0];
    for (let t = 1; t < 8; t++) level = 0.2 * SES_H[t] + 0.8 * level;
    expect(again.lines[0].values[8]).toBeCloseTo(level, 9);
    expect(formulaAt(again.sheet, 'W11').result).toBeCloseTo(level, 9);
    expect(again.forecasts[0].params.components[0]).toEqual({ method: 'ses', alpha: 0.2 });
    // not kept: fitted values come back
    expect(cellAt(again.sheet, `AA${row(8)}`)).toMatchObject({ value: 0.5 });
    expect(cellAt(again.sheet, `AR${row(8)}`)).toMatchObject({ value: 1.2 });
    expect(again.lines[8].values).toEqual(first.fp.lines[8].values);
  });

  it('kept seasonal indices are read back by calendar month', () => {
    const first = setup();
    const grid = sheetToGrid(first.sheet, { [`AV${row(8)}`]: 'keep', [`AR${row(8)}`]: 1.5 });
    const again = buildForecastPlan(first.model, first.report, first.forecasts, { carryOver: readCarryOver(grid, first.sheet.inputs) });
    expect(again.forecasts[8].params.seasonal.indices[8]).toBe(1.5); // history starts in January: September is position 8
    expect(again.lines[8].values[8]).toBeCloseTo((first.fp.lines[8].values[8] as number) * (1.5 / 1.2), 9);
  });
});
