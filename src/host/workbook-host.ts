/**
 * The one small interface every host implements (Office.js in the task pane, ExcelJS in the
 * CLI and tests). Use cases in src/app run unchanged on either.
 */
import type { Grid } from '../core/grid';
import type { BudgetPilotState, WorkbookPlan } from '../core/plan/types';

export interface SheetInfo {
  name: string;
  visible: boolean;
}

export interface ApplyReport {
  sheetsWritten: string[];
  cellsWritten: number;
  /** Office host: number of context.sync() calls; xlsx host: 0. */
  syncs: number;
}

export interface WorkbookHost {
  listSheets(): Promise<SheetInfo[]>;
  /** Reads the used range of a sheet (values, formulas, number formats, merges, hidden rows/cols). */
  readGrid(sheet: string): Promise<Grid>;
  /** Reads Budget Pilot's saved state, or null when the workbook has none. */
  readState(): Promise<BudgetPilotState | null>;
  /**
   * Writes the plan: (re)creates every plan sheet, names, conditional formats, notes, and
   * saves plan.state. Must refuse (throw HostError "NOT_OWNED") to overwrite a sheet that exists
   * but is not listed as owned in the saved state.
   */
  applyPlan(plan: WorkbookPlan): Promise<ApplyReport>;
  /**
   * Saves Budget Pilot's state (a confirmed mapping, settings) without applying a plan; writes
   * nothing but the state. It never grants ownership: a sheet listed as owned must already be
   * owned in the saved state, else HostError "NOT_OWNED" and nothing is written; listed sheets
   * that no longer exist are dropped; sheets owned before and still present stay owned.
   * OfficeHost and XlsxHost implement it. Optional only so that test doubles written before it
   * still compile; make it required once they have it.
   */
  writeState?(state: BudgetPilotState): Promise<void>;
  /** Selects a range and activates its sheet (task pane navigation). */
  select(sheet: string, address: string): Promise<void>;
}

export class HostError extends Error {
  constructor(
    readonly code: 'NOT_OWNED' | 'SHEET_NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'HOST',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
