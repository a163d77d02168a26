/**
 * Which settings a run uses, and where each came from. Settings are the variance sheet's named
 * inputs (BP_AsOf, BP_FlagPct, BP_FlagAbs, BP_FYStartMonth); people may type into them.
 *
 * Rule, per setting:
 * 1. An explicit option (CLI flag, pane field) that is valid wins: "option".
 * 2. Else, when the variance sheet written earlier holds a sensible value there, it is kept
 *    ("sheet") if a person chose it: either it differs from what the add-in wrote last time
 *    (saved state), or what was written last time was itself a person's choice (it came from
 *    the sheet or from an option then). So a typed value survives every later refresh.
 * 3. Else the fresh default ("default"): the as-of moves forward as actuals arrive.
 * Clearing the cell on the sheet (or typing something that is not a sensible value) goes back
 * to the default.
 */
import type { BudgetModel } from '../core/model';
import type { VarianceInputs } from '../core/plan/variance-sheet';
import type { BudgetPilotState, SettingId, SettingOrigin } from '../core/plan/types';
import { defaultVarianceSettings } from '../core/variance/compute';
import type { VarianceSettings } from '../core/variance/types';
import type { AnalyzeOptions, SettingOrigins } from './types';

export interface ResolvedSettings {
  settings: VarianceSettings;
  from: SettingOrigins;
}

type Settable = Pick<VarianceSettings, SettingId>;

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The options that are valid for this model (an as-of outside the periods is not). */
function validOptions(model: BudgetModel, options: AnalyzeOptions): Partial<Settable> {
  const out: Partial<Settable> = {};
  if (options.asOf !== undefined && model.periods.some((p) => p.key === options.asOf)) out.asOf = options.asOf;
  if (options.flagPct !== undefined && Number.isFinite(options.flagPct) && options.flagPct >= 0) out.flagPct = options.flagPct;
  if (options.flagAbs !== undefined && Number.isFinite(options.flagAbs) && options.flagAbs >= 0) out.flagAbs = options.flagAbs;
  const fy = options.fyStartMonth;
  if (fy !== undefined && Number.isInteger(fy) && fy >= 1 && fy <= 12) out.fyStartMonth = fy;
  return out;
}

/** The sheet's values that are sensible for this model (an as-of must be one of its periods). */
function validSheet(model: BudgetModel, sheet: VarianceInputs | null): Partial<Settable> {
  if (!sheet) return {};
  const out: Partial<Settable> = {};
  if (typeof sheet.asOf === 'string' && model.periods.some((p) => p.key === sheet.asOf)) out.asOf = sheet.asOf;
  if (sheet.flagPct !== undefined) out.flagPct = sheet.flagPct;
  if (sheet.flagAbs !== undefined) out.flagAbs = sheet.flagAbs;
  if (sheet.fyStartMonth !== undefined) out.fyStartMonth = sheet.fyStartMonth;
  return out;
}

/** True when the sheet's value is not what the add-in wrote last time. */
function changedOnSheet(id: SettingId, value: string | number | null, last: BudgetPilotState['settings'], defaults: VarianceSettings): boolean {
  switch (id) {
    case 'asOf':
      return value !== last.asOf;
    case 'flagPct':
      return !sameNumber(value as number, last.flagPct);
    case 'flagAbs':
      return !sameNumber(value as number, last.flagAbs);
    case 'fyStartMonth':
      // older states did not record it: what was written then was the default
      return value !== (last.fyStartMonth ?? defaults.fyStartMonth);
  }
}

/**
 * @param sheet the named inputs read back from our variance sheet (readVarianceInputs), or null
 *   when there is no such sheet.
 * @param last the settings saved with that sheet (BudgetPilotState.settings), or null.
 */
export function resolveSettings(
  model: BudgetModel,
  options: AnalyzeOptions,
  sheet: VarianceInputs | null = null,
  last: BudgetPilotState['settings'] | null = null,
): ResolvedSettings {
  const defaults = defaultVarianceSettings(model);
  const opt = validOptions(model, options);
  const onSheet = validSheet(model, sheet);
  const settings: Settable = { asOf: defaults.asOf, flagPct: defaults.flagPct, flagAbs: defaults.flagAbs, fyStartMonth: defaults.fyStartMonth };
  const from = {} as SettingOrigins;
  const pick = <K extends SettingId>(id: K): void => {
    const o = opt[id];
    const s = onSheet[id];
    if (o !== undefined) {
      settings[id] = o as Settable[K];
      from[id] = 'option';
      return;
    }
    if (s !== undefined && last) {
      const earlier = last.from?.[id];
      if (changedOnSheet(id, s as string | number, last, defaults) || earlier === 'sheet' || earlier === 'option') {
        settings[id] = s as Settable[K];
        from[id] = 'sheet';
        return;
      }
    }
    from[id] = 'default';
  };
  pick('asOf');
  pick('flagPct');
  pick('flagAbs');
  pick('fyStartMonth');
  return { settings: { ...defaults, ...settings }, from };
}
