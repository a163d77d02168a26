/**
 * Geometry of the small per-line chart (actuals, budget, forecast and its 80% band): scales and
 * SVG path strings, as pure functions so they are tested without rendering. Never yields NaN:
 * a flat or all-zero line gets a domain around its value, missing points break a line.
 */
import type { ChartSeries } from './forecast-setup';

export interface ChartBox {
  width: number;
  height: number;
  /** Inner margins: left/right and top/bottom. */
  padX: number;
  padY: number;
}

export const DEFAULT_BOX: ChartBox = { width: 280, height: 72, padX: 4, padY: 6 };

export interface ChartGeometry {
  /** The value domain drawn from the bottom (yMin) to the top (yMax) of the inner box. */
  yMin: number;
  yMax: number;
  /** x of every position. */
  xs: number[];
  /** SVG path data ("M x y L x y ..."); "" when the series has no point. */
  actual: string;
  budget: string;
  forecast: string;
  /** Closed polygon: upper edge left to right, lower edge back; "" without a band. */
  band: string;
  /** y of the value 0 when it lies inside the domain, else null. */
  zeroY: number | null;
  /** x of the as-of position. */
  asOfX: number;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The value range to draw: every finite value, from 0 when the values sit well above it, never empty. */
export function valueDomain(values: readonly (number | null)[]): { min: number; max: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!finite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return { min: 0, max: 1 };
  // Start at 0 when that does not squash the line into a sliver.
  if (lo > 0 && lo <= hi / 2) lo = 0;
  if (hi < 0 && hi >= lo / 2) hi = 0;
  if (hi - lo <= Math.abs(hi) * 1e-12 || hi === lo) {
    const d = hi === 0 ? 1 : Math.abs(hi) * 0.1;
    return { min: lo - d, max: hi + d };
  }
  // A little air above and below, except at an edge anchored at 0.
  const pad = (hi - lo) * 0.05;
  return { min: lo === 0 ? 0 : lo - pad, max: hi === 0 ? 0 : hi + pad };
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Path through the finite points; a missing point starts a new sub-path. */
export function linePath(xs: readonly number[], ys: readonly (number | null)[]): string {
  const parts: string[] = [];
  let pen = false;
  ys.forEach((y, i) => {
    if (y === null || !Number.isFinite(y) || xs[i] === undefined) {
      pen = false;
      return;
    }
    parts.push(`${pen ? 'L' : 'M'}${r1(xs[i])} ${r1(y)}`);
    pen = true;
  });
  return parts.join(' ');
}

/** Polygon of the band over the positions where both edges exist (the longest such run from the first). */
export function bandPath(xs: readonly number[], upper: readonly (number | null)[], lower: readonly (number | null)[]): string {
  const idx: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const ok = upper[i] !== null && lower[i] !== null && Number.isFinite(upper[i]) && Number.isFinite(lower[i]);
    if (ok) idx.push(i);
    else if (idx.length > 0) break;
  }
  if (idx.length === 0) return '';
  const top = idx.map((i, k) => `${k === 0 ? 'M' : 'L'}${r1(xs[i])} ${r1(upper[i] as number)}`);
  const bottom = [...idx].reverse().map((i) => `L${r1(xs[i])} ${r1(lower[i] as number)}`);
  return `${[...top, ...bottom].join(' ')} Z`;
}

export function chartGeometry(s: ChartSeries, box: ChartBox = DEFAULT_BOX): ChartGeometry {
  const n = Math.max(s.actual.length, s.budget.length, s.forecast.length, 1);
  const innerW = Math.max(1, box.width - 2 * box.padX);
  const innerH = Math.max(1, box.height - 2 * box.padY);
  const xs = Array.from({ length: n }, (_, i) => (n === 1 ? box.padX + innerW / 2 : box.padX + (i * innerW) / (n - 1)));
  const { min, max } = valueDomain([...s.actual, ...s.budget, ...s.forecast, ...s.lower, ...s.upper]);
  const y = (v: number | null): number | null => (finite(v) ? box.padY + ((max - v) / (max - min)) * innerH : null);
  const ys = (vs: readonly (number | null)[]) => vs.map(y);
  return {
    yMin: min,
    yMax: max,
    xs,
    actual: linePath(xs, ys(s.actual)),
    budget: linePath(xs, ys(s.budget)),
    forecast: linePath(xs, ys(s.forecast)),
    band: bandPath(xs, ys(s.upper), ys(s.lower)),
    zeroY: min <= 0 && max >= 0 ? y(0) : null,
    asOfX: xs[Math.min(Math.max(0, s.asOfPos), n - 1)],
  };
}
