/**
 * Budget Pilot's saved state in the workbook, as the Office host reads it: column A of the very
 * hidden sheet "_BudgetPilot" (format in src/host/saved-state.ts, shared with the xlsx host).
 */
import type { BudgetPilotState } from '../../core/plan/types';
import { parseStateCells } from '../saved-state';

export { STATE_SHEET, STATE_CHUNK, stateChunks } from '../saved-state';

/** Column A of the state sheet, top down, up to the first empty cell; null when unreadable. */
export function parseStateColumn(values: unknown[][]): BudgetPilotState | null {
  return parseStateCells(values.map((row) => row[0]));
}
