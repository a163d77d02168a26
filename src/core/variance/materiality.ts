/**
 * The default materiality threshold (BP_FlagAbs): 2% of the median line's annual budget,
 * rounded DOWN to a "nice" 1, 2 or 5 x 10^k, so a small line's noise is not flagged while a
 * typical line's real miss is. The annual budget of a line is the sum of its budget over all
 * periods, scaled to 12 months (a quarter counts as 3). 0 when the median is 0 or negative
 * (then only the % rule applies).
 */
import type { BudgetModel } from '../model';

export const MATERIALITY_SHARE = 0.02;

/** Largest 1/2/5 x 10^k not above x; 0 for x <= 0 or non-finite x. */
export function niceFloor(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 0;
  const k = Math.floor(Math.log10(x));
  // start one decade up: Math.log10 may round down at exact powers of ten
  for (const kk of [k + 1, k, k - 1]) {
    for (const m of [5, 2, 1]) {
      const v = kk >= 0 ? m * 10 ** kk : m / 10 ** -kk;
      if (v <= x) return v;
    }
  }
  return 0;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function defaultFlagAbs(model: BudgetModel): number {
  const months = model.periods.reduce((n, p) => n + (p.kind === 'quarter' ? 3 : 1), 0);
  if (months === 0 || model.lines.length === 0) return 0;
  const annual = model.lines.map((line) => {
    let total = 0;
    for (const b of line.budget) if (b && b.value !== null) total += b.value;
    return (total * 12) / months;
  });
  return niceFloor(median(annual) * MATERIALITY_SHARE);
}
