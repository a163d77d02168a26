/**
 * WorkbookHost.writeState with Office.js: saves Budget Pilot's state (a confirmed mapping,
 * settings) without applying a plan, in 2 syncs (3 when state was saved before):
 *  1. the sheet list;  2. the saved state (only when the state sheet exists);
 *  3. the state cells. Ownership as in saved-state.ts: it never claims a sheet we did not create.
 */
import type { BudgetPilotState } from '../../core/plan/types';
import { stateForWrite, STATE_SHEET } from '../saved-state';
import { checkStateSheet, queueStateLoad, runOps, type SyncCounter } from './apply-plan';
import { DEFAULT_BATCH_BYTES } from './payload';
import { stateOp } from './write-ops';

export async function writeStateInContext(ctx: Excel.RequestContext, state: BudgetPilotState, counter: SyncCounter, batchBytes = DEFAULT_BATCH_BYTES): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await counter.sync(ctx);
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const stateExists = present.has(STATE_SHEET.toLowerCase());
  let saved: BudgetPilotState | null = null;
  if (stateExists) {
    const read = queueStateLoad(ctx);
    await counter.sync(ctx);
    saved = read();
  }
  checkStateSheet(sheets.items, saved);
  const toSave = stateForWrite(state, saved, present);
  await runOps(ctx, [stateOp(toSave, stateExists)], { batchBytes, notesSupported: false }, counter);
}
