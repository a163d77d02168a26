/**
 * Use case "build forecast" (issue 4): analyze, fit every line with the forecast engine, and
 * (re)build the variance sheet and the forecast sheet together (the forecast sheet reads the
 * variance sheet's cells and named inputs), in one plan applied through the host.
 *
 * What the engine is given is decided in one place, core/plan/forecast-inputs.ts, so the
 * sheet's formulas recompute exactly what the engine fitted:
 * - history: a line's actuals from its first period with an actual through the as-of period,
 *   in period order (earlier fiscal years on the sheet count too). A blank actual inside that
 *   span counts as 0 (a month without a sale), as N() of a blank cell does in the sheet. A line
 *   with no actual at all up to as-of is not fitted: the rest of its year is forecast at its
 *   budget (method "budget").
 * - seasonal profile: the line's budget phasing over one season from the history's first
 *   period, used by the engine only when the history is shorter than two seasons.
 * - horizon: every period after as-of on the sheet (the budget's periods, plus `extraPeriods`);
 *   the full-year outlook uses those inside the fiscal year holding as-of.
 * On refresh, what people typed into the forecast sheet (a comment per line; parameters of a
 * line marked "Keep parameters") is read back by line key and kept (see
 * core/plan/forecast-overrides.ts); every other line is fitted again.
 * Outlook = YTD actual + forecasts of the rest of the fiscal year; gap = outlook - full-year
 * budget; the 80% band is YTD actual + the per-period lower (upper) bounds; off track uses the
 * variance flag rule on (full-year budget, outlook). Those numbers are the forecast plan's own
 * (ForecastLineSummary), i.e. what the sheet's formulas compute.
 */
import { forecastLines, type LineForecast } from '../core/forecast';
import { FORECAST_SHEET_NAME } from '../core/plan/forecast-layout';
import { readCarryOver } from '../core/plan/carry-over';
import {
  buildForecastPlan,
  forecastInputs,
  mergeForecastPlan,
  type ForecastInputs,
  type ForecastLineSummary,
  type ForecastPlanOptions,
} from '../core/plan/forecast-sheet';
import { dateToSerial, serialToDate } from '../core/grid';
import type { BudgetModel, PeriodKey } from '../core/model';
import { fiscalYearStart } from '../core/variance/calendar';
import type { VarianceReport } from '../core/variance/types';
import type { WorkbookHost } from '../host/workbook-host';
import { analyzeInContext } from './analyze';
import { freeSheetName, inputsToRead, planVariance } from './build-variance';
import { findSheet } from './choose-sheet';
import type { AnalyzeOptions, BuildResult } from './types';

export interface ForecastOptions extends AnalyzeOptions {
  /** Periods to forecast past the budget's last period (a further horizon). Default 0. */
  extraPeriods?: number;
  /** Called as lines are fitted (done, total). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Fits made earlier (e.g. by the task pane's Web Worker, on forecastInputs of the same model),
   * with the inputs they were made on. A line whose inputs are unchanged (same history, profile
   * and horizon) keeps its fit; any other line is fitted again, so a workbook edited in between
   * is never written with stale fits.
   */
  fitted?: { inputs: ForecastInputs; forecasts: readonly LineForecast[] };
}

export interface LineOutlook {
  key: string[];
  /**
   * The fit the sheet holds: the engine's, or with the parameters a person kept on the sheet
   * ("Keep parameters"); null for a line with no actual up to as-of (the rest of its year is its budget).
   */
  fit: LineForecast | null;
  /** The full-year figures, as the forecast sheet computes them. */
  summary: ForecastLineSummary;
}

export interface ForecastOutcome {
  /** The periods after as-of on the forecast sheet, in order (each line's forecast values are for these). */
  periods: PeriodKey[];
  /** Of those, the ones inside the fiscal year holding as-of (they make up the outlook). */
  restOfYear: PeriodKey[];
  inputs: ForecastInputs;
  lines: LineOutlook[];
}

export interface ForecastBuildResult extends BuildResult {
  forecastSheet: string;
  /** 1-based row of each line on the forecast sheet (same order as the lines). */
  forecastLineRows: number[];
  forecast: ForecastOutcome;
  /** How many lines kept a fit passed in options.fitted (the rest were fitted now). */
  reusedFits: number;
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i] || (Number.isNaN(x) && Number.isNaN(b[i])));
}

/**
 * Fits every line of the model (lines with no history get the engine's empty fit, unused by the
 * sheet). Reuses options.fitted for the lines whose inputs did not change.
 */
export function fitForecasts(
  model: BudgetModel,
  variance: VarianceReport,
  options: Pick<ForecastOptions, 'extraPeriods' | 'onProgress' | 'fitted'> = {},
): { inputs: ForecastInputs; forecasts: LineForecast[]; reused: number } {
  const inputs = forecastInputs(model, variance, { extraPeriods: options.extraPeriods ?? 0 });
  const old = options.fitted;
  const reusable = (i: number): LineForecast | null => {
    if (!old || old.inputs.horizon !== inputs.horizon || old.inputs.axis.seasonLength !== inputs.axis.seasonLength) return null;
    const a = old.inputs.lines[i];
    const b = inputs.lines[i];
    const f = old.forecasts[i];
    if (!a || !f || old.inputs.lines.length !== inputs.lines.length) return null;
    return a.start === b.start && sameNumbers(a.history, b.history) && sameNumbers(a.seasonalProfile, b.seasonalProfile) ? f : null;
  };
  const kept = inputs.lines.map((_, i) => reusable(i));
  const todo = inputs.lines.map((l, i) => ({ l, i })).filter(({ i }) => kept[i] === null);
  const batch = todo.map(({ l }) => (l.seasonalProfile ? { history: l.history, seasonalProfile: l.seasonalProfile } : { history: l.history }));
  const fresh = forecastLines(batch, { horizon: inputs.horizon, period: inputs.axis.seasonLength }, options.onProgress);
  const forecasts = kept.slice() as (LineForecast | null)[];
  todo.forEach(({ i }, k) => (forecasts[i] = fresh[k]));
  return { inputs, forecasts: forecasts as LineForecast[], reused: inputs.lines.length - todo.length };
}

function outcome(inputs: ForecastInputs, forecasts: readonly LineForecast[], summaries: readonly ForecastLineSummary[], variance: VarianceReport): ForecastOutcome {
  const { axis } = inputs;
  const after = axis.periods.slice(axis.asOfIndex + 1);
  const yearEnd = fiscalYearEnd(variance, axis.starts, axis.asOfIndex);
  return {
    periods: after.map((p) => p.key),
    restOfYear: after.filter((_, k) => axis.starts[axis.asOfIndex + 1 + k] < yearEnd).map((p) => p.key),
    inputs,
    lines: summaries.map((s, i) => ({ key: [...s.key], fit: inputs.lines[i].start === null ? null : forecasts[i], summary: s })),
  };
}

/** Serial of the first day after the fiscal year holding as-of (Infinity without an as-of). */
function fiscalYearEnd(variance: VarianceReport, starts: readonly number[], asOfIndex: number): number {
  if (asOfIndex < 0) return Infinity;
  const begin = serialToDate(fiscalYearStart(starts[asOfIndex], variance.settings.fyStartMonth ?? 1));
  return dateToSerial(begin.year + 1, begin.month, 1);
}

export async function buildForecast(host: WorkbookHost, options: ForecastOptions = {}): Promise<ForecastBuildResult> {
  const ctx = await analyzeInContext(host, options);
  const variancePlan = planVariance(ctx); // throws NoBudgetError when nothing could be read
  const model = ctx.analysis.detect.model as BudgetModel;
  const variance = ctx.analysis.variance as VarianceReport;
  const { inputs, forecasts, reused } = fitForecasts(model, variance, options);
  const owned = (ctx.state?.ownedSheets ?? []).find((s) => s.role === 'forecast' && findSheet(ctx.sheets, s.name));
  const forecastSheet = owned ? findSheet(ctx.sheets, owned.name)!.name : freeSheetName(FORECAST_SHEET_NAME, ctx.sheets);
  const planOptions: ForecastPlanOptions = {
    sheetName: forecastSheet,
    varianceSheetName: variancePlan.sheetName,
    extraPeriods: options.extraPeriods ?? 0,
  };
  let fp = buildForecastPlan(model, variance, forecasts, planOptions);
  if (owned && fp.sheet.inputs.length > 0) {
    // What people typed into the forecast sheet last time (comments, kept parameters) is read
    // back, keyed by line, and planned again; a sheet that cannot be read is not rebuilt.
    const grid = await host.readGrid(forecastSheet);
    const carryOver = readCarryOver(grid, inputsToRead(fp.sheet.inputs, grid, fp.sheet));
    if (carryOver.size > 0) fp = buildForecastPlan(model, variance, forecasts, { ...planOptions, carryOver });
  }
  const plan = mergeForecastPlan(variancePlan.plan, fp);
  const apply = await host.applyPlan(plan);
  return {
    analysis: ctx.analysis,
    plan,
    apply,
    varianceSheet: variancePlan.sheetName,
    lineRows: variancePlan.lineRows,
    forecastSheet: fp.sheetName,
    forecastLineRows: fp.lineRows,
    forecast: outcome(inputs, fp.forecasts, fp.lines, variance),
    reusedFits: reused,
  };
}
