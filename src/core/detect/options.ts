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
}
