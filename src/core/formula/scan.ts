/**
 * A small scanner for en-US formulas: finds function calls and the text outside string
 * literals and quoted sheet names, which is all lint and file-form conversion need.
 */

export interface FunctionCall {
  /** Upper-case name as written, without a `_xlfn.`/`_xlws.` prefix. */
  name: string;
  /** Offset of the name's first character in the formula (including any prefix). */
  start: number;
  /** Whether the call was written with a `_xlfn.` or `_xlws.` prefix. */
  prefixed: boolean;
}

export interface Scan {
  calls: FunctionCall[];
  /** The formula with string literals and quoted sheet names blanked out (same length). */
  bare: string;
}

const NAME_CHAR = /[A-Za-z0-9_.]/;

export function scanFormula(formula: string): Scan {
  const out: string[] = [];
  const calls: FunctionCall[] = [];
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // string literal or quoted sheet name; a doubled quote is an escaped quote
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      const closed = j < n;
      out.push(ch + ' '.repeat((closed ? j : n) - i - 1) + (closed ? ch : ''));
      i = closed ? j + 1 : n;
      continue;
    }
    if (/[A-Za-z_]/.test(ch) && (i === 0 || !NAME_CHAR.test(formula[i - 1]))) {
      let j = i;
      while (j < n && NAME_CHAR.test(formula[j])) j++;
      const word = formula.slice(i, j);
      let k = j;
      while (k < n && formula[k] === ' ') k++;
      if (formula[k] === '(') {
        const upper = word.toUpperCase();
        const prefixed = upper.startsWith('_XLFN.') || upper.startsWith('_XLWS.');
        calls.push({ name: prefixed ? upper.slice(6) : upper, start: i, prefixed });
      }
      out.push(word);
      i = j;
      continue;
    }
    out.push(ch);
    i++;
  }
  return { calls, bare: out.join('') };
}
