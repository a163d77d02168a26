/**
 * @jest-environment jsdom
 *
 * The pane with the REAL use cases (src/app) over an in-memory WorkbookHost holding a small
 * budget grid. Expected figures are worked out by hand from the grid below.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { analyzeWorkbook, buildVariance } from '../../src/app';
import type { Grid } from '../../src/core/grid';
import type { BudgetPilotState, WorkbookPlan } from '../../src/core/plan/types';
import type { WorkbookHost } from '../../src/host/workbook-host';
import { App } from '../../src/taskpane/components/App';
import { parseA1 } from '../../src/core/a1';

const values = [
  ['Region', 'Product', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual', 'Mar-26 Budget', 'Mar-26 Actual'],
  // YTD to Feb: budget 200, actual 165 -> -35 (-17.5%): off target
  ['East', 'A', 100, 80, 100, 85, 100, ''],
  // 400 vs 405 -> +5: favourable
  ['West', 'B', 200, 210, 200, 195, 200, ''],
  // 100 vs 89 -> -11 (-11%): off target with 10% and materiality 10
  ['North', 'C', 50, 43, 50, 46, 50, ''],
];

function budgetGrid(): Grid {
  return {
    sheet: 'Budget',
    origin: { row: 0, col: 0 },
    values: values.map((r) => [...r]),
    formulas: values.map((r) => [...r]),
    numberFormats: values.map((r) => r.map(() => 'General')),
  };
}

class MemoryHost implements WorkbookHost {
  plans: WorkbookPlan[] = [];
  selections: [string, string][] = [];
  private state: BudgetPilotState | null = null;
  async listSheets() {
    return [{ name: 'Budget', visible: true }, ...(this.state?.ownedSheets ?? []).map((s) => ({ name: s.name, visible: true }))];
  }
  async readGrid(sheet: string): Promise<Grid> {
    if (sheet === 'Budget') return budgetGrid();
    return { sheet, origin: { row: 0, col: 0 }, values: [['']], formulas: [['']], numberFormats: [['General']] };
  }
  async readState() {
    return this.state;
  }
  async applyPlan(plan: WorkbookPlan) {
    this.plans.push(plan);
    this.state = plan.state;
    const cells = plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0), 0);
    return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: cells, syncs: 0 };
  }
  async select(sheet: string, address: string) {
    this.selections.push([sheet, address]);
  }
}

/** 1-based row of the plan sheet whose cells start with the given key values. */
function rowOfKey(plan: WorkbookPlan, sheet: string, key: string[]): number | null {
  const sp = plan.sheets.find((s) => s.name === sheet);
  for (const b of sp?.blocks ?? []) {
    const at = parseA1(b.at);
    for (let i = 0; i < b.cells.length; i++) {
      const texts = b.cells[i].map((c) => (c && c.kind === 'value' ? c.value : null));
      if (at.col === 0 && key.every((k, j) => texts[j] === k)) return at.row + i + 1;
    }
  }
  return null;
}

it('reads, builds and selects with the real use cases', async () => {
  const host = new MemoryHost();
  render(<App host={host} useCases={{ analyzeWorkbook, buildVariance }} initialLocale="en-US" />);
  fireEvent.click(screen.getByRole('button', { name: 'Read budget' }));
  await screen.findByTestId('found');
  expect(screen.getByTestId('found-sheet').textContent).toBe('Budget');
  expect(screen.getByTestId('found-lines').textContent).toBe('3');
  expect(screen.getByTestId('found-periods').textContent).toBe('3 (2026-01 – 2026-03)');
  expect(screen.getByTestId('found-asof').textContent).toBe('2026-02');

  fireEvent.change(screen.getByTestId('flag-abs'), { target: { value: '10' } });
  fireEvent.click(screen.getByRole('button', { name: 'Build variance' }));
  await screen.findByTestId('build-summary', {}, { timeout: 5000 });
  expect(host.plans).toHaveLength(1);
  const sheet = host.plans[0].sheets[0].name;
  expect(screen.getByTestId('build-summary').textContent).toContain(`Wrote sheet ${sheet}: 3 lines, 2 off target.`);
  expect(screen.getAllByTestId('offtarget-line').map((e) => e.textContent)).toEqual(['East · A', 'North · C']);
  expect(screen.getAllByTestId('ytd-var').map((e) => e.textContent)).toEqual(['YTD var: -35', 'YTD var: -11']);
  expect(screen.getAllByTestId('ytd-var-pct').map((e) => e.textContent)).toEqual(['-17.5%', '-11.0%']);

  fireEvent.click(screen.getAllByTestId('offtarget-line')[1]);
  await waitFor(() => expect(host.selections).toHaveLength(1));
  const [selSheet, address] = host.selections[0];
  expect(selSheet).toBe(sheet);
  const row = rowOfKey(host.plans[0], sheet, ['North', 'C']);
  expect(row).not.toBeNull();
  expect(address).toMatch(new RegExp(`^A${row}:[A-Z]+${row}$`));
  // Nothing was ever written to the budget sheet.
  expect(host.plans.flatMap((p) => p.sheets.map((s) => s.name))).not.toContain('Budget');
});
