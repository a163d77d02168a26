/**
 * Budget Pilot's saved state in a workbook file. ExcelJS cannot write Workbook.settings, so
 * the project's cross-host store is a very hidden sheet "_BudgetPilot" holding the state as
 * JSON in cells A1, A2, ... The layout (chunking, parsing) is src/host/saved-state.ts, shared
 * with the Office host, which reads and writes the same sheet.
 */
import type ExcelJS from 'exceljs';
import type { BudgetPilotState } from '../../core/plan/types';
import { parseStateCells, STATE_SHEET, stateChunks } from '../saved-state';
import { HostError } from '../workbook-host';

export { STATE_SHEET, STATE_CHUNK } from '../saved-state';

/** The sheet of that name as Excel matches names (case-insensitive); ExcelJS's getWorksheet is case-sensitive. */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const n = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === n);
}

/** The saved state, or null when there is none or it cannot be parsed (never throws). */
export function readStateFromWorkbook(wb: ExcelJS.Workbook): BudgetPilotState | null {
  const ws = findWorksheet(wb, STATE_SHEET);
  if (!ws) return null;
  const cells: unknown[] = [];
  for (let r = 1; ; r++) {
    const v = ws.findCell(r, 1)?.value;
    cells.push(v);
    if (typeof v !== 'string' || v === '') break;
  }
  return parseStateCells(cells);
}

/**
 * Throws NOT_OWNED when a visible "_BudgetPilot" sheet holds no state of ours (`saved` is null):
 * it is somebody's sheet and is left alone, as the Office host does. Call before writing anything.
 */
export function checkStateSheet(wb: ExcelJS.Workbook, saved: BudgetPilotState | null): void {
  const ws = findWorksheet(wb, STATE_SHEET);
  if (ws && !saved && (ws.state === 'visible' || !ws.state)) {
    throw new HostError(
      'NOT_OWNED',
      `Sheet "${ws.name}" exists but does not hold Budget Pilot's settings, so nothing was written. Rename it, then try again. / 工作表“${ws.name}”已存在但不包含 Budget Pilot 的设置，因此未写入任何内容。请将其重命名后重试。`,
    );
  }
}

/** Replaces the state sheet with one holding `state` (callers run checkStateSheet first). */
export function writeStateToWorkbook(wb: ExcelJS.Workbook, state: BudgetPilotState): void {
  const old = findWorksheet(wb, STATE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  stateChunks(state).forEach((chunk, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = '@'; // text, as the Office host writes it
    cell.value = chunk;
  });
}
