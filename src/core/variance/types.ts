/**
 * Variance results computed in TypeScript. The variance sheet's formulas compute the same
 * numbers in the workbook; the recalculation test requires both to agree to 1e-9 relative.
 */
import type { LineType, PeriodKey } from '../model';

export interface VarianceSettings {
  /** Last period included in YTD; null means no actuals yet (YTD is empty). */
  asOf: PeriodKey | null;
  /** Flag threshold on |YTD variance %| as a fraction: 0.1 = 10%. */
  flagPct: number;
  /** Materiality: flag only when |YTD variance| >= this, in the sheet's unit. */
  flagAbs: number;
  /**
   * Month (1-12) the fiscal year starts in; YTD runs from the start of the fiscal year that
   * contains asOf. Optional for compatibility; absent means the month of the model's first period.
   */
  fyStartMonth?: number;
}

export interface PeriodVariance {
  /** Blank or non-numeric budget counts as 0. */
  budget: number;
  /** null when there is no actual for the period yet. */
  actual: number | null;
  /** actual - budget; null without an actual. */
  variance: number | null;
  /** variance / |budget|; null without an actual or when budget is 0. */
  variancePct: number | null;
}

export interface YtdVariance {
  budget: number;
  actual: number;
  variance: number;
  /** null when YTD budget is 0. */
  variancePct: number | null;
}

export interface LineVariance {
  key: string[];
  type: LineType;
  periods: PeriodVariance[];
  ytd: YtdVariance;
  /** Revenue: actual >= budget. Cost: actual <= budget. */
  favourable: boolean;
  offTarget: boolean;
  /** Plain-English reasons a line is off target (empty when on track). */
  reasons: string[];
  /** The same reasons in zh-CN, in the same order (optional for compatibility). */
  reasonsZh?: string[];
}

export interface VarianceReport {
  settings: VarianceSettings;
  /** Index into model.periods of the as-of period; -1 when asOf is null. */
  asOfIndex: number;
  lines: LineVariance[];
}
