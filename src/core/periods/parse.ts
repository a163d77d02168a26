/**
 * Parsing one period header: English and Chinese months and quarters, ISO forms, real Excel
 * dates (a serial with a date format) and date-looking text. Measure words ("Budget",
 * "实际") are not handled here; detection strips them before calling parsePeriodText.
 */
import { serialToDate, type CellValue } from '../grid';
import type { Period } from '../model';
import { isDateFormat, isPlausibleDateSerial } from './date-format';
import { addMonths, makeMonth, makeQuarter } from './period';
import { normalizeText, parseSmallNumber, toYear } from './text';

/** What a header says, before a missing year is filled in. */
export type PeriodParts =
  | { kind: 'month'; year: number | null; month: number }
  | { kind: 'quarter'; year: number | null; quarter: number };

export interface PeriodContext {
  /** Year for headers that omit it (from a title such as "FY2026 Sales Budget"). */
  defaultYear?: number;
  /**
   * First month (1-12) of the fiscal year. A yearless month before it belongs to
   * defaultYear + 1 (Apr..Mar with defaultYear 2026: Apr 2026 .. Mar 2027), and yearless
   * "Q1" starts in that month.
   */
  fiscalYearStartMonth?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

function month(year: number | null, m: number): PeriodParts | null {
  return m >= 1 && m <= 12 ? { kind: 'month', year, month: m } : null;
}

function quarter(year: number | null, q: number): PeriodParts | null {
  return q >= 1 && q <= 4 ? { kind: 'quarter', year, quarter: q } : null;
}

function optYear(s: string | undefined): number | null | undefined {
  if (s === undefined) return null;
  const y = toYear(s);
  return y === null ? undefined : y; // undefined: a year was written but is not plausible
}

function parseChinese(c: string): PeriodParts | null {
  let m = /^(\d{4}|\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(c);
  if (m) {
    const y = optYear(m[1]);
    return y === undefined || Number(m[3]) < 1 || Number(m[3]) > 31 ? null : month(y, Number(m[2]));
  }
  m = /^(?:(\d{4}|\d{2})年度?)?第?([一二三四1-4])季度?$/.exec(c) ?? /^(?:(\d{4}|\d{2})年度?)?q([1-4])$/.exec(c);
  if (m) {
    const y = optYear(m[1]);
    const q = parseSmallNumber(m[2]);
    return y === undefined || q === null ? null : quarter(y, q);
  }
  m = /^(?:(\d{4}|\d{2})年度?)?(\d{1,2}|[一二三四五六七八九十]{1,3}|正|腊)月份?$/.exec(c);
  if (m) {
    const y = optYear(m[1]);
    const n = parseSmallNumber(m[2]);
    return y === undefined || n === null ? null : month(y, n);
  }
  return null;
}

function parseNumeric(s: string): PeriodParts | null {
  // ISO year-month, optionally with a day and a time: 2026-01, 2026/1, 2026.01, 2026-01-31
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?)?$/.exec(s);
  if (m) {
    const y = toYear(m[1]);
    if (y === null || (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 31))) return null;
    return month(y, Number(m[2]));
  }
  // m/d/yyyy or d/m/yyyy: a part above 12 is the day; else the reading whose day is 1 wins; else m/d.
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = toYear(m[3]);
    if (y === null || a < 1 || b < 1 || a > 31 || b > 31) return null;
    if (a > 12 && b > 12) return null;
    if (a > 12) return month(y, b);
    if (b > 12) return month(y, a);
    if (a === 1 && b !== 1) return month(y, b);
    return month(y, a);
  }
  // 2026M01 (statistics offices' style)
  m = /^(\d{4})\s*m\s*(\d{1,2})$/.exec(s);
  if (m) {
    const y = toYear(m[1]);
    return y === null ? null : month(y, Number(m[2]));
  }
  // month/year: 01/2026, 1-2026
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) {
    const y = toYear(m[2]);
    return y === null ? null : month(y, Number(m[1]));
  }
  return null;
}

function parseQuarter(s: string): PeriodParts | null {
  const t = s.replace(/\b(?:quarter|qtr)\s*([1-4])\b/g, 'q$1');
  let m = /^q\s*([1-4])(?:\s*[-/' ,]?\s*(?:fy\s*)?(\d{4}|\d{2}))?$/.exec(t);
  if (m) {
    const y = optYear(m[2]);
    return y === undefined ? null : quarter(y, Number(m[1]));
  }
  m = /^(?:fy\s*)?(\d{4})\s*[-/ ]?\s*q\s*([1-4])$/.exec(t);
  if (m) {
    const y = toYear(m[1]);
    return y === null ? null : quarter(y, Number(m[2]));
  }
  m = /^([1-4])\s*q\s*[-/' ]?\s*(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const y = toYear(m[2]);
    return y === null ? null : quarter(y, Number(m[1]));
  }
  return null;
}

function parseEnglishMonth(s: string): PeriodParts | null {
  const spaced = s.replace(/([a-z])(\d)/g, '$1 $2').replace(/(\d)([a-z])/g, '$1 $2');
  const tokens = spaced.split(/[^a-z0-9]+/).filter((t) => t !== '');
  let m: number | null = null;
  let monthAt = -1;
  const nums: { text: string; at: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^\d+$/.test(t)) nums.push({ text: t, at: i });
    else if (t in MONTHS && m === null) {
      m = MONTHS[t];
      monthAt = i;
    } else if (/^(st|nd|rd|th)$/.test(t) && i > 0 && /^\d+$/.test(tokens[i - 1])) continue;
    else return null;
  }
  if (m === null) return null;
  if (nums.length === 0) return month(null, m);
  if (nums.length === 1) {
    const y = nums[0].text.length === 2 || nums[0].text.length === 4 ? toYear(nums[0].text) : null;
    return y === null ? null : month(y, m);
  }
  if (nums.length === 2) {
    const four = nums.filter((n) => n.text.length === 4);
    let yearTok: { text: string; at: number } | undefined;
    if (four.length === 1) yearTok = four[0];
    else if (four.length === 0) yearTok = nums[1].at > monthAt ? nums[1] : undefined; // d-mmm-yy
    if (!yearTok) return null;
    const day = nums.find((n) => n !== yearTok);
    const y = toYear(yearTok.text);
    if (y === null || !day || Number(day.text) < 1 || Number(day.text) > 31) return null;
    return month(y, m);
  }
  return null;
}

/** Parses header text into a month or quarter, with or without a year; null when it is neither. */
export function parsePeriodText(raw: string): PeriodParts | null {
  const s = normalizeText(raw).replace(/^[\s.:：,-]+|[\s.:：,]+$/g, '');
  if (s === '' || s.length > 40) return null;
  if (/[\u3400-\u9fff]/.test(s)) return parseChinese(s.replace(/\s+/g, ''));
  return parseNumeric(s) ?? parseQuarter(s) ?? parseEnglishMonth(s);
}

/** Turns parts into a Period, filling a missing year from the context; null when no year is known. */
export function resolvePeriod(parts: PeriodParts, label: string, context: PeriodContext = {}): Period | null {
  const fy = context.fiscalYearStartMonth && context.fiscalYearStartMonth >= 1 && context.fiscalYearStartMonth <= 12
    ? Math.floor(context.fiscalYearStartMonth)
    : 1;
  if (parts.kind === 'month') {
    if (parts.year !== null) return makeMonth(parts.year, parts.month, label);
    if (context.defaultYear === undefined) return null;
    const year = parts.month < fy ? context.defaultYear + 1 : context.defaultYear;
    return makeMonth(year, parts.month, label);
  }
  if (parts.year !== null) return makeQuarter(parts.year, (parts.quarter - 1) * 3 + 1, label);
  if (context.defaultYear === undefined) return null;
  const start = addMonths(context.defaultYear, fy, (parts.quarter - 1) * 3);
  return makeQuarter(start.year, start.month, label);
}

/** A date serial as a month period, labelled "Jan 2026". */
export function periodFromSerial(serial: number): Period | null {
  if (!isPlausibleDateSerial(serial)) return null;
  const d = serialToDate(serial);
  return makeMonth(d.year, d.month);
}

/**
 * One header cell as a period: a serial number with a date format, or text naming a month or
 * quarter. Yearless text ("Jan", "1月", "Q1") needs context.defaultYear.
 */
export function parsePeriodHeader(value: CellValue, numberFormat: string, context: PeriodContext = {}): Period | null {
  if (typeof value === 'number') return isDateFormat(numberFormat) ? periodFromSerial(value) : null;
  if (typeof value !== 'string') return null;
  const parts = parsePeriodText(value);
  return parts ? resolvePeriod(parts, value.trim(), context) : null;
}
