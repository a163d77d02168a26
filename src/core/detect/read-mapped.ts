/**
 * Reading a sheet the way a Mapping says (the user confirmed or corrected it): the header row,
 * dimension, type and measure columns and each period's columns are taken from the mapping,
 * not detected. checkMapping says what no longer fits when the sheet has changed since.
 */
import type { Grid } from '../grid';
import type { BudgetModel, DetectResult, Mapping, Period } from '../model';
import { parsePeriodKey, makeMonth, makeQuarter } from '../periods/period';
import { normalizeText } from '../periods/text';
import { problem, type Problem } from '../problems';
import { resolveAsOf } from './as-of';
import type { ColumnLayout, LocalColumn, PeriodColumn } from './columns';
import type { HeaderLocation } from './find-header';
import { readLines } from './lines';
import { readLongLayout } from './long';
import { findLongTable } from './long-table';
import { buildMapping } from './mapping';
import { findUnit } from './notes';
import type { DetectOptions } from './options';
import { SheetView } from './sheet-view';
import { readStackedLayout } from './stacked';
import { rangeA1, toA1 } from '../a1';

function periodOf(key: string, label: string): Period | null {
  const p = parsePeriodKey(key);
  if (!p) return null;
  return p.kind === 'month' ? makeMonth(p.year, p.month, label) : makeQuarter(p.year, p.month, label);
}

function local(view: SheetView, name: string, absCol: number): LocalColumn | null {
  const c = absCol - view.originCol;
  return c >= 0 && c < view.cols ? { name, col: c } : null;
}

/** Reads the grid as the mapping says. null when the mapping's rows or columns lie outside the grid. */
export function readWithMapping(view: SheetView, mapping: Mapping, options: DetectOptions): DetectResult | null {
  const headerRow = mapping.headerRow - view.originRow;
  const dataStart = Math.max(headerRow + 1, mapping.firstDataRow - view.originRow);
  if (headerRow < 0 || headerRow >= view.rows) return null;
  const dims = mapping.dimensions.map((d) => local(view, d.name, d.col)).filter((d): d is LocalColumn => d !== null);
  const typeColumn = mapping.typeColumn ? local(view, mapping.typeColumn.name, mapping.typeColumn.col) : null;

  if (mapping.layout === 'long') {
    const t = findLongTable(view, headerRow);
    if (!t || !mapping.long) return null;
    const date = local(view, mapping.long.dateColumn.name, mapping.long.dateColumn.col);
    const amount = local(view, mapping.long.amountColumn.name, mapping.long.amountColumn.col);
    if (!date || !amount) return null;
    const scenario = mapping.measureColumn ? local(view, mapping.measureColumn.name, mapping.measureColumn.col) : null;
    const numbers = t.rows.slice(0, 200).filter((r) => typeof view.value(r, date.col) === 'number').length;
    const dateMode = numbers * 2 >= Math.min(200, t.rows.length) ? 'date' : 'text';
    return readLongLayout(view, options, { ...t, dateCol: date, dateMode, amountCol: amount, scenarioCol: scenario, typeCol: typeColumn, dims, periodCache: new Map(), rangeCache: new Map() });
  }

  const budget: PeriodColumn[] = [];
  const actual: PeriodColumn[] = [];
  const periods: Period[] = [];
  for (const mp of mapping.periods) {
    const period = periodOf(mp.key, mp.label);
    if (!period) continue;
    periods.push(period);
    if (mp.budgetCol !== null && mp.budgetCol - view.originCol >= 0) budget.push({ col: mp.budgetCol - view.originCol, period });
    // On separate sheets the actual columns are on the other sheet.
    if (mp.actualCol !== null && mapping.layout !== 'separate' && mapping.layout !== 'crm') actual.push({ col: mp.actualCol - view.originCol, period });
  }
  const used = [...budget.map((b) => b.col), ...actual.map((a) => a.col), ...dims.map((d) => d.col)];
  if (typeColumn) used.push(typeColumn.col);
  if (budget.length === 0) return null;
  const header: HeaderLocation = { row: headerRow, measureRow: dataStart > headerRow + 1 ? headerRow + 1 : null, cells: [], dataStart };

  if (mapping.layout === 'stacked') {
    const measureCol = mapping.measureColumn ? local(view, mapping.measureColumn.name, mapping.measureColumn.col) : null;
    if (!measureCol) return null;
    used.push(measureCol.col);
    const cols: ColumnLayout = { dimensions: dims, typeColumn, budget, actual: [], periods, layout: 'stacked', firstCol: Math.min(...used), lastCol: Math.max(...used) };
    return readStackedLayout(view, options, { header, columns: { cols, measureCol, dimensions: dims } });
  }

  const layout = mapping.layout === 'wide-blocks' ? 'wide-blocks' : 'wide-paired';
  const cols: ColumnLayout = { dimensions: dims, typeColumn, budget, actual, periods, layout, firstCol: Math.min(...used), lastCol: Math.max(...used) };
  const problems: Problem[] = [];
  const { lines, lastRow } = readLines(view, cols, dataStart, problems, headerRow);
  const headerCell = view.a1(headerRow, cols.firstCol);
  if (lines.length === 0) {
    problems.push(problem('NO_LINES', view.sheet, headerCell));
    return { model: null, problems };
  }
  const unit = findUnit(view, headerRow, lastRow, problems);
  const asOf = resolveAsOf(options.asOf, periods, lines, view.sheet, headerCell, problems);
  const model: BudgetModel = {
    source: { sheet: view.sheet, range: rangeA1(view.absRow(headerRow), view.absCol(cols.firstCol), lastRow - headerRow + 1, cols.lastCol - cols.firstCol + 1) },
    layout,
    unit,
    dimensions: dims.map((d) => ({ name: d.name, col: view.absCol(d.col) })),
    typeColumn: typeColumn ? { name: typeColumn.name, col: view.absCol(typeColumn.col) } : null,
    periods,
    asOf,
    lines,
  };
  model.mapping = { ...buildMapping(view, model, problems, { headerRow, dataStart, chosen: true }), confidence: 1, reason: 'as confirmed' };
  return { model, problems };
}

function same(a: string | null, b: string): boolean {
  return normalizeText(a ?? '') === normalizeText(b);
}

/**
 * What no longer fits: header cells whose text changed (MAPPING_COLUMN_CHANGED), or, when most
 * of them did, a header that moved (MAPPING_HEADER_MOVED); periods named on the header row
 * that the mapping does not include (MAPPING_NEW_PERIOD). [] when the mapping still fits.
 * Only the cells of `grid`'s sheet are checked (call it once per sheet of the mapping).
 */
export function checkMappingWith(grid: Grid, mapping: Mapping, detect: (g: Grid, o: DetectOptions) => DetectResult): Problem[] {
  const view = new SheetView(grid);
  const isMain = grid.sheet === mapping.sheet;
  const isLong = mapping.long?.sheet === grid.sheet;
  const headerRow = isMain ? mapping.headerRow : isLong ? mapping.long!.headerRow : mapping.actualSheet?.sheet === grid.sheet ? mapping.actualSheet.headerRow : -1;
  if (headerRow < 0) return [];
  const r = headerRow - view.originRow;
  const expected: { col: number; text: string }[] = [];
  if (isMain) {
    for (const d of mapping.dimensions) if (!/^Column [A-Z]+$/.test(d.name)) expected.push({ col: d.col, text: d.name });
    if (mapping.typeColumn) expected.push({ col: mapping.typeColumn.col, text: mapping.typeColumn.name });
    if (mapping.measureColumn && mapping.layout !== 'long') expected.push({ col: mapping.measureColumn.col, text: mapping.measureColumn.name });
    for (const p of mapping.periods) {
      if (p.budgetCol !== null && p.budgetHeader !== null) expected.push({ col: p.budgetCol, text: p.budgetHeader });
      if (p.actualCol !== null && p.actualHeader !== null && mapping.layout !== 'separate') expected.push({ col: p.actualCol, text: p.actualHeader });
    }
  } else if (mapping.actualSheet?.sheet === grid.sheet && mapping.layout === 'separate') {
    for (const p of mapping.periods) if (p.actualCol !== null && p.actualHeader !== null) expected.push({ col: p.actualCol, text: p.actualHeader });
  }
  if (isLong && mapping.long) {
    expected.push({ col: mapping.long.dateColumn.col, text: mapping.long.dateColumn.name }, { col: mapping.long.amountColumn.col, text: mapping.long.amountColumn.name });
    if (mapping.layout === 'long' && mapping.measureColumn) expected.push({ col: mapping.measureColumn.col, text: mapping.measureColumn.name });
  }
  const changed = expected.filter((e) => !same(view.text(r, e.col - view.originCol), e.text));
  const firstCol = Math.min(...expected.map((e) => e.col), Infinity);
  const headerCell = toA1(headerRow, Number.isFinite(firstCol) ? firstCol : view.originCol);
  if (expected.length > 0 && changed.length * 2 > expected.length) {
    return [problem('MAPPING_HEADER_MOVED', grid.sheet, headerCell, { row: headerRow + 1 })];
  }
  const out: Problem[] = changed.map((e) => problem('MAPPING_COLUMN_CHANGED', grid.sheet, toA1(headerRow, e.col), { expected: e.text, actual: view.text(r, e.col - view.originCol) }));
  // New periods: read the sheet afresh at the same header row and compare the period keys.
  if (isMain && mapping.layout !== 'long') {
    const fresh = detect(grid, { headerRow });
    const known = new Set(mapping.periods.map((p) => p.key));
    for (const p of fresh.model?.mapping?.periods ?? []) {
      if (known.has(p.key)) continue;
      const col = p.budgetCol ?? p.actualCol;
      out.push(problem('MAPPING_NEW_PERIOD', grid.sheet, col !== null ? toA1(headerRow, col) : headerCell, { period: p.key }));
    }
  }
  return out;
}
