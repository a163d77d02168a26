/**
 * Combination: the mean of several methods' forecasts on the same adjusted series (the M3
 * "COMB S-H-D" idea; averaging is hard to beat). Each component keeps its own rows and params.
 *
 * Cells:  F_h = AVERAGE(F_h of component 1, ..., F_h of component k)
 */
export function meanOfForecasts(parts: readonly (readonly number[])[], horizon: number): number[] {
  const out = new Array<number>(horizon).fill(0);
  if (parts.length === 0) return out;
  for (let h = 0; h < horizon; h++) {
    let s = 0;
    for (const p of parts) s += p[h];
    out[h] = s / parts.length;
  }
  return out;
}
