import { checkMapping, detectBudget, detectWorkbook } from '../../../src/core/detect';
import type { BudgetLine, DetectResult, Mapping } from '../../../src/core/model';
import { buildGrid, date } from '../../support/grid-builder';
import { cellAddress } from './source-address';

const codes = (ps: DetectResult['problems']) => ps.map((p) => `${p.code}@${p.cell}`).sort();
const addr = (l: BudgetLine, m: 'budget' | 'actual') => l[m].map(cellAddress);

const wide = () =>
  buildGrid([
    ['FY2026 Sales Budget'],
    ['Region', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual'],
    ['East', 'Ann', 10, 11, 12, ''],
    ['West', 'Bob', 20, 19, 22, ''],
  ]);

describe('the mapping returned with the model', () => {
  test('wide: header row, dimensions and each period\'s columns, with confidences and reasons', () => {
    const m = detectBudget(wide()).model!;
    const map = m.mapping!;
    expect(map.layout).toBe('wide-paired');
    expect(map.sheet).toBe('Budget');
    expect(map.headerRow).toBe(1);
    expect(map.firstDataRow).toBe(2);
    expect(map.dimensions.map((d) => [d.name, d.col, d.confidence])).toEqual([
      ['Region', 0, 0.9],
      ['Rep', 1, 0.9],
    ]);
    expect(map.periods.map((p) => [p.key, p.budgetCol, p.actualCol, p.budgetHeader, p.actualHeader])).toEqual([
      ['2026-01', 2, 3, 'Jan-26 Budget', 'Jan-26 Actual'],
      ['2026-02', 4, 5, 'Feb-26 Budget', 'Feb-26 Actual'],
    ]);
    // Two periods only: the header row is less sure (0.7), and that is the lowest part.
    expect(map.confidence).toBe(0.7);
    expect(map.reason).toMatch(/header on row 2/);
  });

  test('a yearless header with no year anywhere is marked unsure (0.4), an unnamed dimension 0.5', () => {
    const m = detectBudget(buildGrid([['', 'Jan Budget', 'Jan Actual'], ['East', 1, 2]])).model!;
    expect(m.mapping!.periods[0].confidence).toBe(0.4);
    expect(m.mapping!.dimensions[0]).toMatchObject({ name: 'Column A', confidence: 0.5 });
    expect(m.mapping!.confidence).toBe(0.4);
  });

  test('stacked and long mappings name the Measure / Scenario, date and amount columns', () => {
    const s = detectBudget(buildGrid([['Rep', 'Measure', 'Jan-26', 'Feb-26', 'Mar-26'], ['Ann', 'Budget', 1, 2, 3], ['Ann', 'Actual', 1, 2, 3]])).model!;
    expect(s.mapping!.measureColumn).toMatchObject({ name: 'Measure', col: 1 });
    const l = detectBudget(
      buildGrid([
        ['Date', 'Region', 'Scenario', 'Amount'],
        [date(2026, 1, 1, 'yyyy-mm-dd'), 'East', 'Budget', 5],
      ]),
    ).model!;
    expect(l.mapping!.long).toMatchObject({ dateColumn: { name: 'Date', col: 0 }, amountColumn: { name: 'Amount', col: 3 } });
    expect(l.mapping!.measureColumn).toMatchObject({ name: 'Scenario', col: 2 });
  });
});

describe('detectBudget obeys a given mapping', () => {
  test('a corrected mapping (Rep is not a dimension; January actuals read from another column) is read as given', () => {
    const g = wide();
    const map = detectBudget(g).model!.mapping!;
    const corrected: Mapping = {
      ...map,
      dimensions: map.dimensions.filter((d) => d.name === 'Region'),
      periods: map.periods.map((p) => (p.key === '2026-01' ? { ...p, actualCol: 4, actualHeader: 'Feb-26 Budget' } : p)),
    };
    const r = detectBudget(g, { mapping: corrected });
    const m = r.model!;
    expect(m.dimensions).toEqual([{ name: 'Region', col: 0 }]);
    expect(m.lines.map((l) => l.key)).toEqual([['East'], ['West']]);
    expect(addr(m.lines[0], 'actual')).toEqual(['E3', 'F3']);
    expect(m.mapping!.confidence).toBe(1);
  });

  test('the mapping is used by detectWorkbook for a budget/actuals pair', () => {
    const b = buildGrid([['Region', '2026-01', '2026-02'], ['East', 1, 2]], { sheet: 'Budget' });
    const a = buildGrid([['Region', '2026-01', '2026-02'], ['East', 3, '']], { sheet: 'Actuals' });
    const first = detectWorkbook([b, a]).model!;
    expect(first.mapping!.layout).toBe('separate');
    expect(first.mapping!.actualSheet).toMatchObject({ sheet: 'Actuals', headerRow: 0 });
    expect(first.mapping!.periods.map((p) => [p.budgetCol, p.actualCol])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const again = detectWorkbook([b, a], { mapping: first.mapping }).model!;
    expect(again.layout).toBe('separate');
    expect(again.lines[0].actual.map((v) => v?.value ?? null)).toEqual([3, null]);
  });
});

describe('checkMapping', () => {
  const map = () => detectBudget(wide()).model!.mapping!;

  test('nothing changed: no problem', () => {
    expect(checkMapping(wide(), map())).toEqual([]);
  });

  test('a renamed column is named with its cell; new period columns are reported', () => {
    const g = buildGrid([
      ['FY2026 Sales Budget'],
      ['Area', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual', 'Mar-26 Budget', 'Mar-26 Actual'],
      ['East', 'Ann', 10, 11, 12, '', 13, ''],
    ]);
    const ps = checkMapping(g, map());
    expect(codes(ps)).toEqual(['MAPPING_COLUMN_CHANGED@A2', 'MAPPING_NEW_PERIOD@G2']);
    expect(ps[0].message).toContain('"Region"');
    expect(ps[0].messageZh).toContain('"Area"');
  });

  test('a header moved down by an inserted row is reported, and detectBudget then reads the sheet afresh', () => {
    const g = buildGrid([
      ['FY2026 Sales Budget'],
      ['Prepared by finance'],
      ['Region', 'Rep', 'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual'],
      ['East', 'Ann', 10, 11, 12, ''],
    ]);
    expect(codes(checkMapping(g, map()))).toEqual(['MAPPING_HEADER_MOVED@A2']);
    const r = detectBudget(g, { mapping: map() });
    expect(r.model!.mapping!.headerRow).toBe(2);
    expect(codes(r.problems)).toContain('MAPPING_HEADER_MOVED@A2');
  });
});
