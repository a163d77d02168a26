/**
 * Notes around the table: the year named in a title ("FY2026 Sales Budget", "2026年销售预算")
 * and unit notes ("in thousands", "单位：万元", "(k)").
 */
import { normalizeText } from '../periods/text';
import { problem, type Problem } from '../problems';
import type { SheetView } from './sheet-view';

/** The year a title names, or null. */
/** Full dates ("2025-12-01", "1/12/2025", "2025年12月1日", "Dec 1, 2025"): a note's date, not the budget year. */
const FULL_DATE_RE =
  /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}/g;

export function yearInText(text: string): number | null {
  if (text.length > 500) return null;
  const n = normalizeText(text).replace(FULL_DATE_RE, ' ');
  const m =
    /\bfy\s*'?(\d{4}|\d{2})\b/.exec(n) ??
    /(\d{4})\s*(?:年|财年|财务年度)/.exec(n) ??
    /(?:^|[^\d])((?:19[5-9]|20\d)\d)(?!\d)/.exec(n);
  if (!m) return null;
  const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return y >= 1950 && y <= 2100 ? y : null;
}

const UNIT_PATTERNS: [string, RegExp][] = [
  ['百万元', /百万元/],
  ['万元', /万元|单位\s*[:：]?\s*万(?!元)/],
  ['千元', /千元|单位\s*[:：]?\s*千(?!元)/],
  ['元', /(?:单位|金额|货币)\s*[:：]?\s*[(（]?\s*(?:人民币)?\s*元|[(（]\s*(?:人民币)?\s*元\s*[)）]|^(?:人民币)?元$/],
  ['millions', /\bin\s+millions\b|\bmillions\b|\(\s*m\s*\)|\$\s*m\b|\b(?:usd|eur|gbp|cny|rmb)\s*m\b/],
  ['thousands', /\bin\s+thousands\b|\bthousands\b|\b000s\b|'000s?\b|\(\s*000\s*\)|\bin\s+k\b|\(\s*k\s*\)|\$\s*k\b|\b(?:usd|eur|gbp|cny|rmb)\s*k\b|\bk\s*(?:usd|eur|gbp|cny|rmb)\b|^k$/],
];

/**
 * The unit a note names, normalised: "thousands", "millions", "元", "千元", "万元", "百万元";
 * null when the text names none. Longer Chinese units win over "元".
 */
export function unitInText(text: string): string | null {
  if (text.length > 400) return null;
  const n = normalizeText(text);
  if (n === '' || n.length > 200) return null;
  for (const [unit, re] of UNIT_PATTERNS) if (re.test(n)) return unit;
  return null;
}

/** The first year named above the header row (a title or a year cell), or null. */
export function titleYear(view: SheetView, headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < view.cols; c++) {
      const v = view.value(r, c);
      if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= 1950 && v <= 2100 && view.format(r, c).toLowerCase().includes('general')) return v;
        continue;
      }
      if (typeof v !== 'string' || v.trim() === '') continue;
      const y = yearInText(v);
      if (y !== null) return y;
    }
  }
  return null;
}

/** Unit notes above the header, in the header row and below the last line; MIXED_UNITS when they disagree. */
export function findUnit(view: SheetView, headerRow: number, lastRow: number, problems: Problem[]): string | null {
  const rows: number[] = [];
  for (let r = 0; r <= headerRow && r < view.rows; r++) rows.push(r);
  for (let r = Math.max(lastRow + 1, headerRow + 1); r < view.rows; r++) rows.push(r);
  const found: { unit: string; cell: string }[] = [];
  for (const r of rows) {
    for (let c = 0; c < view.cols; c++) {
      const v = view.value(r, c);
      if (typeof v !== 'string' || v.trim() === '') continue;
      const u = unitInText(v);
      if (u && !found.some((f) => f.unit === u)) found.push({ unit: u, cell: view.a1(r, c) });
    }
  }
  if (found.length > 1) {
    problems.push(problem('MIXED_UNITS', view.sheet, found[1].cell, { units: found.map((f) => f.unit).join(', ') }));
  }
  return found.length ? found[0].unit : null;
}
