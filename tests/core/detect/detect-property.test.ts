/**
 * Property test: random grids (text, numbers, errors, blanks, dates, formulas, merged areas,
 * offsets) never make detection throw; every problem points at a cell inside the grid and
 * every line value comes from a cell that exists in the grid.
 */
import fc from 'fast-check';
import { parseA1 } from '../../../src/core/a1';
import { detectBudgetStrict, detectWorkbookStrict } from '../../../src/core/detect';
import type { Grid } from '../../../src/core/grid';
import { buildGrid, type CellSpec } from '../../support/grid-builder';
import { cellAddress, evalSumifs } from './source-address';

const headerWords = [
  'Jan-26 Budget', 'Jan-26 Actual', 'Feb-26 Budget', 'Feb-26 Actual', 'Budget', 'Actual', '预算', '实际', '1月', 'Q1',
  '2026-03 Actual', 'Mar 2026 Bud', 'Total', '合计', 'Region', 'Type', 'Jan', 'Forecast', 'FY2026', '单位：万元', 'in thousands',
  'Subtotal', 'Expense', '费用', '2026年1月', '第一季度目标', 'Row', '', ' ', '#N/A', '1,234', '(5)', '12%', 'Note: x',
  // stacked, long tables and CRM exports
  'Measure', 'Scenario', 'Target', '目标', '完成', 'Date', 'Close Date', 'Amount', 'Owner', 'Customer', 'Product', '金额', '负责人', '成交日期', '2026-01',
];

const cellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom(...headerWords) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.double({ noNaN: false, min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 18000, max: 80000 }).map((v) => ({ v, nf: 'mmm-yy' })) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!').map((v) => ({ v, t: 'Error' as const })) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('A', 'B', 'C', 'D', 'Z'), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }))
      .map(([c, a, b]) => ({ v: 1, f: `=SUM(${c}${a}:${c}${b})` })),
  },
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cellArb, { maxLength: 10 }), { minLength: 1, maxLength: 14 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 20 }), col: fc.integer({ min: 0, max: 5 }) }),
    merged: fc.array(
      fc.record({
        row: fc.integer({ min: -2, max: 30 }),
        col: fc.integer({ min: -2, max: 15 }),
        rowCount: fc.integer({ min: 0, max: 5 }),
        colCount: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 4 },
    ),
    noValueTypes: fc.boolean(),
    jagged: fc.boolean(),
    sheet: fc.constantFrom('Budget', "O'Brien Sales", '预算表'),
  })
  .map(({ rows, origin, merged, noValueTypes, jagged, sheet }) => {
    // Make sure a non-empty row exists so the grid has at least one column.
    const fixed = rows.map((r) => (r.length ? r : ['']));
    const g = buildGrid(fixed, { origin, merged, noValueTypes, sheet });
    // Some hosts may hand over ragged rows: drop trailing empty values (formulas/formats keep their width).
    if (jagged) g.values = g.values.map((r) => { const out = r.slice(); while (out.length > 1 && out[out.length - 1] === '') out.pop(); return out; });
    return g;
  });

function inside(g: Grid, a1: string): boolean {
  const p = parseA1(a1);
  const rows = g.values.length;
  const cols = g.values.reduce((m, r) => Math.max(m, r.length), 0);
  return p.row >= g.origin.row && p.row < g.origin.row + rows && p.col >= g.origin.col && p.col < g.origin.col + cols;
}

test('random grids: no throw, problems inside the grid, sources exist', () => {
  fc.assert(
    fc.property(gridArb, fc.option(fc.constantFrom('2026-01', '2026-02', '2030-12', 'junk'), { nil: undefined }), (g, asOf) => {
      const r = detectBudgetStrict(g, { asOf, defaultYear: 2026 });
      for (const p of r.problems) {
        expect(p.sheet).toBe(g.sheet);
        expect(inside(g, p.cell)).toBe(true);
        expect(p.message.length).toBeGreaterThan(0);
        expect(p.messageZh.length).toBeGreaterThan(0);
      }
      if (r.model) {
        const m = r.model;
        expect(m.periods.length).toBeGreaterThan(0);
        for (const l of m.lines) {
          expect(l.budget.length).toBe(m.periods.length);
          expect(l.actual.length).toBe(m.periods.length);
          expect(l.key.length).toBe(Math.max(1, m.dimensions.length));
          for (const v of [...l.budget, ...l.actual]) {
            if (!v) continue;
            expect(v.source.sheet).toBe(g.sheet);
            if (v.source.kind === 'sumifs') {
              // A long table: the ranges start inside the grid and the value is what SUMIFS gives.
              expect(inside(g, v.source.sumRange.replace(/\$/g, '').split(':')[0])).toBe(true);
              expect(v.value).toBe(evalSumifs(g, v.source));
              continue;
            }
            expect(inside(g, cellAddress(v)!)).toBe(true);
            const p = parseA1(cellAddress(v)!);
            const raw = g.values[p.row - g.origin.row][p.col - g.origin.col];
            // The value is the cell's number, or null for anything that is not a finite number.
            expect(v.value).toBe(typeof raw === 'number' && Number.isFinite(raw) ? raw : null);
          }
        }
        if (m.asOf !== null) expect(m.periods.map((p) => p.key)).toContain(m.asOf);
      } else {
        expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
      }
    }),
    { numRuns: 2500 },
  );
});

test('a structured budget with random noise in its body still reads every keyed row', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('East', 'West', ''), cellArb, cellArb), { minLength: 1, maxLength: 20 }), (body) => {
      const rows: CellSpec[][] = [['Region', 'Jan-26 Budget', 'Jan-26 Actual'], ...body.map(([k, b, a]) => [k, b, a])];
      const r = detectBudgetStrict(buildGrid(rows));
      for (const p of r.problems) expect(inside(buildGrid(rows), p.cell)).toBe(true);
      const lineRows = new Set((r.model?.lines ?? []).map((l) => l.row));
      for (const l of r.model?.lines ?? []) {
        expect(cellAddress(l.budget[0])).toBe(`B${l.row + 1}`);
        expect(cellAddress(l.actual[0])).toBe(`C${l.row + 1}`);
      }
      // A keyed row holding a plain number (no formula anywhere in it) is always a line,
      // unless reading stopped above it at a second table.
      const ended = r.problems.find((p) => p.code === 'TABLE_ENDED');
      const endRow = ended ? Number(/\d+/.exec(ended.cell)![0]) - 1 : Infinity;
      body.forEach(([k, b, a], i) => {
        if (i + 1 >= endRow) return;
        const plainNumber = (x: CellSpec) => typeof x === 'number';
        const formula = (x: CellSpec) => typeof x === 'object' && x !== null && x.f !== undefined;
        if (k !== '' && (plainNumber(b) || plainNumber(a)) && !formula(b) && !formula(a)) expect(lineRows.has(i + 1)).toBe(true);
      });
    }),
    { numRuns: 500 },
  );
});

test('random workbooks (two or three sheets named like budget / actuals / exports): detectWorkbook never throws, and every value comes from the sheet it names', () => {
  const names = ['Budget', 'Actuals', '预算', '实际', 'Deals', 'Notes'];
  fc.assert(
    fc.property(fc.array(gridArb, { minLength: 2, maxLength: 3 }), fc.shuffledSubarray(names, { minLength: 3, maxLength: 3 }), (grids, sheetNames) => {
      grids.forEach((g, i) => (g.sheet = sheetNames[i]));
      const bySheet = new Map(grids.map((g) => [g.sheet, g]));
      const r = detectWorkbookStrict(grids, { defaultYear: 2026 });
      for (const p of r.problems) {
        const g = bySheet.get(p.sheet);
        if (p.code === 'NO_BUDGET_SHEET' || p.code === 'LAYOUT_UNRECOGNISED') continue;
        expect(g).toBeDefined();
        expect(inside(g!, p.cell)).toBe(true);
      }
      for (const l of r.model?.lines ?? []) {
        expect(l.budget.length).toBe(r.model!.periods.length);
        for (const v of [...l.budget, ...l.actual]) {
          if (!v) continue;
          const g = bySheet.get(v.source.sheet)!;
          expect(g).toBeDefined();
          if (v.source.kind === 'sumifs') expect(v.value).toBe(evalSumifs(g, v.source));
          else {
            expect(inside(g, v.source.address)).toBe(true);
            const p = parseA1(v.source.address);
            const raw = g.values[p.row - g.origin.row][p.col - g.origin.col];
            expect(v.value).toBe(typeof raw === 'number' && Number.isFinite(raw) ? raw : null);
          }
        }
      }
    }),
    { numRuns: 800 },
  );
});
