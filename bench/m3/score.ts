/**
 * Scoring exactly as ../shared/data/README.md describes (reproduces the published M3 figures):
 * sMAPE = mean_h 200|y-f|/(|y|+|f|) per series, then the mean over series;
 * MASE = mean_h |y-f| / (in-sample mean |y_t - y_{t-12}|), then the mean over series.
 * Our engine and the original entrants are scored by these same functions.
 */
import type { M3Series } from './load';

export const SEASON = 12;

export function smape(actual: readonly number[], forecast: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i]) + Math.abs(forecast[i]);
    s += d === 0 ? 0 : (200 * Math.abs(actual[i] - forecast[i])) / d;
  }
  return s / actual.length;
}

export function maseScale(train: readonly number[], lag = SEASON): number {
  let s = 0;
  for (let t = lag; t < train.length; t++) s += Math.abs(train[t] - train[t - lag]);
  return s / (train.length - lag);
}

export function mase(actual: readonly number[], forecast: readonly number[], train: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < actual.length; i++) s += Math.abs(actual[i] - forecast[i]);
  return s / actual.length / maseScale(train);
}

export interface Accuracy {
  smape: number;
  mase: number;
  count: number;
}

export type ScoreTable = Map<string, Accuracy>;

/**
 * Scores forecasts (id -> f1..fH) over the series, overall ('ALL') and per category.
 * A series without a forecast is an error: comparisons must cover the same series.
 */
export function scoreForecasts(series: readonly M3Series[], forecasts: ReadonlyMap<string, readonly number[]>): ScoreTable {
  const acc = new Map<string, { s: number; m: number; c: number }>();
  const add = (key: string, s: number, m: number): void => {
    const a = acc.get(key) ?? { s: 0, m: 0, c: 0 };
    a.s += s;
    a.m += m;
    a.c += 1;
    acc.set(key, a);
  };
  for (const ser of series) {
    const f = forecasts.get(ser.id);
    if (!f) throw new Error(`no forecast for series ${ser.id}`);
    const fh = f.slice(0, ser.test.length);
    const s = smape(ser.test, fh);
    const m = mase(ser.test, fh, ser.train);
    add('ALL', s, m);
    add(ser.category, s, m);
  }
  const out: ScoreTable = new Map();
  for (const [k, a] of acc) out.set(k, { smape: a.s / a.c, mase: a.m / a.c, count: a.c });
  return out;
}

/** Share of test points inside [lower, upper] (prediction band coverage). */
export function coverage(series: readonly M3Series[], bands: ReadonlyMap<string, { lower: readonly number[]; upper: readonly number[] }>): number {
  let inside = 0;
  let total = 0;
  for (const ser of series) {
    const b = bands.get(ser.id);
    if (!b) continue;
    ser.test.forEach((y, i) => {
      total += 1;
      if (y >= b.lower[i] && y <= b.upper[i]) inside += 1;
    });
  }
  return total === 0 ? NaN : inside / total;
}
