/**
 * What the pane shows, derived from the use cases' results by pure functions, so the
 * components stay thin and this logic is tested without rendering.
 */
import { colToLetters, parseA1 } from '../core/a1';
import { problemText, type Problem } from '../core/problems';
import type { AnalyzeOptions, Analysis, BuildResult } from '../app/types';
import type { WorkbookPlan } from '../core/plan/types';
import type { Locale, SeverityCounts, Strings } from './strings';
import { formatAmount, formatPct } from './strings';

export interface FoundSummary {
  sheet: string;
  range: string | null;
  lineCount: number;
  periodCount: number;
  /** First and last period keys ("2026-01"), or null without periods. */
  firstPeriod: string | null;
  lastPeriod: string | null;
  asOf: string | null;
  unit: string | null;
  /** Period keys the user may pick as as-of, in order. */
  periodKeys: string[];
  problems: Problem[];
  readable: boolean;
}

export function summarizeAnalysis(a: Analysis): FoundSummary {
  const m = a.detect.model;
  const periodKeys = m ? m.periods.map((p) => p.key) : [];
  return {
    sheet: m?.source.sheet ?? a.sheet,
    range: m?.source.range ?? null,
    lineCount: m?.lines.length ?? 0,
    periodCount: periodKeys.length,
    firstPeriod: periodKeys[0] ?? null,
    lastPeriod: periodKeys[periodKeys.length - 1] ?? null,
    asOf: a.variance?.settings.asOf ?? m?.asOf ?? null,
    unit: m?.unit ?? null,
    periodKeys,
    problems: a.detect.problems,
    readable: m !== null,
  };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; otherwise in reading order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => RANK[a.p.severity] - RANK[b.p.severity] || a.i - b.i)
    .map((x) => x.p);
}

/** Problems counted by severity, for the heading over the list. */
export function severityCounts(problems: readonly Problem[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) c[p.severity] += 1;
  return c;
}

/** Text the user typed into the optional settings; "" means "use the default". */
export interface SettingsInput {
  asOf: string;
  flagPct: string;
  flagAbs: string;
}

export const EMPTY_SETTINGS: SettingsInput = { asOf: '', flagPct: '', flagAbs: '' };

export interface SettingsParse {
  options: Omit<AnalyzeOptions, 'sheet'>;
  errors: { flagPct?: string; flagAbs?: string };
}

function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[,，\s]/g, '').replace(/[%％]$/, '');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** Turns the typed settings into use-case options: flag % is typed as a percent (10 -> 0.1). */
export function parseSettings(input: SettingsInput, s: Strings): SettingsParse {
  const options: SettingsParse['options'] = {};
  const errors: SettingsParse['errors'] = {};
  if (input.asOf.trim() !== '') options.asOf = input.asOf.trim();
  if (input.flagPct.trim() !== '') {
    const n = parseNumber(input.flagPct);
    if (n === null || n < 0 || n > 1000) errors.flagPct = s.invalidPct;
    else options.flagPct = n / 100;
  }
  if (input.flagAbs.trim() !== '') {
    const n = parseNumber(input.flagAbs);
    if (n === null || n < 0) errors.flagAbs = s.invalidAbs;
    else options.flagAbs = n;
  }
  return { options, errors };
}

export interface OffTargetRow {
  /** Dimension values joined for display ("East · Widgets · Ann"). */
  label: string;
  key: string[];
  type: 'revenue' | 'cost';
  ytdVariance: number;
  ytdVariancePct: number | null;
  favourable: boolean;
  /** The engine's English reasons. */
  reasons: string[];
  /** 1-based row on the variance sheet. */
  row: number;
  /** Address selected when the line is clicked, "A12:R12". */
  address: string;
}

/** Width (number of columns from A) of a plan sheet: the right edge of its widest block. */
export function planSheetLastCol(plan: WorkbookPlan, sheet: string): number | null {
  const sp = plan.sheets.find((x) => x.name === sheet);
  if (!sp) return null;
  let last = -1;
  for (const b of sp.blocks) {
    const width = b.cells.reduce((w, r) => Math.max(w, r.length), 0);
    if (width === 0) continue;
    last = Math.max(last, parseA1(b.at).col + width - 1);
  }
  return last >= 0 ? last : null;
}

/** "A12:R12" for row 12 on a sheet whose last column is R; "A12" when the width is unknown. */
export function lineRowAddress(row: number, lastCol: number | null): string {
  return lastCol === null || lastCol === 0 ? `A${row}` : `A${row}:${colToLetters(lastCol)}${row}`;
}

export function offTargetRows(b: BuildResult): OffTargetRow[] {
  const v = b.analysis.variance;
  if (!v) return [];
  const lastCol = planSheetLastCol(b.plan, b.varianceSheet);
  const out: OffTargetRow[] = [];
  v.lines.forEach((l, i) => {
    if (!l.offTarget) return;
    const row = b.lineRows[i];
    if (row === undefined) return;
    out.push({
      label: l.key.join(' · '),
      key: l.key,
      type: l.type,
      ytdVariance: l.ytd.variance,
      ytdVariancePct: l.ytd.variancePct,
      favourable: l.favourable,
      reasons: l.reasons,
      row,
      address: lineRowAddress(row, lastCol),
    });
  });
  return out;
}

/**
 * The reason shown in the pane. The engine's reasons are English only; in Chinese (and as a
 * fallback when the engine gives none) the pane states the YTD gap itself.
 */
export function reasonText(r: OffTargetRow, locale: Locale, s: Strings): string {
  if (locale === 'en-US' && r.reasons.length > 0) return r.reasons.join(' ');
  const pct = formatPct(r.ytdVariancePct === null ? null : Math.abs(r.ytdVariancePct), locale);
  const amount = formatAmount(r.ytdVariance, locale);
  return r.ytdVariance < 0 ? s.reasonUnder(pct, amount) : s.reasonOver(pct, amount);
}

/** Turns anything thrown by a use case into words for a MessageBar. */
export function errorText(e: unknown, s: Strings, locale: Locale = 'en-US'): string {
  if (e instanceof Error) {
    // NoBudgetError (src/app/errors.ts) carries the analysis: say why in the user's language.
    const first = (e as Error & { analysis?: Analysis }).analysis?.detect?.problems?.[0];
    if (e.name === 'NoBudgetError' && first) return `${s.noBudget} ${problemText(first, locale)}`;
    const code = (e as Error & { code?: unknown }).code;
    if (e.name === 'HostError' && typeof code === 'string' && code in s.hostErrors) {
      const known = s.hostErrors[code as keyof Strings['hostErrors']];
      return e.message ? `${known} (${e.message})` : known;
    }
    return e.message || s.unknownError;
  }
  if (typeof e === 'string' && e !== '') return e;
  return s.unknownError;
}
