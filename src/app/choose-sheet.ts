/**
 * Which sheet holds the budget: the one asked for, else the saved state's source sheet, else
 * the visible sheet (not owned by Budget Pilot) whose detection finds the most lines.
 */
import type { DetectResult } from '../core/model';
import type { BudgetPilotState } from '../core/plan/types';
import { problem } from '../core/problems';
import type { SheetInfo, WorkbookHost } from '../host/workbook-host';

export interface SheetChoice {
  sheet: string;
  detect: DetectResult;
}

/** The choice, with the sheet list and saved state read to make it (so callers need not read them again). */
export interface SheetChoiceInContext extends SheetChoice {
  sheets: SheetInfo[];
  state: BudgetPilotState | null;
}

/** Exact name first, then Excel's case-insensitive match. */
export function findSheet(sheets: readonly SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export function candidateSheets(sheets: readonly SheetInfo[], state: BudgetPilotState | null): SheetInfo[] {
  const owned = new Set((state?.ownedSheets ?? []).map((s) => s.name.toLowerCase()));
  return sheets.filter((s) => s.visible && !owned.has(s.name.toLowerCase()) && !s.name.startsWith('_BudgetPilot'));
}

export async function chooseSheet(
  host: WorkbookHost,
  requested: string | undefined,
  detect: (sheet: string) => Promise<DetectResult>,
): Promise<SheetChoiceInContext> {
  const sheets = await host.listSheets();
  const state = await host.readState();
  return { ...(await choose(sheets, state, requested, detect)), sheets, state };
}

async function choose(
  sheets: SheetInfo[],
  state: BudgetPilotState | null,
  requested: string | undefined,
  detect: (sheet: string) => Promise<DetectResult>,
): Promise<SheetChoice> {
  const names = sheets.filter((s) => s.visible).map((s) => s.name).join(', ');
  if (requested !== undefined) {
    const s = findSheet(sheets, requested);
    if (!s) return { sheet: requested, detect: { model: null, problems: [problem('SHEET_NOT_FOUND', requested, 'A1', { sheets: names })] } };
    return { sheet: s.name, detect: await detect(s.name) };
  }
  const saved = state?.source?.sheet;
  const savedSheet = saved ? findSheet(sheets, saved) : undefined;
  if (savedSheet) {
    const d = await detect(savedSheet.name);
    if (d.model) return { sheet: savedSheet.name, detect: d };
  }
  const candidates = candidateSheets(sheets, state);
  let best: SheetChoice | null = null;
  let first: SheetChoice | null = null;
  for (const c of candidates) {
    const d = await detect(c.name);
    const choice = { sheet: c.name, detect: d };
    first ??= choice;
    if (d.model && d.model.lines.length > (best?.detect.model?.lines.length ?? 0)) best = choice;
  }
  if (best) return best;
  if (candidates.length === 1 && first) return first;
  const sheet = first?.sheet ?? sheets[0]?.name ?? '';
  return {
    sheet,
    detect: {
      model: null,
      problems: [problem('NO_BUDGET_SHEET', sheet, 'A1', { sheets: candidates.map((c) => c.name).join(', ') || '-' }), ...(first?.detect.problems ?? [])],
    },
  };
}
