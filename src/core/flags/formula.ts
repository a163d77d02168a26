/**
 * The off-target rule as a formula, shared by every sheet that flags lines (variance status,
 * its conditional format, and the forecast sheet's full-year gap flags), so the rule reads the
 * same everywhere and matches src/core/flags/rules.ts:
 *   unfavourable (a cost Type: var > 0; otherwise: var < 0)
 *   AND (budget <> 0 ? |var %| >= BP_FlagPct : var <> 0)
 *   AND |var| >= BP_FlagAbs.
 * A Type cell makes a line a cost line when it says Cost, Expense, 成本 or 费用 (any case, in
 * either locale's sheet): isCostTypeText is the same test in TypeScript.
 * IF (not AND/OR) guards the var % cell, which holds "" when the budget is 0: Excel and
 * LibreOffice evaluate only the chosen IF branch, while AND would evaluate ABS("") to #VALUE!.
 */
import { str } from '../formula/refs';

export const FLAG_PCT_NAME = 'BP_FlagPct';
export const FLAG_ABS_NAME = 'BP_FlagAbs';
/** The Type text the English sheet writes for a cost line. */
export const COST_TYPE_TEXT = 'Cost';
/** Type texts that make a line a cost line on our sheets, compared case-insensitively (as Excel's "=" does). */
export const COST_TYPE_WORDS: readonly string[] = ['Cost', 'Expense', '成本', '费用'];

/** The TypeScript twin of the formula's Type test: equal, ignoring case, to one of COST_TYPE_WORDS. */
export function isCostTypeText(text: string, extra?: string): boolean {
  const t = text.toLowerCase();
  return COST_TYPE_WORDS.some((w) => w.toLowerCase() === t) || (extra !== undefined && extra.toLowerCase() === t);
}

/** Boolean formula body: the Type cell says a cost word (plus costText when it is not one of them). */
export function costTypeFormula(typeRef: string, costText: string = COST_TYPE_TEXT): string {
  const words = isCostTypeText(costText) ? COST_TYPE_WORDS : [...COST_TYPE_WORDS, costText];
  return `OR(${words.map((w) => `${typeRef}=${str(w)}`).join(',')})`;
}

/** Boolean formula body (no leading "=") over four cell references; costText is the Type text of a cost line. */
export function flagRuleFormula(
  typeRef: string,
  budgetRef: string,
  varianceRef: string,
  variancePctRef: string,
  costText: string = COST_TYPE_TEXT,
): string {
  return (
    `AND(IF(${costTypeFormula(typeRef, costText)},${varianceRef}>0,${varianceRef}<0),` +
    `IF(${budgetRef}<>0,ABS(${variancePctRef})>=${FLAG_PCT_NAME},${varianceRef}<>0),` +
    `ABS(${varianceRef})>=${FLAG_ABS_NAME})`
  );
}
