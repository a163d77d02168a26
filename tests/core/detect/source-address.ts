/** Test helper: the A1 address of a cell source (throws for a SUMIFS source, which has none). */
import type { SourceValue } from '../../../src/core/model';

export function cellAddress(v: SourceValue | null | undefined): string | null {
  if (!v) return null;
  if (v.source.kind !== 'cell') throw new Error(`expected a cell source, got ${v.source.kind}`);
  return v.source.address;
}

import { parseRange } from '../../../src/core/a1';
import type { CellValue, Grid } from '../../../src/core/grid';
import type { SumifsSource } from '../../../src/core/model';

/**
 * What Excel's IF(COUNTIFS(...)>0, SUMIFS(...), "") gives for a SUMIFS source over a grid,
 * computed directly from the cells (an oracle independent of detection): criteria text
 * matches case-insensitively, numbers equal; only numeric amounts add. null when no row matches.
 */
export function evalSumifs(g: Grid, src: SumifsSource): number | null {
  const sum = parseRange(src.sumRange.replace(/\$/g, ''));
  const cell = (row: number, col: number): CellValue => g.values[row - g.origin.row]?.[col - g.origin.col] ?? '';
  const matches = (v: CellValue, want: string | number): boolean =>
    typeof want === 'number'
      ? v === want
      : (typeof v === 'string' || typeof v === 'boolean') && String(v).toLowerCase() === want.toLowerCase(); // "FALSE" matches FALSE
  const crit = src.criteria.map((c) => ({ col: parseRange(c.range.replace(/\$/g, '')).col, value: c.value }));
  const date = src.dateRange ? { col: parseRange(src.dateRange.range.replace(/\$/g, '')).col, ...src.dateRange } : null;
  let total = 0;
  let count = 0;
  for (let row = sum.row; row < sum.row + sum.rowCount; row++) {
    if (!crit.every((c) => matches(cell(row, c.col), c.value))) continue;
    if (date) {
      const dv = cell(row, date.col);
      if (typeof dv !== 'number' || dv < date.from || dv >= date.to) continue;
    }
    count++;
    const a = cell(row, sum.col);
    if (typeof a === 'number' && Number.isFinite(a)) total += a;
  }
  return count > 0 ? total : null;
}
