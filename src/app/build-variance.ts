/**
 * Use case "build variance": analyze, then (re)build the variance sheet through the host.
 * On refresh it reuses the owned variance sheet's name and carries over what people typed
 * into its input columns (comments), keyed by line, so nothing typed is lost.
 */
import type { Grid } from '../core/grid';
import type { CarryOver } from '../core/plan/carry-over';
import { readCarryOver } from '../core/plan/carry-over';
import { parseA1 } from '../core/a1';
import type { InputColumn, SheetPlan } from '../core/plan/types';
import { VARIANCE_SHEET_NAME } from '../core/plan/variance-layout';
import { buildVariancePlan, type VariancePlan } from '../core/plan/variance-sheet';
import { HostError, type SheetInfo, type WorkbookHost } from '../host/workbook-host';
import { analyzeInContext, type AnalysisContext } from './analyze';
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

/** The text the plan writes at a 0-based cell, or null. */
function planText(sheet: SheetPlan, row: number, col: number): string | null {
  for (const b of sheet.blocks) {
    const at = parseA1(b.at);
    const c = b.cells[row - at.row]?.[col - at.col];
    if (c && c.kind === 'value' && typeof c.value === 'string') return c.value;
  }
  return null;
}

function gridText(grid: Grid, row: number, col: number): string {
  const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * Input columns to read back from the existing sheet. The new plan says where the inputs
 * are; when the old sheet had its input column elsewhere (e.g. the layout changed), it is
 * found by its header text in the header row above the lines. The old sheet may also hold
 * more lines than the new plan, so rows are read to its last row.
 */
export function inputsToRead(inputs: readonly InputColumn[], grid: Grid, sheet?: SheetPlan): InputColumn[] {
  const lastGridRow = grid.origin.row + grid.values.length - 1;
  return inputs.map((i) => {
    let col = i.col;
    const headerRow = i.firstRow - 1;
    const header = sheet && headerRow >= 0 ? planText(sheet, headerRow, i.col) : null;
    if (header && gridText(grid, headerRow, i.col) !== header.trim()) {
      const width = grid.values[headerRow - grid.origin.row]?.length ?? 0;
      for (let c = grid.origin.col; c < grid.origin.col + width; c++) {
        if (gridText(grid, headerRow, c) === header.trim()) {
          col = c;
          break;
        }
      }
    }
    return { ...i, col, lastRow: Math.max(i.lastRow, lastGridRow) };
  });
}

/**
 * Plans the variance sheet for an analysis: reuses the owned sheet's name and carries over what
 * was typed into its input columns. Records in the plan's state where each setting came from.
 */
export function planVariance(ctx: AnalysisContext): VariancePlan {
  const { analysis, sheets, ownedVariance } = ctx;
  const model = analysis.detect.model;
  const report = analysis.variance;
  if (!model || !report) throw new NoBudgetError(analysis);
  // Never rebuild a sheet whose typed inputs could not be read: they would be lost.
  if (ownedVariance && !ownedVariance.grid) throw ownedVariance.error ?? new HostError('HOST', `Sheet ${ownedVariance.name} could not be read.`);
  const sheetName = ownedVariance ? ownedVariance.name : freeSheetName(VARIANCE_SHEET_NAME, sheets);
  let built = buildVariancePlan(model, report, { sheetName });
  const grid = ownedVariance?.grid;
  if (grid) {
    // The plan says where its input columns are; read what was typed there last time and
    // plan again with it (only when something was typed).
    const planSheet = built.plan.sheets.find((s) => s.name === sheetName);
    const inputs = planSheet?.inputs ?? [];
    if (inputs.length > 0) {
      const carryOver: CarryOver = readCarryOver(grid, inputsToRead(inputs, grid, planSheet));
      if (carryOver.size > 0) built = buildVariancePlan(model, report, { sheetName, carryOver });
    }
  }
  const settings = built.plan.state.settings;
  built.plan.state.settings = {
    ...settings,
    ...(report.settings.fyStartMonth !== undefined ? { fyStartMonth: report.settings.fyStartMonth } : {}),
    ...(analysis.settingsFrom ? { from: { ...analysis.settingsFrom } } : {}),
  };
  return built;
}

export async function buildVariance(host: WorkbookHost, options: AnalyzeOptions = {}): Promise<BuildResult> {
  const ctx = await analyzeInContext(host, options);
  const built = planVariance(ctx);
  const apply = await host.applyPlan(built.plan);
  return { analysis: ctx.analysis, plan: built.plan, apply, varianceSheet: built.sheetName, lineRows: built.lineRows };
}
