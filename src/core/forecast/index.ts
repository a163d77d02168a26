/** Public surface of the forecast engine. */
export { forecastLine, candidatesFor, chooseSeasonal } from './select';
export { forecastLines } from './batch';
export type { BatchLine } from './batch';
export { evaluateForecast, evaluatePoint, evaluateCore } from './evaluate';
export type { EvaluatedForecast } from './evaluate';
export { indicesByCalendarMonth, alignToHistory } from './seasonality';
export * from './types';
