/** The pure rules of the "How the sheet was read" panel: sureness words, candidates, edits. */
import type { Mapping } from '../../src/core/model';
import { applyEdit, candidateColumns, columnError, columnOfLetters, columnsValid, editOf, headerRowValid, surenessOf } from '../../src/taskpane/mapping/mapping-edit';

const mapping: Mapping = {
  layout: 'wide-paired',
  sheet: 'Budget',
  headerRow: 2,
  firstDataRow: 3,
  dimensions: [
    { name: 'Product', col: 1, confidence: 0.9, reason: 'named Product' },
    { name: 'Region', col: 0, confidence: 0.5, reason: 'text left of the periods' },
  ],
  typeColumn: { name: 'Type', col: 2, confidence: 0.8, reason: 'says revenue or cost' },
  measureColumn: null,
  periods: [],
  confidence: 0.7,
  reason: 'wide-paired',
};

describe('mapping edits', () => {
  it('words confidence at the 0.9 and 0.6 boundaries', () => {
    expect([1, 0.9, 0.89, 0.6, 0.59, 0].map(surenessOf)).toEqual(['sure', 'sure', 'likely', 'likely', 'guess', 'guess']);
  });

  it('offers the dimensions and the type column as candidates, by column', () => {
    expect(candidateColumns(mapping).map((c) => c.col)).toEqual([0, 1, 2]);
    expect(candidateColumns({ ...mapping, typeColumn: null }).map((c) => c.col)).toEqual([0, 1]);
  });

  it('leaves the mapping as it was when nothing was changed', () => {
    const e = editOf(mapping);
    expect(e).toEqual({ headerRow: 3, dimensionCols: [1, 0], typeCol: 2, periodCols: [] });
    const m = applyEdit(mapping, e);
    expect(m.headerRow).toBe(2);
    expect(m.firstDataRow).toBe(3);
    expect(m.typeColumn).toEqual(mapping.typeColumn);
    expect(m.dimensions.map((d) => [d.col, d.confidence])).toEqual([[0, 0.5], [1, 0.9]]);
  });

  it('removes the type column, makes it a dimension and moves the header with the data', () => {
    const m = applyEdit(mapping, { headerRow: 5, dimensionCols: [2, 0], typeCol: null });
    expect(m.typeColumn).toBeNull();
    expect(m.dimensions.map((d) => d.name)).toEqual(['Region', 'Type']);
    expect(m.dimensions.every((d) => d.confidence === 1 && d.reason === 'set by the user')).toBe(true);
    expect(m.headerRow).toBe(4);
    expect(m.firstDataRow).toBe(5);
    // The detected mapping is not changed.
    expect(mapping.typeColumn?.col).toBe(2);
    expect(mapping.headerRow).toBe(2);
  });

  it('reads column letters A..XFD, empty as none', () => {
    // A=0, Z=25, AA=26, XFD=16383 (24*676 + 6*26 + 4 - 1).
    expect(['A', ' z ', 'AA', 'xfd', '', 'XFE', 'A1', 'ABCD', '-'].map(columnOfLetters)).toEqual([0, 25, 26, 16383, null, 'invalid', 'invalid', 'invalid', 'invalid']);
    expect([columnError('', true), columnError('', false), columnError('Q', true), columnError('1', false)]).toEqual(['required', null, null, 'invalid']);
  });

  it('sets period, date and amount columns the user typed; a changed column forgets its header', () => {
    const long: Mapping = {
      ...mapping,
      layout: 'long',
      periods: [],
      long: { sheet: 'Data', headerRow: 0, dateColumn: { name: 'Date', col: 3, confidence: 0.7, reason: 'dates' }, amountColumn: { name: 'Amount', col: 4, confidence: 0.7, reason: 'numbers' } },
    };
    const e = editOf(long);
    expect([e.dateCol, e.amountCol]).toEqual(['D', 'E']);
    const m = applyEdit(long, { ...e, amountCol: 'F' });
    expect(m.long?.dateColumn).toEqual(long.long?.dateColumn);
    expect(m.long?.amountColumn).toEqual({ name: 'Amount', col: 5, confidence: 1, reason: 'set by the user' });

    const wide: Mapping = {
      ...mapping,
      periods: [{ key: '2026-01', label: 'Jan', budgetCol: 3, actualCol: 4, budgetHeader: 'Jan B', actualHeader: 'Jan A', confidence: 0.8, reason: 'paired' }],
    };
    const w = editOf(wide);
    expect(w.periodCols).toEqual([{ budget: 'D', actual: 'E' }]);
    expect(applyEdit(wide, w).periods[0]).toEqual(wide.periods[0]);
    expect(applyEdit(wide, { ...w, periodCols: [{ budget: 'D', actual: '' }] }).periods[0]).toEqual({
      ...wide.periods[0],
      actualCol: null,
      actualHeader: null,
      confidence: 1,
      reason: 'set by the user',
    });
    expect(columnsValid({ ...w, periodCols: [{ budget: '', actual: 'E' }] })).toBe(false);
    expect(columnsValid({ ...w, periodCols: [{ budget: 'D', actual: '' }] })).toBe(true);
  });

  it('accepts only whole row numbers from 1', () => {
    expect([1, 7, 0, -1, 2.5, NaN].map(headerRowValid)).toEqual([true, true, false, false, false, false]);
  });
});
