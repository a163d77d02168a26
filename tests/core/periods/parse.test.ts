import { dateToSerial } from '../../../src/core/grid';
import {
  comparePeriods,
  isDateFormat,
  makeMonth,
  makeQuarter,
  parsePeriodHeader,
  parsePeriodKey,
  parsePeriodText,
  periodKey,
  periodStartSerial,
} from '../../../src/core/periods';

const key = (v: string | number, nf = 'General', ctx = {}) => parsePeriodHeader(v, nf, ctx)?.key ?? null;

describe('parsePeriodHeader: months with a year', () => {
  test.each([
    ['Jan-26', '2026-01'],
    ['Jan 2026', '2026-01'],
    ['January 2026', '2026-01'],
    ['Jan-2026', '2026-01'],
    ["Jan '26", '2026-01'],
    ['jan26', '2026-01'],
    ['Sept 2026', '2026-09'],
    ['December 2025', '2025-12'],
    ['2026 Mar', '2026-03'],
    ['1-Mar-26', '2026-03'],
    ['Mar 1, 2026', '2026-03'],
    ['2026-01', '2026-01'],
    ['2026-1', '2026-01'],
    ['2026/07', '2026-07'],
    ['2026.11', '2026-11'],
    ['2026-02-01', '2026-02'],
    ['2026-02-28', '2026-02'],
    ['1/1/2026', '2026-01'],
    ['3/31/2026', '2026-03'],
    ['31/03/2026', '2026-03'],
    ['01/02/2026', '2026-02'], // day 1 reading wins: 1 Feb 2026
    ['02/2026', '2026-02'],
    ['2026年1月', '2026-01'],
    ['2026年01月', '2026-01'],
    ['2026 年 12 月', '2026-12'],
    ['26年3月', '2026-03'],
    ['2026年十一月', '2026-11'],
    ['2026年3月1日', '2026-03'],
    ['２０２６年４月', '2026-04'], // full-width digits
    ['Jan.26', '2026-01'],
    ['JAN 26', '2026-01'],
    ['Jan/26', '2026-01'],
    ['Jan\u201326', '2026-01'], // en dash
    ['2026M01', '2026-01'],
    ['2026m1', '2026-01'],
  ])('%s -> %s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });
});

describe('parsePeriodHeader: quarters', () => {
  test.each([
    ['Q1 2026', '2026-Q1'],
    ['Q2-26', '2026-Q2'],
    ["Q3'26", '2026-Q3'],
    ['2026-Q4', '2026-Q4'],
    ['2026 Q1', '2026-Q1'],
    ['1Q26', '2026-Q1'],
    ['Quarter 2 2026', '2026-Q2'],
    ['2026年第一季度', '2026-Q1'],
    ['2026年Q3', '2026-Q3'],
    ['2026年4季度', '2026-Q4'],
    ['Q1 FY26', '2026-Q1'],
    ['FY2026 Q2', '2026-Q2'],
  ])('%s -> %s', (text, expected) => {
    expect(key(text)).toBe(expected);
  });

  test('a quarter period starts at its first month', () => {
    const p = parsePeriodHeader('Q3 2026', 'General');
    expect(p).toMatchObject({ kind: 'quarter', year: 2026, month: 7, key: '2026-Q3', label: 'Q3 2026' });
  });
});

describe('parsePeriodHeader: yearless headers need a default year', () => {
  test.each(['Jan', 'January', '1月', '一月', '十二月', 'Q1', '第一季度', '一季度'])('%s without context is null', (t) => {
    expect(key(t)).toBeNull();
  });

  test.each([
    ['Jan', '2026-01'],
    ['Dec', '2026-12'],
    ['1月', '2026-01'],
    ['一月', '2026-01'],
    ['十二月', '2026-12'],
    ['12月份', '2026-12'],
    ['Q2', '2026-Q2'],
    ['第三季度', '2026-Q3'],
    ['四季度', '2026-Q4'],
  ])('%s with defaultYear 2026 -> %s', (t, expected) => {
    expect(key(t, 'General', { defaultYear: 2026 })).toBe(expected);
  });

  test('fiscal year starting in April: Apr..Dec in the default year, Jan..Mar in the next', () => {
    const ctx = { defaultYear: 2026, fiscalYearStartMonth: 4 };
    expect(key('Apr', 'General', ctx)).toBe('2026-04');
    expect(key('Dec', 'General', ctx)).toBe('2026-12');
    expect(key('Jan', 'General', ctx)).toBe('2027-01');
    expect(key('Mar', 'General', ctx)).toBe('2027-03');
    expect(key('3月', 'General', ctx)).toBe('2027-03');
  });

  test('fiscal quarters start at the fiscal start month (keys stay calendar)', () => {
    const ctx = { defaultYear: 2026, fiscalYearStartMonth: 4 };
    expect(parsePeriodHeader('Q1', 'General', ctx)).toMatchObject({ year: 2026, month: 4, key: '2026-Q2' });
    expect(parsePeriodHeader('Q4', 'General', ctx)).toMatchObject({ year: 2027, month: 1, key: '2027-Q1' });
  });

  test('an explicit year wins over the default year', () => {
    expect(key('Jan 2025', 'General', { defaultYear: 2026 })).toBe('2025-01');
  });
});

describe('parsePeriodHeader: real dates', () => {
  const jan15 = dateToSerial(2026, 1, 15); // 46037
  test('a serial with a date format is the month of that date', () => {
    expect(jan15).toBe(46037);
    expect(key(jan15, 'mmm-yy')).toBe('2026-01');
    expect(key(dateToSerial(2026, 3, 1), 'yyyy-mm-dd')).toBe('2026-03');
    expect(key(dateToSerial(2026, 12, 31), '[$-409]mmm-yy;@')).toBe('2026-12');
    expect(key(dateToSerial(2026, 5, 1), 'yyyy"年"m"月"')).toBe('2026-05');
    expect(key(dateToSerial(2026, 6, 1), 'm/d/yyyy')).toBe('2026-06');
  });
  test('a date cell is labelled with month and year', () => {
    expect(parsePeriodHeader(dateToSerial(2026, 2, 1), 'mmm-yy')?.label).toBe('Feb 2026');
  });
  test('the same serial without a date format is just a number', () => {
    expect(key(jan15, 'General')).toBeNull();
    expect(key(jan15, '#,##0')).toBeNull();
    expect(key(jan15, 'h:mm')).toBeNull();
  });
  test('a serial outside 1950..2100 is not a period', () => {
    expect(key(5, 'mmm-yy')).toBeNull();
    expect(key(dateToSerial(2150, 1, 1), 'mmm-yy')).toBeNull();
  });
});

describe('parsePeriodHeader: things that are not periods', () => {
  test.each([
    'Region', 'Product', 'Total', 'Budget', '2026', 'Marketing', 'March Madness Promo', 'Mayor', 'Q5 2026',
    '2026-13', '13/13/2026', '', '   ', 'Jan 2026 2027', '预算', '合计', '13月', 'Q1 1850',
  ])('%s -> null', (t) => {
    expect(key(t)).toBeNull();
  });
  test('non-string non-number values', () => {
    expect(parsePeriodHeader(true, 'General')).toBeNull();
    expect(parsePeriodHeader(2026, 'General')).toBeNull();
  });
});

describe('parsePeriodText keeps whether a year was written', () => {
  test('month without a year', () => {
    expect(parsePeriodText('Mar')).toEqual({ kind: 'month', year: null, month: 3 });
    expect(parsePeriodText('2026-03')).toEqual({ kind: 'month', year: 2026, month: 3 });
    expect(parsePeriodText('一季度')).toEqual({ kind: 'quarter', year: null, quarter: 1 });
  });
});

describe('period keys, order and serials', () => {
  test('periodKey', () => {
    expect(periodKey({ kind: 'month', year: 2026, month: 3 })).toBe('2026-03');
    expect(periodKey({ kind: 'quarter', year: 2026, month: 10 })).toBe('2026-Q4');
  });
  test('comparePeriods orders by first day, month before quarter on a tie', () => {
    const list = [makeMonth(2026, 4), makeQuarter(2026, 1), makeMonth(2025, 12), makeMonth(2026, 1)];
    expect(list.sort(comparePeriods).map((p) => p.key)).toEqual(['2025-12', '2026-01', '2026-Q1', '2026-04']);
  });
  test('periodStartSerial is the first day of the period', () => {
    // 2026-01-01 is 46023 days after 1899-12-30 (Excel's epoch for the 1900 system after Feb 1900).
    expect(periodStartSerial(makeMonth(2026, 1))).toBe(46023);
    expect(periodStartSerial(makeMonth(2026, 3))).toBe(46023 + 31 + 28);
    expect(periodStartSerial(makeQuarter(2026, 4))).toBe(46023 + 31 + 28 + 31);
  });
  test('parsePeriodKey', () => {
    expect(parsePeriodKey('2026-07')).toEqual({ kind: 'month', year: 2026, month: 7 });
    expect(parsePeriodKey('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, month: 7 });
    expect(parsePeriodKey('2026-13')).toBeNull();
    expect(parsePeriodKey('July')).toBeNull();
  });
  test('isDateFormat', () => {
    expect(isDateFormat('mmm-yy')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('"Total "0')).toBe(false);
    expect(isDateFormat('[h]:mm:ss')).toBe(false);
  });
});
