import { detectBudget } from '../../../src/core/detect';
import { dateToSerial } from '../../../src/core/grid';
import type { BudgetLine, DetectResult, SumifsSource } from '../../../src/core/model';
import { buildGrid, date } from '../../support/grid-builder';

const codes = (r: DetectResult) => r.problems.map((p) => `${p.code}@${p.cell}`);
const vals = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => (v ? v.value : 'none'));
const sumifs = (l: BudgetLine, m: 'budget' | 'actual', i: number): SumifsSource => {
  const s = l[m][i]!.source;
  if (s.kind !== 'sumifs') throw new Error('expected a SUMIFS source');
  return s;
};
const d = (y: number, m: number, day: number) => date(y, m, day, 'yyyy-mm-dd');

describe('long tables', () => {
  test('Date | Region | Product | Scenario | Amount: lines are the dimension combinations, sums per month, SUMIFS sources with headroom', () => {
    const g = buildGrid(
      [
        ['Date', 'Region', 'Product', 'Scenario', 'Amount'],
        [d(2026, 1, 1), 'North', 'Widgets', 'Budget', 100],
        [d(2026, 1, 5), 'North', 'Widgets', 'Actual', 40],
        [d(2026, 1, 20), 'North', 'Widgets', 'Actual', 55],
        [d(2026, 2, 1), 'North', 'Widgets', 'Budget', 120],
        [d(2026, 1, 1), 'South', 'Widgets', 'Budget', 80],
        [d(2026, 2, 1), 'South', 'Widgets', 'Budget', 90],
        [d(2026, 2, 3), 'South', 'Widgets', 'Actual', 'n/a'],
        [d(2026, 3, 1), 'North', 'Widgets', 'Forecast', 999],
      ],
      { sheet: 'Data' },
    );
    const r = detectBudget(g);
    const m = r.model!;
    expect(m.layout).toBe('long');
    expect(m.dimensions).toEqual([{ name: 'Region', col: 1 }, { name: 'Product', col: 2 }]);
    // March holds only a Forecast row: the months spanned are Jan..Mar.
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(m.lines.map((l) => l.key)).toEqual([['North', 'Widgets'], ['South', 'Widgets']]);
    expect(vals(m.lines[0], 'budget')).toEqual([100, 120, null]);
    expect(vals(m.lines[0], 'actual')).toEqual([95, null, null]);
    // South's February actual row holds text: SUMIFS adds nothing, COUNTIFS finds the row -> 0.
    expect(vals(m.lines[1], 'actual')).toEqual([null, 0, null]);
    expect(codes(r)).toEqual(['TEXT_NOT_NUMBER@E8']);
    expect(m.asOf).toBe('2026-02');
    // 8 data rows (2..9): ranges run to row 9 + 1000.
    const s = sumifs(m.lines[0], 'actual', 1);
    expect(s).toEqual({
      kind: 'sumifs',
      sheet: 'Data',
      sumRange: '$E$2:$E$1009',
      criteria: [
        { range: '$B$2:$B$1009', value: 'North' },
        { range: '$C$2:$C$1009', value: 'Widgets' },
        { range: '$D$2:$D$1009', value: 'Actual' },
      ],
      dateRange: { range: '$A$2:$A$1009', from: dateToSerial(2026, 2, 1), to: dateToSerial(2026, 3, 1) },
    });
    expect(sumifs(m.lines[1], 'budget', 0).criteria[2]).toEqual({ range: '$D$2:$D$1009', value: 'Budget' });
    expect(m.source).toEqual({ sheet: 'Data', range: 'A1:E9' });
  });

  test('a CRM export (one row per deal): dims are owner and product, not customer or deal id; budget is null everywhere; gap months are periods', () => {
    const g = buildGrid(
      [
        ['Deal ID', 'Close Date', 'Owner', 'Customer', 'Product', 'Stage', 'Amount'],
        ['D-1', d(2026, 1, 9), 'Zoe Park', 'Acme', 'Widgets', 'Closed Won', 10],
        ['D-2', d(2026, 1, 12), 'Zoe Park', 'Globex', 'Widgets', 'Closed Won', 15],
        ['D-3', d(2026, 3, 2), 'Yan Li', 'Acme', 'Gadgets', 'Closed Won', 7],
        ['D-4', d(2026, 3, 30), 'Zoe Park', 'Initech', 'Gadgets', 'Closed Won', 3],
      ],
      { sheet: 'Deals' },
    );
    const m = detectBudget(g).model!;
    expect(m.layout).toBe('long');
    expect(m.dimensions.map((x) => x.name)).toEqual(['Owner', 'Product']);
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(m.lines.map((l) => l.key)).toEqual([['Yan Li', 'Gadgets'], ['Zoe Park', 'Gadgets'], ['Zoe Park', 'Widgets']]);
    expect(m.lines.every((l) => l.budget.every((b) => b === null))).toBe(true);
    expect(vals(m.lines[2], 'actual')).toEqual([25, null, null]);
    expect(vals(m.lines[1], 'actual')).toEqual([null, null, 3]);
    // No Scenario column: the criteria are the dimensions only, dates bound the month.
    expect(sumifs(m.lines[1], 'actual', 2).criteria.map((c) => c.value)).toEqual(['Zoe Park', 'Gadgets']);
    expect(m.asOf).toBe('2026-03');
  });

  test('Chinese CRM headers (成交日期, 负责人, 客户名称, 产品, 金额) and a text period column (2026年1月) with 场景', () => {
    const crm = detectBudget(
      buildGrid(
        [
          ['商机编号', '成交日期', '负责人', '客户名称', '产品', '金额'],
          ['S1', d(2026, 2, 3), '陈静', '华为', '产品A', 100],
          ['S2', d(2026, 2, 9), '陈静', '腾讯', '产品A', 50],
        ],
        { sheet: '商机导出' },
      ),
    ).model!;
    expect(crm.dimensions.map((x) => x.name)).toEqual(['负责人', '产品']);
    expect(vals(crm.lines[0], 'actual')).toEqual([150]);

    const m = detectBudget(
      buildGrid(
        [
          ['期间', '区域', '产品', '场景', '金额'],
          ['2026年1月', '华东', '产品A', '预算', 10],
          ['2026年1月', '华东', '产品A', '实际', 12],
          ['2026年2月', '华东', '产品A', '预算', 20],
        ],
        { sheet: '明细' },
      ),
    ).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02']);
    expect(vals(m.lines[0], 'budget')).toEqual([10, 20]);
    expect(vals(m.lines[0], 'actual')).toEqual([12, null]);
    const s = sumifs(m.lines[0], 'budget', 1);
    expect(s.dateRange).toBeUndefined();
    expect(s.criteria).toEqual([
      { range: '$B$2:$B$1004', value: '华东' },
      { range: '$C$2:$C$1004', value: '产品A' },
      { range: '$D$2:$D$1004', value: '预算' },
      { range: '$A$2:$A$1004', value: '2026年2月' },
    ]);
  });

  test('a row with no date is reported and not counted; rows are matched case-insensitively like SUMIFS', () => {
    const r = detectBudget(
      buildGrid([
        ['Order Date', 'Rep', 'Amount'],
        [d(2026, 4, 2), 'Ann', 5],
        ['', 'Ann', 7],
        [d(2026, 4, 9), 'ANN', 11],
      ], { sheet: 'Orders' }),
    );
    const m = r.model!;
    expect(m.lines.map((l) => l.key)).toEqual([['Ann']]);
    expect(vals(m.lines[0], 'actual')).toEqual([16]);
    expect(codes(r)).toEqual(['ROW_WITHOUT_DATE@A3']);
  });
});

describe('Excel Tables', () => {
  // A strip of month names above the table names more periods than the table's own header.
  const rows = [
    ['Months:', 'Jan-26', 'Feb-26', 'Mar-26', 'Apr-26'],
    ['Region', 'Jan-26 Budget', 'Jan-26 Actual', ''],
    ['East', 10, 12, ''],
  ];
  test('without a table the row naming the most periods is the header (and nothing is read)', () => {
    expect(detectBudget(buildGrid(rows)).model).toBeNull();
  });
  test("the table's header row is the header: from tableRange, or found as the all-text row of a named table", () => {
    const byRange = detectBudget(buildGrid(rows, { tableName: 'T1' }));
    expect(byRange.model).toBeNull(); // the last column is blank in row 2: not a full table header
    const g = buildGrid(rows);
    g.tableRange = 'A2:C3';
    const m = detectBudget(g).model!;
    expect(m.lines.map((l) => l.key)).toEqual([['East']]);
    expect(vals(m.lines[0], 'actual')).toEqual([12]);
    const g2 = buildGrid(rows.map((r) => r.slice(0, 3)), { tableName: 'T1' });
    expect(detectBudget(g2).model!.source.range).toBe('A2:C3');
  });
  test('a long table inside an Excel Table under a title row', () => {
    const g = buildGrid(
      [
        ['Sales records'],
        ['Date', 'Region', 'Scenario', 'Amount'],
        [d(2026, 5, 1), 'East', 'Budget', 10],
        [d(2026, 5, 7), 'East', 'Actual', 4],
      ],
      { tableName: 'SalesData' },
    );
    const m = detectBudget(g).model!;
    expect(m.layout).toBe('long');
    expect(vals(m.lines[0], 'actual')).toEqual([4]);
  });
});

test('a measure spelt two ways: the most common spelling is the criterion, the other rows are reported; a measure with no rows yet is matched by its usual word', () => {
  const r = detectBudget(
    buildGrid([
      ['Date', 'Region', 'Scenario', 'Amount'],
      [d(2026, 1, 1), 'East', 'Budget', 10],
      [d(2026, 2, 1), 'East', 'Budget', 10],
      [d(2026, 2, 1), 'East', 'Plan', 7],
    ]),
  );
  const m = r.model!;
  expect(vals(m.lines[0], 'budget')).toEqual([10, 10]);
  expect(codes(r)).toEqual(['SCENARIO_SPELLINGS@C4']);
  // No Actual row yet: the actual criterion is "Actual", so actuals added later are counted.
  expect(sumifs(m.lines[0], 'actual', 0).criteria[1]).toEqual({ range: '$C$2:$C$1004', value: 'Actual' });
  expect(vals(m.lines[0], 'actual')).toEqual([null, null]);
});

test('a Zoho CRM deals export: Closing Date over Created Time, Amount not Expected Revenue, only Closed Won deals counted', () => {
  const r = detectBudget(
    buildGrid(
      [
        ['Deal Name', 'Deal Owner', 'Account Name', 'Stage', 'Closing Date', 'Amount', 'Probability (%)', 'Expected Revenue', 'Created Time', 'Type'],
        ['Acme renewal', 'Zoe Park', 'Acme', 'Closed Won', d(2026, 3, 10), 100, 100, 100, d(2025, 12, 1), 'Existing Business'],
        ['Globex new', 'Zoe Park', 'Globex', 'Negotiation/Review', d(2026, 3, 20), 50, 60, 30, d(2026, 1, 5), 'New Business'],
        ['Initech', 'Yan Li', 'Initech', 'Closed Won', d(2026, 4, 2), 70, 100, 70, d(2026, 2, 1), 'New Business'],
        ['Umbrella', 'Yan Li', 'Umbrella', 'Closed Lost', d(2026, 4, 9), 40, 0, 0, d(2026, 2, 9), 'New Business'],
      ],
      { sheet: 'Potentials' },
    ),
  );
  const m = r.model!;
  expect(m.dimensions.map((x) => x.name)).toEqual(['Deal Owner']);
  expect(m.mapping!.long).toMatchObject({ dateColumn: { name: 'Closing Date', col: 4 }, amountColumn: { name: 'Amount', col: 5 } });
  expect(m.periods.map((p) => p.key)).toEqual(['2026-03', '2026-04']);
  expect(m.lines.map((l) => [l.key, vals(l, 'actual')])).toEqual([
    [['Yan Li'], [null, 70]],
    [['Zoe Park'], [100, null]],
  ]);
  expect(sumifs(m.lines[1], 'actual', 0).criteria).toEqual([
    { range: '$B$2:$B$1005', value: 'Zoe Park' },
    { range: '$D$2:$D$1005', value: 'Closed Won' },
  ]);
});
