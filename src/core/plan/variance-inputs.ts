/**
 * Reading back the named inputs of a variance sheet we wrote earlier (BP_AsOf, BP_FlagPct,
 * BP_FlagAbs, BP_FYStartMonth), so a refresh can keep what someone typed there. Cells that do
 * not hold a sensible value are left out; the caller falls back to its own settings.
 *
 * Suggested use on refresh: for each setting, an explicit option wins; otherwise, when the
 * sheet's value differs from what the add-in wrote last time (BudgetPilotState.settings), the
 * person changed it on the sheet and it is kept; otherwise the fresh default applies (so the
 * as-of period still moves forward as actuals arrive).
 */
import type { CellValue, Grid } from '../grid';
import type { Period, PeriodKey } from '../model';
import { periodStart } from '../variance/calendar';
import type { VarianceSettings } from '../variance/types';
import { INPUT_ROWS, INPUT_VALUE_COL } from './variance-layout';

export type VarianceInputs = Partial<Pick<VarianceSettings, 'asOf' | 'flagPct' | 'flagAbs' | 'fyStartMonth'>>;

function numberAt(grid: Grid, row: number, col: number): number | null {
  const r = grid.values[row - grid.origin.row];
  const v: CellValue | undefined = r ? r[col - grid.origin.col] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The last period starting on or before the serial date; null when the date is before them all. */
export function periodAtOrBefore(serial: number, periods: readonly Period[]): PeriodKey | null {
  let key: PeriodKey | null = null;
  for (const p of periods) if (periodStart(p) <= serial) key = p.key;
  return key;
}

export function readVarianceInputs(grid: Grid, periods: readonly Period[]): VarianceInputs {
  const out: VarianceInputs = {};
  const asOf = numberAt(grid, INPUT_ROWS.asOf, INPUT_VALUE_COL);
  if (asOf !== null && periods.length > 0) out.asOf = periodAtOrBefore(Math.floor(asOf), periods);
  const pct = numberAt(grid, INPUT_ROWS.flagPct, INPUT_VALUE_COL);
  if (pct !== null && pct >= 0) out.flagPct = pct;
  const abs = numberAt(grid, INPUT_ROWS.flagAbs, INPUT_VALUE_COL);
  if (abs !== null && abs >= 0) out.flagAbs = abs;
  const fy = numberAt(grid, INPUT_ROWS.fyStartMonth, INPUT_VALUE_COL);
  if (fy !== null && Number.isInteger(fy) && fy >= 1 && fy <= 12) out.fyStartMonth = fy;
  return out;
}
