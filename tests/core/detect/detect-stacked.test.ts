import { detectBudget } from '../../../src/core/detect';
import type { BudgetLine, DetectResult } from '../../../src/core/model';
import { buildGrid, fx } from '../../support/grid-builder';
import { cellAddress } from './source-address';

const codes = (r: DetectResult) => r.problems.map((p) => `${p.code}@${p.cell}`);
const addr = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => cellAddress(v));
const vals = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map((v) => v?.value ?? null);

describe('stacked measure rows', () => {
  test('Budget and Actual rows are joined by key, not by adjacency; the line row is the budget row', () => {
    // Row 1 title, header on row 2; East/Ann's actual comes after West/Bob's budget.
    const r = detectBudget(
      buildGrid([
        ['2026 sales by rep'],
        ['Region', 'Rep', 'Measure', 'Jan-26', 'Feb-26', 'Mar-26'],
        ['East', 'Ann', 'Budget', 100, 110, 120],
        ['West', 'Bob', 'Budget', 200, 210, 220],
        ['East', 'Ann', 'Actual', 90, 115, ''],
        ['West', 'Bob', 'Actual', 205, '', ''],
      ]),
    );
    const m = r.model!;
    expect(m.layout).toBe('stacked');
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }, { name: 'Rep', col: 1 }]);
    expect(m.lines.map((l) => l.key)).toEqual([['East', 'Ann'], ['West', 'Bob']]);
    expect(m.lines.map((l) => l.row)).toEqual([2, 3]);
    expect(addr(m.lines[0], 'budget')).toEqual(['D3', 'E3', 'F3']);
    expect(addr(m.lines[0], 'actual')).toEqual(['D5', 'E5', 'F5']);
    expect(vals(m.lines[1], 'actual')).toEqual([205, null, null]);
    expect(m.asOf).toBe('2026-02');
    expect(m.source).toEqual({ sheet: 'Budget', range: 'A2:F6' });
    expect(codes(r)).toEqual([]);
  });

  test('Chinese: 指标 column with 目标 / 完成, yearless 一月 with the year from the title, merged keys and a 类型 column', () => {
    const g = buildGrid(
      [
        ['2026年销售目标完成情况'],
        ['区域', '销售员', '类型', '指标', '一月', '二月'],
        ['华东', '赵', '收入', '目标', 50, 60],
        ['', '', '', '完成', 55, 40],
        ['华东', '运营成本', '成本', '目标', 10, 10],
        ['', '', '', '完成', 12, ''],
      ],
      { sheet: '目标完成', merged: ['A3:A4', 'B3:B4', 'C3:C4', 'A5:A6', 'B5:B6', 'C5:C6'] },
    );
    const r = detectBudget(g);
    const m = r.model!;
    expect(m.layout).toBe('stacked');
    expect(m.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02']);
    expect(m.typeColumn).toEqual({ name: '类型', col: 2 });
    expect(m.lines.map((l) => [l.key, l.type])).toEqual([
      [['华东', '赵'], 'revenue'],
      [['华东', '运营成本'], 'cost'],
    ]);
    expect(addr(m.lines[1], 'actual')).toEqual(['E6', 'F6']);
    expect(vals(m.lines[0], 'actual')).toEqual([55, 40]);
    expect(m.asOf).toBe('2026-02');
  });

  test('keys written only on the budget row carry to the actual row below; Target is the budget when no Budget rows exist', () => {
    const m = detectBudget(
      buildGrid([
        ['Owner', 'Scenario', '2026-01', '2026-02'],
        ['Zoe', 'Target', 10, 20],
        ['', 'Actual', 11, ''],
        ['Yan', 'Target', 30, 40],
        ['', 'Actual', 25, ''],
      ]),
    ).model!;
    expect(m.lines.map((l) => l.key)).toEqual([['Zoe'], ['Yan']]);
    expect(vals(m.lines[1], 'budget')).toEqual([30, 40]);
    expect(vals(m.lines[1], 'actual')).toEqual([25, null]);
  });

  test('forecast rows are ignored, total rows skipped, a repeated Budget row is a duplicate key, blank budget reported', () => {
    const r = detectBudget(
      buildGrid([
        ['Region', 'Measure', 'Jan 2026', 'Feb 2026'],
        ['East', 'Budget', 100, ''],
        ['East', 'Actual', 90, 80],
        ['East', 'Forecast', 95, 85],
        ['East', 'Budget', 7, 8],
        ['Total', 'Budget', fx('=C2+C5', 107), fx('=D2+D5', 8)],
        ['West', '', 1, 2],
        ['West', 'Variance', 1, 2],
      ]),
    );
    const m = r.model!;
    expect(m.lines.map((l) => l.key)).toEqual([['East'], ['East (2)']]);
    expect(vals(m.lines[0], 'actual')).toEqual([90, 80]);
    expect(vals(m.lines[1], 'budget')).toEqual([7, 8]);
    expect(vals(m.lines[1], 'actual')).toEqual([null, null]);
    expect(codes(r).sort()).toEqual(['BLANK_BUDGET@D2', 'DUPLICATE_KEY@A5', 'ROW_WITHOUT_MEASURE@B7', 'SKIPPED_TOTAL_ROW@A6'].sort());
  });

  test('a sheet whose headers name measures is still read as wide, not stacked', () => {
    const m = detectBudget(buildGrid([['Region', 'Type', 'Jan-26 Budget', 'Jan-26 Actual'], ['East', 'Budget', 1, 2], ['West', 'Actual', 3, 4]])).model!;
    expect(m.layout).toBe('wide-paired');
    expect(m.lines.length).toBe(2);
  });
});
