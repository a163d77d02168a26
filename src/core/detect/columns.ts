/**
 * Column classification below a found header: dimension columns, the line-type column, and
 * the Budget / Actual column of every period (wide-paired or wide-blocks).
 */
import { colToLetters } from '../a1';
import type { LayoutKind, Period } from '../model';
import { comparePeriods } from '../periods/period';
import { resolvePeriod } from '../periods/parse';
import { normalizeText } from '../periods/text';
import { yearInText } from './notes';
import { problem, type Problem } from '../problems';
import type { HeaderLocation } from './find-header';
import { classifyHeaderText, measureOf, type HeaderCell, type Measure } from './header-text';
import type { SheetView } from './sheet-view';

export interface LocalColumn {
  name: string;
  /** Local column in the grid. */
  col: number;
}

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
}

const STRONG_TYPE_HEADER_RE = /^(?:type|line type|item type|account type|revenue\s*\/\s*cost|cost\s*\/\s*revenue|类型|收支类型|收支|性质)$/;
const WEAK_TYPE_HEADER_RE = /^(?:account|accounts|gl account|category|class|kind|nature|科目|会计科目|类别|项目|属性)$/;
const TYPE_VALUE_RE = /^(?:revenue|revenues|rev|sales|income|cost|costs|expense|expenses|exp|opex|cogs|收入|销售|销售收入|营收|营业收入|费用|成本|支出)$/;
/** Type-column values that make a line a cost line. */
export const COST_RE = /expense|cost|cogs|opex|费用|成本|支出/;

export function isCostType(text: string): boolean {
  return COST_RE.test(normalizeText(text));
}

/** Measure of a period column: in its header, in the measure row below, or in a label row above. */
function measureFor(view: SheetView, header: HeaderLocation, c: number, firstPeriodCol: number): { measure: Measure | null; fromLabelRow: boolean } {
  const own = header.cells[c].measure;
  if (own) return { measure: own, fromLabelRow: false };
  if (header.measureRow !== null) {
    const m = measureOf(view.text(header.measureRow, c));
    if (m) return { measure: m, fromLabelRow: false };
  }
  for (let r = header.row - 1; r >= Math.max(0, header.row - 3); r--) {
    for (let cc = c; cc >= firstPeriodCol; cc--) {
      if (view.anchorOf(r, cc).col < firstPeriodCol) break; // a title merged across the sheet is no block label
      const t = view.text(r, cc);
      if (t === '') continue;
      const m = measureOf(t);
      if (m) return { measure: m, fromLabelRow: true };
      break;
    }
  }
  return { measure: null, fromLabelRow: false };
}

/** A year written in a label row above the column (carried from the left within the period area). */
function yearAbove(view: SheetView, headerRow: number, c: number, firstPeriodCol: number): number | null {
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 3); r--) {
    for (let cc = c; cc >= firstPeriodCol; cc--) {
      if (view.anchorOf(r, cc).col < firstPeriodCol) break;
      const v = view.shownValue(r, cc);
      if (v === '') continue;
      if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= 1950 && v <= 2100) return v;
        break;
      }
      const y = yearInText(String(v));
      if (y !== null) return y;
      break;
    }
  }
  return null;
}

function mostlyNumbers(view: SheetView, c: number, rows: readonly number[]): boolean {
  let nums = 0;
  let texts = 0;
  for (const r of rows) {
    const v = view.value(r, c);
    if (typeof v === 'number') nums++;
    else if (typeof v === 'string' && v.trim() !== '') texts++;
  }
  return nums > texts;
}

function hasText(view: SheetView, c: number, rows: readonly number[]): boolean {
  for (const r of rows) {
    const v = view.shownValue(r, c);
    if (typeof v === 'string' && v.trim() !== '') return true;
  }
  return false;
}

function allTypeWords(view: SheetView, c: number, rows: readonly number[]): boolean {
  let seen = 0;
  for (const r of rows) {
    const t = normalizeText(view.text(r, c));
    if (t === '') continue;
    if (!TYPE_VALUE_RE.test(t)) return false;
    seen++;
  }
  return seen > 0;
}

function headerName(view: SheetView, header: HeaderLocation, c: number): string {
  const t = view.text(header.row, c);
  if (t !== '') return t;
  if (header.measureRow !== null) {
    const u = view.text(header.measureRow, c);
    if (u !== '') return u;
  }
  return '';
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
    resolved.push({ col: c, period, measure: m.measure });
    if (period.kind === 'month' && m.measure !== null && m.measure !== 'forecast' && m.measure !== 'other') anyMonth = true;
  }
  for (const r of resolved) {
    if (anyMonth && r.period.kind === 'quarter') continue; // quarter subtotals between months
    const cand = { col: r.col, period: r.period };
    if (r.measure === 'budget') budgetC.push({ ...cand, measure: 'budget' });
    else if (r.measure === 'target') targetC.push({ ...cand, measure: 'budget' });
    else if (r.measure === 'actual') actualC.push({ ...cand, measure: 'actual' });
  }
  const budgetCands = budgetC.length ? budgetC : targetC;
  if (budgetCands.length === 0) {
    problems.push(problem('NO_BUDGET_COLUMNS', view.sheet, view.a1(header.row, firstPeriodCol)));
    return null;
  }
  const budget = dedupe(view, header.row, budgetCands, problems);
  const actual = dedupe(view, header.row, actualC, problems);

  const actualKeys = new Set(actual.map((a) => a.period.key));
  for (const b of budget) {
    if (!actualKeys.has(b.period.key)) problems.push(problem('MISSING_ACTUAL_COLUMN', view.sheet, view.a1(header.row, b.col), { period: b.period.key }));
  }
  const byKey = new Map<string, Period>();
  for (const p of [...budget, ...actual]) if (!byKey.has(p.period.key)) byKey.set(p.period.key, p.period);
  const periods = [...byKey.values()].sort(comparePeriods);

  const maxBudgetCol = Math.max(...budget.map((b) => b.col));
  const minActualCol = actual.length ? Math.min(...actual.map((a) => a.col)) : Infinity;
  const layout: LayoutKind = fromLabelRow || (budget.length > 1 && actual.length > 1 && maxBudgetCol < minActualCol) ? 'wide-blocks' : 'wide-paired';

  // Dimensions: labelled (or text-holding) columns left of the first period column.
  const dimensions: LocalColumn[] = [];
  let typeColumn: LocalColumn | null = null;
  for (let c = 0; c < firstPeriodCol; c++) {
    const name = headerName(view, header, c);
    if (name === '') {
      if (hasText(view, c, dataRows)) dimensions.push({ name: `Column ${colToLetters(view.absCol(c))}`, col: c });
      continue;
    }
    const h = classifyHeaderText(name);
    if ((h.total || h.measure !== null) && mostlyNumbers(view, c, dataRows)) continue;
    const n = normalizeText(name);
    if (typeColumn === null && (STRONG_TYPE_HEADER_RE.test(n) || (WEAK_TYPE_HEADER_RE.test(n) && allTypeWords(view, c, dataRows)))) {
      typeColumn = { name, col: c };
      continue;
    }
    if (mostlyNumbers(view, c, dataRows) && !hasText(view, c, dataRows) && /\b(?:total|sum|fy|ytd)\b|合计|总计|全年/.test(n)) continue;
    dimensions.push({ name, col: c });
  }

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
