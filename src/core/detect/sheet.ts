/**
 * detectBudget: one Grid -> BudgetModel + problems. The layouts are tried in turn: wide
 * (paired or blocks), stacked measure rows, long table / CRM export.
 */
import { parseRange, toA1 } from '../a1';
import type { DetectResult, Mapping } from '../model';
import { problem, type Problem } from '../problems';
import { isErrorValue, type Grid } from '../grid';
import type { DetectOptions } from './options';
import { SheetView } from './sheet-view';
import { readLongLayout } from './long';
import { readStackedLayout } from './stacked';
import { checkMappingWith, readWithMapping } from './read-mapped';
import { readWideLayout } from './wide';

/** The layouts in turn: wide, stacked, long. */
function readLayouts(view: SheetView, options: DetectOptions): DetectResult {
  const wide = readWideLayout(view, options);
  if (wide.model) return wide;
  const stacked = readStackedLayout(view, options);
  if (stacked?.model) return stacked;
  const long = readLongLayout(view, options);
  if (long?.model) return long;
  return wide;
}

/**
 * The header row of the grid's Excel Table (0-based absolute): the first row of tableRange
 * when the host gives it; else, for a grid with a tableName, the first row (of the first 60)
 * whose cells are all non-blank text from its first filled cell to the grid's last column
 * (Excel gives every table column a name) and that is followed by a row that is not. undefined when there is no table.
 */
export function tableHeaderRow(grid: Grid): number | undefined {
  if (grid.tableRange) {
    try {
      return parseRange(grid.tableRange).row;
    } catch {
      return undefined;
    }
  }
  if (!grid.tableName) return undefined;
  const width = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
  const allText = (r: number): boolean => {
    const row = grid.values[r] ?? [];
    const first = row.findIndex((v) => v !== '' && v !== null && v !== undefined);
    if (first < 0 || width - first < 2) return false;
    for (let c = first; c < width; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.trim() === '' || isErrorValue(v, grid.valueTypes?.[r]?.[c])) return false;
    }
    return true;
  };
  // The last of the first run of such rows: the one right above the data.
  const limit = Math.min(60, grid.values.length);
  for (let r = 0; r < limit; r++) {
    if (!allText(r)) continue;
    while (r + 1 < grid.values.length && allText(r + 1)) r++;
    return (grid.origin?.row ?? 0) + r;
  }
  return undefined;
}

/** detectBudget without the safety net: throws on a bug. Tests use it to find such bugs. */
export function detectBudgetStrict(grid: Grid, options: DetectOptions = {}): DetectResult {
  const view = new SheetView(grid);
  const mapping = options.mapping;
  if (mapping && mapping.sheet === grid.sheet) {
    // The user's reading: obeyed when it still fits the sheet; else the sheet is read afresh
    // and the problems say what changed.
    const fits = checkMapping(grid, mapping);
    const mapped = fits.some((p) => p.code === 'MAPPING_HEADER_MOVED') ? null : readWithMapping(view, mapping, options);
    if (mapped?.model) return { model: mapped.model, problems: [...fits, ...mapped.problems] };
    const { mapping: _ignored, ...rest } = options;
    const fresh = detectBudgetStrict(grid, rest);
    return { model: fresh.model, problems: [...fits, ...fresh.problems] };
  }
  // An Excel Table's header row is the header; when it reads nothing, the usual search runs.
  const tableRow = options.headerRow === undefined ? tableHeaderRow(grid) : undefined;
  if (tableRow !== undefined) {
    const r = readLayouts(view, { ...options, headerRow: tableRow });
    if (r.model) return r;
  }
  return readLayouts(view, options);
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


/**
 * What no longer fits when the sheet changed since the mapping was made: a moved header, a
 * renamed column, new period columns. [] when it still fits. Never throws.
 */
export function checkMapping(grid: Grid, mapping: Mapping): Problem[] {
  try {
    return checkMappingWith(grid, mapping, detectBudget);
  } catch {
    return [problem('MAPPING_HEADER_MOVED', grid.sheet, 'A1', { row: (mapping?.headerRow ?? 0) + 1 })];
  }
}
