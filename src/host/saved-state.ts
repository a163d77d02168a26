/**
 * Budget Pilot's saved state as both hosts keep it: JSON in cells A1, A2, ... of the very
 * hidden sheet "_BudgetPilot", chunks of at most 30,000 characters (under Excel's 32,767 per
 * cell). And the ownership rule for saving the state without applying a plan
 * (WorkbookHost.writeState), so the hosts agree: saving settings or a mapping can never make
 * Budget Pilot the owner of a sheet it did not create.
 */
import type { Mapping } from '../core/model';
import type { BudgetPilotState } from '../core/plan/types';
import { HostError } from './workbook-host';

/** The very hidden sheet both hosts keep the state in (JSON in column A). */
export const STATE_SHEET = '_BudgetPilot';

export const STATE_CHUNK = 30000;

const lower = (s: string): string => s.toLowerCase();

/** The state as the strings to put in A1, A2, ... */
export function stateChunks(state: BudgetPilotState): string[] {
  const json = JSON.stringify(state);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK) out.push(json.slice(i, i + STATE_CHUNK));
  return out.length ? out : ['{}'];
}

function isState(v: unknown): v is BudgetPilotState {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return o.version === 1 && Array.isArray(o.ownedSheets);
}

/** The cells of column A, top down, joined up to the first non-text or empty cell; null when not our state. Never throws. */
export function parseStateCells(cells: readonly unknown[]): BudgetPilotState | null {
  let json = '';
  for (const v of cells) {
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return isState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

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

/**
 * What applyPlan saves as the mapping: the plan's own, else the saved one while it is still for
 * the plan's source sheet. Plans built by core carry no mapping, so without this a refresh would
 * drop the reading the user confirmed with writeState.
 */
export function keptMapping(next: BudgetPilotState, saved: BudgetPilotState | null): Mapping | undefined {
  if (next.mapping) return next.mapping;
  const m = saved?.mapping;
  const source = next.source?.sheet;
  return m && source && m.sheet.toLowerCase() === source.toLowerCase() ? m : undefined;
}

/** `state` with the mapping keptMapping chooses (no mapping key at all when there is none). */
export function withKeptMapping(state: BudgetPilotState, saved: BudgetPilotState | null): BudgetPilotState {
  const mapping = keptMapping(state, saved);
  const out: BudgetPilotState = { ...state };
  delete out.mapping;
  return mapping ? { ...out, mapping } : out;
}
