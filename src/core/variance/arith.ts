/**
 * Spreadsheet arithmetic. Excel and LibreOffice snap a sum or difference of two nearly equal
 * numbers of opposite effect to exactly 0 (LibreOffice: rtl::math::approxAdd/approxSub, also
 * inside SUM and SUMIFS). Checked on LibreOffice 25.2: =(0.1+0.2)-0.3 gives 0 and
 * =SUM(-0.1,0.3,-0.2) gives 0, where plain IEEE arithmetic gives about 5.6e-17 and -2.8e-17.
 * The TypeScript engine uses the same snapping so that a variance of "nothing" is 0 in both,
 * which a relative comparison needs.
 */

const E48 = 1 / (16777216 * 16777216); // 2^-48

/** True when a and b agree to about 14 significant digits. */
export function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const d = Math.abs(a - b);
  return d < Math.abs(a) * E48 && d < Math.abs(b) * E48;
}

/** a + b, snapped to 0 when they (nearly) cancel. */
export function sheetAdd(a: number, b: number): number {
  if (((a < 0 && b > 0) || (a > 0 && b < 0)) && approxEqual(a, -b)) return 0;
  return a + b;
}

/** a - b, snapped to 0 when they are (nearly) equal. */
export function sheetSub(a: number, b: number): number {
  if (((a < 0 && b < 0) || (a > 0 && b > 0)) && approxEqual(a, b)) return 0;
  return a - b;
}

/** SUM in cell order, left to right. */
export function sheetSum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s = sheetAdd(s, v);
  return s;
}
