/**
 * Excel number formats: is a format a date format, and is a serial a plausible date.
 */

/** Removes quoted literals, [..] sections (locale, colour, conditions) and escaped characters. */
function formatCodes(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .toLowerCase();
}

/** True when an Excel number format displays a date (e.g. "mmm-yy", "yyyy-mm-dd", "yyyy\"年\"m\"月\""). */
export function isDateFormat(fmt: string | undefined | null): boolean {
  if (!fmt) return false;
  const f = formatCodes(fmt);
  if (f === '' || f === 'general' || f === '@') return false;
  if (/[yd]/.test(f)) return true;
  // "m" alone is month only when there is no hour/second nearby (h:mm, mm:ss are minutes).
  return /m/.test(f) && !/[hs]/.test(f);
}

/** Serial range treated as real dates: 1950-01-01 .. 2100-12-31. */
export const MIN_DATE_SERIAL = 18264;
export const MAX_DATE_SERIAL = 73415;

export function isPlausibleDateSerial(n: number): boolean {
  return Number.isFinite(n) && n >= MIN_DATE_SERIAL && n <= MAX_DATE_SERIAL;
}
