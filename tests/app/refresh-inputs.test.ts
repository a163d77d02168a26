/**
 * What people type into the variance sheet's named inputs (BP_AsOf, BP_FlagPct, BP_FlagAbs,
 * BP_FYStartMonth) survives a refresh; explicit options override it; untouched inputs follow
 * the fresh defaults (the as-of moves forward as actuals arrive). Through both hosts.
 */
import type ExcelJS from 'exceljs';
import { analyzeWorkbook, buildVariance, resolveSettings } from '../../src/app';
import { toA1 } from '../../src/core/a1';
import type { BudgetModel } from '../../src/core/model';
import { OfficeHost } from '../../src/host/office/office-host';
import { XlsxHost, readWorksheetGrid } from '../../src/host/xlsx';
import { createFakeExcel } from '../fake-excel';
import { monthLabels, wideWorkbook, type FixtureLine } from '../support/xlsx-fixtures';

// Cells of the named inputs on the variance sheet (column B, rows 3-6).
const AS_OF = 'B3';
const FLAG_PCT = 'B4';
const FLAG_ABS = 'B5';
const FY_START = 'B6';

/** Excel's serial number of a date (1900 system), computed from the calendar. */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/**
 * Three reps, Jan..Jun 2026, budget 100/100/1000 a month, actuals Jan..Mar:
 * YTD(Mar): Ann 270 vs 300 (-30, -10%), Bob 288 vs 300 (-12, -4%), Cy 2800 vs 3000 (-200, -6.67%).
 */
function lines(actualMonths = 3): FixtureLine[] {
  const act = (v: number[]) => Array.from({ length: 6 }, (_, i) => (i < actualMonths ? v[i] ?? v[v.length - 1] : null));
  return [
    { dims: ['Ann'], budget: [100, 100, 100, 100, 100, 100], actual: act([90]) },
    { dims: ['Bob'], budget: [100, 100, 100, 100, 100, 100], actual: act([96]) },
    { dims: ['Cy'], budget: [1000, 1000, 1000, 1000, 1000, 1000], actual: act([800, 1000]) },
  ];
}

function budget(actualMonths = 3) {
  return wideWorkbook({ sheet: 'Budget', dimNames: ['Rep'], periods: monthLabels(6), lines: lines(actualMonths) });
}

/** Types April's actuals (90 / 96 / 1000) into the source sheet. */
function addApril(wb: ExcelJS.Workbook, firstLineRow: number, firstPeriodCol: number): void {
  const ws = wb.getWorksheet('Budget')!;
  [90, 96, 1000].forEach((v, i) => (ws.getCell(firstLineRow + i, firstPeriodCol + 2 * 3 + 1).value = v));
}

function offKeys(a: Awaited<ReturnType<typeof analyzeWorkbook>>): string[] {
  return a.variance!.lines.filter((l) => l.offTarget).map((l) => l.key.join('|'));
}

describe('named inputs typed on the variance sheet survive a refresh (xlsx host)', () => {
  it('keeps a typed flag % and materiality, on this refresh and every later one', async () => {
    const { wb } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    expect(first.analysis.settingsFrom).toEqual({ asOf: 'default', flagPct: 'default', flagAbs: 'default', fyStartMonth: 'default' });
    const ws = () => wb.getWorksheet(first.varianceSheet)!;
    ws().getCell(FLAG_PCT).value = 0.05;
    ws().getCell(FLAG_ABS).value = 10;

    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings).toMatchObject({ flagPct: 0.05, flagAbs: 10, asOf: '2026-03' });
    expect(second.analysis.settingsFrom).toMatchObject({ flagPct: 'sheet', flagAbs: 'sheet', asOf: 'default' });
    // 5% and 10: Ann (-10%, -30) and Cy (-6.7%, -200) are off; Bob (-4%) is not.
    expect(offKeys(second.analysis)).toEqual(['Ann', 'Cy']);
    expect(ws().getCell(FLAG_PCT).value).toBe(0.05);
    expect(ws().getCell(FLAG_ABS).value).toBe(10);

    // A third refresh with nothing typed: still the person's values (not the defaults).
    const third = await buildVariance(host);
    expect(third.analysis.variance!.settings).toMatchObject({ flagPct: 0.05, flagAbs: 10 });
    expect(third.analysis.settingsFrom).toMatchObject({ flagPct: 'sheet', flagAbs: 'sheet' });
    expect(ws().getCell(FLAG_PCT).value).toBe(0.05);
  });

  it('analyzeWorkbook (the pane\'s "Read budget") already shows the typed values', async () => {
    const { wb } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    wb.getWorksheet(first.varianceSheet)!.getCell(FLAG_PCT).value = 0.05;
    const a = await analyzeWorkbook(host);
    expect(a.variance!.settings.flagPct).toBe(0.05);
    expect(a.settingsFrom!.flagPct).toBe('sheet');
  });

  it('an untouched as-of moves forward when a new month of actuals arrives', async () => {
    const { wb, layout } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    expect(first.analysis.variance!.settings.asOf).toBe('2026-03');
    addApril(wb, layout.firstLineRow, layout.firstPeriodCol);
    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings.asOf).toBe('2026-04');
    expect(second.analysis.settingsFrom!.asOf).toBe('default');
    expect(wb.getWorksheet(first.varianceSheet)!.getCell(AS_OF).value).toBe(serial(2026, 4, 1));
  });

  it('a typed as-of (any day of the month, as a date) is kept even when later actuals arrive; clearing it goes back to the default', async () => {
    const { wb, layout } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    const ws = () => wb.getWorksheet(first.varianceSheet)!;
    ws().getCell(AS_OF).value = new Date(Date.UTC(2026, 1, 15)); // 15 Feb 2026
    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings.asOf).toBe('2026-02');
    expect(second.analysis.settingsFrom!.asOf).toBe('sheet');
    const ann = second.analysis.variance!.lines[0];
    expect(ann.ytd).toMatchObject({ budget: 200, actual: 180, variance: -20 });

    addApril(wb, layout.firstLineRow, layout.firstPeriodCol);
    const third = await buildVariance(host);
    expect(third.analysis.variance!.settings.asOf).toBe('2026-02');

    ws().getCell(AS_OF).value = null;
    const fourth = await buildVariance(host);
    expect(fourth.analysis.variance!.settings.asOf).toBe('2026-04');
    expect(fourth.analysis.settingsFrom!.asOf).toBe('default');
  });

  it('a typed fiscal-year start month changes what YTD covers', async () => {
    const { wb } = budget(5); // actuals Jan..May
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    expect(first.analysis.variance!.lines[0].ytd.budget).toBe(500);
    wb.getWorksheet(first.varianceSheet)!.getCell(FY_START).value = 4;
    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings.fyStartMonth).toBe(4);
    expect(second.analysis.settingsFrom!.fyStartMonth).toBe('sheet');
    // FY from April: YTD(May) = Apr + May
    expect(second.analysis.variance!.lines[0].ytd).toMatchObject({ budget: 200, actual: 180 });
    const state = await host.readState();
    expect(state!.settings.fyStartMonth).toBe(4);
    expect(state!.settings.from!.fyStartMonth).toBe('sheet');
  });

  it('an explicit option wins over the sheet, and is then kept like a typed value', async () => {
    const { wb } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    const ws = () => wb.getWorksheet(first.varianceSheet)!;
    ws().getCell(FLAG_PCT).value = 0.05;
    const second = await buildVariance(host, { flagPct: 0.2 });
    expect(second.analysis.variance!.settings.flagPct).toBe(0.2);
    expect(second.analysis.settingsFrom!.flagPct).toBe('option');
    expect(ws().getCell(FLAG_PCT).value).toBe(0.2);
    const third = await buildVariance(host);
    expect(third.analysis.variance!.settings.flagPct).toBe(0.2);
    expect(third.analysis.settingsFrom!.flagPct).toBe('sheet');
  });

  it('text, negative or out-of-range values typed there fall back to the defaults, without a crash', async () => {
    const { wb } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    const defaults = first.analysis.variance!.settings;
    const ws = wb.getWorksheet(first.varianceSheet)!;
    ws.getCell(AS_OF).value = 'next month';
    ws.getCell(FLAG_PCT).value = -0.1;
    ws.getCell(FLAG_ABS).value = 'lots';
    ws.getCell(FY_START).value = 13;
    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings).toEqual(defaults);
    expect(second.analysis.settingsFrom).toEqual({ asOf: 'default', flagPct: 'default', flagAbs: 'default', fyStartMonth: 'default' });
  });

  it('a date before every budget period is not an as-of (the default stays)', async () => {
    const { wb } = budget();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    wb.getWorksheet(first.varianceSheet)!.getCell(AS_OF).value = serial(2025, 6, 1);
    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings.asOf).toBe('2026-03');
    expect(second.analysis.settingsFrom!.asOf).toBe('default');
  });
});

describe('named inputs typed on the variance sheet survive a refresh (Office host on the fake Excel)', () => {
  it('keeps a typed flag % and as-of', async () => {
    const { wb } = budget();
    const g = readWorksheetGrid(wb.getWorksheet('Budget')!, false);
    const fake = createFakeExcel({ sheets: [{ name: 'Budget', origin: toA1(g.origin.row, g.origin.col), values: g.values }] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    const first = await buildVariance(host);
    fake.workbook.typeInto(first.varianceSheet, FLAG_PCT, 0.05);
    fake.workbook.typeInto(first.varianceSheet, AS_OF, serial(2026, 2, 1));
    const second = await buildVariance(host);
    expect(second.analysis.variance!.settings).toMatchObject({ flagPct: 0.05, asOf: '2026-02' });
    expect(second.analysis.settingsFrom).toMatchObject({ flagPct: 'sheet', asOf: 'sheet', flagAbs: 'default' });
    expect(fake.workbook.value(second.varianceSheet, FLAG_PCT)).toBe(0.05);
    expect(fake.workbook.value(second.varianceSheet, AS_OF)).toBe(serial(2026, 2, 1));
  });
});

describe('resolveSettings', () => {
  const model = (): BudgetModel => ({
    source: { sheet: 'B', range: 'A1:G3' },
    layout: 'wide-paired',
    unit: null,
    dimensions: [],
    typeColumn: null,
    periods: ['2026-01', '2026-02', '2026-03'].map((key, i) => ({ key, kind: 'month' as const, year: 2026, month: i + 1, label: key })),
    asOf: '2026-02',
    lines: [],
  });
  const last = { asOf: '2026-02', flagPct: 0.1, flagAbs: 0, fyStartMonth: 1 };

  it('a sheet value equal to what was written, written as a default, gives the fresh default', () => {
    const r = resolveSettings(model(), {}, { asOf: '2026-02', flagPct: 0.1 }, { ...last, from: { asOf: 'default', flagPct: 'default' } });
    expect(r.from).toMatchObject({ asOf: 'default', flagPct: 'default' });
  });

  it('an older state without origins: a changed value is the person\'s, an unchanged one is not', () => {
    const r = resolveSettings(model(), {}, { asOf: '2026-01', flagPct: 0.1, fyStartMonth: 7 }, last);
    expect(r.settings).toMatchObject({ asOf: '2026-01', flagPct: 0.1, fyStartMonth: 7 });
    expect(r.from).toEqual({ asOf: 'sheet', flagPct: 'default', flagAbs: 'default', fyStartMonth: 'sheet' });
  });

  it('ignores the sheet when there is no saved state to compare with, and an invalid option', () => {
    const r = resolveSettings(model(), { asOf: '2031-01', flagAbs: -5 }, { asOf: '2026-01', flagAbs: 3 }, null);
    expect(r.settings.asOf).toBe('2026-02');
    expect(r.from).toMatchObject({ asOf: 'default', flagAbs: 'default' });
  });
});
