/**
 * Forecasting many lines, with progress, for a Web Worker or the CLI. Work is plain data in and
 * out (structured-clone friendly); each line is independent, so time grows linearly.
 */
import { forecastLine } from './select';
import type { ForecastOptions, LineForecast } from './types';

export interface BatchLine {
  history: number[];
  /** Per-line seasonal profile (e.g. the line's budget phasing), aligned to its history. */
  seasonalProfile?: number[];
}

/** Calls onProgress(done, total) about every `every` lines and once at the end. */
export function forecastLines(
  lines: readonly BatchLine[],
  options: Omit<ForecastOptions, 'seasonalProfile'>,
  onProgress?: (done: number, total: number) => void,
  every = 250,
): LineForecast[] {
  const out: LineForecast[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    out.push(forecastLine(l.history, { ...options, seasonalProfile: l.seasonalProfile }));
    if (onProgress && ((i + 1) % every === 0 || i + 1 === lines.length)) onProgress(i + 1, lines.length);
  }
  return out;
}
