export { lintFormula } from './lint';
export { toFileFormula } from './file-form';
export { cellRef, num, rangeRef, sheetRangeRef, sourceRef, str } from './refs';
export { ALLOWED_FUNCTIONS, BANNED_FUNCTIONS, VOLATILE_FUNCTIONS, XLFN_FUNCTIONS } from './functions';
export { scanFormula } from './scan';
