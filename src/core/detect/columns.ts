/**
 * Column classification below a found header: the Budget / Actual column of every period
 * (wide-paired or wide-blocks), with the dimension and line-type columns from dimensions.ts.
 */
import type { LayoutKind, Period } from '../model';
import { comparePeriods } from '../periods/period';
import { resolvePeriod } from '../periods/parse';
import { problem, type Problem } from '../problems';
import { findDimensions, type LocalColumn } from './dimensions';
import type { HeaderLocation } from './find-header';
import type { HeaderCell, Measure } from './header-text';
import { measureFor, yearAbove } from './labels-above';
import type { SheetView } from './sheet-view';

export { isCostType, type LocalColumn } from './dimensions';

export interface PeriodColumn {
  col: number;
  period: Period;
}

export interface ColumnLayout {
  dimensions: LocalColumn[];
  typeColumn: LocalColumn | null;
  /** Sorted by period; one column per period at most. */
  budget: PeriodColumn[];
  actual: PeriodColumn[];
  periods: Period[];
  layout: LayoutKind;
  /** Local column extent of the table. */
  firstCol: number;
  lastCol: number;
}

export interface ColumnContext {
  /** Year named in a title above the header, if any. */
  titleYear: number | null;
  /** Caller's fallback year for yearless headers. */
  defaultYear?: number;
  /**
   * The measure of period columns whose header names none: a budget sheet and an actuals sheet
   * of a pair, or the value columns of stacked rows (read as 'budget', then split by row).
   * With it, a sheet of actuals only is read (no budget columns) and a sheet of budgets only
   * does not report MISSING_ACTUAL_COLUMN.
   */
  defaultMeasure?: 'budget' | 'actual';
}

interface Candidate {
  col: number;
  period: Period;
  measure: 'budget' | 'actual';
}

/** Keeps the first column of each period, reporting repeats and out-of-order periods. */
function dedupe(view: SheetView, headerRow: number, cands: Candidate[], problems: Problem[]): PeriodColumn[] {
  const seen = new Map<string, number>();
  const kept: PeriodColumn[] = [];
  let prev: Period | null = null;
  let outOfOrderReported = false;
  for (const cand of cands) {
    const cell = view.a1(headerRow, cand.col);
    if (seen.has(cand.period.key)) {
      problems.push(problem('PERIOD_REPEATED', view.sheet, cell, { period: cand.period.key }));
      continue;
    }
    if (prev && comparePeriods(cand.period, prev) < 0 && !outOfOrderReported) {
      problems.push(problem('PERIOD_OUT_OF_ORDER', view.sheet, cell, { period: cand.period.key }));
      outOfOrderReported = true;
    }
    seen.set(cand.period.key, cand.col);
    kept.push({ col: cand.col, period: cand.period });
    prev = cand.period;
  }
  return kept.sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * Classifies the columns. Returns null (with a problem) when no Budget columns are found.
 * dataRows are the local rows below the header, used to tell text columns from number columns.
 */
export function classifyColumns(
  view: SheetView,
  header: HeaderLocation,
  dataRows: readonly number[],
  ctx: ColumnContext,
  problems: Problem[],
): ColumnLayout | null {
  const cells: HeaderCell[] = header.cells;
  const periodCols: number[] = [];
  for (let c = 0; c < cells.length; c++) if (cells[c].parts && !cells[c].total) periodCols.push(c);
  const firstPeriodCol = periodCols[0];

  // Years for headers that omit them: a year written above the column ("2026" over a block),
  // else the title's (or the first explicit one, or the caller's), counting on by one each time
  // the months of one measure wrap around (Apr..Dec, Jan..Mar; or Jan..Dec, Jan..Dec).
  let explicitYear: number | null = null;
  let firstYearless = -1;
  for (const c of periodCols) {
    const p = cells[c].parts;
    if (!p) continue;
    if (p.year !== null && explicitYear === null) explicitYear = p.year;
    if (p.year === null && firstYearless < 0) firstYearless = c;
  }
  let defaultYear: number | undefined = firstYearless >= 0 ? ctx.titleYear ?? explicitYear ?? ctx.defaultYear : undefined;
  /** The default year, assumed (and reported once) when nothing on the sheet names one. */
  const yearFor = (c: number): number => {
    if (defaultYear === undefined) {
      defaultYear = new Date().getUTCFullYear();
      problems.push(problem('YEAR_ASSUMED', view.sheet, view.a1(header.row, c), { year: defaultYear }));
    }
    return defaultYear;
  };

  const budgetC: Candidate[] = [];
  const targetC: Candidate[] = [];
  const actualC: Candidate[] = [];
  let fromLabelRow = false;
  let anyMonth = false;
  const resolved: { col: number; period: Period; measure: Measure | null }[] = [];
  const sequences = new Map<string, { year: number; index: number }>();
  for (const c of periodCols) {
    const parts = cells[c].parts;
    if (!parts) continue;
    const m = measureFor(view, header, c, firstPeriodCol);
    let period: Period | null;
    if (parts.year !== null) period = resolvePeriod(parts, cells[c].label);
    else {
      const above = yearAbove(view, header.row, c, firstPeriodCol);
      const seqId = `${m.measure}|${parts.kind}|${above ?? ''}`;
      const index = parts.kind === 'month' ? parts.month : parts.quarter;
      const seq = sequences.get(seqId);
      let year = above ?? yearFor(c);
      if (seq) year = index <= seq.index ? seq.year + 1 : seq.year;
      sequences.set(seqId, { year, index });
      period = resolvePeriod(parts, cells[c].label, { defaultYear: year });
    }
    if (!period) continue;
    if (m.fromLabelRow && m.measure) fromLabelRow = true;
    resolved.push({ col: c, period, measure: m.measure ?? ctx.defaultMeasure ?? null });
    const measure = m.measure ?? ctx.defaultMeasure ?? null;
    if (period.kind === 'month' && measure !== null && measure !== 'forecast' && measure !== 'other') anyMonth = true;
  }
  for (const r of resolved) {
    if (anyMonth && r.period.kind === 'quarter') continue; // quarter subtotals between months
    const cand = { col: r.col, period: r.period };
    if (r.measure === 'budget') budgetC.push({ ...cand, measure: 'budget' });
    else if (r.measure === 'target') targetC.push({ ...cand, measure: 'budget' });
    else if (r.measure === 'actual') actualC.push({ ...cand, measure: 'actual' });
  }
  const budgetCands = budgetC.length ? budgetC : targetC;
  if (budgetCands.length === 0 && !(ctx.defaultMeasure === 'actual' && actualC.length > 0)) {
    problems.push(problem('NO_BUDGET_COLUMNS', view.sheet, view.a1(header.row, firstPeriodCol)));
    return null;
  }
  const budget = dedupe(view, header.row, budgetCands, problems);
  const actual = dedupe(view, header.row, actualC, problems);

  const actualKeys = new Set(actual.map((a) => a.period.key));
  for (const b of ctx.defaultMeasure === undefined ? budget : []) {
    if (!actualKeys.has(b.period.key)) problems.push(problem('MISSING_ACTUAL_COLUMN', view.sheet, view.a1(header.row, b.col), { period: b.period.key }));
  }
  const byKey = new Map<string, Period>();
  for (const p of [...budget, ...actual]) if (!byKey.has(p.period.key)) byKey.set(p.period.key, p.period);
  const periods = [...byKey.values()].sort(comparePeriods);

  const maxBudgetCol = budget.length ? Math.max(...budget.map((b) => b.col)) : -Infinity;
  const minActualCol = actual.length ? Math.min(...actual.map((a) => a.col)) : Infinity;
  const layout: LayoutKind = fromLabelRow || (budget.length > 1 && actual.length > 1 && maxBudgetCol < minActualCol) ? 'wide-blocks' : 'wide-paired';

  const { dimensions, typeColumn } = findDimensions(view, header, firstPeriodCol, dataRows);

  const usedCols = [...budget.map((b) => b.col), ...actual.map((a) => a.col), ...dimensions.map((d) => d.col)];
  if (typeColumn) usedCols.push(typeColumn.col);
  return {
    dimensions,
    typeColumn,
    budget,
    actual,
    periods,
    layout,
    firstCol: Math.min(...usedCols),
    lastCol: Math.max(...usedCols),
  };
}
