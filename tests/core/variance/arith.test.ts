import { sheetAdd, sheetSub, sheetSum } from '../../../src/core/variance/arith';

describe('spreadsheet arithmetic', () => {
  it('snaps nearly cancelling sums and differences to 0 like the spreadsheet engines', () => {
    expect(0.1 + 0.2 - 0.3).not.toBe(0); // plain IEEE
    expect(sheetSub(0.1 + 0.2, 0.3)).toBe(0);
    expect(sheetSum([-0.1, 0.3, -0.2])).toBe(0);
    expect(sheetAdd(0.30000000000000004, -0.3)).toBe(0);
  });

  it('leaves real differences alone', () => {
    expect(sheetSub(1000.3, 1000)).toBe(1000.3 - 1000);
    expect(sheetSub(5, -5)).toBe(10);
    expect(sheetSum([1, 2, 3.5])).toBe(6.5);
    expect(sheetSub(1e-300, 0)).toBe(1e-300);
  });
});
