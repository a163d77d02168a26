/**
 * @jest-environment jsdom
 *
 * "How the sheet was read" with the REAL use cases over an in-memory WorkbookHost. The grid has
 * a Type column: East and West are revenue, North Travel is a cost (counted by hand below).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeWorkbook, buildVariance, saveMapping } from '../../src/app';
import type { Grid } from '../../src/core/grid';
import type { Analysis } from '../../src/app/types';
import type { Mapping } from '../../src/core/model';
import type { BudgetPilotState, WorkbookPlan } from '../../src/core/plan/types';
import type { WorkbookHost } from '../../src/host/workbook-host';
import { App } from '../../src/taskpane/components/App';
import { MappingPanel } from '../../src/taskpane/mapping/MappingPanel';
import { STRINGS } from '../../src/taskpane/strings';

const values = [
  ['Region', 'Product', 'Type', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual'],
  ['East', 'A', 'Revenue', 100, 80, 100, 85],
  ['West', 'B', 'Revenue', 200, 210, 200, 195],
  ['North', 'Travel', 'Cost', 50, 43, 50, 46],
];

class MemoryHost implements WorkbookHost {
  plans: WorkbookPlan[] = [];
  state: BudgetPilotState | null = null;
  async listSheets() {
    return [{ name: 'Budget', visible: true }, ...(this.state?.ownedSheets ?? []).map((s) => ({ name: s.name, visible: true }))];
  }
  async readGrid(sheet: string): Promise<Grid> {
    if (sheet === 'Budget') {
      return { sheet, origin: { row: 0, col: 0 }, values: values.map((r) => [...r]), formulas: values.map((r) => [...r]), numberFormats: values.map((r) => r.map(() => 'General')) };
    }
    return { sheet, origin: { row: 0, col: 0 }, values: [['']], formulas: [['']], numberFormats: [['General']] };
  }
  async readState() {
    return this.state;
  }
  async writeState(s: BudgetPilotState) {
    this.state = s;
  }
  async applyPlan(plan: WorkbookPlan) {
    this.plans.push(plan);
    this.state = plan.state;
    return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: 0, syncs: 0 };
  }
  async select() {}
}

async function readBudget(host: WorkbookHost, save = jest.fn(saveMapping), locale: 'en-US' | 'zh-CN' = 'en-US', analyze = jest.fn(analyzeWorkbook)) {
  render(<App host={host} useCases={{ analyzeWorkbook: analyze, buildVariance, saveMapping: save }} initialLocale={locale} />);
  fireEvent.click(screen.getByRole('button', { name: STRINGS[locale].readButton }));
  await screen.findByTestId('mapping');
  return save;
}

describe('correcting the reading in the pane', () => {
  it('shows the detected dimensions, type column and periods with how sure each is', async () => {
    await readBudget(new MemoryHost());
    expect(screen.getByTestId('mapping-header-row')).toHaveProperty('value', '1');
    const dims = screen.getAllByTestId('mapping-dim');
    // Region (A), Product (B) and the type column (C) are the candidates; A and B are ticked.
    expect(dims.map((d) => within(d).getByRole('checkbox').parentElement?.textContent)).toEqual(['A · Region', 'B · Product', 'C · Type']);
    expect(screen.getByTestId('mapping-dim-A')).toHaveProperty('checked', true);
    expect(screen.getByTestId('mapping-dim-B')).toHaveProperty('checked', true);
    expect(screen.getByTestId('mapping-dim-C')).toHaveProperty('checked', false);
    expect(screen.getByTestId('mapping-type')).toHaveProperty('value', '2');
    // Named dimension columns are sure; a type column is likely (detection's 0.8).
    expect(screen.getByTestId('mapping-dim-A-sure').textContent).toBe('sure');
    expect(screen.getByTestId('mapping-type-sure').textContent).toBe('likely');
    expect(screen.getByTestId('mapping-type-sure').getAttribute('title')).toBe('says revenue or cost');
    // Jan: budget D, actual E; Feb: budget F, actual G.
    expect(screen.getAllByTestId('mapping-period-cols').map((e) => e.textContent)).toEqual(['budget D, actual E', 'budget F, actual G']);
    expect(screen.getByTestId('mapping-counts').textContent).toBe('3 lines: 2 revenue, 1 cost.');
  });

  it('re-reads with no type column: the cost line becomes revenue', async () => {
    const host = new MemoryHost();
    await readBudget(host);
    fireEvent.change(screen.getByTestId('mapping-type'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByTestId('mapping-applied');
    expect(screen.getByTestId('mapping-counts').textContent).toBe('3 lines: 3 revenue, 0 cost.');
    expect(screen.getByTestId('found-lines').textContent).toBe('3');
    expect(screen.getByTestId('mapping-type')).toHaveProperty('value', '');
    // The build uses the corrected reading too. YTD Feb, materiality 10: East 165 vs 200 (-17.5%)
    // is off target either way; North 89 vs 100 is a cost under budget (fine) when read as a
    // cost, but -11% revenue (off target) when read as revenue.
    fireEvent.change(screen.getByTestId('flag-abs'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build variance' }));
    await screen.findByTestId('build-summary', {}, { timeout: 5000 });
    expect(screen.getByTestId('build-summary').textContent).toMatch(/: 3 lines, 2 off target\./);
    expect(host.plans).toHaveLength(1);
  });

  it('reports MAPPING problems when the header row does not fit, and reads the sheet afresh', async () => {
    await readBudget(new MemoryHost());
    fireEvent.change(screen.getByTestId('mapping-header-row'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByTestId('mapping-applied');
    // Read afresh: the type column is found again, so the cost line is a cost.
    expect(screen.getByTestId('mapping-counts').textContent).toBe('3 lines: 2 revenue, 1 cost.');
    // Row 2 holds East/A/Revenue, not the headers the reading names.
    expect(screen.getByTestId('found').parentElement?.textContent).toMatch(/header on row 2 of sheet Budget|Cell A2 read "Region" when the reading was saved; it now reads "East"/);
  });

  it('refuses a header row that is not a row number', async () => {
    await readBudget(new MemoryHost());
    fireEvent.change(screen.getByTestId('mapping-header-row'), { target: { value: '0' } });
    expect(screen.getByText('Type a row number, 1 or more.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
  });

  it('needs at least one dimension column before it re-reads', async () => {
    await readBudget(new MemoryHost());
    fireEvent.click(screen.getByTestId('mapping-dim-A'));
    expect(screen.queryByTestId('mapping-need-dimension')).toBeNull();
    fireEvent.click(screen.getByTestId('mapping-dim-B'));
    expect(screen.getByTestId('mapping-need-dimension').textContent).toBe('Tick at least one dimension column.');
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Save this reading' })).toHaveProperty('disabled', true);
  });

  it('saves the edited reading and says so; the next read obeys it', async () => {
    const host = new MemoryHost();
    const save = await readBudget(host);
    fireEvent.click(screen.getByTestId('mapping-dim-C'));
    fireEvent.change(screen.getByTestId('mapping-type'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this reading' }));
    await screen.findByTestId('mapping-saved');
    expect(screen.getByTestId('mapping-saved').textContent).toContain('Saved in the workbook');
    expect(save).toHaveBeenCalledTimes(1);
    const saved = save.mock.calls[0][1] as Mapping;
    expect(saved.typeColumn).toBeNull();
    expect(saved.dimensions.map((d) => d.name)).toEqual(['Region', 'Product', 'Type']);
    expect(host.state?.mapping?.dimensions.map((d) => d.col)).toEqual([0, 1, 2]);
    // Reading again uses the saved mapping: no cost lines, three dimensions per key.
    fireEvent.click(screen.getByRole('button', { name: 'Read budget' }));
    await waitFor(() => expect(screen.getByTestId('mapping-counts').textContent).toBe('3 lines: 3 revenue, 0 cost.'));
    expect(screen.getByTestId('mapping-dim-C')).toHaveProperty('checked', true);
  });

  it('says why a reading was not saved', async () => {
    const host = new MemoryHost();
    await readBudget(host);
    fireEvent.change(screen.getByTestId('mapping-header-row'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this reading' }));
    await screen.findByTestId('mapping-saved');
    expect(screen.getByTestId('mapping-saved').textContent).toContain('Not saved');
    // Row 3 holds West/B/Revenue: the problem says so.
    expect(screen.getByTestId('mapping').textContent).toMatch(/header on row 3 of sheet Budget|Cell A3 read "Region" when the reading was saved; it now reads "West"/);
    expect(host.state).toBeNull();
  });

  it("reads a period's actuals from the column the user types", async () => {
    const analyze = jest.fn(analyzeWorkbook);
    await readBudget(new MemoryHost(), jest.fn(saveMapping), 'en-US', analyze);
    const jan = screen.getByTestId('mapping-period-2026-01-actual');
    expect(jan).toHaveProperty('value', 'E');
    // The header text of the detected column is shown beside it.
    expect(screen.getByTestId('mapping-period-2026-01-actual-field').textContent).toContain('header "Jan-26 Actual"');
    fireEvent.change(jan, { target: { value: 'g' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByTestId('mapping-applied');
    const sent = analyze.mock.calls[1][1]?.mapping as Mapping;
    expect(sent.periods[0]).toMatchObject({ budgetCol: 3, actualCol: 6, actualHeader: null, budgetHeader: 'Jan-26 Budget', confidence: 1, reason: 'set by the user' });
    // Feb is untouched.
    expect(sent.periods[1]).toMatchObject({ budgetCol: 5, actualCol: 6, actualHeader: 'Feb-26 Actual' });
    const a: Analysis = await analyze.mock.results[1].value;
    // East is on row 2: its Jan actual now comes from G2 (85, the Feb actual), not E2 (80).
    const east = a.detect.model?.lines.find((l) => l.key[0] === 'East');
    expect(east?.actual[0]).toEqual({ source: { kind: 'cell', sheet: 'Budget', address: 'G2' }, value: 85 });
    expect(screen.getAllByTestId('mapping-period-cols')[0].textContent).toBe('budget D, actual G');
  });

  it('clears an actual column: the period has no actuals', async () => {
    const analyze = jest.fn(analyzeWorkbook);
    const save = await readBudget(new MemoryHost(), jest.fn(saveMapping), 'en-US', analyze);
    fireEvent.change(screen.getByTestId('mapping-period-2026-02-actual'), { target: { value: '' } });
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', false);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByTestId('mapping-applied');
    const a: Analysis = await analyze.mock.results[1].value;
    expect(a.detect.model?.lines.map((l) => l.actual[1])).toEqual([null, null, null]);
    expect(a.detect.model?.lines.find((l) => l.key[0] === 'East')?.actual[0]?.value).toBe(80);
    expect(screen.getAllByTestId('mapping-period-cols')[1].textContent).toBe('budget F, actual —');
    // Saving sends the edited reading.
    fireEvent.click(screen.getByRole('button', { name: 'Save this reading' }));
    await screen.findByTestId('mapping-saved');
    const saved = save.mock.calls[0][1] as Mapping;
    expect(saved.periods.map((p) => [p.budgetCol, p.actualCol])).toEqual([[3, 4], [5, null]]);
  });

  it('saves the typed columns without applying first', async () => {
    const save = await readBudget(new MemoryHost());
    fireEvent.change(screen.getByTestId('mapping-period-2026-01-budget'), { target: { value: 'F' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this reading' }));
    await screen.findByTestId('mapping-saved');
    const saved = save.mock.calls[0][1] as Mapping;
    expect(saved.periods[0]).toMatchObject({ budgetCol: 5, actualCol: 4, budgetHeader: null, actualHeader: 'Jan-26 Actual', reason: 'set by the user' });
  });

  it('refuses letters that are not a column, in English and Chinese, and an empty budget column', async () => {
    await readBudget(new MemoryHost());
    fireEvent.change(screen.getByTestId('mapping-period-2026-01-actual'), { target: { value: 'XFE' } });
    expect(screen.getByTestId('mapping-period-2026-01-actual-field').textContent).toContain('Type column letters, A to XFD.');
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Save this reading' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('mapping-period-2026-01-actual'), { target: { value: 'XFD' } });
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', false);
    expect(screen.queryByText('Type column letters, A to XFD.')).toBeNull();
    fireEvent.change(screen.getByTestId('mapping-period-2026-02-budget'), { target: { value: '' } });
    expect(screen.getByText('This column is needed: type its letters.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
  });

  it('refuses bad letters in Chinese', async () => {
    await readBudget(new MemoryHost(), jest.fn(saveMapping), 'zh-CN');
    fireEvent.change(screen.getByTestId('mapping-period-2026-01-actual'), { target: { value: 'E1' } });
    expect(screen.getByText('请输入列字母（A 到 XFD）。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '应用' })).toHaveProperty('disabled', true);
  });

  it('speaks Chinese', async () => {
    await readBudget(new MemoryHost(), jest.fn(saveMapping), 'zh-CN');
    expect(screen.getByText('工作表的读取方式')).toBeTruthy();
    expect(screen.getByTestId('mapping-counts').textContent).toBe('3 行：收入 2 行，成本 1 行。');
    expect(screen.getByTestId('mapping-type-sure').textContent).toBe('较可能');
  });
});

it('has Chinese for every new string', () => {
  const en = STRINGS['en-US'];
  const zh = STRINGS['zh-CN'];
  const keys = Object.keys(en).filter((k) => k.startsWith('mapping') || k === 'sureness' || k === 'layoutNames') as (keyof typeof en)[];
  expect(keys.length).toBeGreaterThan(20);
  for (const k of keys) {
    const e = en[k];
    const z = zh[k];
    if (typeof e === 'string') expect(z).not.toBe(e);
    else if (typeof e === 'object') {
      expect(Object.keys(z as object).sort()).toEqual(Object.keys(e).sort());
      for (const [sub, v] of Object.entries(e)) expect((z as Record<string, string>)[sub]).not.toBe(v);
    } else expect(typeof z).toBe('function');
  }
});

describe('the panel on its own', () => {
  // A hand-made stacked reading: a Measure column, a guessed dimension and a guessed period.
  const mapping: Mapping = {
    layout: 'stacked',
    sheet: 'Plan',
    headerRow: 3,
    firstDataRow: 4,
    dimensions: [{ name: 'Account', col: 1, confidence: 0.4, reason: 'text left of the periods' }],
    typeColumn: null,
    measureColumn: { name: 'Measure', col: 2, confidence: 0.95, reason: 'says budget or actual' },
    periods: [{ key: '2026-01', label: 'Jan', budgetCol: 3, actualCol: 3, budgetHeader: 'Jan', actualHeader: 'Jan', confidence: 0.5, reason: 'month without a year' }],
    confidence: 0.65,
    reason: 'stacked',
  };
  const analysis: Analysis = {
    sheet: 'Plan',
    detect: { model: { source: { sheet: 'Plan', range: 'B4:D6' }, layout: 'stacked', unit: null, dimensions: [], typeColumn: null, periods: [], asOf: null, lines: [], mapping }, problems: [] },
    variance: null,
  };

  it('shows the fixed parts and marks the guesses', () => {
    const strings = STRINGS['en-US'];
    render(
      <MappingPanel host={new MemoryHost()} useCases={{ analyzeWorkbook, buildVariance }} analysis={analysis} onApplied={() => {}} locale="en-US" strings={strings} onSelect={() => {}} />,
    );
    expect(screen.getByTestId('mapping-layout').textContent).toContain('Budget and actual on separate rows (Measure column)');
    expect(screen.getByTestId('mapping-layout-sure').getAttribute('data-level')).toBe('likely');
    expect(screen.getByTestId('mapping-header-row')).toHaveProperty('value', '4');
    expect(screen.getByTestId('mapping-measure-col')).toHaveProperty('value', 'C');
    expect(screen.getByTestId('mapping-measure').textContent).toContain('header "Measure"');
    expect(screen.getByTestId('mapping-dim-B-sure').getAttribute('data-level')).toBe('guess');
    expect(screen.getByTestId('mapping-period-2026-01-sure').textContent).toBe('guess');
    // A guess says why in small text, not only in the tooltip.
    expect(screen.getByTestId('mapping').textContent).toContain('Why: month without a year');
    // Without saveMapping the pane offers no save.
    expect(screen.queryByRole('button', { name: 'Save this reading' })).toBeNull();
  });

  it('applies a typed measure column', async () => {
    const analyze = jest.fn(async () => analysis);
    render(<MappingPanel host={new MemoryHost()} useCases={{ analyzeWorkbook: analyze, buildVariance }} analysis={analysis} onApplied={() => {}} locale="en-US" strings={STRINGS['en-US']} onSelect={() => {}} />);
    fireEvent.change(screen.getByTestId('mapping-measure-col'), { target: { value: '1' } });
    expect(screen.getByTestId('mapping-measure').textContent).toContain('Type column letters, A to XFD.');
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('mapping-measure-col'), { target: { value: 'E' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    const sent = (analyze.mock.calls[0] as unknown[])[1] as { mapping: Mapping };
    expect(sent.mapping.measureColumn).toEqual({ name: 'Measure', col: 4, confidence: 1, reason: 'set by the user' });
  });
});
