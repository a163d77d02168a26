/** Test helpers: look cells up in a SheetPlan, and "render" a plan to a Grid as a host would read it back. */
import { parseA1, toA1 } from '../../../src/core/a1';
import type { CellValue, Grid } from '../../../src/core/grid';
import type { FormulaCell, PlanCell, SheetPlan } from '../../../src/core/plan/types';

export function cellAt(sheet: SheetPlan, a1: string): PlanCell {
  const p = parseA1(a1);
  for (const b of sheet.blocks) {
    const o = parseA1(b.at);
    const row = b.cells[p.row - o.row];
    if (row && p.col - o.col >= 0 && p.col - o.col < row.length) return row[p.col - o.col];
  }
  return null;
}

export function allCells(sheet: SheetPlan): { a1: string; cell: NonNullable<PlanCell> }[] {
  const out: { a1: string; cell: NonNullable<PlanCell> }[] = [];
  for (const b of sheet.blocks) {
    const o = parseA1(b.at);
    b.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (cell) out.push({ a1: toA1(o.row + r, o.col + c), cell });
    }));
  }
  return out;
}

export function formulaCells(sheet: SheetPlan): { a1: string; cell: FormulaCell }[] {
  return allCells(sheet).filter((x): x is { a1: string; cell: FormulaCell } => x.cell.kind === 'formula');
}

export function formulaAt(sheet: SheetPlan, a1: string): FormulaCell {
  const c = cellAt(sheet, a1);
  if (!c || c.kind !== 'formula') throw new Error(`${a1} is not a formula cell: ${JSON.stringify(c)}`);
  return c;
}

/** What a host would read back after writing the sheet: values, and formula results. */
export function sheetToGrid(sheet: SheetPlan, edits: Record<string, CellValue> = {}): Grid {
  const values: CellValue[][] = [];
  for (const { a1, cell } of allCells(sheet)) {
    const p = parseA1(a1);
    while (values.length <= p.row) values.push([]);
    const v = cell.kind === 'formula' ? cell.result : cell.value;
    values[p.row][p.col] = v === null ? '' : v;
  }
  for (const [a1, v] of Object.entries(edits)) {
    const p = parseA1(a1);
    while (values.length <= p.row) values.push([]);
    values[p.row][p.col] = v;
  }
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  const rect = values.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? '' : r[c])));
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: rect,
    formulas: rect.map((r) => [...r]),
    numberFormats: rect.map((r) => r.map(() => 'General')),
  };
}
