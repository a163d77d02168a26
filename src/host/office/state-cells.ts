/**
 * Budget Pilot's saved state in the workbook: JSON in cells A1, A2, ... of the very hidden
 * sheet "_BudgetPilot", chunks of at most 30,000 characters (under Excel's 32,767 per cell).
 * The xlsx host (src/host/xlsx/state-store.ts) reads and writes the same layout.
 */
import type { BudgetPilotState } from '../../core/plan/types';

export { STATE_SHEET } from '../saved-state';
export const STATE_CHUNK = 30000;

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

/** Column A of the state sheet, top down, up to the first empty cell; null when unreadable. */
export function parseStateColumn(values: unknown[][]): BudgetPilotState | null {
  let json = '';
  for (const row of values) {
    const v = row[0];
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
