import type { CellSource, SumifsSource } from '../../../src/core/model';
import { lintFormula } from '../../../src/core/formula/lint';
import {
  actualSourceFormula,
  budgetSourceFormula,
  criterionLiteral,
  escapeWildcards,
  sumifsExpression,
} from '../../../src/core/formula/source';

const cell: CellSource = { kind: 'cell', sheet: "O'Brien Sales", address: 'C5' };
const JAN = 46023; // 1-Jan-2026, by hand
const FEB = 46054; // 1-Feb-2026
const orders: SumifsSource = {
  kind: 'sumifs',
  sheet: 'CRM export',
  sumRange: '$F$2:$F$500',
  criteria: [
    { range: '$B$2:$B$500', value: 'East' },
    { range: '$C$2:$C$500', value: 'Ann' },
  ],
  dateRange: { range: '$A$2:$A$500', from: JAN, to: FEB },
};

describe('criterionLiteral: criteria that match only their own text', () => {
  it.each([
    ['East', '"East"'],
    ['say "hi"', '"say ""hi"""'],
    ['A*B', '"="&"A~*B"'],
    ['Q?', '"="&"Q~?"'],
    ['~x', '"="&"~~x"'],
    ['=1+1', '"="&"=1+1"'],
    ['<5', '"="&"<5"'],
    ['>=big', '"="&">=big"'],
    ['<>', '"="&"<>"'],
    ['华东', '"华东"'],
  ])('%j -> %s', (value, literal) => {
    expect(criterionLiteral(value)).toBe(literal);
  });
  it('numbers are plain literals', () => {
    expect(criterionLiteral(42)).toBe('42');
    expect(criterionLiteral(-0.5)).toBe('-0.5');
  });
  it('escapes every wildcard character', () => {
    expect(escapeWildcards('a~b*c?d**')).toBe('a~~b~*c~?d~*~*');
  });
});

describe('source formulas', () => {
  it('a cell source reads the cell, quoted sheet, blank budget 0 and blank actual ""', () => {
    expect(budgetSourceFormula(cell)).toBe("=IF(ISNUMBER('O''Brien Sales'!C5),'O''Brien Sales'!C5,0)");
    expect(actualSourceFormula(cell)).toBe("=IF(ISNUMBER('O''Brien Sales'!C5),'O''Brien Sales'!C5,\"\")");
  });

  it('a SUMIFS source sums the matching rows of the period; its actual is "" when no row matches', () => {
    const crit =
      "'CRM export'!$B$2:$B$500,\"East\",'CRM export'!$C$2:$C$500,\"Ann\"," +
      "'CRM export'!$A$2:$A$500,\">=\"&46023,'CRM export'!$A$2:$A$500,\"<\"&46054";
    expect(budgetSourceFormula(orders)).toBe(`=SUMIFS('CRM export'!$F$2:$F$500,${crit})`);
    expect(actualSourceFormula(orders)).toBe(`=IF(COUNTIFS(${crit})>0,SUMIFS('CRM export'!$F$2:$F$500,${crit}),"")`);
    expect(lintFormula(budgetSourceFormula(orders))).toEqual([]);
    expect(lintFormula(actualSourceFormula(orders))).toEqual([]);
  });

  it('a SUMIFS source without a date range, with awkward criteria, stays portable', () => {
    const src: SumifsSource = { kind: 'sumifs', sheet: 'Long', sumRange: '$D$2:$D$99', criteria: [{ range: '$A$2:$A$99', value: '*star*' }, { range: '$B$2:$B$99', value: 2026 }] };
    expect(sumifsExpression(src)).toBe('SUMIFS(Long!$D$2:$D$99,Long!$A$2:$A$99,"="&"~*star~*",Long!$B$2:$B$99,2026)');
    expect(lintFormula(actualSourceFormula(src))).toEqual([]);
  });

  it('a SUMIFS source with no criterion at all sums and counts the whole amount range', () => {
    const src: SumifsSource = { kind: 'sumifs', sheet: 'Long', sumRange: '$D$2:$D$99', criteria: [] };
    expect(budgetSourceFormula(src)).toBe('=SUM(Long!$D$2:$D$99)');
    expect(actualSourceFormula(src)).toBe('=IF(COUNT(Long!$D$2:$D$99)>0,SUM(Long!$D$2:$D$99),"")');
  });
});
