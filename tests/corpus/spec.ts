/**
 * The corpus of issue 3: small descriptions of budget workbooks. A description says WHAT a
 * fixture holds (lines, keys, budget/actual numbers, periods, layout, noise); write.ts renders
 * it with ExcelJS and expected.ts computes the expected CLI report from it, never from the
 * detector.
 */
import type { Addr, Placement } from './write';

/** A source cell: a number, blank (null), text (possibly a number stored as text) or an Excel error. */
export type Cell = number | null | string | { error: string };

/** A period of the corpus. Keys follow the model: "2026-01", "2026-Q1". */
export type PeriodDef = { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number };

/** How period headers are written. Yearless styles need a year on the sheet (title or cell). */
export type PeriodStyle =
  | 'Mmm-yy' // Jan-26
  | 'Mmmm' // January (yearless)
  | 'Mmm' // Jan (yearless)
  | 'Mmm yyyy' // Jan 2026
  | 'iso' // 2026-01
  | 'date' // a real Excel date, number format mmm-yy
  | 'zh-m' // 1月 (yearless)
  | 'zh-cn' // 一月 (yearless)
  | 'zh-ym' // 2026年1月
  | 'zh-q' // 第一季度 (yearless)
  | 'zh-q-short' // 一季度 (yearless)
  | 'Qn'; // Q1 (yearless)

export interface LineDef {
  /** Dimension values in column order. */
  dims: string[];
  /** The Type / Account column's text, when the fixture has one. */
  type?: string;
  /** Expected line type (from the type text): revenue unless a cost word. */
  cost?: boolean;
  /** One cell per period column written (see Fixture.columns). */
  budget: Cell[];
  actual: Cell[];
}

export type Layout =
  | 'paired' // "<period> Budget", "<period> Actual" side by side
  | 'blocks-above' // Budget block then Actual block, labelled by a (merged) row above the periods
  | 'blocks-header' // Budget block then Actual block, the measure inside each header cell
  | 'two-row' // period cell merged over two columns, Budget / Actual in the row below
  | 'stacked' // one row per measure, a Measure column
  | 'separate' // a Budget sheet and an Actuals sheet joined by keys
  | 'long' // one row per (date, dims, scenario, amount)
  | 'crm' // a Targets sheet (wide) and a CRM deals export (one row per deal)
  | 'garbage'; // no budget at all

export interface Fixture {
  name: string;
  /** What the fixture covers (layout and noise items of issue 3), for the report. */
  covers: string[];
  layout: Layout;
  /** The (first) sheet's name: the budget sheet. */
  sheet: string;
  /** Rows above the header (title, notes); unit notes included here are found by the detector. */
  titleRows?: string[];
  /** A label and a year number written in the row after the titles ("Budget year" | 2026): the year for yearless headers. */
  yearCell?: { label: string; year: number };
  /** blocks-above: a third block with this label (e.g. "Forecast"), which is not budget or actual and must be ignored. */
  forecastBlock?: string;
  /** Notes written below the table (e.g. a second unit note). */
  notesBelow?: string[];
  /** Expected unit (normalised as the report gives it) or null. */
  unit: string | null;
  dimNames: string[];
  /** Name of the Type / Account column (after the dimensions), when present. */
  typeName?: string;
  /** The period columns written, in sheet order; may repeat or be out of order (bad-cells fixture). */
  columns: PeriodDef[];
  style: PeriodStyle;
  /** Measure words: "Budget"/"Actual", "预算"/"实际", "目标"/"完成", "Target"/"Actual". */
  words: { budget: string; actual: string };
  /** Header text of a period column for a measure (paired / blocks-header). Default: "<label> <word>". */
  headerText?: (label: string, word: string) => string;
  lines: LineDef[];
  /** Stacked: the Measure column's header (default "Measure", or 指标 for Chinese words). */
  measureName?: string;
  /** Rows of the first dimension form groups: a subtotal row after each group. */
  subtotals?: { label: (group: string) => string } | 'sum-only';
  /** A grand total row (label) of SUM formulas after the lines. */
  grandTotal?: string;
  /** Total columns (SUM over the period columns of each measure) after the period columns. */
  totalColumns?: { budget: string; actual: string };
  /** Outline (pivot table, tabular form): the first dimension written only on each group's first row, no merge. */
  firstDimOnce?: boolean;
  /** Merge the first dimension's cells over each group's rows. */
  mergeFirstDim?: boolean;
  /** A blank row after each group, a blank column between keys and periods. */
  blankRowBetweenGroups?: boolean;
  blankColumn?: boolean;
  /** Hide these lines' rows and these period columns (0-based indices into columns). */
  hiddenLines?: number[];
  hiddenPeriodColumns?: number[];
  /** Write the table as an Excel Table (ExcelJS addTable). */
  excelTable?: boolean;
  /** Extra CLI arguments (e.g. --flag-abs). */
  args?: string[];
  /** Separate sheets: the Actuals sheet's name and its line order (indices into lines); lines missing from either side. */
  separate?: { actualSheet: string; actualOrder: number[]; budgetOnly: number[]; actualOnly: number[]; actualTitleRows?: string[]; actualStyle?: PeriodStyle };
  /** Long table / CRM: how actuals split into rows (deals per month per line). */
  long?: {
    scenarioName: string;
    dealsPerCell: number;
    /** Long table: a period column of text labels (in `style`) instead of dates; a plain range instead of an Excel Table. */
    periodText?: boolean;
    /** Header texts: long [date, scenario, amount]; CRM [deal id, close date, owner, customer, product, amount]. */
    headers?: string[];
    /** CRM: name of the deals sheet (default "Deals"). */
    dealsSheet?: string;
    /** CRM: a Stage column (before the amount): won deals are the actuals; others are lost or open deals in every month. */
    stages?: { header: string; won: string; others: string[] };
    /** CRM: a weighted amount column after the amount (e.g. "Expected Revenue"), never the amount. */
    weighted?: string;
  };
  /** Problems the description implies beyond its cells (e.g. MIXED_UNITS at a note), written by hand. */
  extraProblems?: (pl: Placement) => { code: string; at: Addr }[];
  /** Expected exit code (default 0). */
  exitCode?: number;
  /**
   * True when the current detector reads this fixture as expected. false fixtures run with
   * test.failing, so the suite fails as soon as one starts passing (update the table then).
   */
  supported: boolean;
  /** For unsupported fixtures: what the detector gets wrong today (filled from runs). */
  gap?: string;
}

/** Problem codes for lines on one side only (separate sheets), at the line's first key cell on the side that has it (catalogue codes). */
export const PROPOSED_CODES = { unbudgetedActual: 'UNBUDGETED_ACTUAL', budgetWithoutActual: 'BUDGET_WITHOUT_ACTUAL' } as const;


const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function periodKey(p: PeriodDef): string {
  return p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : `${p.year}-Q${p.quarter}`;
}

/** First month (1-12) of a period, and its position in months since year 0 (for ordering). */
export function periodIndex(p: PeriodDef): number {
  return p.kind === 'month' ? p.year * 12 + p.month - 1 : p.year * 12 + (p.quarter - 1) * 3;
}

/** A period's header as written: a string, or a Date for the 'date' style. */
export function periodLabel(p: PeriodDef, style: PeriodStyle): string | Date {
  if (p.kind === 'quarter') {
    switch (style) {
      case 'zh-q':
        return `第${ZH_NUM[p.quarter - 1]}季度`;
      case 'zh-q-short':
        return `${ZH_NUM[p.quarter - 1]}季度`;
      case 'Qn':
        return `Q${p.quarter}`;
      default:
        return `Q${p.quarter} ${p.year}`;
    }
  }
  const m = p.month;
  switch (style) {
    case 'Mmm-yy':
      return `${MON[m - 1]}-${String(p.year % 100).padStart(2, '0')}`;
    case 'Mmmm':
      return MONTH_NAMES[m - 1];
    case 'Mmm':
      return MON[m - 1];
    case 'Mmm yyyy':
      return `${MON[m - 1]} ${p.year}`;
    case 'iso':
      return `${p.year}-${String(m).padStart(2, '0')}`;
    case 'date':
      return new Date(Date.UTC(p.year, m - 1, 1));
    case 'zh-m':
      return `${m}月`;
    case 'zh-cn':
      return `${ZH_NUM[m - 1]}月`;
    case 'zh-ym':
      return `${p.year}年${m}月`;
    default:
      return `${MON[m - 1]} ${p.year}`;
  }
}

/** n consecutive months from (year, month). */
export function months(year: number, month: number, n: number): PeriodDef[] {
  return Array.from({ length: n }, (_, i) => {
    const idx = year * 12 + month - 1 + i;
    return { kind: 'month' as const, year: Math.floor(idx / 12), month: (idx % 12) + 1 };
  });
}

export function quarters(year: number): PeriodDef[] {
  return [1, 2, 3, 4].map((q) => ({ kind: 'quarter' as const, year, quarter: q }));
}

/**
 * Budget and actual numbers for one line: integers around `base`, actuals for the first
 * `actualCount` columns at `level` (1.0 = on budget) with noise. Integers keep the expected
 * sums exact.
 */
export function series(rand: () => number, n: number, base: number, actualCount: number, level: number): { budget: Cell[]; actual: Cell[] } {
  const budget: Cell[] = [];
  const actual: Cell[] = [];
  for (let i = 0; i < n; i++) {
    const b = Math.round(base * (0.8 + 0.4 * rand()));
    budget.push(b);
    actual.push(i < actualCount ? Math.round(b * level * (0.92 + 0.16 * rand())) : null);
  }
  return { budget, actual };
}

export { prng } from '../../scripts/prng';
