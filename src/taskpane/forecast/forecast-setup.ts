/**
 * What the pane forecasts and shows, the same way the forecast sheet does
 * (src/core/plan/forecast-sheet.ts), so the pane and the sheet show the same numbers:
 * - the engine's inputs are the sheet's: forecastInputs(model, report) (history from the line's
 *   first actual through as-of, horizon to the last period, the budget's phasing as profile);
 * - full-year outlook = the variance YTD actual + the forecast of the model's periods after
 *   as-of inside the fiscal year; full-year budget = the budget of the fiscal year's periods;
 *   gap, gap %, the band (YTD + the rest's lower/upper) and off track by the variance flag rule.
 * A line with no actual yet is forecast by its budget (method "budget"), as on the sheet.
 * Pure functions over plain data. (buildForecastPlan itself is not called: it builds the whole
 * sheet, far too slow for the UI thread on thousands of lines.)
 */
import type { CoreMethodId, LineForecast, MethodId, SeasonalParams } from '../../core/forecast';
import { dateToSerial, serialToDate } from '../../core/grid';
import type { BudgetModel, LineType, PeriodKey } from '../../core/model';
import { forecastInputs, type ForecastInputs } from '../../core/plan/forecast-inputs';
import { sheetAdd, sheetSub, sheetSum } from '../../core/variance/arith';
import { asOfSerial, fiscalYearStart, periodStart } from '../../core/variance/calendar';
import { isOffTarget } from '../../core/flags/rules';
import type { VarianceReport } from '../../core/variance/types';
import type { ForecastJob } from './protocol';

export interface ForecastSetup {
  model: BudgetModel;
  report: VarianceReport;
  inputs: ForecastInputs;
  job: ForecastJob;
  asOf: PeriodKey;
  asOfIndex: number;
  /** Indices of the model periods inside the fiscal year holding as-of, in order. */
  fyIndices: number[];
  /** How many of them come after as-of: the forecast that goes into the outlook. */
  remaining: number;
}

export type SetupFailure = 'noModel' | 'noLines' | 'noAsOf';

export function forecastSetup(model: BudgetModel | null, report: VarianceReport | null): ForecastSetup | SetupFailure {
  if (!model || !report) return 'noModel';
  if (model.lines.length === 0 || report.lines.length !== model.lines.length) return 'noLines';
  const asOf = report.settings.asOf;
  const asOfIndex = report.asOfIndex;
  if (asOf === null || asOfIndex < 0 || asOfIndex >= model.periods.length) return 'noAsOf';
  const inputs = forecastInputs(model, report);
  // The sheet's fiscal year: BP_YearStart .. EDATE(BP_YearStart, 12).
  const begin = fiscalYearStart(asOfSerial(asOf, model.periods) as number, report.settings.fyStartMonth ?? 1);
  const b = serialToDate(begin);
  const end = dateToSerial(b.year + 1, b.month, 1);
  const fyIndices: number[] = [];
  model.periods.forEach((p, j) => {
    const s = periodStart(p);
    if (s >= begin && s < end) fyIndices.push(j);
  });
  return {
    model,
    report,
    inputs,
    job: {
      lines: inputs.lines.map((l) => (l.seasonalProfile ? { history: l.history, seasonalProfile: l.seasonalProfile } : { history: l.history })),
      horizon: inputs.horizon,
      period: inputs.axis.seasonLength,
    },
    asOf,
    asOfIndex,
    fyIndices,
    remaining: fyIndices.filter((j) => j > asOfIndex).length,
  };
}

export interface ForecastRow {
  /** Position of the line in the model (a stable React key even when two lines share a key). */
  index: number;
  key: string[];
  label: string;
  type: LineType;
  /** "budget" for a line with no actual yet (its budget is its forecast). */
  method: MethodId | 'budget';
  /** The methods averaged (one entry for a single method; none for "budget"). */
  components: CoreMethodId[];
  seasonal: SeasonalParams['source'];
  mape: number | null;
  mase: number | null;
  ytdActual: number;
  /** Forecast of each model period after as-of inside the fiscal year. */
  rest: number[];
  /** ytdActual + sum(rest). */
  outlook: number;
  fyBudget: number;
  gap: number;
  /** gap / |fyBudget|; null when the budget is 0. */
  gapPct: number | null;
  /** The 80% band of the outlook: YTD actual + the rest's lower (upper) bounds. */
  low: number;
  high: number;
  /** The variance flag rule on (full-year budget, outlook), as the sheet's Status. */
  offTrack: boolean;
  chart: ChartSeries;
}

/** Per fiscal-year period; the forecast (and band) starts at as-of's actual so the lines join. */
export interface ChartSeries {
  actual: (number | null)[];
  budget: (number | null)[];
  forecast: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  asOfPos: number;
}

export function forecastRows(setup: ForecastSetup, results: readonly LineForecast[]): ForecastRow[] {
  const { model, report, inputs, asOfIndex, fyIndices } = setup;
  const after = fyIndices.filter((j) => j > asOfIndex);
  return model.lines.map((line, i) => {
    const lv = report.lines[i];
    const r = results[i];
    const noActuals = inputs.lines[i].start === null;
    // Engine step h (0-based) is the period asOfIndex + 1 + h.
    const at = (xs: readonly number[], j: number): number => xs[j - asOfIndex - 1];
    const budgetOf = (j: number): number => lv.periods[j]?.budget ?? 0;
    const rest = after.map((j) => (noActuals ? budgetOf(j) : at(r.forecast, j)));
    const restLower = after.map((j) => (noActuals ? budgetOf(j) : at(r.lower, j)));
    const restUpper = after.map((j) => (noActuals ? budgetOf(j) : at(r.upper, j)));
    const ytdActual = lv.ytd.actual;
    const fyBudget = sheetSum(fyIndices.map(budgetOf));
    const outlook = sheetAdd(ytdActual, sheetSum(rest));
    const gap = sheetSub(outlook, fyBudget);
    const gapPct = fyBudget !== 0 ? gap / Math.abs(fyBudget) : null;
    const offTrack = isOffTarget(line.type, { budget: fyBudget, actual: outlook, variance: gap, variancePct: gapPct }, report.settings);

    const asOfActual = lv.periods[asOfIndex]?.actual ?? null;
    const joined = (xs: number[]): (number | null)[] =>
      fyIndices.map((j) => (j === asOfIndex ? asOfActual : j > asOfIndex ? xs[after.indexOf(j)] : null));
    return {
      index: i,
      key: line.key,
      label: line.key.join(' · '),
      type: line.type,
      method: noActuals ? 'budget' : r.method,
      components: noActuals ? [] : r.params.components.map((c) => c.method),
      seasonal: noActuals ? 'none' : r.params.seasonal.source,
      mape: noActuals ? null : r.backtest.mape,
      mase: noActuals ? null : r.backtest.mase,
      ytdActual,
      rest,
      outlook,
      fyBudget,
      gap,
      gapPct,
      low: sheetAdd(ytdActual, sheetSum(restLower)),
      high: sheetAdd(ytdActual, sheetSum(restUpper)),
      offTrack,
      chart: {
        actual: fyIndices.map((j) => (j <= asOfIndex ? (lv.periods[j]?.actual ?? null) : null)),
        budget: fyIndices.map(budgetOf),
        forecast: joined(rest),
        lower: noActuals ? fyIndices.map(() => null) : joined(restLower),
        upper: noActuals ? fyIndices.map(() => null) : joined(restUpper),
        asOfPos: fyIndices.indexOf(asOfIndex),
      },
    };
  });
}
