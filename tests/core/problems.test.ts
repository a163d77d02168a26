import { PROBLEM_CATALOGUE, problem, problemText } from '../../src/core/problems';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('problem catalogue', () => {
  test.each(Object.entries(PROBLEM_CATALOGUE))('%s has English and Chinese text with the same placeholders', (_code, e) => {
    expect(e.en.trim().length).toBeGreaterThan(10);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/); // really Chinese, not a copy of the English
    expect(placeholders(e.zh)).toEqual(placeholders(e.en));
  });

  test('a problem carries sheet, cell and filled messages in both languages', () => {
    const p = problem('TEXT_NOT_NUMBER', 'Budget', 'C7', { text: 'n/a' });
    expect(p).toMatchObject({ sheet: 'Budget', cell: 'C7', code: 'TEXT_NOT_NUMBER', severity: 'warning' });
    expect(p.message).toContain('C7');
    expect(p.message).toContain('"n/a"');
    expect(problemText(p, 'zh-CN')).toContain('C7');
    expect(problemText(p, 'zh-CN')).not.toBe(p.message);
    expect(p.message).not.toMatch(/\{\w+\}/);
  });

  test('an unknown code is a programming error', () => {
    expect(() => problem('NO_SUCH_CODE', 'S', 'A1')).toThrow(/unknown problem code/);
  });
});
