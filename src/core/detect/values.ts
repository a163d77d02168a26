/**
 * Reading one budget or actual cell. The value is what a workbook formula sees through
 * IF(ISNUMBER(cell),cell,...): only real numbers count; everything else is null and, when it
 * is not blank, a problem says how it was treated.
 */
import type { SourceValue } from '../model';
import { problem, type Problem } from '../problems';
import type { SheetView } from './sheet-view';

const NUMBER_RE = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/;
const GROUPED_RE = /^\d{1,3}(?:[,' ]\d{3})+(?:\.\d+)?$/;

/** "1,234" -> 1234, "(1,200)" -> -1200, "12.5%" -> 0.125, "$1,234" -> 1234; null when not a number. */
export function parseNumberText(raw: string): number | null {
  let s = raw.normalize('NFKC').trim().replace(/[\u00a0\u2009\u202f]/g, ' ');
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  else if (s.endsWith('-') && s.length > 1) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^(?:usd|eur|gbp|cny|rmb|jpy)\s*|\s*(?:usd|eur|gbp|cny|rmb|jpy)$/i, '').replace(/^[$¥€£]\s*|\s*元$/, '');
  if (s.startsWith('-') && !negative) {
    negative = true;
    s = s.slice(1).trim();
  }
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  if (GROUPED_RE.test(s)) s = s.replace(/[,' ]/g, '');
  if (!NUMBER_RE.test(s.toLowerCase())) return null;
  const n = Number(s) * scale;
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

export interface ValueReader {
  /** Reads local cell (r, c) of the view into a SourceValue, pushing problems for non-numbers. */
  read(r: number, c: number): SourceValue;
}

export function makeValueReader(view: SheetView, problems: Problem[]): ValueReader {
  return {
    read(r: number, c: number): SourceValue {
      const address = view.a1(r, c);
      const source = { kind: 'cell' as const, sheet: view.sheet, address };
      const v = view.value(r, c);
      if (typeof v === 'number') return { source, value: Number.isFinite(v) ? v : null };
      if (v === '') return { source, value: null };
      if (view.isError(r, c)) {
        problems.push(problem('ERROR_VALUE', view.sheet, address, { error: String(v) }));
        return { source, value: null };
      }
      const text = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v.trim();
      if (text === '') return { source, value: null };
      const n = typeof v === 'string' ? parseNumberText(v) : null;
      if (n !== null) problems.push(problem('NUMBER_AS_TEXT', view.sheet, address, { value: String(n) }));
      else problems.push(problem('TEXT_NOT_NUMBER', view.sheet, address, { text: text.length > 40 ? `${text.slice(0, 37)}...` : text }));
      return { source, value: null };
    },
  };
}
