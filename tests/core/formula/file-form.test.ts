import { toFileFormula } from '../../../src/core/formula/file-form';

describe('toFileFormula', () => {
  it('strips the leading = and leaves classic functions alone', () => {
    expect(toFileFormula('=IF(ISNUMBER(Budget!C5),Budget!C5,0)')).toBe('IF(ISNUMBER(Budget!C5),Budget!C5,0)');
    expect(toFileFormula('=SUMIFS(A1:C1,A2:C2,"<="&BP_AsOf)')).toBe('SUMIFS(A1:C1,A2:C2,"<="&BP_AsOf)');
  });

  it('prefixes functions newer than the 2007 file format with _xlfn.', () => {
    expect(toFileFormula('=FORECAST.LINEAR(13,B2:M2,B1:M1)+1')).toBe('_xlfn.FORECAST.LINEAR(13,B2:M2,B1:M1)+1');
    expect(toFileFormula('=ROUND(STDEV.S(A1:A9),2)+IFNA(B1,0)')).toBe('ROUND(_xlfn.STDEV.S(A1:A9),2)+_xlfn.IFNA(B1,0)');
  });

  it('does not double a prefix, and leaves FORECAST( and text in strings or sheet names untouched', () => {
    expect(toFileFormula('=_xlfn.FORECAST.LINEAR(1,A1:A3,B1:B3)')).toBe('_xlfn.FORECAST.LINEAR(1,A1:A3,B1:B3)');
    expect(toFileFormula('=FORECAST(1,A1:A3,B1:B3)')).toBe('FORECAST(1,A1:A3,B1:B3)');
    expect(toFileFormula('=IF(A1,"IFNA(x)",\'STDEV.S(\'!A1)')).toBe('IF(A1,"IFNA(x)",\'STDEV.S(\'!A1)');
  });
});
