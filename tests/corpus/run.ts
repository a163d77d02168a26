/**
 * Runs the real CLI path (src/cli/main.ts, in process) on a corpus fixture and lists every
 * difference between its JSON report and the expected one: numbers to 1e-9 relative, problem
 * codes + cells as sets. An empty list means the fixture is read as expected.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { reportJson, settingsFor, type CliReport } from '../../src/app';
import type { AnalyzeOptions } from '../../src/app/types';
import { parseArgs } from '../../src/cli/args';
import { main, type CliIO } from '../../src/cli/main';
import { detectWorkbook } from '../../src/core/detect';
import type { Grid } from '../../src/core/grid';
import { computeVariance } from '../../src/core/variance/compute';
import { XlsxHost } from '../../src/host/xlsx';
import { expectedReport, type ExpectedReport } from './expected';
import type { Fixture } from './spec';
import { renderFixture } from './write';

export const REL = 1e-9;

export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= REL * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface FixtureRun {
  expected: ExpectedReport;
  code: number;
  report: CliReport | null;
  stderr: string;
  mismatches: string[];
}

/** Writes the fixture's workbook to dir/<name>.xlsx and returns the path and the expected report. */
export async function writeFixture(f: Fixture, dir: string): Promise<{ file: string; expected: ExpectedReport }> {
  const { wb, placement } = renderFixture(f);
  const file = path.join(dir, `${f.name}.xlsx`);
  fs.mkdirSync(dir, { recursive: true });
  await wb.xlsx.writeFile(file);
  return { file, expected: expectedReport(f, placement) };
}

function fmt(x: number | null): string {
  return x === null ? 'null' : String(x);
}

export function compareReport(expected: ExpectedReport, code: number, report: CliReport | null): string[] {
  const out: string[] = [];
  if (code !== expected.exitCode) out.push(`exit code ${code}, expected ${expected.exitCode}`);
  if (expected.exitCode !== 0) {
    if (report && report.lines.length > 0) out.push(`${report.lines.length} lines read from a sheet with no budget`);
    if (report && !report.problems.some((p) => p.severity === 'error')) out.push('no error-severity problem explains why nothing was read');
    for (const p of report?.problems ?? []) if (!/^[A-Z]{1,3}[1-9]\d*$/.test(p.cell)) out.push(`problem ${p.code} has no valid cell (${p.cell})`);
    return out;
  }
  if (!report) return [...out, 'no JSON report written'];
  if (report.source.sheet !== expected.sheet) out.push(`sheet "${report.source.sheet}", expected "${expected.sheet}"`);
  if (report.unit !== expected.unit) out.push(`unit ${JSON.stringify(report.unit)}, expected ${JSON.stringify(expected.unit)}`);
  if (report.periods.join(',') !== expected.periods.join(',')) out.push(`periods [${report.periods.join(', ')}], expected [${expected.periods.join(', ')}]`);
  if (report.asOf !== expected.asOf) out.push(`as-of ${report.asOf}, expected ${expected.asOf}`);
  if (!report.settings || !close(report.settings.flagPct, expected.flagPct) || !close(report.settings.flagAbs, expected.flagAbs)) {
    out.push(`settings ${JSON.stringify(report.settings)}, expected flagPct ${expected.flagPct} flagAbs ${expected.flagAbs}`);
  }
  const got = new Map(report.lines.map((l) => [JSON.stringify(l.key), l]));
  const want = new Map(expected.lines.map((l) => [JSON.stringify(l.key), l]));
  const missing = [...want.keys()].filter((k) => !got.has(k));
  const extra = [...got.keys()].filter((k) => !want.has(k));
  if (missing.length) out.push(`lines missing (${missing.length}): ${missing.slice(0, 6).join(' ')}`);
  if (extra.length) out.push(`unexpected lines (${extra.length}): ${extra.slice(0, 6).join(' ')}`);
  for (const [k, e] of want) {
    const g = got.get(k);
    if (!g) continue;
    const diffs: string[] = [];
    if (g.type !== e.type) diffs.push(`type ${g.type} (expected ${e.type})`);
    for (const f of ['budget', 'actual', 'variance'] as const) if (!close(g.ytd[f], e.ytd[f])) diffs.push(`YTD ${f} ${g.ytd[f]} (expected ${e.ytd[f]})`);
    const gp = g.ytd.variancePct;
    const ep = e.ytd.variancePct;
    if ((gp === null) !== (ep === null) || (gp !== null && ep !== null && !close(gp, ep))) diffs.push(`YTD % ${fmt(gp)} (expected ${fmt(ep)})`);
    if (g.favourable !== e.favourable) diffs.push(`favourable ${g.favourable} (expected ${e.favourable})`);
    if (g.offTarget !== e.offTarget) diffs.push(`offTarget ${g.offTarget} (expected ${e.offTarget})`);
    if (diffs.length) out.push(`line ${k}: ${diffs.join('; ')}`);
  }
  const gotProblems = new Set(report.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`));
  const wantProblems = new Set(expected.problems);
  const pm = [...wantProblems].filter((p) => !gotProblems.has(p));
  const pe = [...gotProblems].filter((p) => !wantProblems.has(p));
  if (pm.length) out.push(`problems missing: ${pm.join(', ')}`);
  if (pe.length) out.push(`unexpected problems: ${pe.join(', ')}`);
  for (const p of report.problems) {
    if (!p.message || !p.messageZh) out.push(`problem ${p.code} at ${p.cell} lacks an English or Chinese message`);
  }
  return out;
}

/** Generates the fixture into dir, runs `budget-pilot analyze <file> --json ... --out ...` in process, compares. */
export async function runFixture(f: Fixture, dir: string): Promise<FixtureRun> {
  const { file, expected } = await writeFixture(f, dir);
  const json = path.join(dir, `${f.name}.report.json`);
  const out = path.join(dir, `${f.name}.budget-pilot.xlsx`);
  fs.rmSync(json, { force: true });
  const err: string[] = [];
  const io: CliIO = { out: () => undefined, err: (l) => err.push(l), cwd: dir, env: { LANG: 'en_US.UTF-8' } };
  const sha = (): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const before = sha();
  const code = await main(['analyze', file, '--out', out, '--json', json, ...(f.args ?? [])], io);
  const report = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as CliReport) : null;
  const mismatches = compareReport(expected, code, report);
  if (sha() !== before) mismatches.push('the input workbook was changed');
  return { expected, code, report, stderr: err.join('\n'), mismatches };
}

/** The analyze options the CLI derives from a fixture's extra arguments (by the CLI's own parser). */
export function optionsOf(args: readonly string[] | undefined): AnalyzeOptions {
  const p = parseArgs(['analyze', 'x.xlsx', ...(args ?? [])]);
  if (p.command !== 'analyze') throw new Error(`bad fixture arguments ${String(args)}`);
  return { sheet: p.sheet, asOf: p.asOf, flagPct: p.flagPct, flagAbs: p.flagAbs };
}

/**
 * The fixture read by core's detectWorkbook over all its sheets (what the app will call for
 * multi-sheet budgets), with the app's settings and report: the same comparison one level
 * below the CLI. Exit code: 0 with a model, 2 without.
 */
export async function runWorkbookDetect(f: Fixture): Promise<{ mismatches: string[] }> {
  const { wb, placement } = renderFixture(f);
  const host = await XlsxHost.fromBuffer((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const grids: Grid[] = [];
  for (const s of await host.listSheets()) grids.push(await host.readGrid(s.name));
  const options = optionsOf(f.args);
  const detect = detectWorkbook(grids, options.asOf !== undefined ? { asOf: options.asOf } : {});
  const variance = detect.model ? computeVariance(detect.model, settingsFor(detect.model, options)) : null;
  const report = reportJson({ sheet: detect.model?.source.sheet ?? grids[0]?.sheet ?? '', detect, variance });
  return { mismatches: compareReport(expectedReport(f, placement), detect.model ? 0 : 2, report) };
}
