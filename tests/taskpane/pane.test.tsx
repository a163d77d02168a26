/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import type { PaneUseCases } from '../../src/taskpane/use-cases';
import type { WorkbookHost } from '../../src/host/workbook-host';
import { HostError } from '../../src/host/workbook-host';
import type { AnalyzeOptions } from '../../src/app/types';
import { analysis, build } from './fixtures';

function fakeHost(): WorkbookHost & { select: jest.Mock } {
  return {
    listSheets: jest.fn(async () => [{ name: 'Budget', visible: true }]),
    readGrid: jest.fn(async () => {
      throw new Error('the pane must not read grids itself');
    }),
    readState: jest.fn(async () => null),
    applyPlan: jest.fn(async () => {
      throw new Error('the pane must not apply plans itself');
    }),
    select: jest.fn(async () => undefined),
  };
}

function useCases(overrides: Partial<PaneUseCases> = {}): PaneUseCases & { analyzeWorkbook: jest.Mock; buildVariance: jest.Mock } {
  return {
    analyzeWorkbook: jest.fn(async () => analysis),
    buildVariance: jest.fn(async () => build),
    ...overrides,
  } as PaneUseCases & { analyzeWorkbook: jest.Mock; buildVariance: jest.Mock };
}

async function readBudget() {
  fireEvent.click(screen.getByRole('button', { name: 'Read budget' }));
  await screen.findByTestId('found');
}

describe('task pane', () => {
  it('reads the budget and shows what was found, with clickable problems', async () => {
    const host = fakeHost();
    const uc = useCases();
    render(<App host={host} useCases={uc} initialLocale="en-US" />);
    expect(screen.queryByTestId('found')).toBeNull();
    await readBudget();
    expect(uc.analyzeWorkbook).toHaveBeenCalledWith(host, {});
    expect(screen.getByTestId('found-sheet').textContent).toBe('Budget');
    expect(screen.getByTestId('found-range').textContent).toBe('A3:Z6');
    expect(screen.getByTestId('found-lines').textContent).toBe('3');
    expect(screen.getByTestId('found-periods').textContent).toBe('12 (2026-01 – 2026-12)');
    expect(screen.getByTestId('found-asof').textContent).toBe('2026-08');
    expect(screen.getByTestId('found-unit').textContent).toBe('thousands');
    // The defaults the read found are shown where the user would type an override.
    expect(screen.getByTestId('flag-pct').getAttribute('placeholder')).toBe('12.5');
    expect(screen.getByTestId('flag-abs').getAttribute('placeholder')).toBe('2,500');
    expect(screen.getByTestId('problems-heading').textContent).toBe('1 warning');
    expect(screen.getByText(/holds text "n\/a" where a number belongs/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Budget!F7' }));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith('Budget', 'F7'));
  });

  it('builds with the typed settings, lists off-target lines and selects a line row', async () => {
    const host = fakeHost();
    const uc = useCases();
    render(<App host={host} useCases={uc} initialLocale="en-US" />);
    const buildButton = screen.getByRole('button', { name: 'Build variance' });
    expect((buildButton as HTMLButtonElement).disabled).toBe(true);
    await readBudget();
    fireEvent.change(screen.getByTestId('flag-pct'), { target: { value: '15' } });
    fireEvent.change(screen.getByTestId('asof'), { target: { value: '2026-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build variance' }));
    await screen.findByTestId('build-summary');
    const opts = uc.buildVariance.mock.calls[0][1] as AnalyzeOptions;
    expect(uc.buildVariance.mock.calls[0][0]).toBe(host);
    expect(opts).toEqual({ sheet: 'Budget', asOf: '2026-06', flagPct: 0.15 });
    expect(screen.getByTestId('build-summary').textContent).toContain('Wrote sheet BP Variance: 3 lines, 2 off target.');
    expect(screen.getByTestId('offtarget-heading').textContent).toBe('2 lines off target');
    const lines = screen.getAllByTestId('offtarget-line').map((b) => b.textContent);
    expect(lines).toEqual(['East · Widgets', 'North · Travel (cost)']);
    const items = within(screen.getByTestId('offtarget')).getAllByRole('listitem');
    expect(within(items[0]).getByTestId('ytd-var').textContent).toBe('YTD var: -200');
    expect(within(items[0]).getByTestId('ytd-var-pct').textContent).toBe('-20.0%');
    fireEvent.click(screen.getAllByTestId('offtarget-line')[1]);
    await waitFor(() => expect(host.select).toHaveBeenCalledWith('BP Variance', 'A10:R10'));
    expect(host.applyPlan).not.toHaveBeenCalled();
  });

  it('does not build while a setting is invalid, and says why', async () => {
    const uc = useCases();
    render(<App host={fakeHost()} useCases={uc} initialLocale="en-US" />);
    await readBudget();
    fireEvent.change(screen.getByTestId('flag-abs'), { target: { value: '-3' } });
    expect(screen.getByText('Enter an amount of 0 or more.')).toBeTruthy();
    const b = screen.getByRole('button', { name: 'Build variance' }) as HTMLButtonElement;
    expect(b.disabled).toBe(true);
    fireEvent.click(b);
    expect(uc.buildVariance).not.toHaveBeenCalled();
  });

  it('shows a failed action in a message bar and keeps working', async () => {
    const uc = useCases({
      buildVariance: jest.fn(async () => {
        throw new HostError('NOT_OWNED', 'BP Variance');
      }),
    });
    render(<App host={fakeHost()} useCases={uc} initialLocale="en-US" />);
    await readBudget();
    fireEvent.click(screen.getByRole('button', { name: 'Build variance' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('was not created by Budget Pilot');
    expect(bar.textContent).toContain('(BP Variance)');
    // The pane is still usable: the found panel is still there and read works again.
    expect(screen.getByTestId('found-lines').textContent).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-bar')).toBeNull();
  });

  it('survives a use case returning garbage (error boundary), and retry recovers', async () => {
    const onError = jest.fn();
    const broken = useCases({ analyzeWorkbook: jest.fn(async () => ({ sheet: 'X' }) as never) });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App host={fakeHost()} useCases={broken} initialLocale="en-US" onError={onError} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read budget' }));
    await screen.findByText('The pane hit an unexpected error');
    expect(onError).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Read budget' })).toBeTruthy();
    spy.mockRestore();
  });

  it('switches to Chinese, including problem messages', async () => {
    const host = fakeHost();
    render(<App host={host} useCases={useCases()} initialLocale="en-US" />);
    await readBudget();
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('button', { name: '读取预算' })).toBeTruthy();
    expect(screen.getByText(/应为数字，却是文本 "n\/a"/)).toBeTruthy();
    expect(screen.getByTestId('problems-heading').textContent).toBe('1 个警告');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '转到 Budget!F7' }));
    });
    expect(host.select).toHaveBeenCalledWith('Budget', 'F7');
  });

  it('starts in Chinese when Office says so', async () => {
    render(<App host={fakeHost()} useCases={useCases()} initialLocale="zh-CN" />);
    expect(screen.getByText('请先读取预算。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '读取预算' }));
    await screen.findByTestId('found');
    expect(screen.getByText('行数')).toBeTruthy();
    expect(screen.getByTestId('found-lines').textContent).toBe('3');
    expect(screen.queryByText('请先读取预算。')).toBeNull();
  });
});
