/**
 * Total and subtotal rows: by label (Total, Subtotal, Grand Total, 合计, 小计, 总计) or by
 * their numbers being SUM formulas over the rows above in the same column.
 */
import { lettersToCol } from '../a1';
import { normalizeText } from '../periods/text';
import type { SheetView } from './sheet-view';

const TOTAL_LABEL_RE = /\b(?:grand\s*total|sub\s*-?\s*totals?|totals?)\b|合计|小计|总计|共计|总和|汇总|^sum$/;

export function isTotalLabel(text: string): boolean {
  return text !== '' && text.length <= 200 && TOTAL_LABEL_RE.test(normalizeText(text));
}

const REF_RE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;

/** Every argument a cell or range in column absCol, all ending above absRow (0-based absolute). */
function refsAbove(args: string[], absRow: number, absCol: number): boolean {
  if (args.length === 0) return false;
  for (const a of args) {
    const m = REF_RE.exec(a);
    if (!m) return false;
    if (lettersToCol(m[1]) !== absCol) return false;
    if (m[3] !== undefined && lettersToCol(m[3]) !== absCol) return false;
    const last = Math.max(Number(m[2]), m[4] !== undefined ? Number(m[4]) : 0) - 1;
    if (last >= absRow) return false;
  }
  return true;
}

/**
 * True for "=SUM(C5:C9)", "=SUBTOTAL(9,C5:C9)", "=SUM(C5:C9,C12:C15)", "=C5+C6+C7" in column
 * absCol of row absRow, when every reference lies above the row.
 */
export function isSumOverAbove(formula: string | number | boolean, absRow: number, absCol: number): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  const f = formula.replace(/\s+/g, '').toUpperCase();
  let m = /^=(?:SUM\(|SUBTOTAL\((?:9|109),)([^()]*)\)$/.exec(f);
  if (m) return refsAbove(m[1].split(','), absRow, absCol);
  m = /^=([$A-Z0-9]+(?:\+[$A-Z0-9]+)+)$/.exec(f);
  if (m) return refsAbove(m[1].split('+'), absRow, absCol);
  return false;
}

/** True when at least half of the row's non-blank value cells (and at least one) sum the rows above. */
export function isSumRow(view: SheetView, r: number, valueCols: readonly number[]): boolean {
  let nonBlank = 0;
  let sums = 0;
  for (const c of valueCols) {
    if (view.isBlank(r, c)) continue;
    nonBlank++;
    if (isSumOverAbove(view.formula(r, c), view.absRow(r), view.absCol(c))) sums++;
  }
  return sums > 0 && sums * 2 >= nonBlank;
}
