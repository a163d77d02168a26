/**
 * The use cases shared by the task pane and the CLI. Each reads through a WorkbookHost and
 * plans with core; neither the task pane nor the CLI talks to core planning directly.
 */
import type { DetectResult } from '../core/model';
import type { VarianceReport } from '../core/variance/types';
import type { WorkbookPlan } from '../core/plan/types';
import type { ApplyReport } from '../host/workbook-host';

export interface AnalyzeOptions {
  /** Source sheet; when absent, the visible sheet (not owned by Budget Pilot) whose budget has the most lines. */
  sheet?: string;
  /** "YYYY-MM"; default: the last period with any actual. */
  asOf?: string;
  /** Fraction, 0.1 = 10%. Default 0.1. */
  flagPct?: number;
  /** Materiality in the sheet's unit. Default: see core/variance defaults. */
  flagAbs?: number;
}

export interface Analysis {
  /** The sheet that was read. */
  sheet: string;
  detect: DetectResult;
  /** null when no budget could be read. */
  variance: VarianceReport | null;
}

export interface BuildResult {
  analysis: Analysis;
  plan: WorkbookPlan;
  apply: ApplyReport;
  /** Name of the variance sheet written, and the 1-based row of each line there (same order as the lines). */
  varianceSheet: string;
  lineRows: number[];
}
