export { analyzeWorkbook, analyzeInContext, settingsFor, type AnalysisContext, type OwnedVariance } from './analyze';
export { buildVariance, planVariance, freeSheetName } from './build-variance';
export { chooseSheet, findSheet } from './choose-sheet';
export { NoBudgetError } from './errors';
export { reportJson, type CliReport, type ReportLine, type ReportProblem } from './report-json';
export { resolveSettings, type ResolvedSettings } from './settings';
export type { AnalyzeOptions, Analysis, BuildResult, SettingOrigins } from './types';
export { buildForecast, fitForecasts, type ForecastBuildResult, type ForecastOptions, type ForecastOutcome, type LineOutlook } from './forecast';
export type { ReportForecastInput, ReportLineForecast } from './report-json';
