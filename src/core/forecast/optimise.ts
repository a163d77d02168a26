/**
 * Choosing a smoothing constant: a coarse grid then a finer one around the best point.
 * Only fitting uses this; evaluation never does, so the workbook needs no optimiser.
 */

/** Minimises loss(alpha) over [lo, hi]; deterministic, about 30 evaluations. */
export function minimiseOnInterval(loss: (x: number) => number, lo = 0.01, hi = 1): number {
  let best = lo;
  let bestLoss = Infinity;
  const coarse = 10;
  const step = (hi - lo) / coarse;
  for (let i = 0; i <= coarse; i++) {
    const x = lo + i * step;
    const l = loss(x);
    if (l < bestLoss) {
      bestLoss = l;
      best = x;
    }
  }
  const from = Math.max(lo, best - step);
  const to = Math.min(hi, best + step);
  const fine = 8;
  const fineStep = (to - from) / fine;
  for (let i = 0; i <= fine; i++) {
    const x = from + i * fineStep;
    const l = loss(x);
    if (l < bestLoss) {
      bestLoss = l;
      best = x;
    }
  }
  return round4(best);
}

/** Parameters are shown in cells; four decimals read well and evaluate() uses the rounded value. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
