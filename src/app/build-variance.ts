/**
 * Use case "build variance": analyze, then (re)build the variance sheet through the host.
 * On refresh it reuses the owned variance sheet's name and carries over what people typed
 * into its input columns (comments), keyed by line, so nothing typed is lost.
 */
import type { Grid } from '../core/grid';
import type { CarryOver } from '../core/plan/carry-over';
import { readCarryOver } from '../core/plan/carry-over';
import type { InputColumn } from '../core/plan/types';
import { buildVariancePlan } from '../core/plan/variance-sheet';
import type { SheetInfo, WorkbookHost } from '../host/workbook-host';
import { analyzeWorkbook } from './analyze';
import { findSheet } from './choose-sheet';
import { NoBudgetError } from './errors';
import type { AnalyzeOptions, BuildResult } from './types';

/** Excel's limit on sheet-name length. */
const MAX_SHEET_NAME = 31;

/** The first of "name", "name 2", "name 3"... that no existing sheet uses. */
export function freeSheetName(base: string, sheets: readonly SheetInfo[]): string {
  if (!findSheet(sheets, base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!findSheet(sheets, name)) return name;
  }
}

/**
 * Input columns to read back from the existing sheet. The new plan's columns say where the
 * inputs are; the old sheet may hold more lines than the new plan, so read to its last row.
 */
export function inputsToRead(inputs: readonly InputColumn[], grid: Grid): InputColumn[] {
  const lastGridRow = grid.origin.row + grid.values.length - 1;
  return inputs.map((i) => ({ ...i, lastRow: Math.max(i.lastRow, lastGridRow) }));
}

export async function buildVariance(host: WorkbookHost, options: AnalyzeOptions = {}): Promise<BuildResult> {
  const analysis = await analyzeWorkbook(host, options);
  const model = analysis.detect.model;
  const report = analysis.variance;
  if (!model || !report) throw new NoBudgetError(analysis);

  const sheets = await host.listSheets();
  const state = await host.readState();
  const owned = (state?.ownedSheets ?? []).find((s) => s.role === 'variance' && findSheet(sheets, s.name));
  let sheetName: string;
  let carryOver: CarryOver | undefined;
  if (owned) {
    sheetName = findSheet(sheets, owned.name)!.name;
    const draft = buildVariancePlan(model, report, { sheetName });
    const inputs = draft.plan.sheets.find((s) => s.name === sheetName)?.inputs ?? [];
    if (inputs.length > 0) {
      const grid = await host.readGrid(sheetName);
      carryOver = readCarryOver(grid, inputsToRead(inputs, grid));
    }
  } else {
    const draft = buildVariancePlan(model, report, {});
    sheetName = freeSheetName(draft.sheetName, sheets);
  }
  const built = buildVariancePlan(model, report, { sheetName, ...(carryOver ? { carryOver } : {}) });
  const apply = await host.applyPlan(built.plan);
  return { analysis, plan: built.plan, apply, varianceSheet: built.sheetName, lineRows: built.lineRows };
}
