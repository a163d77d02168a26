/**
 * detectBudget: one Grid -> BudgetModel + problems. The layouts are tried in turn: wide
 * (paired or blocks), stacked measure rows, long table / CRM export.
 */
import { toA1 } from '../a1';
import type { DetectResult } from '../model';
import { problem } from '../problems';
import type { Grid } from '../grid';
import type { DetectOptions } from './options';
import { SheetView } from './sheet-view';
import { readLongLayout } from './long';
import { readStackedLayout } from './stacked';
import { readWideLayout } from './wide';

/** detectBudget without the safety net: throws on a bug. Tests use it to find such bugs. */
export function detectBudgetStrict(grid: Grid, options: DetectOptions = {}): DetectResult {
  const view = new SheetView(grid);
  const wide = readWideLayout(view, options);
  if (wide.model) return wide;
  const stacked = readStackedLayout(view, options);
  if (stacked?.model) return stacked;
  const long = readLongLayout(view, options);
  if (long?.model) return long;
  return wide;
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

