/**
 * End to end in Chromium: the built task pane, served on 127.0.0.1, with the fake office.js
 * seeded with the example workbook's budget sheet. Read -> counts; Build -> the fake workbook
 * holds the variance sheet, identical to what the same app code writes in Node; the off-target
 * list matches the app's; clicking a line selects its row. Saves tests/.out/taskpane.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { colToLetters, parseRange, toA1 } from '../../src/core/a1';
import { analyzeWorkbook, buildVariance } from '../../src/app';
import type { BuildResult } from '../../src/app/types';
import { OfficeHost } from '../../src/host/office/office-host';
import { XlsxHost } from '../../src/host/xlsx/xlsx-host';
import { lineRowAddress, planSheetLastCol, sortProblems } from '../../src/taskpane/pane-model';
import { forecastLines } from '../../src/core/forecast';
import { forecastRows, forecastSetup } from '../../src/taskpane/forecast/forecast-setup';
import { createFakeExcel, type FakeExcel, type FakeWorkbookSeed } from '../fake-excel';
import { ROOT, buildTaskpaneForTest, hasChromium, launchChromium, serveDir, type Browser, type StaticServer } from '../support/chromium';

const OUT = join(ROOT, 'tests', '.out');
const EXAMPLE = join(ROOT, 'assets', 'example-budget.xlsx');

if (!hasChromium()) {
  console.warn('browser layer skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)');
}
const suite = hasChromium() ? describe : describe.skip;

interface Expected {
  seed: FakeWorkbookSeed;
  lines: number;
  periods: number;
  firstPeriod: string;
  build: BuildResult;
  nodeFake: FakeExcel;
  offTargetLabels: string[];
  offTargetRows: number[];
}

/** The example's budget sheet as a fake-Excel seed, and what the app computes on it in Node. */
async function expectedFromExample(): Promise<Expected> {
  const xlsx = await XlsxHost.fromFile(EXAMPLE);
  const xlsxAnalysis = await analyzeWorkbook(xlsx, {});
  const grid = await xlsx.readGrid(xlsxAnalysis.sheet);
  const seed: FakeWorkbookSeed = {
    sheets: [{ name: grid.sheet, values: grid.values, formulas: grid.formulas, numberFormats: grid.numberFormats, origin: toA1(grid.origin.row, grid.origin.col) }],
  };
  const nodeFake = createFakeExcel(seed);
  const build = await buildVariance(new OfficeHost(nodeFake.Excel as unknown as typeof Excel), {});
  const model = build.analysis.detect.model;
  if (!model || !build.analysis.variance) throw new Error('the example workbook must be readable');
  // The same budget read through the xlsx host must flag the same lines (independent reading path).
  const xlsxOff = xlsxAnalysis.variance?.lines.filter((l) => l.offTarget).map((l) => l.key.join('|'));
  const fakeOff = build.analysis.variance.lines.filter((l) => l.offTarget).map((l) => l.key.join('|'));
  expect(fakeOff).toEqual(xlsxOff);
  const off = build.analysis.variance.lines.map((l, i) => ({ l, row: build.lineRows[i] })).filter((x) => x.l.offTarget);
  return {
    seed,
    lines: model.lines.length,
    periods: model.periods.length,
    firstPeriod: model.periods[0].key,
    build,
    nodeFake,
    offTargetLabels: off.map((x) => x.l.key.join(' · ') + (x.l.type === 'cost' ? ' (cost)' : '')),
    offTargetRows: off.map((x) => x.row),
  };
}

/** Every cell address of a range, row by row. */
function cellsOf(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let i = 0; i < r.rowCount; i++) for (let j = 0; j < r.colCount; j++) out.push(`${colToLetters(r.col + j)}${r.row + i + 1}`);
  return out;
}

suite('task pane in Chromium against the fake Excel', () => {
  let server: StaticServer;
  let browser: Browser;
  let exp: Expected;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    exp = await expectedFromExample();
    const dist = await buildTaskpaneForTest(join(OUT, 'dist-test'));
    server = await serveDir(dist);
    browser = await launchChromium({ fakeOfficeJs: join(dist, 'fake-office.js') });
    browser.page.on('pageerror', (e) => pageErrors.push(String(e)));
    browser.page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await browser.page.addInitScript((seed) => {
      (window as unknown as { __FAKE_EXCEL_SEED__: unknown }).__FAKE_EXCEL_SEED__ = seed;
    }, exp.seed);
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30000);

  it('reads, builds, lists the off-target lines and selects a line row', async () => {
    expect(exp.offTargetLabels.length).toBeGreaterThan(0); // the example has lines clearly off target
    const page = browser.page;
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: 'Read budget' }).click();
    await page.getByTestId('found').waitFor();
    expect(await page.getByTestId('found-sheet').textContent()).toBe(exp.seed.sheets[0].name);
    expect(await page.getByTestId('found-lines').textContent()).toBe(String(exp.lines));
    expect(await page.getByTestId('found-periods').textContent()).toMatch(new RegExp(`^${exp.periods} \\(${exp.firstPeriod} – `));

    // A problem's cell link selects that cell on the budget sheet.
    // (The example has subtotal rows, reported as SKIPPED_TOTAL_ROW notes.)
    const firstProblem = sortProblems(exp.build.analysis.detect.problems)[0];
    expect(firstProblem).toBeDefined();
    {
      await page.getByRole('button', { name: `Go to ${firstProblem.sheet}!${firstProblem.cell}` }).click();
      const wantCell = `${firstProblem.sheet}!${firstProblem.cell}`;
      await page.waitForFunction((w) => (window as unknown as { __FAKE_EXCEL__: FakeExcel }).__FAKE_EXCEL__.workbook.selectedAddress() === w, wantCell, { timeout: 10000 });
    }

    await page.getByRole('button', { name: 'Build variance' }).click();
    await page.getByTestId('build-summary').waitFor({ timeout: 60000 });
    const sheet = exp.build.varianceSheet;

    // The browser's fake workbook now holds the same variance sheet the app writes in Node.
    const nodeWb = exp.nodeFake.workbook;
    const used = nodeWb.usedAddress(sheet);
    expect(used).not.toBeNull();
    const addresses = cellsOf(used as string);
    const inBrowser = await page.evaluate(
      ({ sheet, addresses }) => {
        const wb = (window as unknown as { __FAKE_EXCEL__: FakeExcel }).__FAKE_EXCEL__.workbook;
        return { names: wb.sheetNames(), used: wb.usedAddress(sheet), formulas: addresses.map((a) => wb.formula(sheet, a)) };
      },
      { sheet, addresses },
    );
    expect(inBrowser.names).toContain(sheet);
    expect(inBrowser.used).toBe(used);
    const nodeFormulas = addresses.map((a) => nodeWb.formula(sheet, a));
    expect(nodeFormulas.filter((f) => f !== null && f.startsWith('=')).length).toBeGreaterThan(exp.lines * 4);
    expect(inBrowser.formulas).toEqual(nodeFormulas);

    // The off-target list is the app's, in order.
    const labels = await page.getByTestId('offtarget-line').allTextContents();
    expect(labels).toEqual(exp.offTargetLabels);

    // Clicking the last off-target line selects its row on the variance sheet.
    const k = labels.length - 1;
    await page.getByTestId('offtarget-line').nth(k).click();
    const lastCol = planSheetLastCol(exp.build.plan, sheet);
    const want = `${sheet}!${lineRowAddress(exp.offTargetRows[k], lastCol)}`;
    await page.waitForFunction((w) => (window as unknown as { __FAKE_EXCEL__: FakeExcel }).__FAKE_EXCEL__.workbook.selectedAddress() === w, want, { timeout: 10000 });
    const active = await page.evaluate(() => (window as unknown as { __FAKE_EXCEL__: FakeExcel }).__FAKE_EXCEL__.workbook.activeSheet());
    expect(active).toBe(sheet);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'taskpane.png'), fullPage: true });

    // The same pane in Chinese: headings, the count, and problem messages from the catalogue.
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getByTestId('offtarget-heading').textContent()).toBe(`${exp.offTargetLabels.length} 行偏离目标`);
    expect(await page.getByText(firstProblem.messageZh).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'taskpane-zh.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]); // nothing tried to leave 127.0.0.1
  }, 120000);

  it('runs the forecast in a Web Worker, with progress to N / N, and lists every line with its chart', async () => {
    const page = browser.page;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: 'Read budget' }).click();
    await page.getByTestId('found').waitFor();
    await page.getByRole('button', { name: 'Run forecast' }).click();
    await page.getByTestId('forecast-summary').waitFor({ timeout: 60000 });

    // The fitting ran in the worker bundle, not on the page.
    expect(workers.some((u) => u.endsWith('/forecast-worker.js'))).toBe(true);
    expect(await page.getByTestId('forecast-progress').textContent()).toBe(`${exp.lines} / ${exp.lines} lines`);
    expect(await page.getByTestId('forecast-progressbar').getAttribute('aria-valuenow')).toBe('1');

    // The worker's numbers are the engine's in Node on the same model.
    const model = exp.build.analysis.detect.model;
    const setup = forecastSetup(model, exp.build.analysis.variance);
    if (typeof setup === 'string') throw new Error(setup);
    const nodeRows = forecastRows(setup, forecastLines(setup.job.lines, { horizon: setup.job.horizon, period: setup.job.period }));
    const shown = await page.getByTestId('forecast-line').evaluateAll((els) =>
      els.map((e) => ({
        line: e.getAttribute('data-line'),
        outlook: Number(e.querySelector('[data-testid="forecast-outlook"]')?.getAttribute('data-value')),
        paths: Array.from(e.querySelectorAll('svg[data-testid="forecast-chart"] path')).map((p) => p.getAttribute('d') ?? ''),
      })),
    );
    expect(shown.length).toBe(Math.min(exp.lines, 50));
    for (const s of shown) {
      const want = nodeRows.find((r) => r.label === s.line);
      expect(want).toBeDefined();
      expect(Math.abs(s.outlook - (want?.outlook ?? NaN))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want?.outlook ?? 0)));
      expect(s.paths.length).toBeGreaterThanOrEqual(3); // band, budget, forecast, actual
      expect(s.paths.join(' ')).not.toMatch(/NaN|Infinity/);
    }

    // Writing the forecast sheet goes through the Office host into the (fake) workbook.
    await page.getByRole('button', { name: 'Write forecast sheet' }).click();
    await page.getByTestId('forecast-written').waitFor({ timeout: 60000 });
    const written = (await page.getByTestId('forecast-written').textContent()) ?? '';
    const sheetName = /Wrote sheet (.+?): /.exec(written)?.[1];
    expect(sheetName).toBeTruthy();
    const names = await page.evaluate(() => (window as unknown as { __FAKE_EXCEL__: FakeExcel }).__FAKE_EXCEL__.workbook.sheetNames());
    expect(names).toContain(sheetName);
    expect(written).toContain(`${exp.lines} lines`);
    // The lines the pane marks off track are as many as the sheet's plan flags.
    const sheetOff = Number(/(\d+) off track/.exec(written)?.[1]);
    expect(await page.locator('[data-testid="forecast-line"][data-off-track="true"]').count()).toBe(sheetOff);

    mkdirSync(OUT, { recursive: true });
    // What the user sees: the viewport scrolled to the step; and the whole list.
    await page.evaluate(() => document.querySelector('[data-testid="forecast-step"]')?.scrollIntoView());
    await page.screenshot({ path: join(OUT, 'taskpane-forecast.png') });
    await page.screenshot({ path: join(OUT, 'taskpane-forecast-full.png'), fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getByTestId('forecast-progress').textContent()).toBe(`${exp.lines} / ${exp.lines} 行`);
    await page.evaluate(() => document.querySelector('[data-testid="forecast-step"]')?.scrollIntoView());
    await page.screenshot({ path: join(OUT, 'taskpane-forecast-zh.png') });
    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  }, 120000);
});
