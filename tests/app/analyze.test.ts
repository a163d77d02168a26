import ExcelJS from 'exceljs';
import { analyzeWorkbook, reportJson } from '../../src/app';
import { lineKeyId } from '../../src/core/model';
import { XlsxHost, writeStateToWorkbook } from '../../src/host/xlsx';
import { buildExampleWorkbook, EXAMPLE_ACTUAL_MONTHS, EXAMPLE_SHEET, exampleLines } from '../../scripts/make-example';
import { addWideSheet, monthLabels } from '../support/xlsx-fixtures';

function smallBudget(wb: ExcelJS.Workbook, sheet: string, lines: number): void {
  addWideSheet(wb, {
    sheet,
    dimNames: ['Rep'],
    periods: monthLabels(3),
    lines: Array.from({ length: lines }, (_, i) => ({ dims: [`Rep ${i}`], budget: [10, 10, 10], actual: [9, 8, null] })),
  });
}

describe('analyzeWorkbook on the example workbook', () => {
  it('finds the budget sheet, its 27 lines, 12 periods and as-of August without being told', async () => {
    const wb = buildExampleWorkbook();
    wb.addWorksheet('Notes').getCell('A1').value = 'Read me first';
    const a = await analyzeWorkbook(new XlsxHost(wb));
    expect(a.sheet).toBe(EXAMPLE_SHEET);
    const m = a.detect.model!;
    expect(m.lines).toHaveLength(27);
    expect(m.periods.map((p) => p.key)).toEqual(monthLabels(12).map((_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(m.asOf).toBe('2026-08');
    expect(a.variance!.settings.asOf).toBe('2026-08');
  });

  it('computes YTD figures equal to independent sums of the generator data', async () => {
    const a = await analyzeWorkbook(new XlsxHost(buildExampleWorkbook()));
    const byKey = new Map(a.variance!.lines.map((l) => [lineKeyId(l.key), l]));
    for (const l of exampleLines()) {
      const got = byKey.get(lineKeyId([l.region, l.product, l.rep]));
      expect(got).toBeDefined();
      let b = 0;
      let act = 0;
      for (let m = 0; m < EXAMPLE_ACTUAL_MONTHS; m++) {
        b += l.budget[m];
        act += l.actual[m] ?? 0;
      }
      expect(got!.ytd.budget).toBeCloseTo(b, 9);
      expect(got!.ytd.actual).toBeCloseTo(act, 9);
      expect(got!.ytd.variance).toBeCloseTo(act - b, 9);
      expect(got!.type).toBe(l.type === 'Expense' ? 'cost' : 'revenue');
    }
  });

  it('flags exactly the lines the example was built to miss (revenue 15-30% under, one cost over)', async () => {
    const a = await analyzeWorkbook(new XlsxHost(buildExampleWorkbook()));
    const off = a.variance!.lines.filter((l) => l.offTarget).map((l) => l.key.join('|')).sort();
    expect(off).toEqual(
      ['North|Gadgets|Ben Ortiz', 'South|Travel & Entertainment|Sam Okafor', 'South|Widgets|Dev Sharma', 'West|Services|Erin Walsh'].sort(),
    );
  });

  it('uses the as-of and thresholds it is given', async () => {
    const a = await analyzeWorkbook(new XlsxHost(buildExampleWorkbook()), { asOf: '2026-02', flagPct: 0.5, flagAbs: 7 });
    expect(a.variance!.settings).toMatchObject({ asOf: '2026-02', flagPct: 0.5, flagAbs: 7 });
    const first = exampleLines()[0];
    const line = a.variance!.lines.find((l) => l.key.join('|') === `${first.region}|${first.product}|${first.rep}`)!;
    expect(line.ytd.budget).toBe(first.budget[0] + first.budget[1]);
    // 50% is far beyond every example line's miss: nothing is flagged.
    expect(a.variance!.lines.some((l) => l.offTarget)).toBe(false);
  });

  it('treats empty sheet and as-of text (an empty form field) as not given', async () => {
    const a = await analyzeWorkbook(new XlsxHost(buildExampleWorkbook()), { sheet: ' ', asOf: '' });
    expect(a.sheet).toBe(EXAMPLE_SHEET);
    expect(a.variance!.settings.asOf).toBe('2026-08');
    expect(a.detect.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports an as-of outside the budget periods with its sheet and cell, and keeps the default', async () => {
    const a = await analyzeWorkbook(new XlsxHost(buildExampleWorkbook()), { asOf: '2031-05' });
    const p = a.detect.problems.find((x) => x.code === 'AS_OF_OUT_OF_RANGE');
    expect(p).toBeDefined();
    expect(p!.sheet).toBe(EXAMPLE_SHEET);
    expect(p!.cell).toMatch(/^[A-Z]+\d+$/);
    expect(p!.message).toContain('2031-05');
    expect(p!.messageZh).toContain('2031-05');
    expect(a.variance!.settings.asOf).toBe('2026-08');
  });
});

describe('analyzeWorkbook sheet choice', () => {
  it('picks the visible sheet with the most lines, ignoring hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    smallBudget(wb, 'Small', 2);
    smallBudget(wb, 'Big', 5);
    smallBudget(wb, 'Hidden', 9);
    wb.getWorksheet('Hidden')!.state = 'hidden';
    const a = await analyzeWorkbook(new XlsxHost(wb));
    expect(a.sheet).toBe('Big');
    expect(a.detect.model!.lines).toHaveLength(5);
  });

  it('prefers the sheet named in the options, then the saved source sheet', async () => {
    const wb = new ExcelJS.Workbook();
    smallBudget(wb, 'Small', 2);
    smallBudget(wb, 'Big', 5);
    expect((await analyzeWorkbook(new XlsxHost(wb), { sheet: 'small' })).sheet).toBe('Small');
    writeStateToWorkbook(wb, {
      version: 1,
      ownedSheets: [],
      source: { sheet: 'Small', range: 'A1:G3' },
      settings: { asOf: null, flagPct: 0.1, flagAbs: 0 },
    });
    expect((await analyzeWorkbook(new XlsxHost(wb))).sheet).toBe('Small');
  });

  it('reports a sheet it cannot read (stray far-away cells) and still finds the budget elsewhere', async () => {
    const wb = new ExcelJS.Workbook();
    const stray = wb.addWorksheet('Scratch');
    stray.getCell('A1').value = 'x';
    stray.getCell('XFD1048576').value = 'y';
    smallBudget(wb, 'Budget', 3);
    const a = await analyzeWorkbook(new XlsxHost(wb));
    expect(a.sheet).toBe('Budget');
    const only = await analyzeWorkbook(new XlsxHost(wb), { sheet: 'Scratch' });
    expect(only.detect.model).toBeNull();
    expect(only.detect.problems[0]).toMatchObject({ code: 'SHEET_UNREADABLE', sheet: 'Scratch', cell: 'A1', severity: 'error' });
    expect(only.detect.problems[0].messageZh).toContain('Scratch');
  });

  it('answers a missing sheet with SHEET_NOT_FOUND instead of throwing', async () => {
    const wb = new ExcelJS.Workbook();
    smallBudget(wb, 'Budget', 2);
    const a = await analyzeWorkbook(new XlsxHost(wb), { sheet: 'Budgte' });
    expect(a.detect.model).toBeNull();
    expect(a.variance).toBeNull();
    expect(a.detect.problems.map((p) => p.code)).toEqual(['SHEET_NOT_FOUND']);
    expect(a.detect.problems[0].message).toContain('Budget');
  });

  it('answers a workbook without any budget with problems, not an exception', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 'hello';
    wb.addWorksheet('B').getCell('B2').value = 42;
    const a = await analyzeWorkbook(new XlsxHost(wb));
    expect(a.detect.model).toBeNull();
    expect(a.detect.problems.length).toBeGreaterThan(0);
    expect(a.detect.problems[0].code).toBe('NO_BUDGET_SHEET');
    const r = reportJson(a);
    expect(r.lines).toEqual([]);
    expect(r.source.range).toBeNull();
  });
});

describe('reportJson', () => {
  it('has the documented shape and the analysis numbers', async () => {
    const a = await analyzeWorkbook(new XlsxHost(buildExampleWorkbook()));
    const r = reportJson(a);
    // settingsFrom was added later in version 1 (fields are only ever added)
    expect(Object.keys(r).sort()).toEqual(['asOf', 'lines', 'mapping', 'periods', 'problems', 'reportVersion', 'settings', 'settingsFrom', 'source', 'unit'].sort());
    expect(r.settingsFrom).toEqual({ asOf: 'default', flagPct: 'default', flagAbs: 'default', fyStartMonth: 'default' });
    expect(r.settings).toEqual({ flagPct: 0.1, flagAbs: a.variance!.settings.flagAbs, fyStartMonth: 1 });
    expect(r.source).toEqual({ sheet: EXAMPLE_SHEET, range: a.detect.model!.source.range });
    expect(r.unit).toMatch(/thousand/i);
    expect(r.asOf).toBe('2026-08');
    expect(r.lines).toHaveLength(27);
    for (const l of r.lines) {
      expect(Object.keys(l).sort()).toEqual(['favourable', 'key', 'offTarget', 'reasons', 'reasonsZh', 'type', 'ytd'].sort());
      expect(Object.keys(l.ytd).sort()).toEqual(['actual', 'budget', 'variance', 'variancePct']);
      if (l.offTarget) expect(l.reasons.length).toBeGreaterThan(0);
    }
    for (const p of r.problems) expect(Object.keys(p).sort()).toEqual(['cell', 'code', 'message', 'messageZh', 'severity', 'sheet']);
    // Survives JSON round trip unchanged (no undefined, no functions).
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
