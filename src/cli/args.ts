/** Parsing the command line of `budget-pilot analyze`. Pure: returns options or a usage error. */

export type Lang = 'en' | 'zh';

export interface AnalyzeArgs {
  command: 'analyze';
  input: string;
  sheet?: string;
  asOf?: string;
  flagPct?: number;
  flagAbs?: number;
  /** Month (1-12) the fiscal year starts in. */
  fyStart?: number;
  out?: string;
  json?: string;
  lang: Lang;
  /** Also write the forecast sheet (full-year outlook per line). */
  forecast?: boolean;
  /** With forecast: periods to forecast past the budget's last period. */
  extraPeriods?: number;
  /** A JSON file holding a Mapping (e.g. the "mapping" of an earlier --json report, edited). */
  mapping?: string;
}

export type ParsedArgs = AnalyzeArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: budget-pilot analyze <workbook.xlsx> [options]

Reads the budget sheet of an Excel workbook, writes a copy with a live variance sheet
(native Excel formulas that point at your budget cells), and prints the off-target lines.
Your workbook is never changed.

Options:
  --sheet NAME        the sheet holding the budget (default: found automatically)
  --as-of YYYY-MM     last month counted in year-to-date (default: last month with actuals)
  --flag-pct N        flag lines whose YTD variance is at least N percent ("10" or "10%"; default 10)
  --flag-abs N        ...and at least N in the sheet's unit (default: a materiality amount)
  --fy-start N        the month (1-12) the fiscal year starts in; YTD and the full year
                      follow it (default: the month of the budget's first period)
  --out OUT.xlsx      where to write the result (default: <workbook>.budget-pilot.xlsx beside it)
  --json REPORT.json  also write a JSON report (see docs/cli-report.md)
  --forecast          also write a forecast sheet: each line's full-year outlook (actuals to
                      date + forecast of the rest of the fiscal year) against its budget
  --extra-periods N   with --forecast: forecast N periods past the budget's last period too
  --mapping FILE      read the sheet as FILE says: the "mapping" of a --json report, edited
                      (header row, dimension and type columns, period columns)
  --lang en|zh        language of messages (default: from LANG)
  -h, --help          show this help

Exit codes: 0 done (off-target lines are not errors), 1 usage or file error, 2 no budget found.`;

/** "10" or "10%" -> 0.1. null when not a non-negative number. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) / 100;
}

export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$|^\.\d+$/.test(t)) return null;
  return Number(t);
}

export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(l) ? 'zh' : 'en';
}

const VALUE_OPTIONS = new Set(['--sheet', '--as-of', '--flag-pct', '--flag-abs', '--out', '--json', '--lang', '--extra-periods', '--fy-start', '--mapping']);
const FLAG_OPTIONS = new Set(['--forecast']);

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ParsedArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { command: 'error', message: `Unknown command "${command}". The command is "analyze".` };
  const opts: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (FLAG_OPTIONS.has(name)) {
        if (eq > 0) return { command: 'error', message: `Option ${name} takes no value.` };
        opts[name] = 'true';
        continue;
      }
      if (!VALUE_OPTIONS.has(name)) return { command: 'error', message: `Unknown option ${name}.` };
      const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined) return { command: 'error', message: `Option ${name} needs a value.` };
      opts[name] = value;
    } else positional.push(a);
  }
  if (positional.length !== 1) {
    return { command: 'error', message: positional.length === 0 ? 'Give the workbook to analyze.' : `Give one workbook, not ${positional.length}.` };
  }
  const out: AnalyzeArgs = { command: 'analyze', input: positional[0], lang: defaultLang(env) };
  if (opts['--lang'] !== undefined) {
    const l = opts['--lang'].toLowerCase();
    if (l !== 'en' && l !== 'zh' && l !== 'en-us' && l !== 'zh-cn') return { command: 'error', message: '--lang is en or zh.' };
    out.lang = l.startsWith('zh') ? 'zh' : 'en';
  }
  if (opts['--sheet'] !== undefined) out.sheet = opts['--sheet'];
  if (opts['--as-of'] !== undefined) {
    const m = /^(\d{4})-(\d{2})$/.exec(opts['--as-of'].trim());
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return { command: 'error', message: `--as-of is a month like 2026-08, not "${opts['--as-of']}".` };
    out.asOf = opts['--as-of'].trim();
  }
  if (opts['--flag-pct'] !== undefined) {
    const p = parsePercent(opts['--flag-pct']);
    if (p === null) return { command: 'error', message: `--flag-pct is a percentage like 10 or 10%, not "${opts['--flag-pct']}".` };
    out.flagPct = p;
  }
  if (opts['--flag-abs'] !== undefined) {
    const a = parseAmount(opts['--flag-abs']);
    if (a === null) return { command: 'error', message: `--flag-abs is an amount like 50, not "${opts['--flag-abs']}".` };
    out.flagAbs = a;
  }
  if (opts['--fy-start'] !== undefined) {
    const t = opts['--fy-start'].trim();
    const n = /^\d{1,2}$/.test(t) ? Number(t) : NaN;
    if (!(n >= 1 && n <= 12)) return { command: 'error', message: `--fy-start is a month number from 1 to 12 (4 = April), not "${opts['--fy-start']}".` };
    out.fyStart = n;
  }
  if (opts['--forecast'] !== undefined) out.forecast = true;
  if (opts['--extra-periods'] !== undefined) {
    const t = opts['--extra-periods'].trim();
    const n = /^\d+$/.test(t) ? Number(t) : NaN;
    if (!(n >= 0 && n <= 36)) return { command: 'error', message: `--extra-periods is a whole number from 0 to 36, not "${opts['--extra-periods']}".` };
    if (!out.forecast) return { command: 'error', message: '--extra-periods goes with --forecast.' };
    out.extraPeriods = n;
  }
  if (opts['--mapping'] !== undefined) out.mapping = opts['--mapping'];
  if (opts['--out'] !== undefined) out.out = opts['--out'];
  if (opts['--json'] !== undefined) out.json = opts['--json'];
  return out;
}
