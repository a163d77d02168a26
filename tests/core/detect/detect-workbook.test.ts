import { detectWorkbook } from '../../../src/core/detect';
import { dateToSerial } from '../../../src/core/grid';
import type { BudgetLine, DetectResult } from '../../../src/core/model';
import { buildGrid, date } from '../../support/grid-builder';
import { cellAddress } from './source-address';

const codes = (r: DetectResult) => r.problems.map((p) => `${p.code}@${p.sheet}!${p.cell}`).sort();
const vals = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => (v ? v.value : 'none'));
const d = (y: number, m: number, day: number) => date(y, m, day, 'yyyy-mm-dd');

describe('budget and actuals on separate sheets', () => {
  const budget = buildGrid(
    [
      ['FY2026 Budget'],
      ['Region', 'Product', '2026-01', '2026-02'],
      ['North', 'Widgets', 10, 11],
      ['South', 'Widgets', 20, 21],
      ['South', 'Gadgets', 30, 31],
    ],
    { sheet: 'Budget' },
  );
  const actuals = buildGrid(
    [
      ['Region', 'Product', '2026-01', '2026-02'],
      ['South', 'Widgets', 19, ''],
      ['East', 'Gadgets', 5, 6],
      ['North', 'Widgets', 12, ''],
    ],
    { sheet: 'Actuals' },
  );

  test('rows in another order are joined by key; one-sided lines are kept and reported with their cell', () => {
    const r = detectWorkbook([actuals, budget]);
    const m = r.model!;
    expect(m.layout).toBe('separate');
    expect(m.source.sheet).toBe('Budget');
    expect(m.sources?.map((s) => [s.sheet, s.role])).toEqual([
      ['Budget', 'budget'],
      ['Actuals', 'actual'],
    ]);
    expect(m.lines.map((l) => l.key)).toEqual([['North', 'Widgets'], ['South', 'Widgets'], ['South', 'Gadgets'], ['East', 'Gadgets']]);
    // North/Widgets: budget from Budget!C3:D3, actual from Actuals!C4:D4.
    expect(m.lines[0].budget.map(cellAddress)).toEqual(['C3', 'D3']);
    expect(m.lines[0].actual.map((v) => (v ? `${v.source.sheet}!${cellAddress(v)}` : null))).toEqual(['Actuals!C4', 'Actuals!D4']);
    expect(vals(m.lines[1], 'actual')).toEqual([19, null]);
    expect(m.lines[2].actual).toEqual([null, null]);
    expect(m.lines[3].sheet).toBe('Actuals');
    expect(m.lines[3].budget).toEqual([null, null]);
    expect(vals(m.lines[3], 'actual')).toEqual([5, 6]);
    expect(m.asOf).toBe('2026-02');
    expect(codes(r)).toEqual(['BUDGET_WITHOUT_ACTUAL@Budget!A5', 'UNBUDGETED_ACTUAL@Actuals!A3']);
  });

  test('Chinese sheet names 预算 / 实际 pair the sheets; a sheet with both measures wins over a pair', () => {
    const zb = buildGrid([['区域', '1月', '2月'], ['华东', 1, 2]], { sheet: '2026预算' });
    const za = buildGrid([['区域', '1月', '2月'], ['华东', 3, '']], { sheet: '2026实际' });
    const m = detectWorkbook([zb, za], { defaultYear: 2026 }).model!;
    expect(m.layout).toBe('separate');
    expect(vals(m.lines[0], 'budget')).toEqual([1, 2]);
    expect(vals(m.lines[0], 'actual')).toEqual([3, null]);

    const full = buildGrid([['Region', 'Jan-26 Budget', 'Jan-26 Actual'], ['East', 1, 2]], { sheet: 'Summary' });
    expect(detectWorkbook([zb, za, full], { defaultYear: 2026 }).model!.source.sheet).toBe('Summary');
  });

  test('options.sheet chooses the main sheet; nothing readable gives NO_BUDGET_SHEET', () => {
    // The Actuals sheet as the main sheet: it holds no budget, so nothing is read, and its problem says why.
    const r = detectWorkbook([budget, actuals], { sheet: 'Actuals' });
    expect(r.model).toBeNull();
    expect(codes(r)).toEqual(['NO_BUDGET_COLUMNS@Actuals!C1']);
    expect(detectWorkbook([budget, actuals], { sheet: 'budget' }).model!.layout).toBe('separate');
    const none = detectWorkbook([buildGrid([['Name', 'Phone'], ['Ann', '555']], { sheet: 'Contacts' }), buildGrid([['x']], { sheet: 'Notes' })]);
    expect(none.model).toBeNull();
    expect(none.problems[0].code).toBe('NO_BUDGET_SHEET');
  });
});

describe('a targets sheet joined with a CRM export', () => {
  const targets = buildGrid(
    [
      ['2026 sales targets'],
      ['Owner', 'Jan-26 Target', 'Feb-26 Target'],
      ['Zoe Park', 100, 100],
      ['Yan Li', 50, 60],
    ],
    { sheet: 'Targets' },
  );
  const deals = buildGrid(
    [
      ['Deal ID', 'Close Date', 'Deal Owner', 'Customer', 'Product', 'Amount'],
      ['D1', d(2026, 1, 3), 'Zoe Park', 'Acme', 'Widgets', 60],
      ['D2', d(2026, 1, 28), 'Zoe Park', 'Globex', 'Gadgets', 45],
      ['D3', d(2026, 2, 2), 'Max Roe', 'Acme', 'Widgets', 9],
      ['D4', d(2025, 12, 30), 'Yan Li', 'Acme', 'Widgets', 8],
    ],
    { sheet: 'Deals' },
  );

  test('actuals are SUMIFS over the export by owner (matched by values), per month; outside rows and unbudgeted owners reported', () => {
    const r = detectWorkbook([targets, deals]);
    const m = r.model!;
    expect(m.layout).toBe('crm');
    expect(m.source.sheet).toBe('Targets');
    expect(m.lines.map((l) => l.key)).toEqual([['Zoe Park'], ['Yan Li'], ['Max Roe']]);
    expect(vals(m.lines[0], 'actual')).toEqual([105, null]);
    expect(vals(m.lines[1], 'actual')).toEqual([null, null]);
    expect(vals(m.lines[2], 'actual')).toEqual([null, 9]);
    expect(m.lines[2].budget).toEqual([null, null]);
    const src = m.lines[0].actual[0]!.source;
    expect(src).toEqual({
      kind: 'sumifs',
      sheet: 'Deals',
      sumRange: '$F$2:$F$1005',
      criteria: [{ range: '$C$2:$C$1005', value: 'Zoe Park' }],
      dateRange: { range: '$B$2:$B$1005', from: dateToSerial(2026, 1, 1), to: dateToSerial(2026, 2, 1) },
    });
    expect(m.asOf).toBe('2026-02');
    expect(codes(r)).toEqual(['BUDGET_WITHOUT_ACTUAL@Targets!A4', 'ROW_OUTSIDE_PERIODS@Deals!B5', 'UNBUDGETED_ACTUAL@Deals!C4'].sort());
  });

  test('the export alone is read as actuals with no budget', () => {
    const m = detectWorkbook([deals]).model!;
    expect(m.layout).toBe('long');
    expect(m.lines.every((l) => l.budget.every((b) => b === null))).toBe(true);
  });
});

describe('a budget kept as a long table', () => {
  test('a sheet named Budget with no Scenario column holds budget records; joined with a CRM export of actuals', () => {
    const budget = buildGrid(
      [
        ['Month', 'Owner', 'Amount'],
        [d(2026, 1, 1), 'Zoe', 100],
        [d(2026, 2, 1), 'Zoe', 110],
        [d(2026, 1, 1), 'Yan', 50],
        [d(2026, 2, 1), 'Yan', 55],
      ],
      { sheet: 'Budget 2026' },
    );
    const alone = detectWorkbook([budget]).model!;
    expect(alone.layout).toBe('long');
    expect(alone.lines.map((l) => [l.key, vals(l, 'budget'), l.actual])).toEqual([
      [['Yan'], [50, 55], [null, null]],
      [['Zoe'], [100, 110], [null, null]],
    ]);
    const deals = buildGrid(
      [
        ['Close Date', 'Owner', 'Customer', 'Amount'],
        [d(2026, 1, 15), 'Zoe', 'Acme', 30],
        [d(2026, 1, 20), 'Zoe', 'Globex', 40],
        [d(2026, 2, 3), 'Yan', 'Acme', 9],
      ],
      { sheet: 'Deals' },
    );
    const r = detectWorkbook([budget, deals]);
    const m = r.model!;
    expect(m.layout).toBe('crm');
    expect(m.lines.map((l) => [l.key, vals(l, 'budget'), vals(l, 'actual')])).toEqual([
      [['Yan'], [50, 55], [null, 9]],
      [['Zoe'], [100, 110], [70, null]],
    ]);
    expect(m.lines[1].budget[0]!.source.kind).toBe('sumifs');
    expect(m.asOf).toBe('2026-02');
  });
});
