/**
 * Dates behind YTD. The variance sheet decides YTD with date comparisons
 * (period start between BP_YearStart and BP_AsOf), so TypeScript decides it the same way.
 */
import { dateToSerial, serialToDate } from '../grid';
import type { Period, PeriodKey } from '../model';
import { periodStartSerial } from '../periods/period';

/** Excel serial of the period's first day (the period row of our sheets holds it). */
export const periodStart = periodStartSerial;

/** First day of "2026-03" or "2026-Q2" as {year, month}; null when the key is not one of these. */
export function parsePeriodKey(key: PeriodKey): { year: number; month: number } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
  }
  m = /^(\d{4})-Q([1-4])$/i.exec(key);
  if (m) return { year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1 };
  return null;
}

/**
 * The value of BP_AsOf: the first day of the as-of period; when asOf is null (or unreadable),
 * the day before the first period starts, so that no period is in YTD. null without periods.
 */
export function asOfSerial(asOf: PeriodKey | null, periods: readonly Period[]): number | null {
  const parsed = asOf === null ? null : parsePeriodKey(asOf);
  if (parsed) return dateToSerial(parsed.year, parsed.month, 1);
  if (periods.length === 0) return null;
  return periodStart(periods[0]) - 1;
}

/** BP_YearStart: =DATE(YEAR(EDATE(asOf,1-fyStartMonth)),fyStartMonth,1). */
export function fiscalYearStart(asOf: number, fyStartMonth: number): number {
  const { year, month } = serialToDate(asOf);
  const shifted = year * 12 + (month - 1) + (1 - fyStartMonth);
  return dateToSerial(Math.floor(shifted / 12), fyStartMonth, 1);
}

/** Default fiscal-year start month: the first period's month (1 without periods). */
export function defaultFyStartMonth(periods: readonly Period[]): number {
  return periods.length > 0 ? periods[0].month : 1;
}

/** Which periods count in YTD: yearStart <= start <= asOf. */
export function ytdMask(periods: readonly Period[], asOf: PeriodKey | null, fyStartMonth: number): boolean[] {
  const end = asOfSerial(asOf, periods);
  if (end === null) return periods.map(() => false);
  const begin = fiscalYearStart(end, fyStartMonth);
  return periods.map((p) => {
    const s = periodStart(p);
    return s >= begin && s <= end;
  });
}
