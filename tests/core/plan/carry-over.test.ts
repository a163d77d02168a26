import type { Grid } from '../../../src/core/grid';
import { lineKeyId } from '../../../src/core/model';
import { readCarryOver } from '../../../src/core/plan/carry-over';
import type { InputColumn } from '../../../src/core/plan/types';

function grid(origin: { row: number; col: number }, values: (string | number | boolean)[][]): Grid {
  return { sheet: 'BP Variance', origin, values, formulas: values, numberFormats: values.map((r) => r.map(() => 'General')) };
}

describe('readCarryOver', () => {
  it('reads by absolute sheet position when the used range does not start at A1', () => {
    // used range starts at B3 (row 2, col 1); keys in B:C (cols 1-2), comment in E (col 4)
    const g = grid({ row: 2, col: 1 }, [
      ['Region', 'Product', 'x', 'Comment'],
      ['East', 'Widgets', 1, 'late invoices'],
      ['West', 2026, 1, ''],
      ['North', 'Gadgets', 1, true],
    ]);
    const input: InputColumn = { id: 'comment', col: 4, keyCols: [1, 2], firstRow: 3, lastRow: 5 };
    const m = readCarryOver(g, [input]);
    expect(m.get(lineKeyId(['East', 'Widgets']))).toEqual({ comment: 'late invoices' });
    expect(m.has(lineKeyId(['West', '2026']))).toBe(false); // empty comment is not carried
    expect(m.get(lineKeyId(['North', 'Gadgets']))).toEqual({ comment: 'TRUE' });
    expect(m.size).toBe(2);
  });

  it('ignores rows beyond the grid and keeps the first of duplicate keys', () => {
    const g = grid({ row: 0, col: 0 }, [
      ['A', 'first'],
      ['A', 'second'],
    ]);
    const m = readCarryOver(g, [{ id: 'comment', col: 1, keyCols: [0], firstRow: 0, lastRow: 50 }]);
    expect(m.get(lineKeyId(['A']))).toEqual({ comment: 'first' });
    expect(m.size).toBe(1);
  });

  it('keeps numbers as numbers and whitespace-only cells out', () => {
    const g = grid({ row: 0, col: 0 }, [['A', 12.5], ['B', '   ']]);
    const m = readCarryOver(g, [{ id: 'comment', col: 1, keyCols: [0], firstRow: 0, lastRow: 1 }]);
    expect(m.get(lineKeyId(['A']))).toEqual({ comment: 12.5 });
    expect(m.has(lineKeyId(['B']))).toBe(false);
  });
});
