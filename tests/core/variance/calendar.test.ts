import { asOfSerial, fiscalYearStart, parsePeriodKey, ytdMask } from '../../../src/core/variance/calendar';
import { monthPeriods } from '../plan/model-fixture';

// Excel serials checked by hand: 1-Jan-2026 = 46023 (1-Jan-2025 = 45658, + 365)
const JAN_2026 = 46023;

describe('calendar', () => {
  it('parses month and quarter keys', () => {
    expect(parsePeriodKey('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parsePeriodKey('2026-Q3')).toEqual({ year: 2026, month: 7 });
    expect(parsePeriodKey('2026-13')).toBeNull();
    expect(parsePeriodKey('March')).toBeNull();
  });

  it('BP_AsOf is the first day of the as-of period, or the day before the first period', () => {
    const periods = monthPeriods(2026, 1, 12);
    expect(asOfSerial('2026-02', periods)).toBe(JAN_2026 + 31);
    expect(asOfSerial(null, periods)).toBe(JAN_2026 - 1);
    expect(asOfSerial(null, [])).toBeNull();
  });

  it('fiscal year start = DATE(YEAR(EDATE(asOf,1-m)),m,1)', () => {
    expect(fiscalYearStart(JAN_2026 + 31, 1)).toBe(JAN_2026); // Feb-26, FY Jan -> 1-Jan-26
    expect(fiscalYearStart(JAN_2026 + 31, 4)).toBe(JAN_2026 - 275); // Feb-26, FY Apr -> 1-Apr-25
    expect(fiscalYearStart(JAN_2026 + 90, 4)).toBe(JAN_2026 + 90); // 1-Apr-26 itself
    expect(fiscalYearStart(JAN_2026 - 1, 1)).toBe(JAN_2026 - 365); // 31-Dec-25 -> 1-Jan-25
  });

  it('YTD covers the fiscal year up to and including the as-of period', () => {
    const periods = monthPeriods(2025, 11, 6); // Nov-25 .. Apr-26
    expect(ytdMask(periods, '2026-02', 1)).toEqual([false, false, true, true, false, false]);
    expect(ytdMask(periods, '2026-02', 11)).toEqual([true, true, true, true, false, false]);
    expect(ytdMask(periods, null, 11)).toEqual([false, false, false, false, false, false]);
  });
});
