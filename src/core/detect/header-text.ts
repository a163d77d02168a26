/**
 * What one header cell says: which measure (Budget, Actual, ...), whether it is a total,
 * and which period it names. "Jan-26 Budget", "预算 2026年1月", "2026-01 Actual", a date cell.
 */
import { serialToDate, type CellValue } from '../grid';
import { isDateFormat, isPlausibleDateSerial } from '../periods/date-format';
import { parsePeriodText, type PeriodParts } from '../periods/parse';
import { monthAbbr } from '../periods/period';
import { normalizeText } from '../periods/text';

/** budget/target/actual are read; forecast and other (variance, %, prior year) are ignored. */
export type Measure = 'budget' | 'target' | 'actual' | 'forecast' | 'other';

export interface HeaderCell {
  text: string;
  measure: Measure | null;
  /** Says total / subtotal / YTD / full year: never a period column. */
  total: boolean;
  /** The period named in the cell (a year may be missing), or null. */
  parts: PeriodParts | null;
  /** The header text without its measure words ("Jan-26" from "Jan-26 Budget"), for period labels. */
  label: string;
}

const MEASURE_RES: [Exclude<Measure, 'other'>, RegExp][] = [
  ['budget', /\b(?:budgets?|budgeted|bud|bdgt|bgt|plan|planned)\b|预算(?:数|额|金额|值)?|计划(?:数|额|值)?/g],
  ['target', /\b(?:targets?|tgt|quotas?|goals?)\b|目标(?:数|额|值)?|指标|任务(?:数|额)?/g],
  ['actual', /\b(?:actuals?|act|acts|actl|achieved|real)\b|实际(?:完成)?(?:数|额|金额|值)?|实绩|完成(?:数|额|值)?/g],
  ['forecast', /\b(?:forecasts?|fcst|fcast|fc|outlook|projection|projected|proj|estimated?|est|le|rf)\b|预测(?:数|额|值)?|预估|预计/g],
];

/** Ratios, variances and prior-year figures: not budget or actual values. */
const OTHER_RE = /\b(?:var|vars|variances?|diff|difference|delta|gap|achievement|attainment|ach|vs|versus|pct|percent|py|ly|prior|previous|last year|growth|yoy|mom|share|mix|comments?|notes?)\b|%|差异|差额|偏差|率|占比|同比|环比|去年|上年|同期|增长|备注|说明/;

/** Words that make a column a total even when it also names a period ("Q1 Total"). */
const STRONG_TOTAL_RE = /\b(?:total|totals|subtotal|sub total|grand total|sum|ytd|qtd|mtd)\b|合计|小计|总计|总额|共计|累计|汇总/;
/** Weaker words: a total only when no period is named ("FY 2026", "Full Year", "全年"). */
const WEAK_TOTAL_RE = /\b(?:fy|full year|annual|annually|yearly|year|h1|h2|half|avg|average)\b|全年|年度|上半年|下半年|平均/;

/** Words that may surround a period in a header without changing its meaning. */
const NOISE_RE = /\b(?:amount|amt|value|values|sales|revenue|rev|usd|eur|gbp|cny|rmb|jpy|k|000s|thousands|millions|in|of|for|month|mth|period|figures?)\b|'000|\$|¥|€|£|金额|销售额|销售|收入|营收|万元|千元|百万元|元|月度|期间/g;

const EMPTY: HeaderCell = { text: '', measure: null, total: false, parts: null, label: '' };

/** Splits letters from digits so that "Jan26Budget" reads as "jan 26 budget". */
function spaced(s: string): string {
  return s.replace(/([a-z])(\d)/g, '$1 $2').replace(/(\d)([a-z])/g, '$1 $2');
}

/** The measure a text names, or null; two different measures in one text count as 'other'. */
/** Header and label cells longer than this are notes: not searched for periods, measures or totals. */
export const MAX_LABEL_LENGTH = 200;

export function measureOf(text: string): Measure | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const n = spaced(normalizeText(text));
  if (n === '') return null;
  if (OTHER_RE.test(n)) return 'other';
  let found: Measure | null = null;
  for (const [m, re] of MEASURE_RES) {
    re.lastIndex = 0;
    if (re.test(n)) {
      if (found !== null) return 'other';
      found = m;
    }
  }
  return found;
}

export function classifyHeaderText(text: string): HeaderCell {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  if (trimmed.length > MAX_LABEL_LENGTH) return { ...EMPTY, text: trimmed, label: trimmed };
  const n = spaced(normalizeText(trimmed));
  const measure = measureOf(trimmed);
  let rest = n;
  for (const [, re] of MEASURE_RES) rest = rest.replace(re, ' ');
  rest = rest
    .replace(NOISE_RE, ' ')
    .replace(/[()（）[\]【】:：|_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-/,.]+|[\s\-/,.]+$/g, '');
  const strongTotal = STRONG_TOTAL_RE.test(n);
  let parts: PeriodParts | null = null;
  if (measure !== 'other' || strongTotal) {
    const cleaned = rest.replace(STRONG_TOTAL_RE, ' ').replace(/\s+/g, ' ').trim();
    parts = cleaned === '' ? null : parsePeriodText(cleaned);
  }
  const total = strongTotal || (parts === null && WEAK_TOTAL_RE.test(n));
  return { text: trimmed, measure, total, parts, label: parts ? stripMeasureWords(trimmed) : trimmed };
}

/** Original text without measure words and edge separators: "Jan-26 - Budget" -> "Jan-26". */
function stripMeasureWords(text: string): string {
  let out = text;
  for (const [, re] of MEASURE_RES) out = out.replace(new RegExp(re.source, 'gi'), ' ');
  out = out.replace(/[(（\[【][^)）\]】\d]*[)）\]】]/g, ' '); // "(k)", "（万元）": units, not part of the period
  out = out.replace(/\s+/g, ' ').replace(/^[\s\-/,.:：|_]+|[\s\-/,.:：|_]+$/g, '');
  return out === '' ? text : out;
}

/** A header cell: a date serial with a date format is a month; text is classified. */
export function classifyHeaderCell(value: CellValue, format: string): HeaderCell {
  if (typeof value === 'number') {
    if (isDateFormat(format) && isPlausibleDateSerial(value)) {
      const d = serialToDate(value);
      const label = `${monthAbbr(d.month)} ${d.year}`;
      return { text: label, measure: null, total: false, parts: { kind: 'month', year: d.year, month: d.month }, label };
    }
    return { ...EMPTY, text: String(value) };
  }
  if (typeof value !== 'string') return EMPTY;
  return classifyHeaderText(value);
}
