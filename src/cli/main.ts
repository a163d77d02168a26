/**
 * budget-pilot: the command line over .xlsx files.
 *
 *   budget-pilot analyze <workbook.xlsx> [--sheet NAME] [--as-of YYYY-MM] [--flag-pct N]
 *                        [--flag-abs N] [--out OUT.xlsx] [--json REPORT.json] [--lang en|zh]
 *                        [--fy-start N] [--forecast [--extra-periods N]]
 *
 * Exit codes: 0 success (off-target lines are not errors), 1 usage or file error, 2 no budget
 * could be read. Never writes its input. See docs/cli.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildVariance, NoBudgetError, reportJson } from '../app';
import { buildForecast, type ForecastBuildResult } from '../app/forecast';
import type { ReportForecastInput } from '../app/report-json';
import type { Analysis, BuildResult } from '../app/types';
import type { Mapping } from '../core/model';
import type { Problem } from '../core/problems';
import { XlsxHost } from '../host/xlsx';
import { HostError } from '../host/workbook-host';
import { parseArgs, USAGE, type AnalyzeArgs, type Lang } from './args';
import { problemLine, summaryLines } from './summary';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_NO_BUDGET = 2;

/** From this many cells written, the CLI says before saving that it will take a while. */
export const LARGE_OUTPUT_CELLS = 500_000;

const defaultIO = (): CliIO => ({
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  cwd: process.cwd(),
  env: process.env,
});

/** "budget.xlsx" -> "budget.budget-pilot.xlsx" in the same folder. */
export function defaultOutPath(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.(xlsx|xlsm|xls)$/i, '');
  return path.join(dir, `${base}.budget-pilot.xlsx`);
}

/** True when both paths name the same file (after resolving symlinks where the files exist). */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const ra = real(a);
  const rb = real(b);
  return process.platform === 'win32' || process.platform === 'darwin' ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}

/** Relative to the working folder when inside it, else absolute. */
function shortPath(cwd: string, p: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function t(lang: Lang, en: string, zh: string): string {
  return lang === 'zh' ? zh : en;
}

function printProblems(problems: readonly Problem[], lang: Lang, io: CliIO, limit = 30): void {
  if (problems.length === 0) return;
  const serious = problems.some((p) => p.severity !== 'info');
  io.err(
    serious
      ? t(lang, `Problems found in the workbook (${problems.length}):`, `工作簿中发现的问题（${problems.length}）：`)
      : t(lang, `Notes on reading the workbook (${problems.length}):`, `读取工作簿的说明（${problems.length}）：`),
  );
  for (const p of problems.slice(0, limit)) io.err(problemLine(p, lang));
  if (problems.length > limit) {
    io.err(t(lang, `  ... and ${problems.length - limit} more (see the JSON report).`, `  ……还有 ${problems.length - limit} 个（见 JSON 报告）。`));
  }
}

/**
 * A mapping file: a Mapping object, or a --json report holding one under "mapping". Returns the
 * mapping, or what is wrong with the file. Only the shape is checked here; whether it fits the
 * sheet is checkMapping's job (its problems are reported like any other).
 */
export function readMappingFile(file: string): Mapping | string {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return `not a readable JSON file (${(e as Error).message})`;
  }
  const obj = data && typeof data === 'object' && 'mapping' in data ? (data as { mapping: unknown }).mapping : data;
  if (!obj || typeof obj !== 'object') return 'it holds no mapping';
  const m = obj as Partial<Mapping>;
  const ok =
    typeof m.sheet === 'string' &&
    typeof m.layout === 'string' &&
    Number.isInteger(m.headerRow) &&
    Number.isInteger(m.firstDataRow) &&
    Array.isArray(m.dimensions) &&
    Array.isArray(m.periods) &&
    (m.typeColumn === null || typeof m.typeColumn === 'object');
  return ok ? (m as Mapping) : 'a mapping needs sheet, layout, headerRow, firstDataRow, dimensions, typeColumn and periods (see docs/cli.md)';
}

function writeJson(file: string, analysis: Analysis, forecast?: ReportForecastInput): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(reportJson(analysis, forecast), null, 2) + '\n');
}

async function analyze(args: AnalyzeArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  const input = path.resolve(io.cwd, args.input);
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) {
    io.err(t(lang, `The file ${args.input} was not found.`, `找不到文件 ${args.input}。`));
    return EXIT_USAGE;
  }
  const outPath = args.out ? path.resolve(io.cwd, args.out) : defaultOutPath(input);
  const jsonPath = args.json ? path.resolve(io.cwd, args.json) : undefined;
  for (const [p, opt] of [[outPath, '--out'], [jsonPath, '--json']] as const) {
    if (p && samePath(p, input)) {
      io.err(
        t(
          lang,
          `${opt} points at the input workbook; Budget Pilot never overwrites your workbook. Choose another file name.`,
          `${opt} 指向了输入的工作簿；Budget Pilot 从不覆盖您的工作簿。请换一个文件名。`,
        ),
      );
      return EXIT_USAGE;
    }
  }
  if (jsonPath && samePath(jsonPath, outPath)) {
    io.err(t(lang, '--out and --json must be different files.', '--out 和 --json 必须是不同的文件。'));
    return EXIT_USAGE;
  }
  let mapping: Mapping | undefined;
  if (args.mapping) {
    const read = readMappingFile(path.resolve(io.cwd, args.mapping));
    if (typeof read === 'string') {
      io.err(t(lang, `--mapping ${args.mapping}: ${read}`, `--mapping ${args.mapping}：${read}`));
      return EXIT_USAGE;
    }
    mapping = read;
  }
  let host: XlsxHost;
  try {
    host = await XlsxHost.fromFile(input);
  } catch (e) {
    io.err(
      t(
        lang,
        `${args.input} could not be opened as an Excel workbook (.xlsx): ${(e as Error).message}`,
        `无法将 ${args.input} 作为 Excel 工作簿（.xlsx）打开：${(e as Error).message}`,
      ),
    );
    return EXIT_USAGE;
  }
  const options = { sheet: args.sheet, asOf: args.asOf, flagPct: args.flagPct, flagAbs: args.flagAbs, fyStartMonth: args.fyStart, mapping };
  let result: BuildResult;
  let fc: ForecastBuildResult | null = null;
  try {
    if (args.forecast) result = fc = await buildForecast(host, { ...options, extraPeriods: args.extraPeriods });
    else result = await buildVariance(host, options);
  } catch (e) {
    if (e instanceof NoBudgetError) {
      const problems = e.analysis.detect.problems;
      printProblems(problems, lang, io);
      if (jsonPath) writeJson(jsonPath, e.analysis);
      if (problems.some((p) => p.code === 'SHEET_NOT_FOUND')) return EXIT_USAGE;
      io.err(t(lang, 'No budget could be read from this workbook.', '未能从此工作簿读取到预算。'));
      return EXIT_NO_BUDGET;
    }
    if (e instanceof HostError) {
      io.err(t(lang, `Could not write the result: ${e.message}`, `无法写入结果：${e.message}`));
      return EXIT_USAGE;
    }
    throw e;
  }
  const { analysis } = result;
  const forecastReport: ReportForecastInput | undefined = fc ? { sheet: fc.forecastSheet, outcome: fc.forecast } : undefined;
  const problems = analysis.detect.problems;
  if (args.asOf !== undefined && problems.some((p) => p.code === 'AS_OF_OUT_OF_RANGE')) {
    printProblems(problems.filter((p) => p.code === 'AS_OF_OUT_OF_RANGE'), lang, io);
    return EXIT_USAGE;
  }
  if (result.apply.cellsWritten >= LARGE_OUTPUT_CELLS) {
    // Saving is most of the time on large budgets (see bench/cli-speed.ts): say so before the wait.
    const n = result.apply.cellsWritten.toLocaleString('en-US');
    io.err(t(lang, `Saving ${n} cells to ${shortPath(io.cwd, outPath)}; a workbook this large can take a few minutes...`, `正在将 ${n} 个单元格保存到 ${shortPath(io.cwd, outPath)}；这么大的工作簿可能需要几分钟……`));
  }
  try {
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    await host.saveAs(outPath);
    if (jsonPath) writeJson(jsonPath, analysis, forecastReport);
  } catch (e) {
    io.err(t(lang, `Could not write ${outPath}: ${(e as Error).message}`, `无法写入 ${outPath}：${(e as Error).message}`));
    return EXIT_USAGE;
  }
  for (const l of summaryLines(analysis, lang, {
    out: shortPath(io.cwd, outPath),
    varianceSheet: result.varianceSheet,
    json: jsonPath ? shortPath(io.cwd, jsonPath) : undefined,
    forecast: forecastReport,
  })) {
    io.out(l);
  }
  printProblems(problems, lang, io);
  return EXIT_OK;
}

export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const parsed = parseArgs(argv, io.env);
  switch (parsed.command) {
    case 'help':
      io.out(USAGE);
      return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
    case 'version':
      io.out('budget-pilot 0.1.0');
      return EXIT_OK;
    case 'error':
      io.err(parsed.message);
      io.err('Run "budget-pilot --help" for usage.');
      return EXIT_USAGE;
    case 'analyze':
      try {
        return await analyze(parsed, io);
      } catch (e) {
        // A bug of ours, not the user's: say so plainly, with the detail for a bug report.
        io.err(`Budget Pilot failed unexpectedly: ${(e as Error).stack ?? String(e)}`);
        return EXIT_USAGE;
      }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exitCode = EXIT_USAGE;
    },
  );
}
