/**
 * Which sheets hold the budget. Every visible sheet Budget Pilot does not own is read, and
 * core's detectWorkbook picks the reading: one sheet with budget and actuals, or a budget sheet
 * joined by line key with an actuals sheet or a CRM/long export (issue 3). The main sheet is
 * the one asked for, else the saved state's source sheet, else detectWorkbook's best.
 * A mapping given by the caller (else the one saved) for the main sheet is obeyed while it still fits the sheet; when the sheet
 * changed so that it no longer fits, the problems say what changed and the sheet is read afresh.
 */
import { checkMapping, detectBudget, detectWorkbook, type DetectWorkbookOptions } from '../core/detect';
import type { Grid } from '../core/grid';
import type { DetectResult, Mapping } from '../core/model';
import type { BudgetPilotState } from '../core/plan/types';
import { problem, type Problem } from '../core/problems';
import { HostError, type SheetInfo, type WorkbookHost } from '../host/workbook-host';

export interface SheetChoice {
  /** The main sheet read (model.source.sheet when a budget was found). */
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

/** Reads each sheet; one the host cannot read (too large, vanished) is a problem, not a crash. */
async function readGrids(host: WorkbookHost, names: readonly string[]): Promise<{ grids: Grid[]; problems: Problem[] }> {
  const grids: Grid[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    try {
      grids.push(await host.readGrid(name));
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      problems.push(problem('SHEET_UNREADABLE', name, 'A1', { detail: e.message }));
    }
  }
  return { grids, problems };
}

export async function chooseSheet(host: WorkbookHost, requested: string | undefined, asOf?: string, given?: Mapping): Promise<SheetChoiceInContext> {
  const sheets = await host.listSheets();
  const state = await host.readState();
  const visibleNames = sheets.filter((s) => s.visible).map((s) => s.name).join(', ');
  const notFound = (name: string): SheetChoiceInContext => ({
    sheet: name,
    detect: { model: null, problems: [problem('SHEET_NOT_FOUND', name, 'A1', { sheets: visibleNames })] },
    sheets,
    state,
  });

  const asked = requested !== undefined ? findSheet(sheets, requested) : undefined;
  if (requested !== undefined && !asked) return notFound(requested);
  const candidates = candidateSheets(sheets, state);
  // A sheet asked for by name is read even when hidden.
  const names = candidates.map((c) => c.name);
  if (asked && !names.includes(asked.name)) names.unshift(asked.name);
  const { grids, problems: unreadable } = await readGrids(host, names);

  const saved = state?.source?.sheet ? findSheet(candidates, state.source.sheet) : undefined;
  const givenSheet = given ? findSheet(sheets, given.sheet) : undefined;
  const savedMappingSheet = state?.mapping ? findSheet(candidates, state.mapping.sheet) : undefined;
  const main = asked?.name ?? givenSheet?.name ?? saved?.name ?? savedMappingSheet?.name;
  const base: DetectWorkbookOptions = asOf !== undefined ? { asOf } : {};
  const detectWith = (opts: DetectWorkbookOptions): DetectResult => detectWorkbook(grids, { ...base, ...opts });

  let detect: DetectResult;
  const wanted = given ?? state?.mapping;
  const mapping = wanted && main && wanted.sheet.toLowerCase() === main.toLowerCase() ? wanted : undefined;
  const mappedGrid = mapping ? grids.find((g) => g.sheet === main) : undefined;
  const mappingProblems = mapping && mappedGrid ? checkMapping(mappedGrid, mapping) : [];
  if (mapping && mappedGrid && mappingProblems.length === 0) detect = detectWith({ sheet: main, mapping });
  else detect = main ? detectWith({ sheet: main }) : detectWith({});
  // The saved source sheet no longer holds a budget (renamed, emptied): look at every sheet again.
  if (!detect.model && !asked && main) detect = detectWith({});
  // A sheet asked for by name is the one read: never answer with a budget found elsewhere.
  if (asked && detect.model && detect.model.source.sheet.toLowerCase() !== asked.name.toLowerCase()) {
    const own = grids.find((g) => g.sheet === asked.name);
    detect = own ? detectBudget(own, base) : { model: null, problems: [] };
  }

  const problems = [...unreadable, ...mappingProblems, ...detect.problems];
  if (detect.model) return { sheet: detect.model.source.sheet, detect: { ...detect, problems }, sheets, state };
  const sheet = main ?? candidates[0]?.name ?? sheets[0]?.name ?? '';
  if (!asked && candidates.length !== 1) {
    problems.unshift(problem('NO_BUDGET_SHEET', sheet, 'A1', { sheets: candidates.map((c) => c.name).join(', ') || '-' }));
  }
  return { sheet, detect: { model: null, problems }, sheets, state };
}
