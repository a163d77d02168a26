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

  it('counts problems and notes in the heading', () => {
    const en = STRINGS['en-US'];
    const zh = STRINGS['zh-CN'];
    expect(en.problemsHeading(1, 0)).toBe('1 problem');
    expect(en.problemsHeading(2, 5)).toBe('2 problems, 5 notes');
    expect(en.problemsHeading(0, 1)).toBe('1 note');
    expect(zh.problemsHeading(2, 5)).toBe('2 个问题，5 条说明');
    expect(zh.problemsHeading(0, 3)).toBe('3 条说明');
  });

  it('formats percentages with one decimal', () => {
    expect(formatPct(-0.1234, 'en-US')).toBe('-12.3%');
    expect(formatPct(null, 'en-US')).toBe('—');
  });
});
