import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { main, defaultOutPath, type CliIO } from '../../src/cli/main';
import { parseArgs, parsePercent } from '../../src/cli/args';
import type { CliReport } from '../../src/app';
import { STATE_SHEET } from '../../src/host/xlsx';
import { EXAMPLE_LAYOUT, EXAMPLE_SHEET, exampleLines, writeExample } from '../../scripts/make-example';
import { loadWorkbook, tempDir, wideWorkbook, writeWorkbook } from '../support/xlsx-fixtures';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), cwd, env };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('budget-pilot analyze', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir('bp-cli-');
    input = path.join(dir, 'budget.xlsx');
    await writeExample(input);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0, writes beside the input with the .budget-pilot.xlsx suffix, and never changes the input', async () => {
    const before = sha(input);
    const r = await run(['analyze', 'budget.xlsx'], dir);
    expect(r.code).toBe(0);
    const out = path.join(dir, 'budget.budget-pilot.xlsx');
    expect(fs.existsSync(out)).toBe(true);
    expect(sha(input)).toBe(before);
    expect(r.out).toContain('Sales Budget 2026');
    expect(r.out).toMatch(/Lines: 27/);
    expect(r.out).toMatch(/as of: 2026-08/);
    expect(r.out).toMatch(/Off-target lines: 4/);
    expect(r.out).toMatch(/South \/ Widgets \/ Dev Sharma\s+revenue\s+YTD var -[\d,.]+ \(-2\d\.\d%\)/);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([EXAMPLE_SHEET, 'BP Variance', STATE_SHEET]);
    // Notes about skipped total rows go to stderr with their sheet and cell.
    expect(r.err).toContain("'Sales Budget 2026'!A13");
  });

  it('refuses to write over its input (exit 1), however the path is spelt', async () => {
    const before = sha(input);
    for (const out of ['budget.xlsx', './sub/../budget.xlsx', input]) {
      const r = await run(['analyze', 'budget.xlsx', '--out', out], dir);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/never overwrites/);
    }
    const rj = await run(['analyze', 'budget.xlsx', '--json', 'budget.xlsx'], dir);
    expect(rj.code).toBe(1);
    expect(sha(input)).toBe(before);
  });

  it('writes a JSON report whose YTD numbers equal independent sums over the source cells', async () => {
    const r = await run(['analyze', 'budget.xlsx', '--out', 'out/x.xlsx', '--json', 'out/report.json', '--flag-pct', '10%'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')) as CliReport;
    expect(report.source.sheet).toBe(EXAMPLE_SHEET);
    expect(report.source.range).toMatch(/^A4:AB\d+$/);
    expect(report.periods).toHaveLength(12);
    expect(report.periods[0]).toBe('2026-01');
    expect(report.asOf).toBe('2026-08');
    expect(report.settings?.flagPct).toBe(0.1);
    // Independent: read the source cells straight from the file and sum Jan..Aug.
    const ws = (await loadWorkbook(input)).getWorksheet(EXAMPLE_SHEET)!;
    const expected = new Map<string, { budget: number; actual: number; type: string }>();
    for (let row = EXAMPLE_LAYOUT.firstLineRow; row <= ws.rowCount; row++) {
      const type = ws.getCell(row, 4).value;
      if (type !== 'Revenue' && type !== 'Expense') continue;
      const key = [1, 2, 3].map((c) => String(ws.getCell(row, c).value)).join('|');
      let budget = 0;
      let actual = 0;
      for (let m = 0; m < 8; m++) {
        budget += Number(ws.getCell(row, EXAMPLE_LAYOUT.firstMonthCol + 2 * m).value ?? 0);
        actual += Number(ws.getCell(row, EXAMPLE_LAYOUT.firstMonthCol + 2 * m + 1).value ?? 0);
      }
      expected.set(key, { budget, actual, type: type === 'Expense' ? 'cost' : 'revenue' });
    }
    expect(report.lines).toHaveLength(expected.size);
    for (const l of report.lines) {
      const e = expected.get(l.key.join('|'));
      expect(e).toBeDefined();
      expect(l.type).toBe(e!.type);
      expect(l.ytd.budget).toBeCloseTo(e!.budget, 9);
      expect(l.ytd.actual).toBeCloseTo(e!.actual, 9);
      expect(l.ytd.variance).toBeCloseTo(e!.actual - e!.budget, 9);
      expect(l.ytd.variancePct!).toBeCloseTo((e!.actual - e!.budget) / Math.abs(e!.budget), 9);
      const unfavourable = e!.type === 'cost' ? e!.actual > e!.budget : e!.actual < e!.budget;
      const pct = Math.abs(e!.actual - e!.budget) / Math.abs(e!.budget);
      const abs = Math.abs(e!.actual - e!.budget);
      expect(l.favourable).toBe(!unfavourable);
      expect(l.offTarget).toBe(unfavourable && pct >= 0.1 && abs >= report.settings!.flagAbs);
    }
    for (const p of report.problems) {
      expect(p.sheet).toBe(EXAMPLE_SHEET);
      expect(p.cell).toMatch(/^[A-Z]+\d+$/);
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.messageZh.length).toBeGreaterThan(0);
    }
  });

  it('takes --flag-pct as a percentage and --as-of as a month', async () => {
    const r = await run(['analyze', 'budget.xlsx', '--out', 'o2.xlsx', '--json', 'o2.json', '--flag-pct', '25', '--as-of', '2026-03'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'o2.json'), 'utf8')) as CliReport;
    expect(report.settings?.flagPct).toBe(0.25);
    expect(report.asOf).toBe('2026-03');
    // YTD now covers Jan..Mar only: check against the generator's data.
    const first = exampleLines()[0];
    const l0 = report.lines.find((l) => l.key.join('|') === `${first.region}|${first.product}|${first.rep}`)!;
    expect(l0.ytd.budget).toBeCloseTo(first.budget[0] + first.budget[1] + first.budget[2], 9);
    // The 25% threshold flags exactly the unfavourable lines missing by >= 25% (and the materiality).
    for (const l of report.lines) {
      const pct = Math.abs(l.ytd.variancePct ?? 0);
      const rule = !l.favourable && pct >= 0.25 && Math.abs(l.ytd.variance) >= report.settings!.flagAbs;
      expect({ key: l.key, offTarget: l.offTarget }).toEqual({ key: l.key, offTarget: rule });
    }
    expect(report.lines.filter((l) => l.offTarget).map((l) => l.key.join('|'))).toContain('South|Widgets|Dev Sharma');
  });

  it('refreshes its own output: same sheets, the typed comment kept, no second variance sheet', async () => {
    const first = path.join(dir, 'round1.xlsx');
    expect((await run(['analyze', 'budget.xlsx', '--out', first], dir)).code).toBe(0);
    const wb = await loadWorkbook(first);
    const ws = wb.getWorksheet('BP Variance')!;
    // Find the Comment header and the row of a line, as a user would.
    let commentCol = 0;
    let headerRow = 0;
    ws.eachRow((row, r) => row.eachCell((c, col) => {
      if (c.value === 'Comment' && !commentCol) {
        commentCol = col;
        headerRow = r;
      }
    }));
    expect(commentCol).toBeGreaterThan(0);
    let lineRow = 0;
    ws.eachRow((row, r) => {
      if (r > headerRow && row.getCell(1).value === 'South' && row.getCell(3).value === 'Dev Sharma' && row.getCell(2).value === 'Widgets') lineRow = r;
    });
    expect(lineRow).toBeGreaterThan(headerRow);
    ws.getCell(lineRow, commentCol).value = 'Key account lost in March';
    await writeWorkbook(wb, first);
    const second = path.join(dir, 'round2.xlsx');
    const r = await run(['analyze', 'round1.xlsx', '--out', second], dir);
    expect(r.code).toBe(0);
    const wb2 = await loadWorkbook(second);
    expect(wb2.worksheets.map((w) => w.name)).toEqual([EXAMPLE_SHEET, 'BP Variance', STATE_SHEET]);
    expect(wb2.getWorksheet('BP Variance')!.getCell(lineRow, commentCol).value).toBe('Key account lost in March');
  });

  it('keeps a flag % typed on the variance sheet of its own output, and says where each setting came from', async () => {
    const first = path.join(dir, 'typed1.xlsx');
    const r1 = await run(['analyze', 'budget.xlsx', '--out', first], dir);
    expect(r1.out).toMatch(/Settings from: as of 2026-08 \(default\), flag % 10\.0% \(default\), materiality [\d,.]+ \(default\), fiscal year from month 1 \(default\)/);
    const wb = await loadWorkbook(first);
    wb.getWorksheet('BP Variance')!.getCell('B4').value = 0.25; // BP_FlagPct, as a user types "25%"
    await writeWorkbook(wb, first);

    const r2 = await run(['analyze', 'typed1.xlsx', '--out', 'typed2.xlsx', '--json', 'typed2.json', '--flag-abs', '0'], dir);
    expect(r2.code).toBe(0);
    expect(r2.out).toMatch(/flag % 25\.0% \(sheet\), materiality 0\.0 \(option\)/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'typed2.json'), 'utf8')) as CliReport;
    expect(report.settings).toMatchObject({ flagPct: 0.25, flagAbs: 0, fyStartMonth: 1 });
    expect(report.settingsFrom).toEqual({ asOf: 'default', flagPct: 'sheet', flagAbs: 'option', fyStartMonth: 'default' });
    for (const l of report.lines) expect(l.offTarget).toBe(!l.favourable && Math.abs(l.ytd.variancePct ?? Infinity) >= 0.25);
    expect((await loadWorkbook(path.join(dir, 'typed2.xlsx'))).getWorksheet('BP Variance')!.getCell('B4').value).toBe(0.25);

    const zh = await run(['analyze', 'typed1.xlsx', '--out', 'typed3.xlsx', '--flag-pct', '5', '--lang', 'zh'], dir);
    expect(zh.out).toMatch(/标记% 5\.0% \(选项\)/);
    expect(zh.out).toMatch(/截至 2026-08 \(默认\)/);
  });

  it('--forecast writes both sheets, prints the full-year outlook, and adds a forecast block per line to the JSON', async () => {
    const r = await run(['analyze', 'budget.xlsx', '--forecast', '--out', 'fc.xlsx', '--json', 'fc.json'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Forecast \(sheet "BP Forecast"\): 27 lines, 4 periods left in the fiscal year \(to 2026-12\); methods: /);
    expect(r.out).toMatch(/Revenue full-year outlook [\d,.]+ vs budget [\d,.]+/);
    expect(r.out).toMatch(/Cost full-year outlook/);
    expect(r.out).toMatch(/Lines projected off target for the year: \d+/);
    expect(r.out).toMatch(/South \/ Widgets \/ Dev Sharma\s+revenue\s+outlook [\d,.]+ vs budget [\d,.]+ \(gap -[\d,.]+, -\d+\.\d%\) \[/);
    expect(r.out).toContain('Wrote fc.xlsx (sheets "BP Variance" and "BP Forecast")');
    const wb = await loadWorkbook(path.join(dir, 'fc.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([EXAMPLE_SHEET, 'BP Variance', 'BP Forecast', STATE_SHEET]);

    const report = JSON.parse(fs.readFileSync(path.join(dir, 'fc.json'), 'utf8')) as CliReport;
    expect(report.reportVersion).toBe(1);
    expect(report.forecast).toEqual({ sheet: 'BP Forecast', periods: ['2026-09', '2026-10', '2026-11', '2026-12'], restOfYear: ['2026-09', '2026-10', '2026-11', '2026-12'] });
    // Independent: full-year budget and YTD actual straight from the generator's data.
    const gen = new Map(exampleLines().map((l) => [[l.region, l.product, l.rep].join('|'), l]));
    for (const l of report.lines) {
      const e = gen.get(l.key.join('|'))!;
      const f = l.forecast!;
      const ytd = e.actual.slice(0, 8).reduce<number>((s, v) => s + (v ?? 0), 0);
      const budget = e.budget.reduce((s, v) => s + v, 0);
      expect(f.fullYearBudget).toBeCloseTo(budget, 9);
      expect(f.outlook).toBeCloseTo(ytd + f.values.reduce((s, v) => s + v, 0), 9);
      expect(f.gap).toBeCloseTo(f.outlook - budget, 9);
      expect(f.lower).toBeLessThanOrEqual(f.outlook);
      expect(f.upper).toBeGreaterThanOrEqual(f.outlook);
      expect(typeof f.method).toBe('string');
      expect(f.backtest!.mape === null || f.backtest!.mape >= 0).toBe(true);
    }
    // Without --forecast there is no forecast block (the report stays as it was).
    const plain = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')) as CliReport;
    expect(plain.forecast).toBeUndefined();
    expect(plain.lines[0].forecast).toBeUndefined();
  });

  it('--forecast --extra-periods forecasts past the budget year, and speaks Chinese', async () => {
    const r = await run(['analyze', 'budget.xlsx', '--forecast', '--extra-periods', '3', '--out', 'fc3.xlsx', '--json', 'fc3.json', '--lang', 'zh'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/预测（工作表 BP Forecast）: 27 行，预测本财年剩余 4 期（至 2026-12）/);
    expect(r.out).toMatch(/收入全年展望/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'fc3.json'), 'utf8')) as CliReport;
    expect(report.forecast!.periods).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03']);
    expect(report.forecast!.restOfYear).toHaveLength(4);
    // the outlook is still the fiscal year's: only the first 4 forecasts count
    for (const l of report.lines) {
      const f = l.forecast!;
      expect(f.values).toHaveLength(7);
      expect(f.outlook).toBeCloseTo(l.ytd.actual + f.values.slice(0, 4).reduce((s, v) => s + v, 0), 9);
    }
  });

  it('--fy-start 4: YTD runs from April and the forecast\'s full year is April to March', async () => {
    const r = await run(['analyze', 'budget.xlsx', '--fy-start', '4', '--forecast', '--out', 'fy4.xlsx', '--json', 'fy4.json'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/fiscal year from month 4 \(option\)/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'fy4.json'), 'utf8')) as CliReport;
    expect(report.settings!.fyStartMonth).toBe(4);
    expect(report.settingsFrom!.fyStartMonth).toBe('option');
    // the budget has no 2027 months: the rest of the year on the sheet is Sep..Dec
    expect(report.forecast!.restOfYear).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    const gen = new Map(exampleLines().map((l) => [[l.region, l.product, l.rep].join('|'), l]));
    for (const l of report.lines) {
      const e = gen.get(l.key.join('|'))!;
      const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((s, v) => s + (v ?? 0), 0);
      expect(l.ytd.budget).toBeCloseTo(sum(e.budget.slice(3, 8)), 9); // Apr..Aug
      expect(l.ytd.actual).toBeCloseTo(sum(e.actual.slice(3, 8)), 9);
      expect(l.forecast!.fullYearBudget).toBeCloseTo(sum(e.budget.slice(3, 12)), 9); // Apr..Dec on the sheet
      expect(l.forecast!.outlook).toBeCloseTo(l.ytd.actual + sum(l.forecast!.values), 9);
    }
  });

  it('--mapping reads the sheet as an edited mapping from an earlier --json report says', async () => {
    const first = path.join(dir, 'first.json');
    expect((await run(['analyze', input, '--out', path.join(dir, 'm1.xlsx'), '--json', first], dir)).code).toBe(0);
    const report = JSON.parse(fs.readFileSync(first, 'utf8'));
    expect(report.mapping.sheet).toBe(report.source.sheet);
    expect(report.mapping.typeColumn).not.toBeNull();
    const costs = report.lines.filter((l: { type: string }) => l.type === 'cost').length;
    expect(costs).toBeGreaterThan(0);
    // Say there is no type column: every line is then revenue.
    const edited = path.join(dir, 'mapping.json');
    fs.writeFileSync(edited, JSON.stringify({ ...report.mapping, typeColumn: null }));
    const second = path.join(dir, 'second.json');
    const r = await run(['analyze', input, '--mapping', edited, '--out', path.join(dir, 'm2.xlsx'), '--json', second], dir);
    expect(r.code).toBe(0);
    const after = JSON.parse(fs.readFileSync(second, 'utf8'));
    expect(after.lines).toHaveLength(report.lines.length);
    expect(after.lines.filter((l: { type: string }) => l.type === 'cost')).toHaveLength(0);
    // The whole report works as a mapping file too; a file without one is a usage error.
    expect((await run(['analyze', input, '--mapping', first, '--out', path.join(dir, 'm3.xlsx')], dir)).code).toBe(0);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ sheet: 'x' }));
    const b = await run(['analyze', input, '--mapping', bad, '--out', path.join(dir, 'm4.xlsx')], dir);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/--mapping .*headerRow/);
  });

  it('exits 1 on usage and file errors, with a plain message', async () => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a workbook');
    const cases: [string[], RegExp][] = [
      [[], /Usage/],
      [['frobnicate', 'budget.xlsx'], /Unknown command/],
      [['analyze'], /Give the workbook/],
      [['analyze', 'missing.xlsx'], /not found/],
      [['analyze', 'notes.txt', '--out', 'n.xlsx'], /could not be opened/],
      [['analyze', 'budget.xlsx', '--flag-pct', 'ten'], /--flag-pct/],
      [['analyze', 'budget.xlsx', '--as-of', '2026-13'], /--as-of/],
      [['analyze', 'budget.xlsx', '--bogus', '1'], /Unknown option/],
      [['analyze', 'budget.xlsx', '--extra-periods', '3'], /goes with --forecast/],
      [['analyze', 'budget.xlsx', '--forecast', '--extra-periods', 'x'], /--extra-periods is a whole number/],
      [['analyze', 'budget.xlsx', '--forecast=yes'], /takes no value/],
      [['analyze', 'budget.xlsx', '--fy-start', '13'], /--fy-start is a month number/],
      [['analyze', 'budget.xlsx', '--sheet', 'Nope', '--out', 'n.xlsx'], /no sheet named Nope/],
      [['analyze', 'budget.xlsx', '--as-of', '2031-01', '--out', 'n.xlsx'], /2031-01/],
    ];
    for (const [argv, msg] of cases) {
      const r = await run(argv, dir);
      expect({ argv, code: r.code }).toEqual({ argv, code: 1 });
      expect(r.out + r.err).toMatch(msg);
    }
    expect(fs.existsSync(path.join(dir, 'n.xlsx'))).toBe(false);
  });

  it('exits 2 when no budget can be read, says why on stderr, and still writes the JSON report', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Memo').getCell('A1').value = 'Quarterly memo';
    await writeWorkbook(wb, path.join(dir, 'memo.xlsx'));
    const r = await run(['analyze', 'memo.xlsx', '--json', 'memo.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No budget could be read/);
    expect(r.err).toMatch(/Memo/);
    expect(fs.existsSync(path.join(dir, 'memo.budget-pilot.xlsx'))).toBe(false);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'memo.json'), 'utf8')) as CliReport;
    expect(report.lines).toEqual([]);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('speaks Chinese with --lang zh (and from LANG)', async () => {
    const r = await run(['analyze', 'budget.xlsx', '--out', 'zh.xlsx', '--lang', 'zh'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/偏离目标的行: 4/);
    expect(r.err).toMatch(/合计行/);
    const r2 = await run(['analyze', 'missing.xlsx'], dir, { LANG: 'zh_CN.UTF-8' });
    expect(r2.err).toMatch(/找不到文件/);
  });

  it('handles a quoted sheet name and cost lines end to end', async () => {
    const { wb } = wideWorkbook({
      sheet: "O'Brien Sales",
      dimNames: ['Region'],
      typeColumn: true,
      periods: ['2026-01', '2026-02'],
      lines: [
        { dims: ['East'], budget: [100, 100], actual: [80, null] },
        { dims: ['Travel'], type: 'Expense', budget: [10, 10], actual: [15, null] },
      ],
    });
    await writeWorkbook(wb, path.join(dir, 'obrien.xlsx'));
    const r = await run(['analyze', 'obrien.xlsx', '--flag-abs', '1', '--json', 'obrien.json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'obrien.json'), 'utf8')) as CliReport;
    expect(report.source.sheet).toBe("O'Brien Sales");
    expect(report.lines.map((l) => [l.key.join('|'), l.type, l.ytd.variance, l.offTarget])).toEqual([
      ['East', 'revenue', -20, true],
      ['Travel', 'cost', 5, true],
    ]);
  });

  it('reports bad cells with their sheet and A1 address, in both languages, and still succeeds', async () => {
    const { wb, layout } = wideWorkbook({
      sheet: 'Budget Q1',
      dimNames: ['Rep'],
      periods: ['2026-01', '2026-02'],
      lines: [
        { dims: ['Ann'], budget: [100, 100], actual: ['tbd', 90] },
        { dims: ['Bob'], budget: [50, 50], actual: [{ error: '#DIV/0!' }, 45] },
      ],
    });
    await writeWorkbook(wb, path.join(dir, 'bad-cells.xlsx'));
    const r = await run(['analyze', 'bad-cells.xlsx', '--json', 'bad-cells.json'], dir);
    expect(r.code).toBe(0);
    // Jan actual of Ann and Bob: the column after Jan budget, on the first two line rows.
    const col = String.fromCharCode(64 + layout.firstPeriodCol + 1);
    const textCell = `${col}${layout.firstLineRow}`;
    const errorCell = `${col}${layout.firstLineRow + 1}`;
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'bad-cells.json'), 'utf8')) as CliReport;
    const at = (cell: string) => report.problems.filter((p) => p.cell === cell && p.sheet === 'Budget Q1');
    expect(at(textCell).length).toBeGreaterThan(0);
    expect(at(textCell)[0].message).toContain('tbd');
    expect(at(errorCell).length).toBeGreaterThan(0);
    expect(at(errorCell)[0].message).toContain('#DIV/0!');
    expect(at(errorCell)[0].messageZh).toContain('#DIV/0!');
    expect(r.err).toContain(`'Budget Q1'!${textCell}`);
    // The bad cells count as blank: YTD actual is only February's.
    expect(report.lines.map((l) => l.ytd.actual)).toEqual([90, 45]);
  });

  it('runs as a real process through bin/budget-pilot.js', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'budget-pilot.js');
    const r = spawnSync(process.execPath, [bin, 'analyze', input, '--out', path.join(dir, 'bin.xlsx')], { encoding: 'utf8', timeout: 120000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Off-target lines: 4/);
    const bad = spawnSync(process.execPath, [bin, 'analyze', path.join(dir, 'missing.xlsx')], { encoding: 'utf8', timeout: 120000 });
    expect(bad.status).toBe(1);
  }, 120000);
});

describe('CLI argument parsing', () => {
  it('reads percentages with or without %', () => {
    expect(parsePercent('10')).toBe(0.1);
    expect(parsePercent('10%')).toBe(0.1);
    expect(parsePercent('12.5 %')).toBe(0.125);
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('abc')).toBeNull();
  });

  it('parses options in both --opt value and --opt=value forms', () => {
    expect(parseArgs(['analyze', 'a.xlsx', '--sheet=Budget 2026', '--flag-abs', '1,000', '--lang', 'zh'])).toEqual({
      command: 'analyze',
      input: 'a.xlsx',
      sheet: 'Budget 2026',
      flagAbs: 1000,
      lang: 'zh',
    });
    expect(parseArgs(['analyze', 'a.xlsx', '--out'])).toEqual({ command: 'error', message: 'Option --out needs a value.' });
  });

  it('puts the default output beside the input', () => {
    expect(defaultOutPath('/data/q3/budget.xlsx')).toBe(path.join('/data/q3', 'budget.budget-pilot.xlsx'));
    expect(defaultOutPath('Budget.XLSX')).toBe('Budget.budget-pilot.xlsx');
  });
});
