/**
 * Parameters people typed over on the forecast sheet, kept on refresh (DESIGN principle 4).
 * Every parameter cell is an input column read back by readCarryOver; a refresh refits every
 * line, except a line whose "Keep parameters" cell holds any text: its parameters are taken from
 * what the sheet held (each valid typed value replaces the fitted one) and its forecast is
 * evaluated again with the engine's evaluate, so the sheet and TypeScript still agree.
 */
import { evaluateForecast } from '../forecast/evaluate';
import type { CoreParams, LineForecast } from '../forecast/types';

/** Input column ids of the parameter cells; seasonal indices are "S1".."S12" by calendar slot. */
export const PARAM_INPUT_IDS = ['sesAlpha', 'holtAlpha', 'holtBeta', 'holtPhi', 'thetaAlpha', 'crostonAlpha'] as const;
export const KEEP_INPUT_ID = 'keep';
export const FORECAST_COMMENT_ID = 'comment';
export const seasonInputId = (slot: number): string => `S${slot + 1}`;

export type CarriedRecord = Record<string, string | number>;

/** True when the record asks to keep the line's parameters. */
export function keepsParameters(rec: CarriedRecord | undefined): boolean {
  const v = rec?.[KEEP_INPUT_ID];
  return v !== undefined && String(v).trim() !== '';
}

function num(rec: CarriedRecord, id: string, ok: (x: number) => boolean): number | null {
  const v = rec[id];
  return typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : null;
}

const unit = (x: number): boolean => x > 0 && x <= 1;
const unit0 = (x: number): boolean => x >= 0 && x <= 1;

/**
 * The line's forecast with the typed parameters (alpha, beta, phi: 0 < x <= 1, beta may be 0;
 * multiplicative indices > 0). history and horizon are the engine's inputs for the line;
 * startSlot is the calendar slot of the history's first period (how index cells are laid out).
 */
export function applyOverrides(fc: LineForecast, rec: CarriedRecord, history: readonly number[], startSlot: number): LineForecast {
  const components: CoreParams[] = fc.params.components.map((c) => {
    switch (c.method) {
      case 'ses':
        return { ...c, alpha: num(rec, 'sesAlpha', unit) ?? c.alpha };
      case 'holtDamped':
        return { ...c, alpha: num(rec, 'holtAlpha', unit) ?? c.alpha, beta: num(rec, 'holtBeta', unit0) ?? c.beta, phi: num(rec, 'holtPhi', unit) ?? c.phi };
      case 'theta':
        return { ...c, alpha: num(rec, 'thetaAlpha', unit) ?? c.alpha };
      case 'croston':
        return { ...c, alpha: num(rec, 'crostonAlpha', unit) ?? c.alpha };
      default:
        return c;
    }
  });
  const s = fc.params.seasonal;
  const indices =
    s.kind === 'none'
      ? s.indices
      : s.indices.map((v, k) => num(rec, seasonInputId((startSlot + k) % s.period), (x) => (s.kind === 'multiplicative' ? x > 0 : true)) ?? v);
  const params = { ...fc.params, components, seasonal: { ...s, indices } };
  return { ...fc, params, ...evaluateForecast(history, params, fc.forecast.length) };
}
