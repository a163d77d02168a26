/**
 * detectBudget: Grid -> BudgetModel + problems. Each layout has its own reader built from
 * the shared steps (find-header, header-text, columns, lines, values, totals, notes, as-of):
 * the wide layouts (wide.ts), stacked measure rows (stacked.ts), long tables and CRM exports
 * (long.ts), tried in turn by detectBudget (sheet.ts); budget and actuals on separate sheets,
 * and a budget joined with a CRM export, by detectWorkbook (workbook.ts).
 */
export type { DetectOptions } from './options';
export { checkMapping, detectBudget, detectBudgetStrict } from './sheet';
export { detectWorkbook, detectWorkbookStrict, type DetectWorkbookOptions } from './workbook';
export { parseNumberText } from './values';
export { isTotalLabel, isSumOverAbove } from './totals';
export { unitInText, yearInText } from './notes';
export { isCostType } from './columns';
