/**
 * What the pane forecasts, from the model read off the budget sheet: each line's actuals up to
 * as-of (the history), the rest of the fiscal year (the horizon) and the budget's phasing (a
 * seasonal profile for short histories); and, from the engine's results, the rows the pane
 * shows: method, backtest error, full-year outlook vs budget and the chart's series.
 * Pure functions over plain data.
 */
import type { BatchLine, CoreMethodId, LineForecast, MethodId, SeasonalParams } from '../../core/forecast';
import type { BudgetModel, LineType, PeriodKey, SourceValue } from '../../core/model';
import { addMonths, periodKey } from '../../core/periods/period';
import type { ForecastJob } from './protocol';

export interface FiscalWindow {
  /** Keys of every period of the fiscal year that holds as-of, in order (some may be missing from the model). */
  keys: PeriodKey[];
  /** Index of each key in model.periods, or -1. */
  modelIndex: number[];
  /** Position of as-of in keys. */
  asOfPos: number;
  /** Periods of the fiscal year after as-of: the forecast that goes into the outlook. */
  remaining: number;
}

export interface SetupLine {
  key: string[];
  label: string;
  type: LineType;
  /** Actuals at or before as-of, but inside this fiscal year (blank counts as 0). */
  ytdActual: number;
  /** Budget of every fiscal-year period the model has (blank counts as 0). */
  fyBudget: number;
  /** Per fiscal-year position; null where the model has no such period or the cell is blank. */
  fyActual: (number | null)[];
  fyBudgetByPeriod: (number | null)[];
}

export interface ForecastSetup {
  window: FiscalWindow;
  lines: SetupLine[];
  job: ForecastJob;
}

export type SetupFailure = 'noModel' | 'noAsOf' | 'noLines';

const num = (v: SourceValue | null | undefined): number | null =>
  v && v.value !== null && Number.isFinite(v.value) ? v.value : null;

/** The fiscal year holding asOf: 12 months, or 4 quarters, starting in fyStartMonth. */
export function fiscalWindow(model: BudgetModel, asOf: PeriodKey, fyStartMonth: number): FiscalWindow | null {
  const asOfIndex = model.periods.findIndex((p) => p.key === asOf);
  if (asOfIndex < 0) return null;
  const a = model.periods[asOfIndex];
  const quarters = a.kind === 'quarter';
  const step = quarters ? 3 : 1;
  const count = quarters ? 4 : 12;
  // Months from the fiscal year's first month to as-of's first month, 0..11.
  const since = (((a.month - fyStartMonth) % 12) + 12) % 12;
  const start = addMonths(a.year, a.month, -since);
  const keys: PeriodKey[] = [];
  for (let i = 0; i < count; i++) {
    const m = addMonths(start.year, start.month, i * step);
    keys.push(periodKey({ kind: a.kind, year: m.year, month: m.month }));
  }
  const asOfPos = keys.indexOf(asOf);
  if (asOfPos < 0) return null; // a quarter not aligned to the fiscal start month
  const index = new Map(model.periods.map((p, i) => [p.key, i]));
  return { keys, modelIndex: keys.map((k) => index.get(k) ?? -1), asOfPos, remaining: count - 1 - asOfPos };
}

/**
 * The budget's phasing as a seasonal profile aligned to the history (profile[k] belongs to
 * history positions t with t mod period == k): the mean budget at those positions. Omitted
 * when the model has less than a season or a position has no positive budget.
 */
export function budgetProfile(budget: (number | null)[], period: number): number[] | undefined {
  if (budget.length < period) return undefined;
  const profile: number[] = [];
  for (let k = 0; k < period; k++) {
    let sum = 0;
    let n = 0;
    for (let i = k; i < budget.length; i += period) {
      const b = budget[i];
      if (b !== null) {
        sum += b;
        n += 1;
      }
    }
    if (n === 0 || !(sum / n > 0)) return undefined;
    profile.push(sum / n);
  }
  return profile;
}

export function forecastSetup(model: BudgetModel | null, asOf: PeriodKey | null, fyStartMonth: number): ForecastSetup | SetupFailure {
  if (!model) return 'noModel';
  if (model.lines.length === 0) return 'noLines';
  if (asOf === null) return 'noAsOf';
  const window = fiscalWindow(model, asOf, fyStartMonth);
  if (!window) return 'noAsOf';
  const asOfIndex = model.periods.findIndex((p) => p.key === asOf);
  const period = model.periods[asOfIndex].kind === 'quarter' ? 4 : 12;
  const batch: BatchLine[] = [];
  const lines: SetupLine[] = model.lines.map((l) => {
    const actual = l.actual.map(num);
    const budget = l.budget.map(num);
    const history = actual.slice(0, asOfIndex + 1).map((v) => v ?? 0);
    const seasonalProfile = budgetProfile(budget, period);
    batch.push(seasonalProfile ? { history, seasonalProfile } : { history });
    const fyActual = window.modelIndex.map((i, pos) => (i >= 0 && pos <= window.asOfPos ? actual[i] : null));
    const fyBudgetByPeriod = window.modelIndex.map((i) => (i >= 0 ? budget[i] : null));
    return {
      key: l.key,
      label: l.key.join(' · '),
      type: l.type,
      ytdActual: fyActual.reduce<number>((s, v) => s + (v ?? 0), 0),
      fyBudget: fyBudgetByPeriod.reduce<number>((s, v) => s + (v ?? 0), 0),
      fyActual,
      fyBudgetByPeriod,
    };
  });
  // At least one step, so the backtest is scored even when as-of closes the year.
  return { window, lines, job: { lines: batch, horizon: Math.max(1, window.remaining), period } };
}

export interface ForecastRow {
  /** Position of the line in the model (a stable React key even when two lines share a key). */
  index: number;
  key: string[];
  label: string;
  type: LineType;
  method: MethodId;
  /** The methods averaged (one entry for a single method). */
  components: CoreMethodId[];
  seasonal: SeasonalParams['source'];
  mape: number | null;
  mase: number | null;
  ytdActual: number;
  /** Forecast of each remaining fiscal-year period. */
  rest: number[];
  /** ytdActual + sum(rest). */
  outlook: number;
  fyBudget: number;
  gap: number;
  /** gap / |fyBudget|; null when the budget is 0. */
  gapPct: number | null;
  /** Revenue: outlook >= budget; cost: outlook <= budget. */
  onTrack: boolean;
  chart: ChartSeries;
}

/** Per fiscal-year position; the forecast (and band) starts at as-of's actual so the lines join. */
export interface ChartSeries {
  actual: (number | null)[];
  budget: (number | null)[];
  forecast: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  asOfPos: number;
}

export function forecastRows(setup: ForecastSetup, results: readonly LineForecast[]): ForecastRow[] {
  const { window } = setup;
  const n = window.keys.length;
  return setup.lines.map((l, i) => {
    const r = results[i];
    const rest = r.forecast.slice(0, window.remaining);
    const outlook = rest.reduce((s, v) => s + v, l.ytdActual);
    const gap = outlook - l.fyBudget;
    const last = l.fyActual[window.asOfPos] ?? 0;
    const series = (xs: number[]): (number | null)[] =>
      Array.from({ length: n }, (_, pos) => (pos === window.asOfPos ? last : pos > window.asOfPos ? xs[pos - window.asOfPos - 1] : null));
    return {
      index: i,
      key: l.key,
      label: l.label,
      type: l.type,
      method: r.method,
      components: r.params.components.map((c) => c.method),
      seasonal: r.params.seasonal.source,
      mape: r.backtest.mape,
      mase: r.backtest.mase,
      ytdActual: l.ytdActual,
      rest,
      outlook,
      fyBudget: l.fyBudget,
      gap,
      gapPct: l.fyBudget === 0 ? null : gap / Math.abs(l.fyBudget),
      onTrack: l.type === 'cost' ? gap <= 0 : gap >= 0,
      chart: {
        actual: l.fyActual,
        budget: l.fyBudgetByPeriod,
        forecast: series(rest),
        lower: series(r.lower.slice(0, window.remaining)),
        upper: series(r.upper.slice(0, window.remaining)),
        asOfPos: window.asOfPos,
      },
    };
  });
}
