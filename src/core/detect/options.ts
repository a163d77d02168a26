import type { Mapping } from '../model';

/** Options of detectBudget. */
export interface DetectOptions {
  /** "YYYY-MM" (or "YYYY-Qn" for quarterly sheets); default: the last period with any actual. */
  asOf?: string;
  /** Year for yearless headers ("Jan", "1月") when nothing on the sheet names one. Default: the current year, with a YEAR_ASSUMED warning. */
  defaultYear?: number;
  /**
   * The header row (0-based absolute sheet row), when the user has chosen it; otherwise the
   * row naming the most periods among the first rows is used.
   */
  headerRow?: number;
  /**
   * The measure of period columns whose header names none ("2026-01"): set for one sheet of a
   * budget/actuals pair (detectWorkbook sets it from the sheet's name or title).
   */
  periodMeasure?: 'budget' | 'actual';
  /** A reading the user confirmed (or corrected): the sheet is read that way. */
  mapping?: Mapping;
}
