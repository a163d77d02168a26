/**
 * What the forecast engine is given for each line, so the forecast sheet's formulas and the
 * engine see the same history:
 *   - the sheet's period axis: the model's periods, then `extraPeriods` more (same kind) as a
 *     further horizon;
 *   - a line's history: its actuals from its first period with an actual through the as-of
 *     period (leading periods without an actual are not history; a blank inside counts as 0,
 *     as N() of a blank cell does in the sheet);
 *   - the horizon: every axis period after the as-of period (at least 1);
 *   - the season length: 12 for months, 4 for quarters;
 *   - the budget's own phasing as a seasonal profile (used by the engine only when the history
 *     is shorter than two seasons), aligned to the history's first period.
 */
import type { BudgetModel, Period } from '../model';
import { addMonths } from '../periods/period';
import { periodStart } from '../variance/calendar';
import type { VarianceReport } from '../variance/types';

export interface ForecastAxis {
  /** Every period column of the forecast sheet, model periods first. */
  periods: Period[];
  /** Excel serial of each period's first day. */
  starts: number[];
  /** How many of them are model periods (the rest are the further horizon). */
  modelCount: number;
  /** Index of the as-of period in `periods` (-1 when there is none). */
  asOfIndex: number;
  /** Season length for the engine: 12 (months) or 4 (quarters). */
  seasonLength: number;
}

export interface ForecastLineInput {
  /** Period index (into the axis) of the first history value; null when the line has no actual up to as-of. */
  start: number | null;
  /** Actuals start..asOf (blank inside = 0). Empty when start is null. */
  history: number[];
  /** Budget phasing aligned to the history's first period, when the model has a full season of positive budgets. */
  seasonalProfile?: number[];
}

export interface ForecastInputs {
  axis: ForecastAxis;
  /** Number of axis periods after the as-of period, at least 1: the engine's horizon. */
  horizon: number;
  lines: ForecastLineInput[];
}

export interface ForecastInputOptions {
  /** Periods to forecast past the model's last period (a further horizon). Default 0. */
  extraPeriods?: number;
}

export function forecastAxis(model: BudgetModel, report: VarianceReport, extraPeriods = 0): ForecastAxis {
  const periods = [...model.periods];
  const quarterly = periods.length > 0 && periods.every((p) => p.kind === 'quarter');
  const step = quarterly ? 3 : 1;
  const last = periods[periods.length - 1];
  for (let i = 1; i <= Math.max(0, Math.floor(extraPeriods)) && last; i++) {
    const { year, month } = addMonths(last.year, last.month, step * i);
    const key = quarterly ? `${year}-Q${(month - 1) / 3 + 1}` : `${year}-${String(month).padStart(2, '0')}`;
    periods.push({ key, kind: quarterly ? 'quarter' : 'month', year, month, label: key });
  }
  return {
    periods,
    starts: periods.map((p) => periodStart(p)),
    modelCount: model.periods.length,
    asOfIndex: report.asOfIndex,
    seasonLength: quarterly ? 4 : 12,
  };
}

function lineInput(model: BudgetModel, report: VarianceReport, i: number, axis: ForecastAxis): ForecastLineInput {
  const lv = report.lines[i];
  let start: number | null = null;
  for (let j = 0; j <= axis.asOfIndex && j < lv.periods.length; j++) {
    if (lv.periods[j].actual !== null) {
      start = j;
      break;
    }
  }
  if (start === null) return { start: null, history: [] };
  const history: number[] = [];
  for (let j = start; j <= axis.asOfIndex; j++) history.push(lv.periods[j]?.actual ?? 0);
  const p = axis.seasonLength;
  const out: ForecastLineInput = { start, history };
  if (model.periods.length >= p) {
    // budget of the season starting at the history's first period (wrapping within the model's periods)
    const profile: number[] = [];
    for (let k = 0; k < p; k++) {
      let j = start + k;
      while (j >= model.periods.length) j -= p;
      profile.push(lv.periods[j].budget);
    }
    if (profile.every((v) => Number.isFinite(v) && v > 0)) out.seasonalProfile = profile;
  }
  return out;
}

/** The engine's inputs for every model line, in model order. */
export function forecastInputs(model: BudgetModel, report: VarianceReport, options: ForecastInputOptions = {}): ForecastInputs {
  const axis = forecastAxis(model, report, options.extraPeriods ?? 0);
  const horizon = Math.max(1, axis.periods.length - 1 - axis.asOfIndex);
  return { axis, horizon, lines: model.lines.map((_, i) => lineInput(model, report, i, axis)) };
}
