import { colToLetters, lettersToCol, parseA1, parseRange, qualify, quoteSheet, rangeA1, splitSheetAddress, toA1 } from '../../src/core/a1';

describe('A1 addresses', () => {
  test('column letters round-trip at the 1- and 2-letter boundaries', () => {
    expect(colToLetters(0)).toBe('A');
    expect(colToLetters(25)).toBe('Z');
    expect(colToLetters(26)).toBe('AA');
    expect(colToLetters(701)).toBe('ZZ');
    expect(colToLetters(702)).toBe('AAA');
    for (let c = 0; c < 2000; c += 7) expect(lettersToCol(colToLetters(c))).toBe(c);
  });

  test('cells and ranges', () => {
    expect(toA1(2, 1)).toBe('B3');
    expect(toA1(2, 1, true)).toBe('$B$3');
    expect(rangeA1(0, 0, 1, 1)).toBe('A1');
    expect(rangeA1(4, 2, 3, 2)).toBe('C5:D7');
    expect(parseA1('$AB$12')).toEqual({ row: 11, col: 27 });
    expect(parseRange("'Sales 2026'!C5:D7")).toEqual({ row: 4, col: 2, rowCount: 3, colCount: 2 });
    expect(() => parseA1('12B')).toThrow(RangeError);
  });

  test('sheet names are quoted and escaped only when needed', () => {
    expect(quoteSheet('Budget')).toBe('Budget');
    expect(quoteSheet('Sales Budget')).toBe("'Sales Budget'");
    expect(quoteSheet("O'Brien Sales")).toBe("'O''Brien Sales'");
    expect(quoteSheet('销售预算')).toBe("'销售预算'");
    expect(quoteSheet('A1')).toBe("'A1'"); // looks like a cell reference
    expect(quoteSheet('2026')).toBe("'2026'");
    expect(qualify("O'Brien Sales", 'B2')).toBe("'O''Brien Sales'!B2");
    expect(splitSheetAddress("'O''Brien Sales'!B2:C3")).toEqual({ sheet: "O'Brien Sales", address: 'B2:C3' });
    expect(splitSheetAddress('B2')).toEqual({ sheet: null, address: 'B2' });
  });
});
