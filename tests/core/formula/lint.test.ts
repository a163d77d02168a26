import { lintFormula } from '../../../src/core/formula/lint';

describe('lintFormula', () => {
  it('accepts portable formulas', () => {
    expect(lintFormula('=IF(ISNUMBER(Budget!C5),Budget!C5,0)')).toEqual([]);
    expect(lintFormula('=SUMIFS(J11:AU11,$J$10:$AU$10,"Budget",$J$9:$AU$9,"<="&BP_AsOf)')).toEqual([]);
    expect(lintFormula('=FORECAST.LINEAR(13,B2:M2,B1:M1)')).toEqual([]);
    expect(lintFormula('=_xlfn.FORECAST.LINEAR(13,B2:M2,B1:M1)')).toEqual([]);
    expect(lintFormula("=SUM('O''Brien Sales'!B2:B9)")).toEqual([]);
    expect(lintFormula('=DATE(YEAR(EDATE(BP_AsOf,1-BP_FYStartMonth)),BP_FYStartMonth,1)')).toEqual([]);
  });

  it('rejects banned functions', () => {
    expect(lintFormula('=FORECAST.ETS(A1,B1:B9,C1:C9)')).toEqual([expect.stringContaining('banned function FORECAST.ETS')]);
    expect(lintFormula('=FORECAST.ETS.CONFINT(A1,B1:B9,C1:C9)')).toEqual([expect.stringContaining('banned function FORECAST.ETS.CONFINT')]);
    expect(lintFormula('=XLOOKUP(A1,B1:B9,C1:C9)')).toEqual([expect.stringContaining('banned function XLOOKUP')]);
    expect(lintFormula('=LET(x,1,x+1)')).toEqual([expect.stringContaining('banned function LET')]);
    expect(lintFormula('=ifs(A1>0,1,TRUE,0)')).toEqual([expect.stringContaining('banned function IFS')]);
    expect(lintFormula('=SWITCH(A1,1,"a","b")')).toEqual([expect.stringContaining('banned function SWITCH')]);
  });

  it('rejects volatile functions', () => {
    expect(lintFormula('=OFFSET(A1,1,0)')).toEqual([expect.stringContaining('volatile function OFFSET')]);
    expect(lintFormula('=INDIRECT("A1")')).toEqual([expect.stringContaining('volatile function INDIRECT')]);
    expect(lintFormula('=TODAY()-1')).toEqual([expect.stringContaining('volatile function TODAY')]);
    expect(lintFormula('=NOW()')).toEqual([expect.stringContaining('volatile function NOW')]);
    expect(lintFormula('=RAND()')).toEqual([expect.stringContaining('volatile function RAND')]);
  });

  it('rejects functions outside the allowed list', () => {
    expect(lintFormula('=VLOOKUP(A1,B1:C9,2,FALSE)')).toEqual(['function VLOOKUP is not in the portable set']);
  });

  it('rejects whole-column and whole-row references', () => {
    expect(lintFormula('=SUM(A:A)')).toEqual(['whole-column reference A:A']);
    expect(lintFormula("=SUM('O''Brien'!$B:$D)")).toEqual(['whole-column reference $B:$D']);
    expect(lintFormula('=SUM(3:3)')).toEqual(['whole-row reference 3:3']);
  });

  it('ignores function-like text inside strings and sheet names', () => {
    expect(lintFormula('=IF(A1>0,"TODAY() A:A","")')).toEqual([]);
    expect(lintFormula("='NOW(x) A:A'!B2")).toEqual([]);
  });

  it('reports each problem once', () => {
    expect(lintFormula('=RAND()+RAND()+SUM(A:A)')).toHaveLength(2);
  });
});
