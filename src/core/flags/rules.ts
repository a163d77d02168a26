/**
 * The flag rules, shared word for word with the variance sheet's Status formula and
 * conditional format:
 *   unfavourable (revenue: YTD var < 0; cost: YTD var > 0)
 *   AND (YTD budget <> 0 ? |YTD var %| >= flagPct : YTD var <> 0)
 *   AND |YTD var| >= flagAbs.
 */
import type { LineType } from '../model';
import type { VarianceSettings, YtdVariance } from '../variance/types';

/** Revenue: actual >= budget. Cost: actual <= budget. */
export function isFavourable(type: LineType, ytd: YtdVariance): boolean {
  return type === 'cost' ? ytd.variance <= 0 : ytd.variance >= 0;
}

export function isOffTarget(type: LineType, ytd: YtdVariance, settings: Pick<VarianceSettings, 'flagPct' | 'flagAbs'>): boolean {
  const unfavourable = type === 'cost' ? ytd.variance > 0 : ytd.variance < 0;
  const bigEnoughPct = ytd.budget !== 0 ? ytd.variancePct !== null && Math.abs(ytd.variancePct) >= settings.flagPct : ytd.variance !== 0;
  return unfavourable && bigEnoughPct && Math.abs(ytd.variance) >= settings.flagAbs;
}

const MINUS = '\u2212';

/** 45600 -> "45,600"; 12.345 -> "12.35"; keeps at most 2 decimals, none from 100 up. */
export function formatAmount(x: number): string {
  const abs = Math.abs(x);
  const decimals = abs >= 100 || Number.isInteger(abs) ? 0 : 2;
  const fixed = abs.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac && !/^0+$/.test(frac) ? `${grouped}.${frac.replace(/0+$/, '')}` : grouped;
  return body;
}

/** "+12,000" / "−45,600" / "0". */
export function formatSigned(x: number): string {
  const body = formatAmount(x);
  if (body === '0') return '0';
  return (x < 0 ? MINUS : '+') + body;
}

function formatPct(p: number): string {
  return `${(Math.abs(p) * 100).toFixed(1)}%`;
}

/** Plain-language reasons (en, zh) for an off-target line; empty when on track. */
export function offTargetReasons(type: LineType, ytd: YtdVariance, offTarget: boolean): { en: string[]; zh: string[] } {
  if (!offTarget) return { en: [], zh: [] };
  const amount = formatSigned(ytd.variance);
  if (ytd.budget === 0 || ytd.variancePct === null) {
    const shown = formatSigned(ytd.actual);
    return type === 'cost'
      ? { en: [`YTD cost ${shown} with no budget`], zh: [`年初至今成本 ${shown}，但没有预算`] }
      : { en: [`YTD actual ${shown} with no budget`], zh: [`年初至今实际 ${shown}，但没有预算`] };
  }
  const pct = formatPct(ytd.variancePct);
  return type === 'cost'
    ? { en: [`YTD cost ${pct} above budget (${amount})`], zh: [`年初至今成本高于预算 ${pct}（${amount}）`] }
    : { en: [`YTD actual ${pct} below budget (${amount})`], zh: [`年初至今实际低于预算 ${pct}（${amount}）`] };
}
