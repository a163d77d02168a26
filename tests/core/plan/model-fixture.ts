/**
 * Hand-built BudgetModels for the variance and plan tests (detection is not needed).
 * makeModel lays lines out like a wide-paired budget sheet: key columns from A, then per
 * period a Budget and an Actual column, header on row 1, lines from row 2.
 */
import { toA1 } from '../../../src/core/a1';
import type { BudgetLine, BudgetModel, LineType, Period, SourceValue } from '../../../src/core/model';

export interface LineSpec {
  key: string[];
  type?: LineType;
  /** undefined: no source cell for that period; null: blank/text/error cell. */
  budget: (number | null | undefined)[];
  actual: (number | null | undefined)[];
}

export function monthPeriods(year: number, firstMonth: number, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => {
    const idx = year * 12 + firstMonth - 1 + i;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    return { key: `${y}-${String(m).padStart(2, '0')}`, kind: 'month' as const, year: y, month: m, label: `${y}-${m}` };
  });
}

export function makeModel(opts: {
  sheet?: string;
  periods: Period[];
  dims?: string[];
  lines: LineSpec[];
  asOf?: string | null;
  unit?: string | null;
}): BudgetModel {
  const sheet = opts.sheet ?? 'Budget';
  const dims = opts.dims ?? ['Region', 'Product'];
  const firstValueCol = dims.length;
  const lines: BudgetLine[] = opts.lines.map((spec, i) => {
    const row = i + 1; // 0-based: header on row 0
    const cell = (v: number | null | undefined, col: number): SourceValue | null =>
      v === undefined ? null : { source: { kind: 'cell', sheet, address: toA1(row, col) }, value: v };
    return {
      key: spec.key,
      type: spec.type ?? 'revenue',
      row,
      budget: opts.periods.map((_, p) => cell(spec.budget[p], firstValueCol + 2 * p)),
      actual: opts.periods.map((_, p) => cell(spec.actual[p], firstValueCol + 2 * p + 1)),
    };
  });
  const lastCol = firstValueCol + 2 * opts.periods.length - 1;
  return {
    source: { sheet, range: `A1:${toA1(opts.lines.length, Math.max(lastCol, 0))}` },
    layout: 'wide-paired',
    unit: opts.unit ?? null,
    dimensions: dims.map((name, col) => ({ name, col })),
    typeColumn: null,
    periods: opts.periods,
    asOf: opts.asOf === undefined ? null : opts.asOf,
    lines,
  };
}
