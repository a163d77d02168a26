/**
 * Office.js formulas ("=FORECAST.LINEAR(...)") to the xlsx file form ExcelJS writes verbatim
 * ("_xlfn.FORECAST.LINEAR(...)"): no leading "=", `_xlfn.` before functions newer than the
 * 2007 file format. Strings and quoted sheet names are left untouched.
 */
import { XLFN_FUNCTIONS } from './functions';
import { scanFormula } from './scan';

export function toFileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const { calls } = scanFormula(body);
  let out = '';
  let last = 0;
  for (const c of calls) {
    if (c.prefixed || !XLFN_FUNCTIONS.has(c.name)) continue;
    out += body.slice(last, c.start) + '_xlfn.';
    last = c.start;
  }
  return out + body.slice(last);
}
