/**
 * The forecast sheet follows BP_AsOf with no add-in: every core method (on its own, with a
 * multiplicative and an additive season, and combined), rendered with the variance sheet as one
 * plan and recalculated by LibreOffice, must equal the TypeScript numbers; then, in a copy, a
 * September actual is typed into the source sheet and BP_AsOf is moved to September, and the
 * recalculated workbook must equal a plan built for September with the same parameters (the
 * engine's evaluate on the longer history): the outlook, bands and flags moved by formulas alone.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { dateToSerial } from '../../src/core/grid';
import type { CoreParams, LineForecast, SeasonalParams } from '../../src/core/forecast';
import type { BudgetModel } from '../../src/core/model';
import { buildForecastPlan, forecastInputs, mergeForecastPlan } from '../../src/core/plan/forecast-sheet';
import { INPUT_ROWS, INPUT_VALUE_COL } from '../../src/core/plan/variance-layout';
import { buildVariancePlan } from '../../src/core/plan/variance-sheet';
import { toA1 } from '../../src/core/a1';
import { computeVariance } from '../../src/core/variance/compute';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { makeModel, monthPeriods } from '../core/plan/model-fixture';
import type { LineSpec } from '../core/plan/model-fixture';
import { forced, SEASON12 } from '../core/plan/forecast-fixture';
import { hasLibreOffice, LIBREOFFICE_INSTALL_HINT } from '../support/libreoffice';
import { tempDir } from '../support/xlsx-fixtures';
import { compareAll, expectedCells, poison, recalcAll } from './plan-recalc';
import type { ExpectedCell } from './plan-recalc';
import { XlsxHost } from '../../src/host/xlsx';

const SHEET = "Sales '26";
const EXTRA = 6;
const ADDITIVE: SeasonalParams = { kind: 'additive', period: 12, indices: [-20, -15, -10, -5, 0, 5, 10, 15, 20, 10, 0, -10], source: 'history' };
const wave = (n: number, base: number, slope: number): number[] => Array.from({ length: n }, (_, t) => Math.round((base + slope * t + 9 * Math.sin(t * 1.3)) * 100) / 100);
const pad = (h: (number | null)[]): (number | null)[] => [...h, ...new Array<null>(12 - h.length).fill(null)];
const B = new Array<number>(12).fill(100);
const SEP_ACTUAL = [131.5, 97, 88, 60.25, 0, 45, 112, 101, 99.5, 140, null, 77];

interface Spec {
  line: LineSpec;
  components: CoreParams[];
  seasonal?: SeasonalParams;
  floor?: number | null;
}

const SPECS: Spec[] = [
  { line: { key: ['SES', 'mult'], budget: B, actual: pad(wave(8, 100, 2)) }, components: [{ method: 'ses', alpha: 0.4 }], seasonal: SEASON12 },
  { line: { key: ['Holt', 'mult'], budget: B, actual: pad(wave(8, 80, 3)) }, components: [{ method: 'holtDamped', alpha: 0.5, beta: 0.1, phi: 0.9, initWindow: 12 }], seasonal: SEASON12 },
  { line: { key: ['Theta', 'add'], type: 'cost', budget: B, actual: pad(wave(8, 90, 1.5)) }, components: [{ method: 'theta', alpha: 0.3 }], seasonal: ADDITIVE },
  { line: { key: ['Trend', 'none'], budget: B, actual: pad(wave(8, 40, 5)) }, components: [{ method: 'linearTrend' }] },
  { line: { key: ['Trend', 'mult'], budget: B, actual: pad(wave(8, 40, 5)) }, components: [{ method: 'linearTrend' }], seasonal: SEASON12 },
  { line: { key: ['Run rate', ''], budget: B, actual: pad(wave(8, 100, 0)) }, components: [{ method: 'runRate' }] },
  { line: { key: ['Moving avg', ''], budget: B, actual: pad(wave(8, 100, -1)) }, components: [{ method: 'movingAverage', window: 3 }] },
  { line: { key: ['Seasonal naive', ''], budget: B, actual: pad(wave(8, 100, 1)) }, components: [{ method: 'seasonalNaive', period: 12 }] },
  { line: { key: ['Croston', ''], budget: B.map(() => 30), actual: pad([0, 50, 0, 0, 40, 0, 60, 0]) }, components: [{ method: 'croston', alpha: 0.1 }] },
  {
    line: { key: ['Combination', 'late start'], budget: B, actual: pad([null, null, 70, 75, 81, 79, 90, 94]) },
    components: [{ method: 'ses', alpha: 0.3 }, { method: 'holtDamped', alpha: 0.3, beta: 0.05, phi: 0.94, initWindow: 12 }, { method: 'theta', alpha: 0.2 }],
  },
  { line: { key: ['No actuals', ''], budget: B.map((_, i) => 50 + i), actual: pad([]) }, components: [{ method: 'runRate' }] },
  { line: { key: ['Returns', 'negative'], budget: B.map(() => -5), actual: pad([-3, 4, -8, 2, -6, 1, -9, 3]) }, components: [{ method: 'ses', alpha: 0.6 }], floor: null },
];

function build(asOf: string, actuals: (number | null | undefined)[][], paramsFrom?: LineForecast[]): { model: BudgetModel; plan: WorkbookPlan; forecasts: LineForecast[] } {
  const lines = SPECS.map((s, i) => ({ ...s.line, actual: actuals[i] }));
  const model = makeModel({ sheet: SHEET, dims: ['Product', 'Note'], periods: monthPeriods(2026, 1, 12), lines, asOf });
  const report = computeVariance(model, { asOf, flagPct: 0.1, flagAbs: 5, fyStartMonth: 1 });
  const inputs = forecastInputs(model, report, { extraPeriods: EXTRA });
  const forecasts = SPECS.map((s, i) => {
    const prev = paramsFrom?.[i];
    return forced(inputs.lines[i].history, s.components, inputs.horizon, {
      seasonal: s.seasonal,
      floor: s.floor,
      bandWidth: prev ? prev.params.bandWidth : Array.from({ length: inputs.horizon }, (_, h) => 7 + 3 * h),
    });
  });
  const vp = buildVariancePlan(model, report);
  const fp = buildForecastPlan(model, report, forecasts, { extraPeriods: EXTRA });
  return { model, plan: mergeForecastPlan(vp.plan, fp), forecasts };
}

function sourceWorkbook(model: BudgetModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  model.periods.forEach((p, i) => {
    ws.getCell(1, 3 + 2 * i).value = `${p.key} Budget`;
    ws.getCell(1, 4 + 2 * i).value = `${p.key} Actual`;
  });
  model.lines.forEach((l, r) => {
    l.key.forEach((k, c) => (ws.getCell(r + 2, c + 1).value = k));
    for (const v of [...l.budget, ...l.actual]) if (v && v.value !== null && v.source.kind === 'cell') ws.getCell(v.source.address).value = v.value;
  });
  return wb;
}

const lo = hasLibreOffice();
if (!lo) console.warn(`recalc: LibreOffice not found, skipping. Install with: ${LIBREOFFICE_INSTALL_HINT}`);
const describeLo = lo ? describe : describe.skip;

describeLo('forecast sheet recalculated by LibreOffice; moving BP_AsOf moves the outlook', () => {
  const dir = tempDir('bp-recalc-fc-');
  const aug = build('2026-08', SPECS.map((s) => s.line.actual));
  const sepActuals = SPECS.map((s, i) => s.line.actual.map((v, m) => (m === 8 ? SEP_ACTUAL[i] : v)));
  const sep = build('2026-09', sepActuals, aug.forecasts);
  let expectedAug: ExpectedCell[] = [];
  let expectedSep: ExpectedCell[] = [];
  let books = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const host = new XlsxHost(sourceWorkbook(aug.model));
    await host.applyPlan(aug.plan);
    const buffer = await host.toBuffer();
    const files: string[] = [];
    for (const name of ['fc-aug', 'fc-moved']) {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(buffer as unknown as ArrayBuffer);
      poison(copy);
      if (name === 'fc-moved') {
        // what a sales manager does without the add-in: type September's actuals, move BP_AsOf
        const src = copy.getWorksheet(SHEET)!;
        sep.model.lines.forEach((l) => {
          const v = l.actual[8];
          if (v && v.value !== null && v.source.kind === 'cell') src.getCell(v.source.address).value = v.value;
        });
        copy.getWorksheet('BP Variance')!.getCell(toA1(INPUT_ROWS.asOf, INPUT_VALUE_COL)).value = dateToSerial(2026, 9, 1);
      }
      const file = path.join(dir, `${name}.xlsx`);
      await copy.xlsx.writeFile(file);
      files.push(file);
    }
    expectedAug = expectedCells('fc-aug', aug.plan);
    expectedSep = expectedCells('fc-moved', sep.plan);
    books = await recalcAll(files, dir);
  }, 300000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('every formula cell of the as-built workbook agrees to 1e-9 relative', () => {
    const { mismatches, compared, numeric, worstRel } = compareAll(expectedAug, books);
    console.log(`forecast recalc: compared ${compared} cells (${numeric} numeric), worst ${worstRel.toExponential(2)}`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(numeric).toBeGreaterThan(1000);
  });

  it('after typing September and moving BP_AsOf, every cell equals the plan built for September with the same parameters', () => {
    const { mismatches, compared } = compareAll(expectedSep, books);
    console.log(`forecast recalc (moved as-of): compared ${compared} cells`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    // and the outlook did move: September's plan differs from August's for most lines
    const outlookCol = 'I';
    const differs = SPECS.filter((_, i) => {
      const a = expectedAug.find((e) => e.sheet === 'BP Forecast' && e.address === `${outlookCol}${11 + i}`);
      const s = expectedSep.find((e) => e.sheet === 'BP Forecast' && e.address === `${outlookCol}${11 + i}`);
      return a && s && a.result !== s.result;
    }).length;
    expect(differs).toBeGreaterThan(8);
  });
});
