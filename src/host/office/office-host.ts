/**
 * WorkbookHost over Office.js (the task pane). Every call is one Excel.run with batched syncs:
 * readGrid is one sync, applyPlan a few (see apply-plan.ts), writeState two or three
 * (write-state.ts), select one.
 */
import type { Grid } from '../../core/grid';
import type { BudgetPilotState, WorkbookPlan } from '../../core/plan/types';
import { HostError, type ApplyReport, type SheetInfo, type WorkbookHost } from '../workbook-host';
import { applyPlanInContext, loadState, SyncCounter } from './apply-plan';
import { errorCode, globalExcel, globalOffice, isResponseTooLarge, supports, type ExcelRunner, type OfficeRequirements } from './excel-api';
import { DEFAULT_BATCH_BYTES } from './payload';
import { toHostError } from './host-errors';
import { gridFromLoaded, queueExtras, readInChunks, isEmptyUsedRange, SHAPE_PROPS } from './read-grid';
import { STATE_SHEET } from './state-cells';
import { writeStateInContext } from './write-state';

export interface OfficeHostOptions {
  /** Per-sync request budget in bytes (default ~4 MB). */
  batchBytes?: number;
}

export class OfficeHost implements WorkbookHost {
  private readonly excel: ExcelRunner;
  private readonly office: OfficeRequirements | null;
  private readonly batchBytes: number;
  /** Syncs made by the last call (for measurements and tests). */
  lastSyncs = 0;

  constructor(excel?: ExcelRunner, office?: OfficeRequirements | null, options: OfficeHostOptions = {}) {
    this.excel = excel ?? globalExcel();
    this.office = office === undefined ? globalOffice() : office;
    this.batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  }

  private async run<T>(what: string, fn: (ctx: Excel.RequestContext, counter: SyncCounter) => Promise<T>): Promise<T> {
    const counter = new SyncCounter();
    try {
      return await this.excel.run((ctx) => fn(ctx, counter));
    } catch (e) {
      throw toHostError(e, what);
    } finally {
      this.lastSyncs = counter.count;
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run('Listing sheets', async (ctx, counter) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await counter.sync(ctx);
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
    });
  }

  /**
   * One sync. Uses getItem + getUsedRange (not the *OrNullObject forms) so nothing is ever
   * chained on a null object; a missing sheet surfaces as ItemNotFound at the sync. A sheet
   * too big for one response (Excel on the web: 5 MB) is read again in row chunks.
   */
  async readGrid(sheet: string): Promise<Grid> {
    const opts = { merges: supports(this.office, 'ExcelApi', '1.13'), tables: supports(this.office, 'ExcelApi', '1.9') };
    return this.run(`Reading sheet "${sheet}"`, async (ctx, counter) => {
      const sync = async () => {
        try {
          await counter.sync(ctx);
        } catch (e) {
          if (errorCode(e) === 'ItemNotFound') throw new HostError('SHEET_NOT_FOUND', `Sheet "${sheet}" was not found. / 找不到工作表“${sheet}”。`);
          throw e;
        }
      };
      const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange(true);
      used.load(['values', 'formulas', 'numberFormat', 'valueTypes', ...SHAPE_PROPS]);
      const extras = queueExtras(used, opts);
      try {
        await sync();
      } catch (e) {
        if (!isResponseTooLarge(e)) throw e;
        return readInChunks(ctx, sheet, opts, sync, this.batchBytes);
      }
      if (isEmptyUsedRange(used)) return gridFromLoaded(sheet, null, { merged: extras(used).merged });
      return gridFromLoaded(sheet, used, extras(used));
    });
  }

  async readState(): Promise<BudgetPilotState | null> {
    return this.run('Reading Budget Pilot settings', async (ctx, counter) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
      await counter.sync(ctx);
      if (ws.isNullObject) return null;
      return loadState(ctx, counter);
    });
  }

  async applyPlan(plan: WorkbookPlan): Promise<ApplyReport> {
    const notesSupported = supports(this.office, 'ExcelApi', '1.18');
    return this.run('Writing Budget Pilot sheets', async (ctx, counter) => {
      const report = await applyPlanInContext(ctx, plan, { batchBytes: this.batchBytes, notesSupported });
      counter.count += report.syncs;
      return report;
    });
  }

  /** Saves the state only (2-3 syncs); never claims a sheet Budget Pilot did not create (NOT_OWNED). */
  async writeState(state: BudgetPilotState): Promise<void> {
    await this.run('Saving Budget Pilot settings', (ctx, counter) => writeStateInContext(ctx, state, counter, this.batchBytes));
  }

  /** One sync; an unknown sheet gives SHEET_NOT_FOUND. */
  async select(sheet: string, address: string): Promise<void> {
    await this.run(`Selecting ${address} on "${sheet}"`, async (ctx, counter) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      try {
        await counter.sync(ctx);
      } catch (e) {
        if (errorCode(e) === 'ItemNotFound') throw new HostError('SHEET_NOT_FOUND', `Sheet "${sheet}" was not found. / 找不到工作表“${sheet}”。`);
        throw e;
      }
    });
  }
}
