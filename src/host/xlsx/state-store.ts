/**
 * Budget Pilot's saved state in a workbook file. ExcelJS cannot write Workbook.settings, so
 * the project's cross-host store is a very hidden sheet "_BudgetPilot" holding the state as
 * JSON in cells A1, A2, ... (chunks of at most 30,000 characters, under Excel's 32,767-character
 * cell limit). The Office host reads and writes the same sheet.
 */
import type ExcelJS from 'exceljs';
import type { BudgetPilotState } from '../../core/plan/types';

export const STATE_SHEET = '_BudgetPilot';
export const STATE_CHUNK = 30000;

export function splitState(state: BudgetPilotState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK) chunks.push(json.slice(i, i + STATE_CHUNK));
  return chunks.length ? chunks : ['{}'];
}

function isState(v: unknown): v is BudgetPilotState {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return o.version === 1 && Array.isArray(o.ownedSheets);
}

/** The saved state, or null when there is none or it cannot be parsed (never throws). */
export function readStateFromWorkbook(wb: ExcelJS.Workbook): BudgetPilotState | null {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return null;
  let json = '';
  for (let r = 1; ; r++) {
    const v = ws.findCell(r, 1)?.value;
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  try {
    const parsed: unknown = JSON.parse(json);
    return isState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeStateToWorkbook(wb: ExcelJS.Workbook, state: BudgetPilotState): void {
  const old = wb.getWorksheet(STATE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  splitState(state).forEach((chunk, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = '@'; // text, as the Office host writes it
    cell.value = chunk;
  });
}
