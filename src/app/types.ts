/**
 * The use cases shared by the task pane and the CLI. Each reads through a WorkbookHost and
 * plans with core; neither the task pane nor the CLI talks to core planning directly.
 */
import type { DetectResult, Mapping } from '../core/model';
import type { VarianceReport } from '../core/variance/types';
import type { SettingId, SettingOrigin, WorkbookPlan } from '../core/plan/types';
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
  /** Month (1-12) the fiscal year starts in. Default: the month of the first budget period. */
  fyStartMonth?: number;
  /**
   * How to read the budget (a corrected reading from the pane, or a CLI --mapping file). It wins
   * over the mapping saved in the workbook; like a saved one it is obeyed only while
   * checkMapping finds it still fits the sheet (otherwise its problems are reported).
   */
  mapping?: Mapping;
}

/** Where each setting of a run came from (see analyze.ts for the rule). */
export type SettingOrigins = Record<SettingId, SettingOrigin>;

export interface Analysis {
  /** The sheet that was read. */
  sheet: string;
  detect: DetectResult;
  /** null when no budget could be read. */
  variance: VarianceReport | null;
  /**
   * Where each of variance.settings came from: an explicit option, the named input cells of the
   * variance sheet written earlier (what a person typed there survives a refresh), or the default.
   * Absent when no budget could be read.
   */
  settingsFrom?: SettingOrigins;
}

export interface BuildResult {
  analysis: Analysis;
  plan: WorkbookPlan;
  apply: ApplyReport;
  /** Name of the variance sheet written, and the 1-based row of each line there (same order as the lines). */
  varianceSheet: string;
  lineRows: number[];
}
