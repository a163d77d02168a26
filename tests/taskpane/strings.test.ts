import { STRINGS, formatPct, pickLocale } from '../../src/taskpane/strings';

describe('pane strings', () => {
  it('defines the same keys in both languages, none empty', () => {
    const en = STRINGS['en-US'];
    const zh = STRINGS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh.hostErrors).sort()).toEqual(Object.keys(en.hostErrors).sort());
    for (const [k, v] of Object.entries(zh)) {
      if (typeof v === 'string') {
        expect(v.length).toBeGreaterThan(0);
        // Chinese strings differ from English ones except proper names and the dash.
        if (!['none'].includes(k)) expect(v).not.toBe((en as unknown as Record<string, string>)[k]);
      }
    }
  });

  it('picks Chinese for any zh display language, English otherwise', () => {
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('en-GB')).toBe('en-US');
    expect(pickLocale('fr-FR')).toBe('en-US');
    expect(pickLocale(undefined)).toBe('en-US');
  });

  it('counts problems by severity in the heading', () => {
    const en = STRINGS['en-US'];
    const zh = STRINGS['zh-CN'];
    expect(en.problemsHeading({ error: 0, warning: 1, info: 0 })).toBe('1 warning');
    expect(en.problemsHeading({ error: 0, warning: 0, info: 5 })).toBe('5 notes');
    expect(en.problemsHeading({ error: 0, warning: 2, info: 5 })).toBe('2 warnings, 5 notes');
    expect(en.problemsHeading({ error: 1, warning: 0, info: 1 })).toBe('1 error, 1 note');
    expect(en.problemsHeading({ error: 3, warning: 1, info: 0 })).toBe('3 errors, 1 warning');
    expect(zh.problemsHeading({ error: 0, warning: 2, info: 5 })).toBe('2 个警告，5 条说明');
    expect(zh.problemsHeading({ error: 1, warning: 0, info: 0 })).toBe('1 个错误');
    expect(zh.problemsHeading({ error: 0, warning: 0, info: 3 })).toBe('3 条说明');
  });

  it('formats percentages with one decimal', () => {
    expect(formatPct(-0.1234, 'en-US')).toBe('-12.3%');
    expect(formatPct(null, 'en-US')).toBe('—');
  });
});
