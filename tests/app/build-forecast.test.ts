/**
 * buildForecast: fits every line, writes the variance and forecast sheets in one plan, and
 * reports each line's full-year outlook. The outlook is checked against YTD actual + the sum of
 * forecasts computed here independently (history and profile built from the generator's data,
 * the engine called directly), and the sheet's cells against the same numbers.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook, buildVariance, NoBudgetError, reportJson } from '../../src/app';
import { buildForecast, fitForecasts } from '../../src/app/forecast';
import { toA1 } from '../../src/core/a1';
import { evaluateForecast, forecastLine } from '../../src/core/forecast';
import { lineKeyId } from '../../src/core/model';
import { OfficeHost } from '../../src/host/office/office-host';
import { readWorksheetGrid, STATE_SHEET, XlsxHost } from '../../src/host/xlsx';
import { buildExampleWorkbook, EXAMPLE_ACTUAL_MONTHS, EXAMPLE_SHEET, exampleLines } from '../../scripts/make-example';
import { createFakeExcel } from '../fake-excel';
import { sheetSnapshot, wideWorkbook } from '../support/xlsx-fixtures';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** 1-based column of the header cell whose text is `text` in the forecast sheet's header row (row 10). */
function headerCol(ws: ExcelJS.Worksheet, text: string): number {
  let col = 0;
  ws.getRow(10).eachCell((c, n) => {
    if (c.value === text && !col) col = n;
  });
  expect(col).toBeGreaterThan(0);
  return col;
}

function cached(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = ws.getCell(row, col).value as { result?: unknown } | null;
  return v && typeof v === 'object' && 'result' in v ? v.result : v;
}

describe('buildForecast on the example workbook', () => {
  it('writes the variance and forecast sheets, owns both, and leaves the source alone', async () => {
    const wb = buildExampleWorkbook();
    const before = sheetSnapshot(wb.getWorksheet(EXAMPLE_SHEET)!);
    const host = new XlsxHost(wb);
    const built = await buildForecast(host);
    expect(built.varianceSheet).toBe('BP Variance');
    expect(built.forecastSheet).toBe('BP Forecast');
    expect(built.apply.sheetsWritten).toEqual(['BP Variance', 'BP Forecast']);
    expect((await host.readState())!.ownedSheets).toEqual([
      { name: 'BP Variance', role: 'variance' },
      { name: 'BP Forecast', role: 'forecast' },
    ]);
    expect(sheetSnapshot(wb.getWorksheet(EXAMPLE_SHEET)!)).toEqual(before);
    expect(built.forecast.periods).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(built.forecast.restOfYear).toEqual(built.forecast.periods);
    expect(built.forecastLineRows).toHaveLength(27);
  });

  it('outlook = YTD actual + the forecasts of Sep..Dec, computed independently; gap and flag by the rule', async () => {
    const host = new XlsxHost(buildExampleWorkbook());
    const built = await buildForecast(host);
    const flagPct = built.analysis.variance!.settings.flagPct;
    const flagAbs = built.analysis.variance!.settings.flagAbs;
    const byKey = new Map(built.forecast.lines.map((l) => [lineKeyId(l.key), l]));
    const ws = host.workbook.getWorksheet(built.forecastSheet)!;
    const outlookCol = headerCol(ws, 'FY Outlook');
    let checked = 0;
    for (const e of exampleLines()) {
      const key = [e.region, e.product, e.rep];
      const got = byKey.get(lineKeyId(key));
      expect(got).toBeDefined();
      // history: first actual through August, a blank inside counts as 0
      const actuals = e.actual.slice(0, EXAMPLE_ACTUAL_MONTHS);
      const start = actuals.findIndex((v) => v !== null);
      const history = actuals.slice(start).map((v) => v ?? 0);
      // the budget's phasing over one season from the history's first month
      const profile = Array.from({ length: 12 }, (_, k) => e.budget[(start + k) % 12]);
      const f = forecastLine(history, { horizon: 4, period: 12, seasonalProfile: profile });
      const ytd = actuals.reduce<number>((s, v) => s + (v ?? 0), 0);
      const expectedOutlook = ytd + f.forecast.slice(0, 4).reduce((s, v) => s + v, 0);
      const budget = e.budget.reduce((s, v) => s + v, 0);
      const s = got!.summary;
      expect([key, close(s.outlook, expectedOutlook)]).toEqual([key, true]);
      expect(close(s.fyBudget, budget)).toBe(true);
      expect(close(s.gap, expectedOutlook - budget)).toBe(true);
      expect(close(s.gapPct!, (expectedOutlook - budget) / Math.abs(budget))).toBe(true);
      const cost = e.type === 'Expense';
      const unfavourable = cost ? s.gap > 0 : s.gap < 0;
      expect(s.offTrack).toBe(unfavourable && Math.abs(s.gapPct!) >= flagPct && Math.abs(s.gap) >= flagAbs);
      expect(got!.fit!.method).toBe(f.method);
      expect(s.low).toBeLessThanOrEqual(s.outlook + 1e-9);
      expect(s.high).toBeGreaterThanOrEqual(s.outlook - 1e-9);
      // the sheet's outlook cell caches the same number
      const row = built.forecastLineRows[built.forecast.lines.indexOf(got!)];
      expect(close(cached(ws, row, outlookCol) as number, expectedOutlook)).toBe(true);
      checked++;
    }
    expect(checked).toBe(27);
    // the lines the example misses by 15-30% are projected off target for the year too
    const off = built.forecast.lines.filter((l) => l.summary.offTrack).map((l) => l.key.join('|'));
    expect(off).toEqual(expect.arrayContaining(['South|Widgets|Dev Sharma', 'North|Gadgets|Ben Ortiz']));
  });

  it('refreshing twice gives the same workbook; a variance-only refresh keeps the forecast sheet owned', async () => {
    const host = new XlsxHost(buildExampleWorkbook());
    await buildForecast(host);
    const once = await host.toBuffer().then(async (b) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b as unknown as ArrayBuffer);
      return wb.worksheets.map((w) => [w.name, [...sheetSnapshot(w).entries()]]);
    });
    await buildVariance(host);
    const again = await buildForecast(host);
    expect(again.forecastSheet).toBe('BP Forecast');
    const twice = await host.toBuffer().then(async (b) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b as unknown as ArrayBuffer);
      return wb.worksheets.map((w) => [w.name, [...sheetSnapshot(w).entries()]]);
    });
    expect(twice).toEqual(once);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual([EXAMPLE_SHEET, 'BP Variance', 'BP Forecast', STATE_SHEET]);
  }, 60000);

  it('writes beside a user sheet already named "BP Forecast", which it leaves alone', async () => {
    const wb = buildExampleWorkbook();
    wb.addWorksheet('BP Forecast').getCell('A1').value = 'mine';
    const built = await buildForecast(new XlsxHost(wb));
    expect(built.forecastSheet).toBe('BP Forecast 2');
    expect(wb.getWorksheet('BP Forecast')!.getCell('A1').value).toBe('mine');
  });

  it('adds a forecast block per line to the JSON report, and none without a forecast', async () => {
    const built = await buildForecast(new XlsxHost(buildExampleWorkbook()));
    const r = reportJson(built.analysis, { sheet: built.forecastSheet, outcome: built.forecast });
    expect(r.reportVersion).toBe(1);
    expect(r.forecast).toEqual({ sheet: 'BP Forecast', periods: ['2026-09', '2026-10', '2026-11', '2026-12'], restOfYear: ['2026-09', '2026-10', '2026-11', '2026-12'] });
    for (const l of r.lines) {
      const f = l.forecast!;
      expect(f.values).toHaveLength(4);
      expect(close(f.outlook, l.ytd.actual + f.values.reduce((s, v) => s + v, 0))).toBe(true);
      expect(close(f.gap, f.outlook - f.fullYearBudget)).toBe(true);
      expect(f.backtest!.points).toBeGreaterThan(0);
      expect(f.params!.components.length).toBeGreaterThan(0);
    }
    expect(reportJson(built.analysis).forecast).toBeUndefined();
    expect(reportJson(built.analysis).lines[0].forecast).toBeUndefined();
  });
});

describe('buildForecast edge cases', () => {
  it('a line with no actual yet is not fitted: the rest of its year is its budget', async () => {
    const { wb } = wideWorkbook({
      sheet: 'Budget',
      dimNames: ['Rep'],
      periods: ['2026-01', '2026-02', '2026-03', '2026-04'],
      lines: [
        { dims: ['Ann'], budget: [10, 10, 10, 10], actual: [9, 11, null, null] },
        { dims: ['New'], budget: [5, 6, 7, 8], actual: [null, null, null, null] },
      ],
    });
    const built = await buildForecast(new XlsxHost(wb));
    const [ann, fresh] = built.forecast.lines;
    expect(fresh.fit).toBeNull();
    // as of February (Ann's last actual): no actual so far, then March and April's budget
    expect(fresh.summary.outlook).toBe(0 + 7 + 8);
    expect(fresh.summary.fyBudget).toBe(26);
    // Ann: 2 months of history -> run rate (10), so 20 + 2 x 10
    expect(ann.fit!.method).toBe('runRate');
    expect(close(ann.summary.outlook, 20 + 10 + 10)).toBe(true);
    expect(reportJson(built.analysis, { sheet: built.forecastSheet, outcome: built.forecast }).lines[1].forecast!.method).toBe('budget');
  });

  it('throws NoBudgetError when nothing can be read, writing nothing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const err = await buildForecast(new XlsxHost(wb)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoBudgetError);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Empty']);
  });

  it('runs unchanged through the Office host (fake Excel): both sheets, same plan as the xlsx host, few syncs', async () => {
    const src = buildExampleWorkbook();
    const g = readWorksheetGrid(src.getWorksheet(EXAMPLE_SHEET)!, false);
    const fake = createFakeExcel({
      sheets: [{ name: EXAMPLE_SHEET, origin: toA1(g.origin.row, g.origin.col), values: g.values, formulas: g.formulas, numberFormats: g.numberFormats }],
    });
    const viaOffice = await buildForecast(new OfficeHost(fake.Excel, fake.Office));
    const viaXlsx = await buildForecast(new XlsxHost(buildExampleWorkbook()));
    expect(viaOffice.plan).toEqual(viaXlsx.plan);
    expect(fake.workbook.writtenSheets()).not.toContain(EXAMPLE_SHEET);
    expect(fake.workbook.writtenSheets()).toEqual(expect.arrayContaining(['BP Variance', 'BP Forecast']));
    expect(viaOffice.apply.syncs).toBeLessThanOrEqual(4);

    // a comment typed into the forecast sheet in Excel survives the refresh, as text
    const commentInput = viaOffice.plan.sheets.find((s) => s.name === 'BP Forecast')!.inputs.find((i) => i.id === 'comment')!;
    const at = toA1(viaOffice.forecastLineRows[5] - 1, commentInput.col);
    fake.workbook.typeInto('BP Forecast', at, 'Renewal slipped to Q4');
    fake.resetCounts();
    const again = await buildForecast(new OfficeHost(fake.Excel, fake.Office));
    const at2 = toA1(again.forecastLineRows[5] - 1, commentInput.col);
    expect(fake.workbook.value('BP Forecast', at2)).toBe('Renewal slipped to Q4');
    expect(fake.workbook.formula('BP Forecast', at2)).toBeNull();
    expect(fake.syncCount()).toBeLessThanOrEqual(14);
  }, 60000);
});

describe('buildForecast with fits made earlier (the task pane fits in a Web Worker)', () => {
  it('keeps the fits of unchanged lines and fits again a line whose actuals changed since', async () => {
    const wb = buildExampleWorkbook();
    const host = new XlsxHost(wb);
    const analysis = await analyzeWorkbook(host);
    const fitted = fitForecasts(analysis.detect.model!, analysis.variance!);
    expect(fitted.reused).toBe(0);
    // mark line 0's fit so its reuse is visible
    const marked = fitted.forecasts.map((f, i) => (i === 0 ? { ...f, backtest: { ...f.backtest, points: 999 } } : f));
    const first = await buildForecast(host, { fitted: { inputs: fitted.inputs, forecasts: marked } });
    expect(first.reusedFits).toBe(27);
    expect(first.forecast.lines[0].fit!.backtest.points).toBe(999);

    // someone corrects line 0's March actual: that line must be fitted again, the others not
    const src = wb.getWorksheet(EXAMPLE_SHEET)!;
    const line0 = first.analysis.detect.model!.lines[0];
    const march = line0.actual[2]!.source;
    expect(march.kind).toBe('cell');
    if (march.kind === 'cell') src.getCell(march.address).value = 1;
    const second = await buildForecast(host, { fitted: { inputs: fitted.inputs, forecasts: marked } });
    expect(second.reusedFits).toBe(26);
    expect(second.forecast.lines[0].fit!.backtest.points).not.toBe(999);
    expect(second.forecast.inputs.lines[0].history[2]).toBe(1);
  }, 60000);
});

describe('buildForecast keeps what people typed into the forecast sheet', () => {
  it('a comment, and the parameters of a line marked "Keep parameters", survive a refresh after new actuals', async () => {
    const wb = buildExampleWorkbook();
    const host = new XlsxHost(wb);
    const first = await buildForecast(host);
    const ws = () => wb.getWorksheet(first.forecastSheet)!;
    const keyA = ['North', 'Widgets', 'Alice Chen'];
    const keyB = ['South', 'Widgets', 'Dev Sharma'];
    const rowOf = (built: typeof first, key: string[]) => built.forecastLineRows[built.forecast.lines.findIndex((l) => lineKeyId(l.key) === lineKeyId(key))];
    const sesCol = headerCol(ws(), 'SES α');
    const keepCol = headerCol(ws(), 'Keep parameters');
    const commentCol = headerCol(ws(), 'Comment');
    const fitA = first.forecast.lines.find((l) => lineKeyId(l.key) === lineKeyId(keyA))!.fit!;
    expect(fitA.params.components.map((c) => c.method)).toContain('ses');
    ws().getCell(rowOf(first, keyA), sesCol).value = 0.5;
    ws().getCell(rowOf(first, keyA), keepCol).value = 'yes';
    ws().getCell(rowOf(first, keyB), commentCol).value = 'Lost the Acme renewal';
    ws().getCell(rowOf(first, keyB), sesCol).value = 0.9; // typed, but the line is not marked Keep: refit

    // September's actual arrives for line A: a refresh refits everything except A's parameters.
    const src = wb.getWorksheet(EXAMPLE_SHEET)!;
    const lineA = first.analysis.detect.model!.lines.find((l) => lineKeyId(l.key) === lineKeyId(keyA))!;
    const sep = lineA.budget[8]!.source;
    // the actual cell is the one right of the budget cell in the example's paired layout
    if (sep.kind !== 'cell') throw new Error('example budget cells are plain cells');
    const budgetCell = src.getCell(sep.address);
    src.getCell(Number(budgetCell.row), Number(budgetCell.col) + 1).value = 150;
    const second = await buildForecast(host);
    expect(second.forecast.periods).toEqual(['2026-10', '2026-11', '2026-12']);

    const a = second.forecast.lines.find((l) => lineKeyId(l.key) === lineKeyId(keyA))!;
    const ses = a.fit!.params.components.find((c) => c.method === 'ses');
    expect(ses).toEqual({ method: 'ses', alpha: 0.5 });
    // independent: the fresh fit with alpha 0.5, evaluated by the engine on A's new history
    const i = second.forecast.lines.indexOf(a);
    const fresh = fitForecasts(second.analysis.detect.model!, second.analysis.variance!).forecasts[i];
    const params = { ...fresh.params, components: fresh.params.components.map((c) => (c.method === 'ses' ? { ...c, alpha: 0.5 } : c)) };
    const history = second.forecast.inputs.lines[i].history;
    expect(history).toHaveLength(9);
    const f = evaluateForecast(history, params, second.forecast.inputs.horizon).forecast;
    const ytd = second.analysis.variance!.lines[i].ytd.actual;
    expect(close(a.summary.outlook, ytd + f[0] + f[1] + f[2])).toBe(true);
    expect(ws().getCell(rowOf(second, keyA), sesCol).value).toBe(0.5);
    expect(ws().getCell(rowOf(second, keyA), keepCol).value).toBe('yes');

    const b = second.forecast.lines.find((l) => lineKeyId(l.key) === lineKeyId(keyB))!;
    expect(b.fit!.params.components.find((c) => c.method === 'ses')?.alpha).not.toBe(0.9);
    expect(ws().getCell(rowOf(second, keyB), commentCol).value).toBe('Lost the Acme renewal');
  }, 60000);
});
