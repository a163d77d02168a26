/**
 * Finding the header row: the row (among the first rows of the grid) that names the most
 * periods. Title and note rows above it and blank rows are skipped. When the row below holds
 * only Budget/Actual labels under merged or repeated period cells, the header is two rows.
 */
import { classifyHeaderCell, measureOf, type HeaderCell } from './header-text';
import type { SheetView } from './sheet-view';

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 60;

export interface HeaderLocation {
  /** Local row holding the period headers. */
  row: number;
  /** Local row below it holding the measure labels (two-row header), or null. */
  measureRow: number | null;
  /** Classified header cells by local column (periods carried across merged/two-row headers). */
  cells: HeaderCell[];
  /** First local row of data. */
  dataStart: number;
}

function classifyRow(view: SheetView, r: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (let c = 0; c < view.cols; c++) {
    const a = view.anchorOf(r, c);
    // A merged header cell counts once (at its anchor); the tail is handled for two-row headers.
    out.push(a.row === r && a.col === c ? classifyHeaderCell(view.value(r, c), view.format(r, c)) : classifyHeaderCell('', 'General'));
  }
  return out;
}

function periodCount(cells: HeaderCell[]): number {
  let n = 0;
  for (const h of cells) if (h.parts && !h.total) n++;
  return n;
}

function isReadMeasure(m: string | null): boolean {
  return m === 'budget' || m === 'target' || m === 'actual';
}

/**
 * Finds the header row; with `only` (a local row, e.g. chosen by the user) that row is the
 * header if it names any period, else there is none.
 */
export function findHeader(view: SheetView, only?: number): HeaderLocation | null {
  const from = only ?? 0;
  const limit = only !== undefined ? Math.min(view.rows, only + 1) : Math.min(view.rows, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestCount = 0;
  let bestFilled = 0;
  let bestCells: HeaderCell[] = [];
  for (let r = Math.max(0, from); r < limit; r++) {
    const cells = classifyRow(view, r);
    const n = periodCount(cells);
    if (n === 0) continue;
    // Most periods wins; on a tie, the fuller row (a header has dimension names, a title one cell).
    const filled = cells.reduce((k, h) => (h.text !== '' ? k + 1 : k), 0);
    if (n > bestCount || (n === bestCount && filled > bestFilled)) {
      best = r;
      bestCount = n;
      bestFilled = filled;
      bestCells = cells;
    }
  }
  if (best < 0) return null;

  // Two-row header: the row below has Budget/Actual labels in the period area and no periods.
  const below = best + 1;
  if (below < view.rows) {
    const firstPeriod = bestCells.findIndex((h) => h.parts !== null && !h.total);
    let measures = 0;
    let periods = 0;
    for (let c = Math.max(0, firstPeriod); c < view.cols; c++) {
      const h = classifyHeaderCell(view.value(below, c), view.format(below, c));
      if (h.parts) periods++;
      else if (isReadMeasure(measureOf(h.text))) measures++;
    }
    if (measures >= 2 && periods === 0) {
      const cells = bestCells.slice();
      for (let c = firstPeriod + 1; c < view.cols; c++) {
        if (cells[c].parts || cells[c].text !== '') continue;
        const a = view.anchorOf(best, c);
        if (a.col !== c && a.row === best && cells[a.col]?.parts) cells[c] = cells[a.col];
        else if (cells[c - 1]?.parts && !cells[c - 1].total && !view.isBlank(below, c)) cells[c] = cells[c - 1];
      }
      return { row: best, measureRow: below, cells, dataStart: below + 1 };
    }
  }
  return { row: best, measureRow: null, cells: bestCells, dataStart: best + 1 };
}
