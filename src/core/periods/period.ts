/**
 * Period values: construction, keys, ordering and the Excel serial of a period's first day.
 * Keys are calendar based ("2026-01", "2026-Q1") whatever fiscal year the sheet uses.
 */
import { dateToSerial } from '../grid';
import type { Period, PeriodKey } from '../model';

export type PeriodKind = Period['kind'];

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthAbbr(month1: number): string {
  return MONTH_ABBR[month1 - 1] ?? '?';
}

/** "2026-01" for a month, "2026-Q1" for a quarter (calendar quarter holding its first month). */
export function periodKey(p: { kind: PeriodKind; year: number; month: number }): PeriodKey {
  if (p.kind === 'quarter') return `${p.year}-Q${Math.floor((p.month - 1) / 3) + 1}`;
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

export function makeMonth(year: number, month1: number, label?: string): Period {
  const p = { kind: 'month' as const, year, month: month1 };
  return { ...p, key: periodKey(p), label: label ?? `${monthAbbr(month1)} ${year}` };
}

/** A quarter starting at (year, startMonth); startMonth need not be Jan/Apr/Jul/Oct (fiscal quarters). */
export function makeQuarter(year: number, startMonth: number, label?: string): Period {
  const p = { kind: 'quarter' as const, year, month: startMonth };
  return { ...p, key: periodKey(p), label: label ?? `Q${Math.floor((startMonth - 1) / 3) + 1} ${year}` };
}

/** Orders by first day; at the same first day a month sorts before a quarter. */
export function comparePeriods(a: Pick<Period, 'year' | 'month' | 'kind'>, b: Pick<Period, 'year' | 'month' | 'kind'>): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  if (a.kind === b.kind) return 0;
  return a.kind === 'month' ? -1 : 1;
}

/** Excel serial date (1900 system) of the period's first day; write it with a date format. */
export function periodStartSerial(p: Pick<Period, 'year' | 'month'>): number {
  return dateToSerial(p.year, p.month, 1);
}

/** Adds n months to (year, month1). */
export function addMonths(year: number, month1: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month1 - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

const KEY_RE = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

/** Parses a key ("2026-01", "2026-Q3") back into its parts; null when it is not a key. */
export function parsePeriodKey(key: string): { kind: PeriodKind; year: number; month: number } | null {
  const m = KEY_RE.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'month', year, month: Number(m[2]) };
  return { kind: 'quarter', year, month: (Number(m[3]) - 1) * 3 + 1 };
}
