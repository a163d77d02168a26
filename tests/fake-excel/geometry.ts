/** Rectangle helpers shared by the fake's range objects. */
import type { Rect } from './address';
import type { ConditionalFormatData } from './workbook-data';

/** Above this many cells a load or per-cell write is refused (Excel would hit response limits). */
export const MAX_CELLS = 2_000_000;

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function cfRect(cf: ConditionalFormatData): Rect {
  const [a, b] = cf.address.split(':');
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { row: s.row, col: s.col, rowCount: e.row - s.row + 1, colCount: e.col - s.col + 1 };
}
