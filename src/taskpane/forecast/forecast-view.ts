/** How forecast rows are worded and ordered in the pane (pure, tested without rendering). */
import type { Locale, Strings } from '../strings';
import type { ForecastRow } from './forecast-setup';

/** "Combination (SES + Holt + Theta), seasonal". */
export function methodText(r: Pick<ForecastRow, 'method' | 'components' | 'seasonal'>, s: Strings): string {
  let text = s.methodNames[r.method];
  if (r.method === 'combination' && r.components.length > 0) text += ` (${r.components.map((c) => s.methodShort[c]).join(' + ')})`;
  if (r.seasonal === 'history') text += `${s.listSep}${s.seasonalHistory}`;
  else if (r.seasonal === 'profile') text += `${s.listSep}${s.seasonalProfile}`;
  return text;
}

/** "MAPE 8.4% · MASE 0.62"; the dash for a missing score. */
export function backtestText(r: Pick<ForecastRow, 'mape' | 'mase'>, locale: Locale, s: Strings): string {
  const fmt = (v: number | null, digits: number) =>
    v === null || !Number.isFinite(v) ? s.none : new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
  return `MAPE ${r.mape === null ? s.none : `${fmt(r.mape, 1)}%`} · MASE ${fmt(r.mase, 2)}`;
}

/** Lines off track first (largest gap first), then the rest in sheet order. */
export function orderRows(rows: readonly ForecastRow[]): ForecastRow[] {
  const shortfall = (r: ForecastRow) => (r.offTrack ? Math.abs(r.gap) : -1);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => shortfall(b.r) - shortfall(a.r) || a.i - b.i)
    .map((x) => x.r);
}

/** Rows drawn with a chart; more would make the pane slow on big budgets. */
export const MAX_SHOWN = 50;
