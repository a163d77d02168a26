import { detectBudget } from '../../../src/core/detect';
import type { BudgetLine } from '../../../src/core/model';
import { buildGrid, fx } from '../../support/grid-builder';
import { cellAddress } from './source-address';

const addr = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => cellAddress(v));

describe('dimension and type columns', () => {
  test('an Account column holding only revenue/expense words is the type column', () => {
    const m = detectBudget(
      buildGrid([
        ['Region', 'Account', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['East', 'Sales', 1, 2],
        ['East', '费用', 1, 2],
        ['West', 'Cost', 1, 2],
      ]),
    ).model!;
    expect(m.typeColumn).toEqual({ name: 'Account', col: 1 });
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }]);
    expect(m.lines.map((l) => l.type)).toEqual(['revenue', 'cost', 'cost']);
    // Keys without the type column: East appears twice, so the second is suffixed.
    expect(m.lines.map((l) => l.key)).toEqual([['East'], ['East (2)'], ['West']]);
  });

  test('an Account column naming real accounts is a dimension', () => {
    const m = detectBudget(
      buildGrid([
        ['Account', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['Widget sales', 1, 2],
        ['Travel expense', 1, 2],
      ]),
    ).model!;
    expect(m.typeColumn).toBeNull();
    expect(m.dimensions).toEqual([{ name: 'Account', col: 0 }]);
    expect(m.lines.map((l) => l.type)).toEqual(['revenue', 'revenue']);
  });

  test('类型 column: 成本 and 费用 lines are costs', () => {
    const m = detectBudget(
      buildGrid([
        ['部门', '类型', '2026年1月预算', '2026年1月实际'],
        ['销售部', '收入', 1, 2],
        ['销售部', '销售费用', 1, 2],
        ['生产部', '成本', 1, 2],
      ]),
    ).model!;
    expect(m.typeColumn).toEqual({ name: '类型', col: 1 });
    expect(m.lines.map((l) => [l.key[0], l.type])).toEqual([['销售部', 'revenue'], ['销售部 (2)', 'cost'], ['生产部', 'cost']]);
  });

  test('a numeric "Total Budget" column left of the months is not a dimension; an unlabelled text column is', () => {
    const m = detectBudget(
      buildGrid([
        ['Region', '', 'Total Budget', 'Jan-26 Budget', 'Jan-26 Actual', 'Comments'],
        ['East', 'Ann', 12, 1, 2, 'ok'],
        ['West', 'Bo', 24, 2, 2, ''],
      ]),
    ).model!;
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }, { name: 'Column B', col: 1 }]);
    expect(m.lines.map((l) => l.key)).toEqual([['East', 'Ann'], ['West', 'Bo']]);
    expect(m.source.range).toBe('A1:E3');
  });
});

describe('columns that are not periods', () => {
  test('quarter columns between months are subtotals, not periods', () => {
    const m = detectBudget(
      buildGrid([
        ['Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual', 'Mar-26 Budget', 'Mar-26 Actual', 'Q1 2026 Budget', 'Q1 2026 Actual'],
        ['Ann', 1, 1, 1, 1, 1, 1, 3, 3],
      ]),
    ).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(addr(m.lines[0], 'budget')).toEqual(['B2', 'D2', 'F2']);
  });

  test('YTD, Full Year and 合计 columns are ignored', () => {
    const m = detectBudget(
      buildGrid([
        ['Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'YTD Actual', 'Full Year Budget', '全年合计'],
        ['Ann', 1, 2, 2, 12, 12],
      ]),
    ).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01']);
    expect(addr(m.lines[0], 'actual')).toEqual(['C2']);
  });
});

describe('yearless Chinese months and hidden rows', () => {
  test('一月/二月 under 预算/实际 labels with the year from the title', () => {
    const m = detectBudget(
      buildGrid(
        [
          ['2027年 销售预算表'],
          ['', '预算', '', '实际', ''],
          ['客户', '一月', '二月', '一月', '二月'],
          ['甲公司', 10, 20, 11, ''],
        ],
        { merged: ['B2:C2', 'D2:E2'] },
      ),
    ).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2027-01', '2027-02']);
    expect(addr(m.lines[0], 'actual')).toEqual(['D4', 'E4']);
    expect(m.asOf).toBe('2027-01');
  });

  test('hidden rows are still lines', () => {
    const m = detectBudget(
      buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', 1, 2], ['Bo', 3, 4]], { hiddenRows: [1] }),
    ).model!;
    expect(m.lines.map((l) => l.key[0])).toEqual(['Ann', 'Bo']);
  });
});

describe('yearless months over more than one year', () => {
  test('Jan..Dec, Jan..Dec in one measure: the second run is the next year', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const header = ['Rep', ...[...months, ...months].flatMap((m) => [`${m} Budget`, `${m} Actual`])];
    const m = detectBudget(buildGrid([['Two-year plan from 2025'], header, ['Ann', ...header.slice(1).map(() => 1)]])).model!;
    expect(m.periods).toHaveLength(24);
    expect(m.periods[0].key).toBe('2025-01');
    expect(m.periods[11].key).toBe('2025-12');
    expect(m.periods[12].key).toBe('2026-01');
    expect(m.periods[23].key).toBe('2026-12');
  });

  test('a year written above each block wins over the title year', () => {
    const m = detectBudget(
      buildGrid(
        [
          ['FY2024 plan'],
          ['', 'Budget', '', '', '', 'Actual', '', '', ''],
          ['', 2025, '', 2026, '', 2025, '', 2026, ''],
          ['Rep', 'Nov', 'Dec', 'Jan', 'Feb', 'Nov', 'Dec', 'Jan', 'Feb'],
          ['Ann', 1, 2, 3, 4, 5, 6, 7, ''],
        ],
        { merged: ['B2:E2', 'F2:I2'] },
      ),
    ).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(m.lines[0].budget.map((v) => cellAddress(v))).toEqual(['B5', 'C5', 'D5', 'E5']);
    expect(m.lines[0].actual.map((v) => cellAddress(v))).toEqual(['F5', 'G5', 'H5', 'I5']);
    expect(m.asOf).toBe('2026-01');
  });

  test('yearless quarters wrap too: Q1..Q4, Q1', () => {
    const qs = ['Q1', 'Q2', 'Q3', 'Q4', 'Q1'];
    const header = ['Rep', ...qs.map((q) => `${q} Budget`), ...qs.map((q) => `${q} Actual`)];
    const m = detectBudget(buildGrid([['2026 quarterly budget'], header, ['Ann', 1, 1, 1, 1, 1, 1, '', '', '', '']])).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
    expect(m.asOf).toBe('2026-Q1');
  });
});

describe('outer labels written once (outline / pivot style)', () => {
  test('blank leading labels take the value above; a heading row names the group', () => {
    const m = detectBudget(
      buildGrid([
        ['Region', 'Product', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['East', 'Widgets', 'Ann', 1, 2],
        ['', '', 'Bo', 3, 4],
        ['', 'Gadgets', 'Cy', 5, 6],
        ['', 'Subtotal', '', fx('=SUM(D2:D4)', 9), fx('=SUM(E2:E4)', 12)],
        ['West'], // heading row
        ['', 'Widgets', 'Di', 7, 8],
        ['', '', '', 9, 9], // no labels at all: not filled
      ]),
    ).model!;
    expect(m.lines.map((l) => l.key)).toEqual([
      ['East', 'Widgets', 'Ann'],
      ['East', 'Widgets', 'Bo'],
      ['East', 'Gadgets', 'Cy'],
      ['West', 'Widgets', 'Di'],
      ['Row 8', '', ''],
    ]);
  });
});
