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

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95; // A-Z a-z _
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46; // also 0-9 .
}

export function scanFormula(formula: string): Scan {
  const calls: FunctionCall[] = [];
  const n = formula.length;
  let bare = '';
  let copied = 0; // formula[copied..i) is still to be appended to bare
  let i = 0;
  while (i < n) {
    const c = formula.charCodeAt(i);
    if (c === 34 || c === 39) {
      // string literal (") or quoted sheet name ('); a doubled quote is an escaped quote
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === c) {
          if (formula.charCodeAt(j + 1) === c) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      const closed = j < n;
      const end = closed ? j : n;
      bare += formula.slice(copied, i + 1) + ' '.repeat(end - i - 1) + (closed ? formula[j] : '');
      i = closed ? j + 1 : n;
      copied = i;
      continue;
    }
    if (isNameStart(c) && (i === 0 || !isNameChar(formula.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < n && isNameChar(formula.charCodeAt(j))) j++;
      let k = j;
      while (k < n && formula.charCodeAt(k) === 32) k++;
      if (formula.charCodeAt(k) === 40) {
        const upper = formula.slice(i, j).toUpperCase();
        const prefixed = upper.startsWith('_XLFN.') || upper.startsWith('_XLWS.');
        calls.push({ name: prefixed ? upper.slice(6) : upper, start: i, prefixed });
      }
      i = j;
      continue;
    }
    i++;
  }
  return { calls, bare: bare + formula.slice(copied) };
}
