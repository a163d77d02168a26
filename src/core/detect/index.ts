/**
 * detectBudget: Grid -> BudgetModel + problems, for the wide layouts (a Budget and an Actual
 * column per period, paired or in blocks). Steps, each in its own module:
 *   find-header (which row names the periods) -> notes (title year, unit) ->
 *   columns (dimensions, type column, budget/actual per period) -> lines (keys, values,
 *   totals, duplicates) -> as-of.
 * Other layouts (stacked measures, separate sheets, long tables) plug in beside this path.
 */
import { rangeA1, toA1 } from '../a1';
import type { BudgetModel, DetectResult } from '../model';
import { problem, type Problem } from '../problems';
import { resolveAsOf } from './as-of';
import { classifyColumns } from './columns';
import { findHeader } from './find-header';
import { readLines } from './lines';
import { unitInText, yearInText } from './notes';
import { SheetView } from './sheet-view';
import type { Grid } from '../grid';

export interface DetectOptions {
  /** "YYYY-MM" (or "YYYY-Qn" for quarterly sheets); default: the last period with any actual. */
  asOf?: string;
  /** Year for yearless headers ("Jan", "1月") when no title names one. Default: the current year, with a YEAR_ASSUMED warning. */
  defaultYear?: number;
}

function titleYear(view: SheetView, headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < view.cols; c++) {
      const v = view.value(r, c);
      if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= 1950 && v <= 2100 && view.format(r, c).toLowerCase().includes('general')) return v;
        continue;
      }
      if (typeof v !== 'string' || v.trim() === '') continue;
      const y = yearInText(v);
      if (y !== null) return y;
    }
  }
  return null;
}

/** Unit notes above the header, in the header row and below the last line; MIXED_UNITS when they disagree. */
function findUnit(view: SheetView, headerRow: number, lastRow: number, problems: Problem[]): string | null {
  const rows: number[] = [];
  for (let r = 0; r <= headerRow && r < view.rows; r++) rows.push(r);
  for (let r = Math.max(lastRow + 1, headerRow + 1); r < view.rows; r++) rows.push(r);
  const found: { unit: string; cell: string }[] = [];
  for (const r of rows) {
    for (let c = 0; c < view.cols; c++) {
      const v = view.value(r, c);
      if (typeof v !== 'string' || v.trim() === '') continue;
      const u = unitInText(v);
      if (u && !found.some((f) => f.unit === u)) found.push({ unit: u, cell: view.a1(r, c) });
    }
  }
  if (found.length > 1) {
    problems.push(problem('MIXED_UNITS', view.sheet, found[1].cell, { units: found.map((f) => f.unit).join(', ') }));
  }
  return found.length ? found[0].unit : null;
}

/** detectBudget without the safety net: throws on a bug. Tests use it to find such bugs. */
export function detectBudgetStrict(grid: Grid, options: DetectOptions = {}): DetectResult {
  const view = new SheetView(grid);
  const problems: Problem[] = [];
  const topLeft = view.a1(0, 0);
  if (view.rows === 0 || view.cols === 0) {
    problems.push(problem('NO_HEADER', view.sheet, topLeft));
    return { model: null, problems };
  }
  const header = findHeader(view);
  if (!header) {
    problems.push(problem('NO_HEADER', view.sheet, topLeft));
    return { model: null, problems };
  }
  const dataRows: number[] = [];
  for (let r = header.dataStart; r < view.rows; r++) dataRows.push(r);
  const cols = classifyColumns(view, header, dataRows, { titleYear: titleYear(view, header.row), defaultYear: options.defaultYear }, problems);
  if (!cols) return { model: null, problems };

  const { lines, lastRow } = readLines(view, cols, header.dataStart, problems, header.row);
  const headerCell = view.a1(header.row, cols.firstCol);
  if (lines.length === 0) {
    problems.push(problem('NO_LINES', view.sheet, headerCell));
    return { model: null, problems };
  }
  const unit = findUnit(view, header.row, lastRow, problems);
  const asOf = resolveAsOf(options.asOf, cols.periods, lines, view.sheet, headerCell, problems);
  const model: BudgetModel = {
    source: {
      sheet: view.sheet,
      range: rangeA1(view.absRow(header.row), view.absCol(cols.firstCol), lastRow - header.row + 1, cols.lastCol - cols.firstCol + 1),
    },
    layout: cols.layout,
    unit,
    dimensions: cols.dimensions.map((d) => ({ name: d.name, col: view.absCol(d.col) })),
    typeColumn: cols.typeColumn ? { name: cols.typeColumn.name, col: view.absCol(cols.typeColumn.col) } : null,
    periods: cols.periods,
    asOf,
    lines,
  };
  return { model, problems };
}

/**
 * Reads a budget from a grid. Never throws: an unexpected failure is reported as
 * LAYOUT_UNRECOGNISED with model null.
 */
export function detectBudget(grid: Grid, options: DetectOptions = {}): DetectResult {
  try {
    return detectBudgetStrict(grid, options);
  } catch (e) {
    const sheet = typeof grid?.sheet === 'string' ? grid.sheet : '';
    const detail = e instanceof Error ? e.message : String(e);
    const row = grid?.origin?.row;
    const col = grid?.origin?.col;
    const cell = Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 ? toA1(row, col) : 'A1';
    return { model: null, problems: [problem('LAYOUT_UNRECOGNISED', sheet, cell, { detail: `internal error (${detail}); please report it with the sheet.` })] };
  }
}

export { parseNumberText } from './values';
export { isTotalLabel, isSumOverAbove } from './totals';
export { unitInText, yearInText } from './notes';
export { isCostType } from './columns';
