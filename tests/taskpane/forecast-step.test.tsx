/**
 * @jest-environment jsdom
 *
 * The Forecast step with the REAL read use case and the REAL engine, run in-thread (jsdom has no
 * Worker) on a 3-line budget, 12 months of 2026, actuals through August. The test works out each
 * line's history, YTD actual and budget from the grid below by itself, calls the engine itself,
 * and requires the pane to show outlook = YTD actual + the forecast of Sep..Dec.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeWorkbook, buildForecast, buildVariance } from '../../src/app';
import type { BudgetPilotState, WorkbookPlan } from '../../src/core/plan/types';
import type { PaneForecastOptions } from '../../src/taskpane/use-cases';
import { forecastLine } from '../../src/core/forecast';
import { buildForecastPlan, forecastInputs } from '../../src/core/plan/forecast-sheet';
import type { Grid } from '../../src/core/grid';
import type { WorkbookHost } from '../../src/host/workbook-host';
import { App } from '../../src/taskpane/components/App';
import { createForecastClient, type ForecastClient } from '../../src/taskpane/forecast/forecast-client';
import { formatAmount } from '../../src/taskpane/strings';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINES: { key: [string, string, string]; budget: number[]; actual: number[] }[] = [
  {
    key: ['East', 'Widgets', 'Revenue'],
    budget: [100, 100, 120, 120, 130, 140, 150, 150, 140, 130, 160, 200],
    actual: [90, 95, 110, 100, 115, 120, 125, 130],
  },
  {
    key: ['West', 'Gadgets', 'Revenue'],
    budget: [50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50],
    actual: [52, 55, 58, 61, 63, 66, 70, 72],
  },
  {
    key: ['North', 'Travel', 'Expense'],
    budget: [20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20],
    actual: [0, 0, 30, 0, 0, 25, 0, 0],
  },
];

function grid(): Grid {
  const header: (string | number)[] = ['Region', 'Product', 'Type'];
  for (const m of MONTHS) header.push(`${m}-26 Budget`, `${m}-26 Actual`);
  const rows: (string | number)[][] = [header];
  for (const l of LINES) {
    const r: (string | number)[] = [...l.key];
    MONTHS.forEach((_, i) => r.push(l.budget[i], i < l.actual.length ? l.actual[i] : ''));
    rows.push(r);
  }
  return { sheet: 'Budget', origin: { row: 0, col: 0 }, values: rows, formulas: rows.map((r) => [...r]), numberFormats: rows.map((r) => r.map(() => 'General')) };
}

const host: WorkbookHost = {
  listSheets: async () => [{ name: 'Budget', visible: true }],
  readGrid: async () => grid(),
  readState: async () => null,
  applyPlan: async () => {
    throw new Error('the forecast step must not write');
  },
  select: async () => undefined,
};

/** The in-thread client, one line per chunk, recording the progress it reports. */
function recordingClient(): ForecastClient & { progress: [number, number][] } {
  const inner = createForecastClient(null, { chunkSize: 1 });
  const progress: [number, number][] = [];
  return {
    progress,
    run: (job, onProgress) => inner.run(job, (d, t) => (progress.push([d, t]), onProgress(d, t))),
    lastMode: () => inner.lastMode(),
    cancel: () => inner.cancel(),
    dispose: () => inner.dispose(),
  };
}

it('forecasts every line in-thread with progress, and shows outlook = YTD actual + forecast of the rest of the year', async () => {
  const client = recordingClient();
  render(<App host={host} useCases={{ analyzeWorkbook, buildVariance }} initialLocale="en-US" forecastClient={client} />);
  const runButton = () => screen.getByRole('button', { name: 'Run forecast' }) as HTMLButtonElement;
  expect(runButton().disabled).toBe(true); // nothing read yet
  fireEvent.click(screen.getByRole('button', { name: 'Read budget' }));
  await screen.findByTestId('found');
  expect(screen.getByTestId('found-asof').textContent).toBe('2026-08');
  await waitFor(() => expect(runButton().disabled).toBe(false));
  fireEvent.click(runButton());
  await screen.findByTestId('forecast-summary', {}, { timeout: 20000 });

  expect(client.lastMode()).toBe('in-thread');
  expect(client.progress.map((p) => p[0])).toEqual([0, 1, 2, 3]);
  expect(screen.getByTestId('forecast-progress').textContent).toBe('3 / 3 lines');
  expect(screen.getByTestId('forecast-progressbar').getAttribute('aria-valuenow')).toBe('1');
  expect(screen.getByTestId('forecast-summary').textContent).toContain('from actuals through 2026-08; 4 periods left');

  const items = screen.getAllByTestId('forecast-line');
  expect(items).toHaveLength(3);
  for (const l of LINES) {
    const label = l.key.slice(0, 2).join(' · '); // Type is the line-type column, not a dimension
    const item = items.find((e) => e.getAttribute('data-line') === label);
    expect(items.map((e) => e.getAttribute('data-line'))).toContain(label);
    // Independently: the engine on Jan..Aug actuals, the budget as the phasing, 4 steps to December.
    const f = forecastLine(l.actual, { horizon: 4, period: 12, seasonalProfile: l.budget });
    const ytd = l.actual.reduce((s, v) => s + v, 0);
    const outlook = ytd + f.forecast.reduce((s, v) => s + v, 0);
    const fyBudget = l.budget.reduce((s, v) => s + v, 0);
    const shown = within(item as HTMLElement);
    expect(Number(shown.getByTestId('forecast-outlook').getAttribute('data-value'))).toBeCloseTo(outlook, 9);
    expect(shown.getByTestId('forecast-outlook').textContent).toBe(`FY outlook: ${formatAmount(outlook, 'en-US')}`);
    expect(Number(shown.getByTestId('forecast-budget').getAttribute('data-value'))).toBe(fyBudget);
    expect(shown.getByTestId('forecast-method').textContent).toMatch(/^(Seasonal naive|Linear trend|Exponential smoothing|Damped trend \(Holt\)|Theta|Run rate|Moving average|Croston \(intermittent\)|Combination)/);
    expect(shown.getByTestId('forecast-backtest').textContent).toMatch(/^MAPE (\d+\.\d%|—) · MASE (\d+\.\d\d|—)$/);
    // The chart draws actuals (8 points), budget (12) and the forecast from August on (5).
    const chart = shown.getByTestId('forecast-chart');
    const d = (series: string) => chart.querySelector(`[data-series="${series}"]`)?.getAttribute('d') ?? '';
    expect(d('actual').match(/[ML]/g)).toHaveLength(8);
    expect(d('budget').match(/[ML]/g)).toHaveLength(12);
    expect(d('forecast').match(/[ML]/g)).toHaveLength(5);
    expect(d('band')).toMatch(/Z$/);
    expect(chart.innerHTML).not.toMatch(/NaN|Infinity/);
  }
  // The pane shows what the forecast sheet will hold: buildForecastPlan on the same read, fed
  // the engine's fits of the sheet's own inputs, gives the same outlook and budget per line.
  const analysis = await analyzeWorkbook(host, {});
  const model = analysis.detect.model;
  if (!model || !analysis.variance) throw new Error('the grid must be readable');
  const inputs = forecastInputs(model, analysis.variance);
  const fits = inputs.lines.map((l) => forecastLine(l.history, { horizon: inputs.horizon, period: inputs.axis.seasonLength, seasonalProfile: l.seasonalProfile }));
  const sheet = buildForecastPlan(model, analysis.variance, fits);
  sheet.lines.forEach((l) => {
    const item = items.find((e) => e.getAttribute('data-line') === l.key.join(' · ')) as HTMLElement;
    expect(Number(within(item).getByTestId('forecast-outlook').getAttribute('data-value'))).toBeCloseTo(l.outlook, 9);
    expect(Number(within(item).getByTestId('forecast-budget').getAttribute('data-value'))).toBe(l.fyBudget);
    expect(item.getAttribute('data-off-track')).toBe(String(l.offTrack));
    expect(within(item).getByTestId('forecast-band').textContent).toBe(`80% band: ${formatAmount(l.low, 'en-US')} – ${formatAmount(l.high, 'en-US')}`);
  });

  // The expense line's label says it is a cost line.
  expect(screen.getAllByTestId('forecast-label').map((e) => e.textContent)).toContain('North · Travel (cost)');

  // In Chinese the same step keeps its results, in Chinese words.
  fireEvent.click(screen.getByRole('button', { name: '中文' }));
  expect(screen.getByRole('button', { name: '运行预测' })).toBeTruthy();
  expect(screen.getByTestId('forecast-progress').textContent).toBe('3 / 3 行');
  expect(screen.getAllByTestId('forecast-outlook')[0].textContent).toMatch(/^全年预计：/);

  // Reading again starts the step afresh.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '读取预算' }));
  });
  await waitFor(() => expect(screen.queryByTestId('forecast-summary')).toBeNull());
}, 30000);

it('writes the forecast sheet with the worker fits and the settings they were made with', async () => {
  const plans: WorkbookPlan[] = [];
  let state: BudgetPilotState | null = null;
  const writing: WorkbookHost = {
    ...host,
    listSheets: async () => [{ name: 'Budget', visible: true }, ...(state?.ownedSheets ?? []).map((s) => ({ name: s.name, visible: true }))],
    readGrid: async (sheet: string) => (sheet === 'Budget' ? grid() : { sheet, origin: { row: 0, col: 0 }, values: [['']], formulas: [['']], numberFormats: [['General']] }),
    readState: async () => state,
    applyPlan: async (plan: WorkbookPlan) => {
      plans.push(plan);
      state = plan.state;
      return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: 0, syncs: 0 };
    },
  };
  const calls: PaneForecastOptions[] = [];
  const reused: number[] = [];
  const spy = async (h: WorkbookHost, o: PaneForecastOptions) => {
    calls.push(o);
    const r = await buildForecast(h, o);
    reused.push(r.reusedFits);
    return r;
  };
  render(<App host={writing} useCases={{ analyzeWorkbook, buildVariance, buildForecast: spy }} initialLocale="en-US" forecastClient={createForecastClient(null)} />);
  fireEvent.click(screen.getByRole('button', { name: 'Read budget' }));
  await screen.findByTestId('found');
  await waitFor(() => expect((screen.getByRole('button', { name: 'Run forecast' }) as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: 'Run forecast' }));
  await screen.findByTestId('forecast-summary', {}, { timeout: 20000 });
  fireEvent.click(screen.getByRole('button', { name: 'Write forecast sheet' }));
  await screen.findByTestId('forecast-written', {}, { timeout: 20000 });

  expect(calls).toHaveLength(1);
  expect(calls[0].sheet).toBe('Budget');
  expect(calls[0].asOf).toBe('2026-08');
  expect(calls[0].fitted?.forecasts).toHaveLength(3);
  // The app kept the worker's fits instead of fitting again on the UI thread.
  expect(reused).toEqual([3]);
  expect(plans).toHaveLength(1);
  const forecastSheet = plans[0].sheets.find((s) => s.role === 'forecast');
  expect(forecastSheet).toBeDefined();
  expect(screen.getByTestId('forecast-written').textContent).toContain(`Wrote sheet ${forecastSheet?.name}: 3 lines,`);
  expect(plans[0].sheets.map((s) => s.name)).not.toContain('Budget');
}, 30000);
