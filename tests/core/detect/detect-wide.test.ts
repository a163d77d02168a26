import { detectBudget } from '../../../src/core/detect';
import type { BudgetLine, DetectResult } from '../../../src/core/model';
import { buildGrid, date, err, fx } from '../../support/grid-builder';
import { cellAddress } from './source-address';

const codes = (r: DetectResult) => r.problems.map((p) => `${p.code}@${p.cell}`);
const addr = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => cellAddress(v));
const vals = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => v?.value ?? null);

describe('wide-paired layout', () => {
  // Header on row 4 below a title, a unit note and a blank row; one blank row inside the table.
  const grid = buildGrid(
    [
      ['FY2026 Sales Budget'],
      ['Figures in thousands'],
      [],
      ['Region', 'Product', 'Type', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual', 'FY Total'],
      ['East', 'Widgets', 'Revenue', 100, 90, 110, '', 210],
      [],
      ['West', 'Travel', 'Expense', 10, 12.5, 12, 11, 22],
    ],
    { sheet: 'Sales Plan' },
  );
  const r = detectBudget(grid);
  const m = r.model!;

  test('finds the header, dimensions, type column and periods', () => {
    expect(m.layout).toBe('wide-paired');
    expect(m.source).toEqual({ sheet: 'Sales Plan', range: 'A4:G7' });
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }, { name: 'Product', col: 1 }]);
    expect(m.typeColumn).toEqual({ name: 'Type', col: 2 });
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02']);
    expect(m.periods.map((p) => p.label)).toEqual(['Jan-26', 'Feb-26']);
    expect(m.unit).toBe('thousands');
  });

  test('reads lines with their keys, types, rows, cells and values', () => {
    expect(m.lines.map((l) => l.key)).toEqual([['East', 'Widgets'], ['West', 'Travel']]);
    expect(m.lines.map((l) => l.type)).toEqual(['revenue', 'cost']);
    expect(m.lines.map((l) => l.row)).toEqual([4, 6]);
    expect(addr(m.lines[0], 'budget')).toEqual(['D5', 'F5']);
    expect(addr(m.lines[0], 'actual')).toEqual(['E5', 'G5']);
    expect(vals(m.lines[0], 'budget')).toEqual([100, 110]);
    expect(vals(m.lines[0], 'actual')).toEqual([90, null]);
    expect(vals(m.lines[1], 'actual')).toEqual([12.5, 11]);
    expect(m.lines[1].budget[0]!.source).toEqual({ kind: 'cell', sheet: 'Sales Plan', address: 'D7' });
  });

  test('as-of is the last period with any actual; no problems on a clean sheet', () => {
    expect(m.asOf).toBe('2026-02');
    expect(r.problems).toEqual([]);
  });
});

describe('header variants of the paired layout', () => {
  test.each([
    [['Budget Jan-26', 'Actual Jan-26', 'Budget Feb-26', 'Actual Feb-26']],
    [['Jan 2026 Bud', 'Jan 2026 Act', 'Feb 2026 Bud', 'Feb 2026 Act']],
    [['2026-01 Budget', '2026-01 Actual', '2026-02 Budget', '2026-02 Actual']],
    [['预算 2026年1月', '实际 2026年1月', '预算 2026年2月', '实际 2026年2月']],
    [['2026年1月预算', '2026年1月实际', '2026年2月预算', '2026年2月实际']],
    [['2026年1月预算数', '2026年1月实际数', '2026年2月预算数', '2026年2月实际数']],
    [['2026年1月目标额', '2026年1月完成额', '2026年2月目标额', '2026年2月完成额']],
    [['January 2026 - Budget', 'January 2026 - Actual', 'February 2026 - Budget', 'February 2026 - Actual']],
    [['Jan-26 Target', 'Jan-26 Actual', 'Feb-26 Target', 'Feb-26 Actual']],
  ])('%j', (headers) => {
    const r = detectBudget(buildGrid([['Rep', ...headers], ['Ann', 1, 2, 3, 4]]));
    expect(r.model?.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02']);
    expect(r.model!.periods[0].label).not.toMatch(/budget|target|预算|actual|实际/i);
    expect(addr(r.model!.lines[0], 'budget')).toEqual(['B2', 'D2']);
    expect(addr(r.model!.lines[0], 'actual')).toEqual(['C2', 'E2']);
  });

  test('Forecast, Variance and % columns are ignored; Budget wins over Target', () => {
    const r = detectBudget(
      buildGrid([
        ['Rep', 'Jan-26 Budget', 'Jan-26 Target', 'Jan-26 Actual', 'Jan-26 Forecast', 'Jan-26 Var', 'Jan-26 Var %'],
        ['Ann', 10, 11, 12, 13, 2, 0.2],
      ]),
    );
    const l = r.model!.lines[0];
    expect(addr(l, 'budget')).toEqual(['B2']);
    expect(addr(l, 'actual')).toEqual(['D2']);
  });
});

describe('wide-blocks layout', () => {
  test('Budget block then Actual block, labelled by a merged row above date headers', () => {
    const grid = buildGrid(
      [
        ['Sales budget 2026'],
        ['', '', 'Budget', '', '', 'Actual', '', ''],
        ['Region', 'Product', date(2026, 1), date(2026, 2), date(2026, 3), date(2026, 1), date(2026, 2), date(2026, 3)],
        ['North', 'Gadgets', 10, 20, 30, 11, 19, ''],
        ['South', 'Gadgets', 5, 5, 5, '', '', ''],
      ],
      { merged: ['C2:E2', 'F2:H2'] },
    );
    const r = detectBudget(grid);
    const m = r.model!;
    expect(m.layout).toBe('wide-blocks');
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(m.periods[0].label).toBe('Jan 2026');
    expect(addr(m.lines[0], 'budget')).toEqual(['C4', 'D4', 'E4']);
    expect(addr(m.lines[0], 'actual')).toEqual(['F4', 'G4', 'H4']);
    expect(vals(m.lines[1], 'actual')).toEqual([null, null, null]);
    expect(m.asOf).toBe('2026-02');
    expect(m.source.range).toBe('A3:H5');
    expect(r.problems).toEqual([]);
  });

  test('label row without merges: the label carries to the right', () => {
    const grid = buildGrid([
      ['', '预算', '', '实际', ''],
      ['区域', '2026-01', '2026-02', '2026-01', '2026-02'],
      ['华东', 1, 2, 3, 4],
    ]);
    const m = detectBudget(grid).model!;
    expect(m.layout).toBe('wide-blocks');
    expect(m.dimensions).toEqual([{ name: '区域', col: 0 }]);
    expect(addr(m.lines[0], 'budget')).toEqual(['B3', 'C3']);
    expect(addr(m.lines[0], 'actual')).toEqual(['D3', 'E3']);
  });

  test('measure inside headers, all budgets first', () => {
    const m = detectBudget(
      buildGrid([
        ['Rep', 'Budget Jan 2026', 'Budget Feb 2026', 'Actual Jan 2026', 'Actual Feb 2026'],
        ['Bo', 1, 2, 3, 4],
      ]),
    ).model!;
    expect(m.layout).toBe('wide-blocks');
    expect(addr(m.lines[0], 'actual')).toEqual(['D2', 'E2']);
  });

  test('two-row header: month merged over Budget / Actual', () => {
    const grid = buildGrid(
      [
        ['Region', 'Jan-26', '', 'Feb-26', ''],
        ['', 'Budget', 'Actual', 'Budget', 'Actual'],
        ['East', 1, 2, 3, 4],
      ],
      { merged: ['A1:A2', 'B1:C1', 'D1:E1'] },
    );
    const m = detectBudget(grid).model!;
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }]);
    expect(m.lines.map((l) => l.key)).toEqual([['East']]);
    expect(addr(m.lines[0], 'budget')).toEqual(['B3', 'D3']);
    expect(addr(m.lines[0], 'actual')).toEqual(['C3', 'E3']);
  });
});

describe('years from a title', () => {
  test('"2026年销售预算" gives yearless 1月.. headers their year', () => {
    const m = detectBudget(
      buildGrid([
        ['2026年销售预算', '', '单位：万元'],
        ['', '预算', '', '实际', ''],
        ['产品', '1月', '2月', '1月', '2月'],
        ['甲', 1, 2, 3, ''],
      ]),
    ).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02']);
    expect(m.unit).toBe('万元');
    expect(m.asOf).toBe('2026-01');
  });

  test('a dated note above the title does not give the year', () => {
    const m = detectBudget(buildGrid([['Prepared 2025-11-30'], ['Sales budget 2026'], ['Rep', 'Jan Budget', 'Jan Actual'], ['Ann', 1, 2]])).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01']);
  });

  test('fiscal year Apr..Mar: months after December fall in the next calendar year', () => {
    const months = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
    const header = ['Region', ...months.flatMap((mm) => [`${mm} Budget`, `${mm} Actual`])];
    const row = ['East', ...months.flatMap(() => [1, 1])];
    const m = detectBudget(buildGrid([['FY2026 Budget (April to March)'], header, row])).model!;
    expect(m.periods.map((p) => p.key)).toEqual([
      '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03',
    ]);
    expect(m.asOf).toBe('2027-03');
  });

  test('no year anywhere: defaultYear option is used, else a YEAR_ASSUMED warning', () => {
    const rows = [['Rep', 'Jan Budget', 'Jan Actual'], ['Ann', 1, 2]];
    const withYear = detectBudget(buildGrid(rows), { defaultYear: 2024 });
    expect(withYear.model!.periods[0].key).toBe('2024-01');
    expect(withYear.problems).toEqual([]);
    const without = detectBudget(buildGrid(rows));
    expect(codes(without)).toEqual(['YEAR_ASSUMED@B1']);
    expect(without.model!.periods[0].year).toBe(new Date().getUTCFullYear());
  });
});

describe('total rows and columns', () => {
  test('label and SUM-formula totals are skipped with SKIPPED_TOTAL_ROW; total columns are not periods', () => {
    const grid = buildGrid([
      ['Region', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Q1 Total Budget', 'Total'],
      ['East', 'Ann', 10, 9, 10, 19],
      ['East', 'Bo', 20, 21, 20, 41],
      ['East', 'Subtotal', fx('=SUM(C2:C3)', 30), fx('=SUM(D2:D3)', 30), 30, 60],
      ['West', 'Cy', 5, 6, 5, 11],
      ['', '', fx('=SUM(C5:C5)', 5), fx('=D5', 6), 5, 11], // unlabelled SUM row
      ['合计', '', fx('=C4+C5', 35), fx('=D4+D5', 36), 35, 71],
    ]);
    const r = detectBudget(grid);
    const m = r.model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01']);
    expect(m.lines.map((l) => l.key)).toEqual([['East', 'Ann'], ['East', 'Bo'], ['West', 'Cy']]);
    expect(codes(r)).toEqual(['SKIPPED_TOTAL_ROW@A4', 'SKIPPED_TOTAL_ROW@A6', 'SKIPPED_TOTAL_ROW@A7']);
    expect(r.problems[0].message).toBe('Row 4 (Subtotal) is a total and is not read as a budget line.');
    expect(m.source.range).toBe('A1:D7');
  });

  test('a formula that is not a sum over the rows above does not make a total row', () => {
    const m = detectBudget(
      buildGrid([
        ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['Ann', 10, 9],
        ['Bo', fx('=B2*1.1', 11), fx('=SUM(C2:C2)*0+7', 7)],
        ['Cy', fx('=SUM(B5:B6)', 0), 1], // sums rows below: not a total
      ]),
    ).model!;
    expect(m.lines.map((l) => l.key[0])).toEqual(['Ann', 'Bo', 'Cy']);
  });
});

describe('values and their problems', () => {
  const grid = buildGrid([
    ['Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual'],
    ['Ann', '1,234', '(1,200)', '12.5%', 'n/a'],
    ['Bo', err('#DIV/0!'), true, '  ', 7],
  ]);
  const r = detectBudget(grid);

  test('any non-number is null, as a formula through ISNUMBER sees it', () => {
    expect(vals(r.model!.lines[0], 'budget')).toEqual([null, null]);
    expect(vals(r.model!.lines[0], 'actual')).toEqual([null, null]);
    expect(vals(r.model!.lines[1], 'actual')).toEqual([null, 7]);
    expect(addr(r.model!.lines[1], 'budget')).toEqual(['B3', 'D3']);
  });

  test('each is reported at its cell', () => {
    expect(codes(r)).toEqual([
      'NUMBER_AS_TEXT@B2', 'NUMBER_AS_TEXT@C2', 'NUMBER_AS_TEXT@D2', 'TEXT_NOT_NUMBER@E2',
      'ERROR_VALUE@B3', 'TEXT_NOT_NUMBER@C3', 'BLANK_BUDGET@D3',
    ]);
    const byCell = new Map(r.problems.map((p) => [p.cell, p]));
    expect(byCell.get('B2')!.message).toContain('number 1234 stored as text');
    expect(byCell.get('C2')!.message).toContain('number -1200 stored as text');
    expect(byCell.get('D2')!.message).toContain('number 0.125 stored as text');
    expect(byCell.get('E2')!.message).toBe('Cell E2 holds text "n/a" where a number belongs; it is counted as blank.');
    expect(byCell.get('E2')!.messageZh).toBe('单元格 E2 应为数字，却是文本 "n/a"；按空白处理。');
    expect(byCell.get('B3')!.message).toBe('Cell B3 holds the error #DIV/0!; it is counted as blank.');
    expect(byCell.get('D3')!.severity).toBe('info');
  });

  test('error strings are errors also when the host gives no value types', () => {
    const g = buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', '#N/A', 1]], { noValueTypes: true });
    expect(codes(detectBudget(g))).toEqual(['ERROR_VALUE@B2']);
  });
});

describe('keys', () => {
  test('duplicate keys keep both lines, the second suffixed " (2)"', () => {
    const r = detectBudget(
      buildGrid([
        ['Region', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['East', 'Ann', 1, 1],
        ['East', 'Ann', 2, 2],
        ['East', 'Ann', 3, 3],
      ]),
    );
    expect(r.model!.lines.map((l) => l.key)).toEqual([['East', 'Ann'], ['East', 'Ann (2)'], ['East', 'Ann (3)']]);
    expect(codes(r)).toEqual(['DUPLICATE_KEY@A3', 'DUPLICATE_KEY@A4']);
    expect(r.problems[0].message).toBe(
      'Line East / Ann at row 3 has the same key as the line at row 2; both are kept, the second as "East / Ann (2)".',
    );
  });

  test('blank key with numbers gets "Row n"; blank rows, headings and notes are skipped silently', () => {
    const r = detectBudget(
      buildGrid([
        ['Region', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['East'], // section heading: incomplete key, no numbers
        ['East', 'Ann', 1, 2],
        ['', '', 3, 4],
        [],
        ['', '', 'n/a', err('#N/A')], // no key, no numbers
        ['Note: actuals from ERP'],
      ]),
    );
    expect(r.model!.lines.map((l) => l.key)).toEqual([['East', 'Ann'], ['Row 4', '']]);
    expect(r.problems).toEqual([]);
  });

  test('merged dimension cells apply to every row they span', () => {
    const r = detectBudget(
      buildGrid(
        [
          ['Region', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
          ['East', 'Ann', 1, 2],
          ['', 'Bo', 3, 4],
          ['West', 'Cy', 5, 6],
        ],
        { merged: ['A2:A3'] },
      ),
    );
    expect(r.model!.lines.map((l) => l.key)).toEqual([['East', 'Ann'], ['East', 'Bo'], ['West', 'Cy']]);
  });

  test('numbers in dimension cells become text', () => {
    const m = detectBudget(buildGrid([['Code', 'Jan-26 Budget', 'Jan-26 Actual'], [1001, 1, 2]])).model!;
    expect(m.lines[0].key).toEqual(['1001']);
  });
});

describe('grid placed away from A1', () => {
  test('addresses are absolute on the sheet', () => {
    const r = detectBudget(
      buildGrid(
        [
          ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
          ['Ann', 'x', 2],
        ],
        { origin: 'C5', sheet: "O'Brien" },
      ),
    );
    const m = r.model!;
    expect(m.source.range).toBe('C5:E6');
    expect(m.dimensions).toEqual([{ name: 'Rep', col: 2 }]);
    expect(m.lines[0].row).toBe(5);
    expect(addr(m.lines[0], 'budget')).toEqual(['D6']);
    expect(addr(m.lines[0], 'actual')).toEqual(['E6']);
    expect(codes(r)).toEqual(['TEXT_NOT_NUMBER@D6']);
    expect(r.problems[0].sheet).toBe("O'Brien");
  });
});

describe('as-of', () => {
  const rows = [
    ['Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual', 'Mar-26 Budget', 'Mar-26 Actual'],
    ['Ann', 1, 1, 1, 1, 1, ''],
    ['Bo', 1, 1, 1, '', 1, '12'], // text actual does not count
  ];
  test('default: last period with a numeric actual', () => {
    expect(detectBudget(buildGrid(rows)).model!.asOf).toBe('2026-02');
  });
  test('a valid option is used', () => {
    const r = detectBudget(buildGrid(rows), { asOf: '2026-03' });
    expect(r.model!.asOf).toBe('2026-03');
    expect(r.problems.map((p) => p.code)).not.toContain('AS_OF_OUT_OF_RANGE');
  });
  test('an option outside the periods is reported and the default used', () => {
    const r = detectBudget(buildGrid(rows), { asOf: '2026-07' });
    expect(r.model!.asOf).toBe('2026-02');
    const p = r.problems.find((q) => q.code === 'AS_OF_OUT_OF_RANGE')!;
    expect(p.cell).toBe('A1');
    expect(p.message).toBe('The as-of period 2026-07 is not one of the budget periods (2026-01 to 2026-03).');
  });
  test('no actuals at all: null', () => {
    expect(detectBudget(buildGrid([rows[0], ['Ann', 1, '', 2, '', 3, '']])).model!.asOf).toBeNull();
  });
});

describe('no budget found', () => {
  test('no period header: NO_HEADER', () => {
    const r = detectBudget(buildGrid([['Customer list'], ['Name', 'City'], ['Ann', 'Paris']], { sheet: 'Contacts' }));
    expect(r.model).toBeNull();
    expect(codes(r)).toEqual(['NO_HEADER@A1']);
    expect(r.problems[0].message).toContain('sheet Contacts');
  });
  test('empty grid: NO_HEADER', () => {
    expect(codes(detectBudget(buildGrid([])))).toEqual(['NO_HEADER@A1']);
  });
  test('a title merged across the months is not a Budget label', () => {
    const r = detectBudget(buildGrid([['FY2026 Sales Budget'], ['Rep', 'Jan-26', 'Feb-26'], ['Ann', 1, 2]], { merged: ['A1:C1'] }));
    expect(r.model).toBeNull();
    expect(r.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['NO_BUDGET_COLUMNS@B2']);
  });
  test('months without Budget marks: NO_BUDGET_COLUMNS at the first month', () => {
    const r = detectBudget(buildGrid([['Rep', 'Jan-26', 'Feb-26'], ['Ann', 1, 2]]));
    expect(r.model).toBeNull();
    expect(codes(r)).toEqual(['NO_BUDGET_COLUMNS@B1']);
  });
  test('header but no lines: NO_LINES', () => {
    const r = detectBudget(buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], [], ['Total', 0, 0]]));
    expect(r.model).toBeNull();
    expect(codes(r)).toEqual(['SKIPPED_TOTAL_ROW@A3', 'NO_LINES@A1']);
  });
});

describe('header problems', () => {
  test('a repeated period keeps the first column; out-of-order periods are sorted', () => {
    const r = detectBudget(
      buildGrid([
        ['Rep', 'Feb-26 Budget', 'Feb-26 Actual', 'Jan-26 Budget', 'Jan-26 Actual', 'Jan-26 Budget'],
        ['Ann', 2, 2, 1, 1, 9],
      ]),
    );
    expect(r.model!.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02']);
    expect(addr(r.model!.lines[0], 'budget')).toEqual(['D2', 'B2']);
    expect(codes(r)).toEqual(['PERIOD_OUT_OF_ORDER@D1', 'PERIOD_REPEATED@F1', 'PERIOD_OUT_OF_ORDER@E1']);
  });
  test('a budget with no actual column is reported; its actual is null', () => {
    const r = detectBudget(buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget'], ['Ann', 1, 1, 2]]));
    expect(codes(r)).toEqual(['MISSING_ACTUAL_COLUMN@D1']);
    expect(r.model!.lines[0].actual[1]).toBeNull();
  });
});

describe('units', () => {
  test.each([
    ['in thousands', 'thousands'],
    ['USD k', 'thousands'],
    ["Sales ('000)", 'thousands'],
    ['单位：千元', '千元'],
    ['单位：元', '元'],
    ['金额（万元）', '万元'],
    ['Amounts in millions', 'millions'],
  ])('%s -> %s', (note, unit) => {
    const m = detectBudget(buildGrid([[note], ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', 1, 2]])).model!;
    expect(m.unit).toBe(unit);
  });
  test('no note: null', () => {
    expect(detectBudget(buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', 1, 2]])).model!.unit).toBeNull();
  });
  test('two different units: MIXED_UNITS at the second, the first is kept', () => {
    const r = detectBudget(buildGrid([['in thousands'], ['单位：万元'], ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', 1, 2]]));
    expect(r.model!.unit).toBe('thousands');
    expect(codes(r)).toEqual(['MIXED_UNITS@A2']);
  });
});

describe('quarters', () => {
  test('quarter columns are periods when there are no months', () => {
    const m = detectBudget(
      buildGrid([
        ['Rep', 'Q1 2026 Budget', 'Q1 2026 Actual', 'Q2 2026 Budget', 'Q2 2026 Actual'],
        ['Ann', 1, 2, 3, ''],
      ]),
    ).model!;
    expect(m.periods.map((p) => [p.key, p.kind, p.month])).toEqual([['2026-Q1', 'quarter', 1], ['2026-Q2', 'quarter', 4]]);
    expect(m.asOf).toBe('2026-Q1');
  });
  test('第一季度 / 第二季度 with a year from the title; as-of month maps to its quarter', () => {
    const r = detectBudget(
      buildGrid([
        ['2026年度销售目标'],
        ['销售员', '第一季度目标', '第一季度实际', '第二季度目标', '第二季度实际'],
        ['张三', 1, 2, 3, 4],
      ]),
      { asOf: '2026-02' },
    );
    expect(r.model!.periods.map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2']);
    expect(r.model!.asOf).toBe('2026-Q1');
    expect(r.problems).toEqual([]);
  });
});

describe('safety net', () => {
  test('an internal failure becomes LAYOUT_UNRECOGNISED at the grid origin, never a throw', () => {
    const g = buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', 1, 2]], { origin: 'C3' });
    // A host bug: reading the values throws.
    Object.defineProperty(g, 'values', { get: () => { throw new Error('boom'); } });
    const r = detectBudget(g);
    expect(r.model).toBeNull();
    expect(r.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LAYOUT_UNRECOGNISED@C3']);
    expect(r.problems[0].message).toContain('boom');
  });
  test('a row that is not an array reads as empty', () => {
    const g = buildGrid([['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], ['Ann', 1, 2], ['Bo', 3, 4]]);
    (g.values as unknown[])[1] = 42;
    expect(detectBudget(g).model!.lines.map((l) => l.key)).toEqual([['Bo']]);
  });
  test('header text split over lines and with a unit in brackets', () => {
    const m = detectBudget(buildGrid([['Rep', 'Jan-26\nBudget ($k)', 'Jan-26\nActual ($k)'], ['Ann', 1, 2]])).model!;
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01']);
    expect(m.unit).toBe('thousands');
  });
});

describe('end of the table', () => {
  test('a repeated header row is skipped; a second table with other periods ends the reading', () => {
    const r = detectBudget(
      buildGrid([
        ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
        ['Ann', 1, 2],
        ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'], // printed header repeated
        ['Bo', 3, 4],
        [],
        ['Rep', 'Jan-25 Budget', 'Jan-25 Actual'], // last year's table below
        ['Ann', 5, 6],
      ]),
    );
    expect(r.model!.lines.map((l) => l.key[0])).toEqual(['Ann', 'Bo']);
    expect(r.model!.source.range).toBe('A1:C4');
    expect(r.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['TABLE_ENDED@A6']);
  });
});

describe('header rows', () => {
  test('a title naming one period loses to the header row naming as many', () => {
    const m = detectBudget(buildGrid([['Budget for January 2026'], ['Region', 'Rep', 'Jan-26 Budget'], ['East', 'Ann', 5]])).model!;
    expect(m.source.range).toBe('A2:C3');
    expect(m.lines.map((l) => l.key)).toEqual([['East', 'Ann']]);
  });
  test('dimension names written above a blank cell of a two-row block header', () => {
    const m = detectBudget(
      buildGrid(
        [
          ['Region', 'Rep', 'Budget', '', 'Actual', ''],
          ['', '', 'Jan-26', 'Feb-26', 'Jan-26', 'Feb-26'],
          ['East', 'Ann', 1, 2, 3, 4],
        ],
        { merged: ['C1:D1', 'E1:F1'] },
      ),
    ).model!;
    expect(m.layout).toBe('wide-blocks');
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }, { name: 'Rep', col: 1 }]);
    expect(m.lines[0].actual.map((v) => cellAddress(v))).toEqual(['E3', 'F3']);
  });
});

describe('a header row chosen by the user', () => {
  const rows = [
    ['Plan for Jan 2026 and Feb 2026 Budget', 'Jan-26 Budget', 'Feb-26 Budget'], // looks like a header, is a note
    [],
    ['Rep', 'Jan-26 Budget', 'Jan-26 Actual'],
    ['Ann', 1, 2],
  ];
  test('without a choice the first row naming as many periods is taken (and nothing is read below it)', () => {
    const r = detectBudget(buildGrid(rows));
    expect(r.model).toBeNull();
    expect(r.problems.map((p) => `${p.code}@${p.cell}`)).toEqual([
      'MISSING_ACTUAL_COLUMN@B1', 'MISSING_ACTUAL_COLUMN@C1', 'TABLE_ENDED@A3', 'NO_LINES@A1',
    ]);
  });
  test('headerRow (absolute, 0-based) picks the row', () => {
    const m = detectBudget(buildGrid(rows, { origin: 'B2' }), { headerRow: 3 }).model!;
    expect(m.source.range).toBe('B4:D5');
    expect(m.lines.map((l) => l.key)).toEqual([['Ann']]);
  });
  test('a chosen row without periods: NO_HEADER at that row', () => {
    const r = detectBudget(buildGrid(rows, { origin: 'B2' }), { headerRow: 2 });
    expect(r.model).toBeNull();
    expect(r.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['NO_HEADER@B3']);
  });
});
