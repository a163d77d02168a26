/**
 * Small numeric helpers with the same arithmetic as the spreadsheet functions they mirror
 * (AVERAGE, SLOPE, INTERCEPT), so TypeScript and recalculated cells agree.
 */

/** AVERAGE(values[from..to-1]); 0 for an empty range (the formula writer guards with IFERROR). */
export function meanOf(values: readonly number[], from = 0, to = values.length): number {
  if (to <= from) return 0;
  let s = 0;
  for (let i = from; i < to; i++) s += values[i];
  return s / (to - from);
}

export interface Line {
  intercept: number;
  slope: number;
}

/**
 * SLOPE/INTERCEPT of y = values[from..to-1] against x = 1..(to-from), the two-pass way
 * spreadsheets compute them: slope = Σ(x-x̄)(y-ȳ) / Σ(x-x̄)², intercept = ȳ - slope·x̄.
 * With fewer than two points the slope is 0 and the intercept the (single) value.
 */
export function regressOnTime(values: readonly number[], from = 0, to = values.length): Line {
  const k = to - from;
  if (k <= 0) return { intercept: 0, slope: 0 };
  const yBar = meanOf(values, from, to);
  if (k < 2) return { intercept: yBar, slope: 0 };
  const xBar = (k + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < k; i++) {
    const dx = i + 1 - xBar;
    sxy += dx * (values[from + i] - yBar);
    sxx += dx * dx;
  }
  const slope = sxy / sxx;
  return { intercept: yBar - slope * xBar, slope };
}

/** True when every value is a finite number equal to the first (flat line). */
export function isFlat(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

/** Mean absolute difference at `lag` (the MASE scale); null when undefined or 0. */
export function naiveScale(values: readonly number[], lag: number): number | null {
  if (values.length <= lag) return null;
  let s = 0;
  for (let i = lag; i < values.length; i++) s += Math.abs(values[i] - values[i - lag]);
  const scale = s / (values.length - lag);
  return scale > 0 && Number.isFinite(scale) ? scale : null;
}
