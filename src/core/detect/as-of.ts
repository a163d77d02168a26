/**
 * The as-of period: the caller's choice when it is one of the periods, else the last period
 * with any numeric actual (null when there are none).
 */
import type { BudgetLine, Period, PeriodKey } from '../model';
import { parsePeriodKey } from '../periods/period';
import { problem, type Problem } from '../problems';

export function lastActualPeriod(periods: readonly Period[], lines: readonly BudgetLine[]): PeriodKey | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    for (const l of lines) {
      const a = l.actual[i];
      if (a && a.value !== null) return periods[i].key;
    }
  }
  return null;
}

/**
 * Matches a requested as-of ("2026-05", "2026-Q2") to the periods: exact key, or for quarterly
 * periods the quarter holding a requested month. null when it matches none.
 */
export function matchAsOf(requested: string, periods: readonly Period[]): PeriodKey | null {
  const q = parsePeriodKey(requested);
  if (!q) return null;
  const exact = periods.find((p) => p.key === requested.trim());
  if (exact) return exact.key;
  if (q.kind === 'month') {
    const idx = q.year * 12 + q.month - 1;
    const holder = periods.find((p) => p.kind === 'quarter' && idx >= p.year * 12 + p.month - 1 && idx < p.year * 12 + p.month + 2);
    if (holder) return holder.key;
  }
  return null;
}

export function resolveAsOf(
  requested: string | undefined,
  periods: readonly Period[],
  lines: readonly BudgetLine[],
  sheet: string,
  cell: string,
  problems: Problem[],
): PeriodKey | null {
  if (requested !== undefined && requested !== null) {
    const m = matchAsOf(String(requested), periods);
    if (m) return m;
    problems.push(
      problem('AS_OF_OUT_OF_RANGE', sheet, cell, {
        period: String(requested),
        first: periods[0]?.key ?? '-',
        last: periods[periods.length - 1]?.key ?? '-',
      }),
    );
  }
  return lastActualPeriod(periods, lines);
}
