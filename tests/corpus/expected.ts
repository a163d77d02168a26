/**
 * The expected CLI report of a corpus fixture, computed from its description and from where
 * write.ts put each cell, by the rules of docs/cli-report.md and the problem catalogue, written
 * out here independently of the detector and of core/variance:
 *   - a budget cell counts when it is a number, else 0; an actual when it is a number, else blank;
 *     numbers stored as text count as neither (the workbook formulas treat them so too);
 *   - periods: distinct, sorted by date; a repeated period column is ignored;
 *   - as-of: --as-of when given, else the last period with a numeric actual; YTD: the periods from the first through the as-of
 *     (every fixture spans one fiscal year that starts with its first period);
 *   - variance = actual - budget; % = variance / |budget| (null when the budget is 0);
 *   - favourable: revenue actual >= budget, cost actual <= budget;
 *   - off target: unfavourable, |%| >= flagPct (any variance when the budget is 0), |variance| >= flagAbs;
 *   - flagAbs default: 2% of the median line's annual budget, rounded down to 1, 2 or 5 x 10^k.
 */
import { periodIndex, periodKey, PROPOSED_CODES, type Cell, type Fixture } from './spec';
import type { Addr, Placement } from './write';

export interface ExpectedLine {
  key: string[];
  type: 'revenue' | 'cost';
  ytd: { budget: number; actual: number; variance: number; variancePct: number | null };
  favourable: boolean;
  offTarget: boolean;
}

export interface ExpectedReport {
  exitCode: number;
  sheet: string;
  unit: string | null;
  periods: string[];
  asOf: string | null;
  flagPct: number;
  flagAbs: number;
  lines: ExpectedLine[];
  /** "CODE Sheet!A1" strings. */
  problems: string[];
}

export const problemId = (code: string, a: Addr): string => `${code} ${a.sheet}!${a.cell}`;

const NUMBER_TEXT_RE = /^\(?-?[$¥]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?\)?$|^-?\d+(?:\.\d+)?%?$/;

function isNumber(v: Cell): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Largest 1, 2 or 5 x 10^k not above x (0 when x <= 0). */
export function niceFloorIndependent(x: number): number {
  if (!(x > 0)) return 0;
  const candidates: number[] = [];
  for (let k = -12; k <= 15; k++) for (const m of [1, 2, 5]) candidates.push(Number(`${m}e${k}`));
  let best = 0;
  for (const c of candidates) if (c <= x * (1 + 1e-12) && c > best) best = c;
  return best;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function argValue(args: readonly string[] | undefined, name: string): string | undefined {
  if (!args) return undefined;
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function expectedReport(f: Fixture, pl: Placement): ExpectedReport {
  const problems = new Set<string>();
  const exitCode = f.exitCode ?? 0;
  if (f.layout === 'garbage') {
    return { exitCode, sheet: f.sheet, unit: null, periods: [], asOf: null, flagPct: 0.1, flagAbs: 0, lines: [], problems: [] };
  }

  // Columns kept: the first of each period; repeats and the first out-of-order column are reported.
  const kept: number[] = [];
  const seen = new Set<string>();
  let prev = -Infinity;
  let outOfOrder = false;
  f.columns.forEach((p, j) => {
    const k = periodKey(p);
    if (seen.has(k)) {
      problems.add(problemId('PERIOD_REPEATED', pl.headerBudget[j]));
      if (pl.headerActual[j]) problems.add(problemId('PERIOD_REPEATED', pl.headerActual[j]));
      return;
    }
    if (periodIndex(p) < prev && !outOfOrder) {
      outOfOrder = true;
      problems.add(problemId('PERIOD_OUT_OF_ORDER', pl.headerBudget[j]));
      if (pl.headerActual[j]) problems.add(problemId('PERIOD_OUT_OF_ORDER', pl.headerActual[j]));
    }
    seen.add(k);
    kept.push(j);
    prev = periodIndex(p);
  });
  const order = [...kept].sort((a, b) => periodIndex(f.columns[a]) - periodIndex(f.columns[b]));
  const periods = order.map((j) => periodKey(f.columns[j]));
  const monthsCovered = order.reduce((n, j) => n + (f.columns[j].kind === 'quarter' ? 3 : 1), 0);
  if (monthsCovered > 12) throw new Error(`${f.name}: the corpus keeps each fixture within one fiscal year`);

  // Cell problems, in the cells that are read.
  f.lines.forEach((l, i) => {
    const anyNumber = kept.some((j) => isNumber(l.budget[j]) || isNumber(l.actual[j]));
    for (const j of kept) {
      for (const measure of ['budget', 'actual'] as const) {
        const v = l[measure][j];
        const at = pl[measure][i][j];
        if (!at) continue;
        if (v === null) {
          if (measure === 'budget' && anyNumber) problems.add(problemId('BLANK_BUDGET', at));
        } else if (typeof v === 'object') problems.add(problemId('ERROR_VALUE', at));
        else if (typeof v === 'string') problems.add(problemId(NUMBER_TEXT_RE.test(v.trim()) ? 'NUMBER_AS_TEXT' : 'TEXT_NOT_NUMBER', at));
      }
    }
  });
  for (const t of pl.totalRows) problems.add(problemId('SKIPPED_TOTAL_ROW', t));
  if (f.separate) {
    for (const i of f.separate.budgetOnly) problems.add(problemId(PROPOSED_CODES.budgetWithoutActual, pl.label[i]));
    for (const i of f.separate.actualOnly) problems.add(problemId(PROPOSED_CODES.unbudgetedActual, pl.label[i]));
  }
  for (const e of f.extraProblems?.(pl) ?? []) problems.add(problemId(e.code, e.at));

  // Keys (duplicates kept, the second as "<last part> (2)").
  const count = new Map<string, number>();
  const keys = f.lines.map((l, i) => {
    const id = l.dims.join('\u001f');
    const n = (count.get(id) ?? 0) + 1;
    count.set(id, n);
    if (n === 1) return [...l.dims];
    problems.add(problemId('DUPLICATE_KEY', pl.label[i]));
    return [...l.dims.slice(0, -1), `${l.dims[l.dims.length - 1]} (${n})`];
  });

  // Values per period (first column of each period).
  const budgetOf = (l: (typeof f.lines)[number], j: number): number => (isNumber(l.budget[j]) ? l.budget[j] as number : 0);
  const actualOf = (l: (typeof f.lines)[number], j: number): number | null => (isNumber(l.actual[j]) ? l.actual[j] as number : null);
  let asOfPos = -1;
  order.forEach((j, pos) => {
    if (f.lines.some((l) => actualOf(l, j) !== null)) asOfPos = pos;
  });
  const asOfArg = argValue(f.args, '--as-of');
  if (asOfArg !== undefined) {
    asOfPos = periods.indexOf(asOfArg);
    if (asOfPos < 0) throw new Error(`${f.name}: --as-of ${asOfArg} is not a period of the fixture`);
  }
  const asOf = asOfPos >= 0 ? periods[asOfPos] : null;

  const flagPctArg = argValue(f.args, '--flag-pct');
  const flagAbsArg = argValue(f.args, '--flag-abs');
  const flagPct = flagPctArg !== undefined ? Number(flagPctArg.replace('%', '')) / 100 : 0.1;
  const annual = f.lines.map((l) => (order.reduce((s, j) => s + budgetOf(l, j), 0) * 12) / monthsCovered);
  const flagAbs = flagAbsArg !== undefined ? Number(flagAbsArg) : niceFloorIndependent(median(annual) * 0.02);

  const lines: ExpectedLine[] = f.lines.map((l, i) => {
    let budget = 0;
    let actual = 0;
    order.forEach((j, pos) => {
      if (pos > asOfPos) return;
      budget += budgetOf(l, j);
      actual += actualOf(l, j) ?? 0;
    });
    const variance = actual - budget;
    const variancePct = budget !== 0 ? variance / Math.abs(budget) : null;
    const type = l.cost ? 'cost' : 'revenue';
    const unfavourable = type === 'cost' ? variance > 0 : variance < 0;
    const bigPct = budget !== 0 ? Math.abs(variancePct as number) >= flagPct : variance !== 0;
    return {
      key: keys[i],
      type,
      ytd: { budget, actual, variance, variancePct },
      favourable: !unfavourable,
      offTarget: unfavourable && bigPct && Math.abs(variance) >= flagAbs,
    };
  });
  return { exitCode, sheet: f.sheet, unit: f.unit, periods, asOf, flagPct, flagAbs, lines, problems: [...problems].sort() };
}
