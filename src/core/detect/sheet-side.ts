/**
 * Which side of a budget/actuals pair a sheet holds, by its name ("Budget", "Actuals", "预算",
 * "实际"), else by a title in its first rows ("FY2026 Actuals").
 */
import type { Grid } from '../grid';
import { measureOf } from './header-text';

export type Side = 'budget' | 'actual';

/** Which side of a pair a sheet is, by its name, else by the text above its header. */
export function sheetSide(grid: Pick<Grid, 'sheet' | 'values'>): Side | null {
  const fromText = (t: string): Side | null => {
    const m = measureOf(t);
    return m === 'budget' || m === 'target' ? 'budget' : m === 'actual' ? 'actual' : null;
  };
  const byName = fromText(grid.sheet);
  if (byName) return byName;
  for (let r = 0; r < Math.min(5, grid.values.length); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(10, row.length); c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.trim() === '' || v.length > 120) continue;
      const s = fromText(v);
      if (s) return s;
    }
  }
  return null;
}

