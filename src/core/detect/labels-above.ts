/**
 * Labels written in rows above a period column (or in the measure row below it): which
 * measure a block is (Budget / Actual / 预算 / 实际) and which year it belongs to.
 */
import type { HeaderLocation } from './find-header';
import { measureOf, type Measure } from './header-text';
import { yearInText } from './notes';
import type { SheetView } from './sheet-view';

/** How many rows above the header are searched for block labels. */
export const LABEL_ROWS_ABOVE = 3;

/** Measure of a period column: in its header, in the measure row below, or in a label row above. */
export function measureFor(view: SheetView, header: HeaderLocation, c: number, firstPeriodCol: number): { measure: Measure | null; fromLabelRow: boolean } {
  const own = header.cells[c].measure;
  if (own) return { measure: own, fromLabelRow: false };
  if (header.measureRow !== null) {
    const m = measureOf(view.text(header.measureRow, c));
    if (m) return { measure: m, fromLabelRow: false };
  }
  for (let r = header.row - 1; r >= Math.max(0, header.row - LABEL_ROWS_ABOVE); r--) {
    for (let cc = c; cc >= firstPeriodCol; cc--) {
      if (view.anchorOf(r, cc).col < firstPeriodCol) break; // a title merged across the sheet is no block label
      const t = view.text(r, cc);
      if (t === '') continue;
      const m = measureOf(t);
      if (m) return { measure: m, fromLabelRow: true };
      break;
    }
  }
  return { measure: null, fromLabelRow: false };
}

/** A year written in a label row above the column (carried from the left within the period area). */
export function yearAbove(view: SheetView, headerRow: number, c: number, firstPeriodCol: number): number | null {
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - LABEL_ROWS_ABOVE); r--) {
    for (let cc = c; cc >= firstPeriodCol; cc--) {
      if (view.anchorOf(r, cc).col < firstPeriodCol) break;
      const v = view.shownValue(r, cc);
      if (v === '') continue;
      if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= 1950 && v <= 2100) return v;
        break;
      }
      const y = yearInText(String(v));
      if (y !== null) return y;
      break;
    }
  }
  return null;
}
