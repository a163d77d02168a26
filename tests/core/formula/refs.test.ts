import { num, sourceRef, str } from '../../../src/core/formula/refs';

describe('formula references', () => {
  it('quotes and escapes source sheet names', () => {
    expect(sourceRef({ kind: 'cell', sheet: "O'Brien Sales", address: 'C5' })).toBe("'O''Brien Sales'!C5");
    expect(sourceRef({ kind: 'cell', sheet: 'Budget', address: 'C5' })).toBe('Budget!C5');
    expect(sourceRef({ kind: 'cell', sheet: '2026 预算', address: 'AB12' })).toBe("'2026 预算'!AB12");
  });

  it('escapes quotes in string literals', () => {
    expect(str('Off target')).toBe('"Off target"');
    expect(str('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes numbers as exact round-trip literals', () => {
    expect(num(0.1)).toBe('0.1');
    expect(num(-2500)).toBe('-2500');
    expect(num(1e-7)).toBe('1E-7');
    expect(() => num(Number.NaN)).toThrow();
  });
});
