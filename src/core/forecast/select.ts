/**
 * Per line: estimate the season, fit every candidate, score the candidates by a cheap
 * rolling-origin backtest on the line's own history, pick one, and derive the 80% band from
 * the chosen candidate's backtest errors by horizon.
 *
 * Backtest design (cheap): seasonal indices are estimated once on the full history and held;
 * at each of up to BACKTEST_ORIGINS origins the level/trend parameters are refit on the history
 * before the origin and the next hb periods are forecast (hb = MIN(horizon, n/3)).
 */
import { evaluateCore, evaluateForecast } from './evaluate';
import { fitCore } from './fit';
import { meanOfForecasts } from './methods/combination';
import { isIntermittent } from './methods/croston';
import { NO_SEASONALITY, adjust, estimateSeasonal, profileSeasonal, reseasonalise } from './seasonality';
import { naiveScale } from './stats';
import type { BacktestScore, CoreMethodId, CoreParams, ForecastOptions, ForecastParams, LineForecast, MethodId, SeasonalParams } from './types';

export const BACKTEST_ORIGINS = 3;
/** An origin needs at least this many values before it. */
const MIN_BACKTEST_TRAIN = 3;
/** z for a central 80% band under a normal error: Φ⁻¹(0.9). */
const Z80 = 1.2815515655446004;

export interface Candidate {
  method: MethodId;
  components: CoreMethodId[];
}

const COMBINATION: Candidate = { method: 'combination', components: ['ses', 'holtDamped', 'theta'] };

/** Which candidates a history of length n may use. The first is the default choice. */
export function candidatesFor(n: number, period: number, seasonal: SeasonalParams, intermittent = false): Candidate[] {
  const single = (m: CoreMethodId): Candidate => ({ method: m, components: [m] });
  if (intermittent) return [single('croston'), COMBINATION, single('ses'), single('movingAverage'), single('runRate')];
  if (n >= 2 * period) {
    const list = [COMBINATION, single('theta'), single('ses'), single('holtDamped')];
    if (seasonal.kind === 'none') list.push(single('seasonalNaive'));
    return list;
  }
  if (n >= 6) return [COMBINATION, single('ses'), single('movingAverage'), single('runRate'), single('linearTrend')];
  if (n >= 3) return [single('movingAverage'), single('runRate'), single('ses')];
  return [single('runRate')];
}

interface Scored {
  candidate: Candidate;
  /** Sum of |error| over all backtest points (for choosing). */
  absError: number;
  /** errors[h-1] = actual - forecast at step h, over origins. */
  errors: number[][];
  apeSum: number;
  apeCount: number;
  points: number;
}

function uniqueComponents(cands: readonly Candidate[]): CoreMethodId[] {
  const set = new Set<CoreMethodId>();
  for (const c of cands) for (const m of c.components) set.add(m);
  return [...set];
}

/** Candidate forecasts for `train` using fitted core params (steps 2-5 of evaluate.ts). */
function candidateForecasts(
  train: readonly number[],
  a: readonly number[],
  seasonal: SeasonalParams,
  cands: readonly Candidate[],
  fitted: Map<CoreMethodId, CoreParams>,
  floor: number | null,
  horizon: number,
): number[][] {
  const core = new Map<CoreMethodId, number[]>();
  for (const [id, p] of fitted) core.set(id, evaluateCore(a, p, horizon));
  return cands.map((c) => {
    const parts = c.components.map((m) => core.get(m) as number[]);
    const g = parts.length === 1 ? parts[0] : meanOfForecasts(parts, horizon);
    return g.map((v, i) => {
      const r = reseasonalise(v, seasonal, train.length + i);
      return floor === null ? r : Math.max(floor, r);
    });
  });
}

function backtest(
  y: readonly number[],
  seasonal: SeasonalParams,
  cands: readonly Candidate[],
  floor: number | null,
  horizon: number,
  period: number,
): Scored[] {
  const n = y.length;
  const scored: Scored[] = cands.map((candidate) => ({ candidate, absError: 0, errors: [], apeSum: 0, apeCount: 0, points: 0 }));
  const hb = Math.min(horizon, Math.floor(n / 3));
  if (hb < 1) return scored;
  for (let h = 0; h < hb; h++) for (const s of scored) s.errors.push([]);
  const step = Math.max(1, Math.floor(hb / 2));
  const ids = uniqueComponents(cands);
  for (let j = 0; j < BACKTEST_ORIGINS; j++) {
    const origin = n - hb - j * step;
    if (origin < MIN_BACKTEST_TRAIN) break;
    const train = y.slice(0, origin);
    const a = adjust(train, seasonal);
    const fc = candidateForecasts(train, a, seasonal, cands, fitCore(a, ids, period), floor, hb);
    for (let c = 0; c < cands.length; c++) {
      const s = scored[c];
      for (let h = 0; h < hb; h++) {
        const actual = y[origin + h];
        const e = actual - fc[c][h];
        s.errors[h].push(e);
        s.absError += Math.abs(e);
        s.points += 1;
        if (actual !== 0) {
          s.apeSum += Math.abs(e / actual) * 100;
          s.apeCount += 1;
        }
      }
    }
  }
  return scored;
}

/** How much better (ratio of backtest absolute error) a single method must be to replace the default. */
export const SWITCH_RATIO = 0.5;

function choose(scored: readonly Scored[]): Scored {
  const first = scored[0];
  if (first.points === 0) return first;
  let best = first;
  for (const s of scored) if (s.absError < best.absError) best = s;
  return best.absError < SWITCH_RATIO * first.absError ? best : first;
}

/** 80% band half-widths by horizon step from backtest errors; monotone, extended by sqrt(h). */
export function bandWidths(errors: readonly number[][], y: readonly number[], horizon: number): number[] {
  const rmse: number[] = [];
  for (const e of errors) {
    if (e.length === 0) break;
    let s = 0;
    for (const v of e) s += v * v;
    rmse.push(Math.sqrt(s / e.length));
  }
  const out: number[] = [];
  if (rmse.length === 0) {
    // No backtest possible (very short history): spread of first differences, or ±50% of one value.
    let base: number;
    if (y.length >= 2) {
      let s = 0;
      for (let t = 1; t < y.length; t++) s += (y[t] - y[t - 1]) ** 2;
      base = Math.sqrt(s / (y.length - 1));
    } else base = y.length === 1 ? 0.5 * Math.abs(y[0]) : 0;
    for (let h = 1; h <= horizon; h++) out.push(Z80 * base * Math.sqrt(h));
    return out;
  }
  let running = 0;
  for (let h = 1; h <= horizon; h++) {
    const k = rmse.length;
    const w = h <= k ? rmse[h - 1] : rmse[k - 1] * Math.sqrt(h / k);
    running = Math.max(running, Z80 * w);
    out.push(running);
  }
  return out;
}

function score(s: Scored, y: readonly number[], period: number): BacktestScore {
  if (s.points === 0) return { mape: null, mase: null, points: 0 };
  const scale = naiveScale(y, y.length > period ? period : 1);
  return {
    mape: s.apeCount > 0 ? s.apeSum / s.apeCount : null,
    mase: scale === null ? null : s.absError / s.points / scale,
    points: s.points,
  };
}

/** Non-finite entries (should not reach here) are read as 0, like an empty cell in a sum. */
function clean(history: readonly number[]): number[] {
  return history.map((v) => (Number.isFinite(v) ? v : 0));
}

/** The seasonal treatment for a history: estimated when long enough, else the profile, else none. */
export function chooseSeasonal(y: readonly number[], period: number, profile?: number[]): SeasonalParams {
  if (period < 2) return NO_SEASONALITY;
  if (y.length >= 2 * period) return estimateSeasonal(y, period);
  return profileSeasonal(profile, period) ?? NO_SEASONALITY;
}

/** Forecast one line: choose and fit a method on its history, return the forecast, band and backtest. */
export function forecastLine(history: number[], options: ForecastOptions): LineForecast {
  const horizon = Math.max(0, Math.floor(options.horizon));
  const period = options.period ?? 12;
  const y = clean(history);
  const floor = y.every((v) => v >= 0) ? 0 : null;
  // Intermittent lines (>= 30% months without a sale): Croston by default, no season.
  const intermittent = isIntermittent(y);
  const seasonal = intermittent ? NO_SEASONALITY : chooseSeasonal(y, period, options.seasonalProfile);
  const cands = candidatesFor(y.length, period, seasonal, intermittent);
  const scored = backtest(y, seasonal, cands, floor, horizon, period);
  const chosen = choose(scored);
  const fitted = fitCore(adjust(y, seasonal), chosen.candidate.components, period);
  const params: ForecastParams = {
    seasonal,
    components: chosen.candidate.components.map((m) => fitted.get(m) as CoreParams),
    floor,
    bandWidth: bandWidths(chosen.errors, y, horizon),
  };
  const result = evaluateForecast(y, params, horizon);
  const finite = (xs: number[]): boolean => xs.every((v) => Number.isFinite(v));
  if (finite(result.forecast) && finite(result.lower) && finite(result.upper) && finite(params.bandWidth))
    return { method: chosen.candidate.method, params, ...result, backtest: score(chosen, y, period) };
  // Only reachable with values so large that sums overflow (beyond 1e300): repeat the last value.
  const fallback: ForecastParams = {
    seasonal: NO_SEASONALITY,
    components: [{ method: 'movingAverage', window: 1 }],
    floor,
    bandWidth: new Array<number>(horizon).fill(0),
  };
  return { method: 'movingAverage', params: fallback, ...evaluateForecast(y, fallback, horizon), backtest: { mape: null, mase: null, points: 0 } };
}
