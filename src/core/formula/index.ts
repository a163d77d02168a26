export { lintFormula } from './lint';
export { toFileFormula } from './file-form';
export { cellRef, num, rangeRef, sheetRangeRef, sourceRef, str } from './refs';
export { ALLOWED_FUNCTIONS, BANNED_FUNCTIONS, VOLATILE_FUNCTIONS, XLFN_FUNCTIONS } from './functions';
export { scanFormula } from './scan';
export { COST_TYPE_TEXT, COST_TYPE_WORDS, FLAG_ABS_NAME, FLAG_PCT_NAME, costTypeFormula, flagRuleFormula, isCostTypeText } from '../flags/formula';
export { actualSourceFormula, budgetSourceFormula, cellSourceRef, countifsExpression, criterionLiteral, escapeWildcards, sumifsExpression } from './source';
export type { FormulaSource } from './source';
