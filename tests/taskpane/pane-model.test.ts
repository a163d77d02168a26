import { problem } from '../../src/core/problems';
import { errorText, lineRowAddress, severityCounts, sortProblems, offTargetRows, parseSettings, planSheetLastCol, reasonText, summarizeAnalysis } from '../../src/taskpane/pane-model';
import { STRINGS } from '../../src/taskpane/strings';
import { HostError } from '../../src/host/workbook-host';
import { NoBudgetError } from '../../src/app/errors';
import { analysis, build, plan } from './fixtures';

const en = STRINGS['en-US'];
const zh = STRINGS['zh-CN'];

describe('summarizeAnalysis', () => {
  it('counts lines and periods and keeps the problems', () => {
    const s = summarizeAnalysis(analysis);
    expect(s).toMatchObject({ sheet: 'Budget', range: 'A3:Z6', lineCount: 3, periodCount: 12, firstPeriod: '2026-01', lastPeriod: '2026-12', asOf: '2026-08', unit: 'thousands', readable: true });
    expect(s.problems.map((p) => p.cell)).toEqual(['F7']);
  });

  it('reports an unreadable sheet without throwing', () => {
    const s = summarizeAnalysis({ sheet: 'Notes', detect: { model: null, problems: [] }, variance: null });
    expect(s).toMatchObject({ sheet: 'Notes', range: null, lineCount: 0, periodCount: 0, readable: false, asOf: null });
  });
});

describe('parseSettings', () => {
  it('reads percent as a fraction and amounts as numbers; blanks are defaults', () => {
    expect(parseSettings({ asOf: '', flagPct: '', flagAbs: '' }, en)).toEqual({ options: {}, errors: {} });
    expect(parseSettings({ asOf: '2026-06', flagPct: '12.5', flagAbs: '1,000' }, en).options).toEqual({ asOf: '2026-06', flagPct: 0.125, flagAbs: 1000 });
    expect(parseSettings({ asOf: '', flagPct: '15%', flagAbs: '' }, en).options.flagPct).toBeCloseTo(0.15, 12);
  });

  it('rejects text, negatives and absurd percentages with a message in the language', () => {
    const bad = parseSettings({ asOf: '', flagPct: 'ten', flagAbs: '-5' }, en);
    expect(bad.errors).toEqual({ flagPct: en.invalidPct, flagAbs: en.invalidAbs });
    expect(bad.options).toEqual({});
    expect(parseSettings({ asOf: '', flagPct: '5000', flagAbs: '' }, zh).errors.flagPct).toBe(zh.invalidPct);
  });
});

describe('off-target rows', () => {
  it('finds the sheet width from the widest block', () => {
    expect(planSheetLastCol(plan, 'BP Variance')).toBe(17); // A7 + 18 columns -> R
    expect(planSheetLastCol(plan, 'Missing')).toBeNull();
    expect(lineRowAddress(12, 17)).toBe('A12:R12');
    expect(lineRowAddress(12, null)).toBe('A12');
  });

  it('keeps only off-target lines, with their own row on the variance sheet', () => {
    const rows = offTargetRows(build);
    expect(rows.map((r) => [r.label, r.row, r.address])).toEqual([
      ['East · Widgets', 8, 'A8:R8'],
      ['North · Travel', 10, 'A10:R10'],
    ]);
    expect(rows[0].ytdVariance).toBe(-200);
    expect(rows[0].ytdVariancePct).toBeCloseTo(-0.2, 12);
  });

  it('words the reason in Chinese from the numbers', () => {
    const [east, north] = offTargetRows(build);
    expect(reasonText(east, 'en-US', en)).toBe('YTD actual is 20% below budget.');
    expect(reasonText(east, 'zh-CN', zh)).toBe('本年累计低于预算 20.0%（-200）。');
    expect(reasonText(north, 'zh-CN', zh)).toBe('本年累计超出预算 30.0%（30）。');
  });
});

describe('errorText', () => {
  it('explains host errors by code and passes other messages through', () => {
    expect(errorText(new HostError('NOT_OWNED', 'BP Variance'), en)).toBe(`${en.hostErrors.NOT_OWNED} (BP Variance)`);
    expect(errorText(new Error('boom'), zh)).toBe('boom');
    expect(errorText(undefined, zh)).toBe(zh.unknownError);
  });

  it('explains a NoBudgetError with its first problem, in the language', () => {
    const p = problem('NO_HEADER', 'Notes', 'A1');
    const e = new NoBudgetError({ sheet: 'Notes', detect: { model: null, problems: [p] }, variance: null });
    expect(errorText(e, zh, 'zh-CN')).toBe(`${zh.noBudget} ${p.messageZh}`);
    expect(errorText(e, en, 'en-US')).toBe(`${en.noBudget} ${p.message}`);
  });
});

describe('problem order', () => {
  it('lists errors, then warnings, then notes, keeping reading order within each', () => {
    const ps = [
      problem('SKIPPED_TOTAL_ROW', 'S', 'A9', { row: 9, label: 'Total' }),
      problem('TEXT_NOT_NUMBER', 'S', 'C4', { text: 'x' }),
      problem('NO_LINES', 'S', 'A1'),
      problem('TEXT_NOT_NUMBER', 'S', 'C5', { text: 'y' }),
    ];
    expect(sortProblems(ps).map((p) => p.cell)).toEqual(['A1', 'C4', 'C5', 'A9']);
    // NO_LINES is an error, TEXT_NOT_NUMBER a warning, SKIPPED_TOTAL_ROW a note.
    expect(severityCounts(ps)).toEqual({ error: 1, warning: 2, info: 1 });
    expect(severityCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
