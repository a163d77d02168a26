/**
 * The BudgetModel: what detection understood of a budget sheet. Everything downstream
 * (variance, forecast, flags, plans) works from this, never from the raw grid.
 */
import type { Problem } from './problems';

/** A period key is "2026-01" for a month or "2026-Q1" for a quarter (calendar year of its first day). */
export type PeriodKey = string;

export interface Period {
  key: PeriodKey;
  kind: 'month' | 'quarter';
  /** Calendar year and month (1-12) of the period's first day. */
  year: number;
  month: number;
  /** The header text (or formatted date) it was read from, for messages. */
  label: string;
}

export type LineType = 'revenue' | 'cost';

/**
 * Where one number of the budget comes from. Output formulas point at it, so the
 * workbook stays live. Today every source is one cell; aggregated sources (SUMIFS over a
 * long table or CRM export) are added as another variant of this union.
 */
export interface CellSource {
  kind: 'cell';
  sheet: string;
  /** A1 address on that sheet, relative form ("C5"). */
  address: string;
}

/**
 * An aggregated source: the sum of an amount column over the rows of a long table (or a CRM
 * export) that match every criterion and, when dateRange is set, whose date falls in the
 * period. Output formulas are SUMIFS over these ranges, so the link to the table stays live.
 * Ranges are absolute A1 on `sheet`, limited to the data rows plus headroom below them (no
 * whole-column references), so rows added to the export are still counted.
 */
export interface SumifsSource {
  kind: 'sumifs';
  sheet: string;
  /** The amount column, e.g. "$F$2:$F$5000". */
  sumRange: string;
  /** Each criterion: a range of the same height on the same sheet, and the value it must equal. */
  criteria: { range: string; value: string | number }[];
  /** Date column and the period's bounds as Excel serials: from <= date < to. */
  dateRange?: { range: string; from: number; to: number };
}

/** One cell of a budget sheet, or a SUMIFS over a long table / CRM export. */
export type ValueSource = CellSource | SumifsSource;

export interface SourceValue {
  source: ValueSource;
  /**
   * The number as read, as the workbook formula will see it: blank -> null (a formula reading
   * it gets 0 or "blank", see variance rules); a number stored as text or an error value is
   * reported as a problem and counts as null here.
   */
  value: number | null;
}

export interface BudgetLine {
  /** Stable identity: the dimension values in dimension-column order (e.g. ["East","Widgets","Ann"]). */
  key: string[];
  type: LineType;
  /** 0-based absolute row of the line on the source sheet (the budget row when measures are stacked). */
  row: number;
  /** One entry per model period, in period order; null when the line has no cell for that period. */
  budget: (SourceValue | null)[];
  actual: (SourceValue | null)[];
  /**
   * The sheet `row` is on, when it is not model.source.sheet (a line found only on the actuals
   * sheet of a budget/actuals pair, or only in a CRM export).
   */
  sheet?: string;
}

export interface Dimension {
  /** Header text, e.g. "Region". */
  name: string;
  /** 0-based absolute column on the source sheet. */
  col: number;
}

/**
 * wide-paired / wide-blocks: one column per period per measure; stacked: one row per line per
 * measure (a Measure column); separate: a budget sheet and an actuals sheet joined by keys;
 * long: one row per record (date, dimensions, scenario, amount), summed with SUMIFS; crm: a
 * budget sheet joined with a CRM export of deals (actuals by SUMIFS).
 */
export type LayoutKind = 'wide-paired' | 'wide-blocks' | 'stacked' | 'separate' | 'long' | 'crm';

export interface BudgetModel {
  source: {
    sheet: string;
    /** A1 range of the table that was read (header row through last line), e.g. "A3:AB40". */
    range: string;
  };
  layout: LayoutKind;
  /** Unit note found on the sheet ("thousands", "千元"), or null. Numbers stay in the sheet's unit. */
  unit: string | null;
  dimensions: Dimension[];
  /** The column that says revenue/cost, if any. */
  typeColumn: Dimension | null;
  periods: Period[];
  /** The last period with any actual, or null when there are no actuals. */
  asOf: PeriodKey | null;
  lines: BudgetLine[];
  /** Every sheet read, main sheet first (set when more than one sheet was read). */
  sources?: { sheet: string; range: string; role: 'budget' | 'actual' | 'both' }[];
  /** How the sheet was read, with confidences: the user may correct it and pass it back. */
  mapping?: Mapping;
}

export interface DetectResult {
  /** null when no budget could be read (the problems say why). */
  model: BudgetModel | null;
  problems: Problem[];
}

/** The key as one string, for maps: dimension values joined by a unit separator. */
export function lineKeyId(key: readonly string[]): string {
  return key.join('\u001f');
}

/** How sure detection is of one part of a reading (0..1), and why, in a few words. */
export interface Sureness {
  confidence: number;
  reason: string;
}

/** A column of a mapping: its header text and 0-based absolute column on its sheet. */
export interface MappedColumn extends Sureness {
  name: string;
  col: number;
}

/** Where one period is read: the budget and actual columns (wide, stacked, separate sheets). */
export interface MappedPeriod extends Sureness {
  key: PeriodKey;
  /** The header text it was read from. */
  label: string;
  /** 0-based absolute columns; null when that measure has no column. On separate sheets actualCol is on actualSheet. */
  budgetCol: number | null;
  actualCol: number | null;
  /** The header cell texts of those columns when the mapping was made (checkMapping compares them). */
  budgetHeader: string | null;
  actualHeader: string | null;
}

/**
 * What detection decided about a sheet, part by part, with how sure it is. The task pane shows
 * it and lets the user correct it; detectBudget(grid, { mapping }) then reads the sheet that way,
 * and checkMapping(grid, mapping) says what no longer fits when the sheet changed.
 */
export interface Mapping extends Sureness {
  layout: LayoutKind;
  sheet: string;
  /** 0-based absolute header row on `sheet`, and the first row of data below it (two-row headers: +2). */
  headerRow: number;
  firstDataRow: number;
  dimensions: MappedColumn[];
  typeColumn: MappedColumn | null;
  /** Stacked: the Measure column; long tables: the Scenario column (null when every row is an actual). */
  measureColumn: MappedColumn | null;
  /** Wide, stacked and separate layouts: the columns of each period. Empty for long tables. */
  periods: MappedPeriod[];
  /** Separate sheets and CRM exports: the second sheet and its header row. */
  actualSheet?: { sheet: string; headerRow: number } & Sureness;
  /** Long tables and CRM exports: the date (or period) and amount columns of the table. */
  long?: { sheet: string; headerRow: number; dateColumn: MappedColumn; amountColumn: MappedColumn };
}
