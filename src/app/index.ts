export { analyzeWorkbook, settingsFor } from './analyze';
export { buildVariance, freeSheetName } from './build-variance';
export { chooseSheet, findSheet } from './choose-sheet';
export { NoBudgetError } from './errors';
export { reportJson, type CliReport, type ReportLine, type ReportProblem } from './report-json';
export type { AnalyzeOptions, Analysis, BuildResult } from './types';
