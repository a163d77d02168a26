/**
 * Formulas that read one number of the budget from its source: a single cell, or a SUMIFS over
 * a long table / CRM export (SumifsSource). Used by every sheet that shows budget and actual
 * values, so each source kind is written one way everywhere.
 *
 *   cell     budget =IF(ISNUMBER(src),src,0)               actual =IF(ISNUMBER(src),src,"")
 *   sumifs   budget =SUMIFS(sum, crit1, v1, …, date, ">="&from, date, "<"&to)
 *            actual =IF(COUNTIFS(crit1, v1, …, date, ">="&from, date, "<"&to)>0, SUMIFS(…), "")
 *            (no matching row means no actual yet)
 *
 * Criteria values are written so they match literally: text is a string literal with quotes
 * doubled; text that starts with = < > or contains the wildcards * ? ~ is written "="&"value"
 * with ~ * ? escaped by ~, so "<5" or "A*" match only that exact text. Numbers are plain literals.
 */
import { qualify, quoteSheet } from '../a1';
import type { CellSource, SumifsSource } from '../model';
import { num, str } from './refs';

/** Anything a formula can read a budget or actual number from. */
export type FormulaSource = CellSource | SumifsSource;

/** Escapes SUMIFS wildcards so the text matches itself: ~ -> ~~, * -> ~*, ? -> ~?. */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, (c) => `~${c}`);
}

/** A SUMIFS/COUNTIFS criterion that matches exactly this value (case-insensitively, as Excel does). */
export function criterionLiteral(value: string | number): string {
  if (typeof value === 'number') return num(value);
  if (/^[=<>]/.test(value) || /[~*?]/.test(value)) return `"="&${str(escapeWildcards(value))}`;
  return str(value);
}

const quoted = new Map<string, string>();

function sheetPrefix(sheet: string): string {
  let q = quoted.get(sheet);
  if (q === undefined) {
    q = `${quoteSheet(sheet)}!`;
    quoted.set(sheet, q);
  }
  return q;
}

/** A single source cell (same text as qualify(sheet, address)); sheet names quoted once and cached. */
export function cellSourceRef(src: CellSource): string {
  return sheetPrefix(src.sheet) + src.address;
}

/** The criteria pairs of a SUMIFS source, comma-joined ("" when it has none). */
function criteriaPairs(src: SumifsSource): string {
  const p = sheetPrefix(src.sheet);
  const parts: string[] = src.criteria.map((c) => `${p}${c.range},${criterionLiteral(c.value)}`);
  if (src.dateRange) {
    const d = p + src.dateRange.range;
    parts.push(`${d},">="&${num(src.dateRange.from)}`, `${d},"<"&${num(src.dateRange.to)}`);
  }
  return parts.join(',');
}

/** SUMIFS(...) over the source (SUM of the amount column when it has no criterion at all). */
export function sumifsExpression(src: SumifsSource): string {
  const pairs = criteriaPairs(src);
  const sum = sheetPrefix(src.sheet) + src.sumRange;
  return pairs === '' ? `SUM(${sum})` : `SUMIFS(${sum},${pairs})`;
}

/** COUNTIFS(...) of the matching rows (COUNT of the amount column when it has no criterion). */
export function countifsExpression(src: SumifsSource): string {
  const pairs = criteriaPairs(src);
  return pairs === '' ? `COUNT(${sheetPrefix(src.sheet)}${src.sumRange})` : `COUNTIFS(${pairs})`;
}

/** Budget formula: a number always (blank, text or no matching row count as 0). */
export function budgetSourceFormula(src: FormulaSource): string {
  if (src.kind === 'cell') {
    const s = cellSourceRef(src);
    return `=IF(ISNUMBER(${s}),${s},0)`;
  }
  return `=${sumifsExpression(src)}`;
}

/** Actual formula: the number, or "" while there is none (blank/text cell, or no matching row). */
export function actualSourceFormula(src: FormulaSource): string {
  if (src.kind === 'cell') {
    const s = cellSourceRef(src);
    return `=IF(ISNUMBER(${s}),${s},"")`;
  }
  return `=IF(${countifsExpression(src)}>0,${sumifsExpression(src)},"")`;
}

/** For messages and notes: where the number comes from. */
export function describeSource(src: FormulaSource): string {
  return src.kind === 'cell' ? qualify(src.sheet, src.address) : qualify(src.sheet, src.sumRange);
}
