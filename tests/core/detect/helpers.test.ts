import { isSumOverAbove, isTotalLabel, parseNumberText, unitInText, yearInText } from '../../../src/core/detect';
import { classifyHeaderText, measureOf } from '../../../src/core/detect/header-text';

describe('parseNumberText', () => {
  test.each([
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['(1,200)', -1200],
    ['-5', -5],
    ['1,200-', -1200],
    ['12.5%', 0.125],
    ['$1,234', 1234],
    ['¥ 800', 800],
    ['USD 7', 7],
    ['1 234', 1234],
    ['  42 ', 42],
    ['.5', 0.5],
    ['1e3', 1000],
    ['１２３', 123], // full-width digits
  ])('%s -> %d', (text, n) => {
    expect(parseNumberText(text)).toBeCloseTo(n, 12);
  });
  test.each(['n/a', '-', '', 'abc', '1,23', '12..3', '1.2.3', '--5', '(5', 'Jan-26'])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe('isSumOverAbove', () => {
  // Row index and column index are 0-based absolute: row 9 is sheet row 10, col 2 is C.
  test.each([
    ['=SUM(C2:C9)', true],
    ['=sum( $C$2 : $C$9 )', true],
    ['=SUBTOTAL(9,C2:C9)', true],
    ['=SUM(C2:C4,C6:C8)', true],
    ['=C2+C5+C9', true],
    ['=SUM(C2:C10)', false], // includes its own row
    ['=SUM(D2:D9)', false], // another column
    ['=SUM(B10:F10)', false], // a row total
    ['=C2*2', false],
    ['=AVERAGE(C2:C9)', false],
    ['=SUM(C11:C12)', false], // below
  ])('%s -> %s', (f, expected) => {
    expect(isSumOverAbove(f, 9, 2)).toBe(expected);
  });
  test('constants are not formulas', () => {
    expect(isSumOverAbove(5, 9, 2)).toBe(false);
    expect(isSumOverAbove('SUM(C2:C9)', 9, 2)).toBe(false);
  });
});

describe('labels', () => {
  test.each(['Total', 'Grand Total', 'Sub-total', 'Subtotal', 'East Total', 'TOTAL REVENUE', '合计', '小计', '总计', '华东 合计'])('%s is a total', (t) => {
    expect(isTotalLabel(t)).toBe(true);
  });
  test.each(['Totalcare Ltd', 'East', '', 'Rep', '总部'])('%s is not a total', (t) => {
    expect(isTotalLabel(t)).toBe(false);
  });
  test.each([
    ['Budget', 'budget'],
    ['Plan', 'budget'],
    ['预算', 'budget'],
    ['Target', 'target'],
    ['目标', 'target'],
    ['Actual', 'actual'],
    ['Act.', 'actual'],
    ['实际', 'actual'],
    ['完成', 'actual'],
    ['Forecast', 'forecast'],
    ['预测', 'forecast'],
    ['Var %', 'other'],
    ['完成率', 'other'],
    ['Budget vs Actual', 'other'],
    ['Prior Year Actual', 'other'],
    ['Region', null],
  ])('measureOf(%s) = %s', (t, m) => {
    expect(measureOf(t)).toBe(m);
  });
  test('header cells: period, measure and total', () => {
    expect(classifyHeaderText('Jan-26 Budget')).toMatchObject({ measure: 'budget', total: false, parts: { kind: 'month', year: 2026, month: 1 }, label: 'Jan-26' });
    expect(classifyHeaderText('Q1 Total')).toMatchObject({ total: true });
    expect(classifyHeaderText('Jan-26 Budget (k)').label).toBe('Jan-26');
    expect(classifyHeaderText('2026年1月预算（万元）').label).toBe('2026年1月');
    expect(classifyHeaderText('FY 2026')).toMatchObject({ total: true, parts: null });
    expect(classifyHeaderText('Sales Jan 2026 (USD)')).toMatchObject({ measure: null, parts: { kind: 'month', year: 2026, month: 1 } });
  });
});

describe('notes', () => {
  test.each([
    ['FY2026 Sales Budget', 2026],
    ['FY 27 plan', 2027],
    ['2026年销售预算', 2026],
    ['Sales budget 2025', 2025],
    ['Budget for 2026-2027', 2026],
    ['Region list', null],
    ['Prepared 2025-12-01', null],
    ['制表日期：2025年12月1日', null],
    ['Updated Dec 1, 2025', null],
    ['Sales Budget 2026 (as at 2025-12-01)', 2026],
    ['Product 12345', null],
  ])('yearInText(%s) = %s', (t, y) => {
    expect(yearInText(t)).toBe(y);
  });
  test.each([
    ['in thousands', 'thousands'],
    ['(000s)', 'thousands'],
    ['$k', 'thousands'],
    ['k', 'thousands'],
    ['in millions', 'millions'],
    ['单位：万元', '万元'],
    ['单位:万', '万元'],
    ['千元', '千元'],
    ['（元）', '元'],
    ['单元格', null],
    ['Kilo', null],
    ['Region', null],
  ])('unitInText(%s) = %s', (t, u) => {
    expect(unitInText(t)).toBe(u);
  });
});

describe('very long cells are notes', () => {
  test('no period, measure or total is read from a cell over 200 characters', () => {
    const long = `Jan-26 Budget ${'x'.repeat(300)}`;
    expect(classifyHeaderText(long)).toMatchObject({ parts: null, measure: null, total: false });
    expect(measureOf(`Budget ${'y'.repeat(300)}`)).toBeNull();
    expect(isTotalLabel(`Total ${'z'.repeat(300)}`)).toBe(false);
  });
});
