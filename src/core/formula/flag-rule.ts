/**
 * The off-target rule as a formula, shared by every sheet that flags lines (variance status,
 * its conditional format, and later the forecast sheet's full-year gap flags), so the rule
 * reads the same everywhere and matches src/core/variance/rules.ts:
 *   unfavourable (a "Cost" type: var > 0; otherwise: var < 0)
 *   AND (budget <> 0 ? |var %| >= BP_FlagPct : var <> 0)
 *   AND |var| >= BP_FlagAbs.
 * IF (not AND/OR) guards the var % cell, which holds "" when the budget is 0: Excel and
 * LibreOffice evaluate only the chosen IF branch, while AND would evaluate ABS("") to #VALUE!.
 */
import { str } from './refs';

export const FLAG_PCT_NAME = 'BP_FlagPct';
export const FLAG_ABS_NAME = 'BP_FlagAbs';
/** The Type text that makes a line a cost line (compared case-insensitively by Excel). */
export const COST_TYPE_TEXT = 'Cost';

/** Boolean formula body (no leading "=") over four cell references; costText is the Type text of a cost line. */
export function flagRuleFormula(
  typeRef: string,
  budgetRef: string,
  varianceRef: string,
  variancePctRef: string,
  costText: string = COST_TYPE_TEXT,
): string {
  return (
    `AND(IF(${typeRef}=${str(costText)},${varianceRef}>0,${varianceRef}<0),` +
    `IF(${budgetRef}<>0,ABS(${variancePctRef})>=${FLAG_PCT_NAME},${varianceRef}<>0),` +
    `ABS(${varianceRef})>=${FLAG_ABS_NAME})`
  );
}
