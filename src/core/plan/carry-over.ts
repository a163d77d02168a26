/**
 * Reading back what people typed into our input columns, keyed by line, so a refresh keeps it.
 */
import type { CellValue, Grid } from '../grid';
import { lineKeyId } from '../model';
import type { InputColumn } from './types';

/** What was typed, per line key id (lineKeyId), per input column id. */
export type CarryOver = Map<string, Record<string, string | number>>;

function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return '';
  const v = r[col - grid.origin.col];
  return v === undefined || v === null ? '' : v;
}

function keyText(v: CellValue): string {
  return typeof v === 'string' ? v : String(v);
}

/**
 * Reads each input column of a sheet we wrote earlier. Empty cells are skipped; booleans are
 * kept as "TRUE"/"FALSE" text. When a key appears twice, the first row wins. Rows outside the
 * grid (the sheet was shortened by hand) are simply absent.
 */
export function readCarryOver(grid: Grid, inputs: readonly InputColumn[]): CarryOver {
  const out: CarryOver = new Map();
  for (const input of inputs) {
    for (let row = input.firstRow; row <= input.lastRow; row++) {
      const v = cellAt(grid, row, input.col);
      if (v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      const id = lineKeyId(input.keyCols.map((c) => keyText(cellAt(grid, row, c))));
      const rec = out.get(id) ?? {};
      if (input.id in rec) continue;
      rec[input.id] = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v;
      out.set(id, rec);
    }
  }
  return out;
}
