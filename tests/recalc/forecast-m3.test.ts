/**
 * The forecast sheet recomputes the engine's forecasts (issue 4, "Computed twice, agreeing"):
 * M3 monthly series rendered as budget lines, the variance and forecast sheets built as one
 * WorkbookPlan, recalculated by LibreOffice; every formula cell (forecasts, bands, workings,
 * outlook, flags, and the variance sheet) must equal the TypeScript number to 1e-9 relative.
 *
 * Series: two groups of M3 monthly series whose training data end in the same month (Aug 1992:
 * every 20th of 336, 68 to 116 months; Mar 1994: every 3rd of 260, 51 to 61 months;
 * plus up to 8 more of the Aug 1992 group whose chosen method is not the default combination), so each group shares one period axis; each
 * series keeps its own start month (`start`, or 2000-01 when NA), so shorter series begin
 * later and the sheet skips their leading periods. Actuals = the train values; the as-of is
 * the last train month; the further horizon is 18 months. Budget = the series' train mean in
 * every period (simple and documented; the engine uses budget phasing only for histories under
 * two seasons, which M3 monthly never has). Test values are never used.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { forecastLine, forecastLines } from '../../src/core/forecast';
import type { LineForecast } from '../../src/core/forecast';
import { toA1 } from '../../src/core/a1';
import type { BudgetLine, BudgetModel, Period } from '../../src/core/model';
import { buildForecastPlan, forecastInputs, mergeForecastPlan } from '../../src/core/plan/forecast-sheet';
import { buildVariancePlan } from '../../src/core/plan/variance-sheet';
import { computeVariance } from '../../src/core/variance/compute';
import { hasLibreOffice, LIBREOFFICE_INSTALL_HINT } from '../support/libreoffice';
import { tempDir } from '../support/xlsx-fixtures';
import { compareAll, expectedCells, recalcAll, writePoisoned } from './plan-recalc';
import type { ExpectedCell } from './plan-recalc';

const DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'data');
const CSV = path.join(DATA_DIR, 'm3-monthly.csv');
const HORIZON = 18;

interface Series {
  id: string;
  category: string;
  start: number; // month index year*12 + month-1
  train: number[];
}

function load(): Series[] {
  const lines = fs.readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const at = (name: string): number => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const f = l.split(',');
    const st = !f[at('start')] || f[at('start')] === 'NA' ? '2000-01' : f[at('start')];
    const [y, m] = st.split('-').map(Number);
    return { id: f[at('id')], category: f[at('category')], start: y * 12 + m - 1, train: f[at('train')].split(';').map(Number) };
  });
}

function monthPeriod(idx: number): Period {
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  const key = `${year}-${String(month).padStart(2, '0')}`;
  return { key, kind: 'month', year, month, label: key };
}

/** A wide source sheet: A = series id, B = category, then per period Budget and Actual. */
function group(series: Series[], sheet: string): { model: BudgetModel; wb: ExcelJS.Workbook } {
  const first = Math.min(...series.map((s) => s.start));
  const end = series[0].start + series[0].train.length - 1;
  const periods = Array.from({ length: end - first + 1 }, (_, i) => monthPeriod(first + i));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell(1, 1).value = 'Series';
  ws.getCell(1, 2).value = 'Category';
  periods.forEach((p, i) => {
    ws.getCell(1, 3 + 2 * i).value = `${p.key} Budget`;
    ws.getCell(1, 4 + 2 * i).value = `${p.key} Actual`;
  });
  const lines: BudgetLine[] = series.map((s, r) => {
    const row = r + 1;
    ws.getCell(row + 1, 1).value = s.id;
    ws.getCell(row + 1, 2).value = s.category;
    const mean = s.train.reduce((a, b) => a + b, 0) / s.train.length;
    const budget = periods.map((_, i) => {
      ws.getCell(row + 1, 3 + 2 * i).value = mean;
      return { source: { kind: 'cell' as const, sheet, address: toA1(row, 2 + 2 * i) }, value: mean };
    });
    const actual = periods.map((p, i) => {
      const t = first + i - s.start;
      if (t < 0) return { source: { kind: 'cell' as const, sheet, address: toA1(row, 3 + 2 * i) }, value: null };
      ws.getCell(row + 1, 4 + 2 * i).value = s.train[t];
      return { source: { kind: 'cell' as const, sheet, address: toA1(row, 3 + 2 * i) }, value: s.train[t] };
    });
    return { key: [s.id, s.category], type: 'revenue', row, budget, actual };
  });
  const model: BudgetModel = {
    source: { sheet, range: `A1:${toA1(series.length, 1 + 2 * periods.length)}` },
    layout: 'wide-paired',
    unit: null,
    dimensions: [{ name: 'Series', col: 0 }, { name: 'Category', col: 1 }],
    typeColumn: null,
    periods,
    asOf: periods[periods.length - 1].key,
    lines,
  };
  return { model, wb };
}

const haveData = fs.existsSync(CSV);
if (!haveData) console.warn(`forecast-m3: ${CSV} not found (the M3 data lives in ../shared/data beside the repo), skipping`);
const lo = hasLibreOffice();
if (!lo) console.warn(`recalc: LibreOffice not found, skipping. Install with: ${LIBREOFFICE_INSTALL_HINT}`);
const describeIt = haveData && lo ? describe : describe.skip;

describeIt('forecast sheet over M3 series, recalculated by LibreOffice, equals the engine', () => {
  const dir = tempDir('bp-recalc-m3-');
  const expected: ExpectedCell[] = [];
  let books = new Map<string, ExcelJS.Workbook>();
  const built: { name: string; model: BudgetModel; series: Series[]; forecasts: LineForecast[]; forecastCells: number }[] = [];
  const timing: string[] = [];

  beforeAll(async () => {
    const all = load();
    const endOf = (s: Series): number => s.start + s.train.length - 1;
    const pick = (endYear: number, endMonth: number, every: number): Series[] =>
      all.filter((s) => endOf(s) === endYear * 12 + endMonth - 1).filter((_, i) => i % every === 0);
    // plus, from the Aug 1992 group, series whose chosen method is not the default combination
    // (so single methods are exercised too)
    const aug92 = pick(1992, 8, 1);
    const others = aug92.filter((s, i) => i % 20 !== 0 && forecastLine(s.train, { horizon: HORIZON, period: 12 }).method !== 'combination').slice(0, 8);
    const groups = [
      { name: 'm3-aug92', series: [...pick(1992, 8, 20), ...others] },
      { name: 'm3-mar94', series: pick(1994, 3, 3) },
    ];
    const files: string[] = [];
    let t0 = Date.now();
    for (const g of groups) {
      const { model, wb } = group(g.series, 'M3 budget');
      const report = computeVariance(model, { asOf: model.asOf, flagPct: 0.1, flagAbs: 0, fyStartMonth: 1 });
      const inputs = forecastInputs(model, report, { extraPeriods: HORIZON });
      const forecasts = forecastLines(inputs.lines, { horizon: inputs.horizon, period: inputs.axis.seasonLength });
      const vp = buildVariancePlan(model, report);
      const fp = buildForecastPlan(model, report, forecasts, { extraPeriods: HORIZON });
      const plan = mergeForecastPlan(vp.plan, fp);
      const cells = expectedCells(g.name, plan);
      for (const c of cells) expected.push(c);
      built.push({ name: g.name, model, series: g.series, forecasts, forecastCells: cells.filter((c) => c.sheet === fp.sheetName).length });
      const { file } = await writePoisoned(wb, plan, dir, g.name);
      files.push(file);
    }
    timing.push(`plan+write ${Date.now() - t0} ms`);
    t0 = Date.now();
    books = await recalcAll(files, dir);
    timing.push(`LibreOffice ${Date.now() - t0} ms`);
  }, 600000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('renders at least 100 series, each forecast by the engine on exactly its train values', () => {
    const total = built.reduce((n, b) => n + b.series.length, 0);
    expect(total).toBeGreaterThanOrEqual(100);
    for (const b of built) {
      b.series.forEach((s, i) => {
        const direct = forecastLine(s.train, { horizon: HORIZON, period: 12 });
        expect(b.forecasts[i].forecast).toEqual(direct.forecast);
      });
    }
    // several methods and both seasonal treatments are exercised
    const methods = new Set(built.flatMap((b) => b.forecasts.map((f) => f.method)));
    expect(methods.size).toBeGreaterThanOrEqual(2);
    const seasons = new Set(built.flatMap((b) => b.forecasts.map((f) => f.params.seasonal.kind)));
    expect(seasons.has('none') && seasons.has('multiplicative')).toBe(true);
    console.log(`forecast-m3: ${total} series; methods ${[...methods].join(', ')}; ${timing.join(', ')}`);
  });

  it('every formula cell (variance and forecast sheets) agrees to 1e-9 relative', () => {
    const { mismatches, compared, numeric, worstRel } = compareAll(expected, books);
    console.log(`forecast-m3: compared ${compared} formula cells (${numeric} numeric), worst relative difference ${worstRel.toExponential(2)}`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(built.reduce((n, b) => n + b.forecastCells, 0)).toBeGreaterThan(10000);
  });
});
