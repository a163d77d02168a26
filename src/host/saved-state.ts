/**
 * The ownership rule for saving Budget Pilot's state without applying a plan
 * (WorkbookHost.writeState), shared by both hosts so they agree: saving settings or a mapping
 * can never make Budget Pilot the owner of a sheet it did not create.
 */
import type { BudgetPilotState } from '../core/plan/types';
import { HostError } from './workbook-host';

/** The very hidden sheet both hosts keep the state in (JSON in column A). */
export const STATE_SHEET = '_BudgetPilot';

const lower = (s: string): string => s.toLowerCase();

/**
 * The state to save for writeState(state):
 * - a sheet listed as owned must have been owned in the saved state; listing a sheet that exists
 *   but is not ours, the source sheet or the state sheet throws NOT_OWNED (nothing is written);
 * - a listed sheet that no longer exists is dropped (a later sheet of that name is someone's);
 * - sheets owned before and still present stay owned even when not listed (as applyPlan does),
 *   so a refresh can still rebuild them.
 * `present` holds the workbook's sheet names, lower-cased.
 */
export function stateForWrite(state: BudgetPilotState, saved: BudgetPilotState | null, present: Set<string>): BudgetPilotState {
  const wasOwned = new Set((saved?.ownedSheets ?? []).map((o) => lower(o.name)));
  const sources = [saved?.source?.sheet, state.source?.sheet].filter((s): s is string => !!s).map(lower);
  const owned: BudgetPilotState['ownedSheets'] = [];
  const has = (n: string) => owned.some((o) => lower(o.name) === lower(n));
  for (const o of state.ownedSheets) {
    const n = lower(o.name);
    if (n === lower(STATE_SHEET) || sources.includes(n) || (present.has(n) && !wasOwned.has(n))) {
      throw new HostError(
        'NOT_OWNED',
        `Sheet "${o.name}" was not created by Budget Pilot, so the settings were not saved. / 工作表“${o.name}”不是由 Budget Pilot 创建的，因此未保存设置。`,
      );
    }
    if (present.has(n) && !has(o.name)) owned.push(o);
  }
  for (const o of saved?.ownedSheets ?? []) if (present.has(lower(o.name)) && !has(o.name) && !sources.includes(lower(o.name))) owned.push(o);
  return { ...state, ownedSheets: owned };
}
