/**
 * Use case "save mapping": keep a reading the user confirmed or corrected in the workbook, so
 * the next refresh, a colleague with the add-in and the CLI read the budget the same way.
 * The mapping is checked against its sheet first: one that does not fit is refused with the
 * problems that say why, and nothing is written.
 */
import { checkMapping } from '../core/detect';
import type { Mapping } from '../core/model';
import type { BudgetPilotState } from '../core/plan/types';
import type { Problem } from '../core/problems';
import { HostError, type WorkbookHost } from '../host/workbook-host';

export interface SaveMappingResult {
  saved: boolean;
  /** Why the mapping was not saved (it does not fit its sheet); empty when saved. */
  problems: Problem[];
}

export async function saveMapping(host: WorkbookHost, mapping: Mapping): Promise<SaveMappingResult> {
  if (!host.writeState) throw new HostError('HOST', 'This host cannot save settings in the workbook. / 此宿主无法在工作簿中保存设置。');
  const grid = await host.readGrid(mapping.sheet);
  const problems = checkMapping(grid, mapping);
  if (problems.length > 0) return { saved: false, problems };
  const saved = await host.readState();
  const state: BudgetPilotState = saved
    ? { ...saved, mapping }
    : { version: 1, ownedSheets: [], source: null, settings: { asOf: null, flagPct: 0.1, flagAbs: 0 }, mapping };
  await host.writeState(state);
  return { saved: true, problems: [] };
}
