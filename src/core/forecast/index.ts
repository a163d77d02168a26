/** Public surface of the forecast engine. */
export { forecastLine, candidatesFor, chooseSeasonal } from './select';
export { evaluateForecast, evaluatePoint, evaluateCore } from './evaluate';
export type { EvaluatedForecast } from './evaluate';
export * from './types';
