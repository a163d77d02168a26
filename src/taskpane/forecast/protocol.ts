/**
 * Messages between the pane and the forecast Web Worker. Plain data only (structured clone):
 * histories in, the engine's LineForecast results out, with progress in between.
 */
import type { BatchLine, LineForecast } from '../../core/forecast';

export interface ForecastJob {
  lines: BatchLine[];
  /** Periods to forecast after each history's last value. */
  horizon: number;
  /** Season length: 12 for months, 4 for quarters. */
  period: number;
}

/** Pane -> worker. */
export interface RunMessage {
  type: 'run';
  id: number;
  job: ForecastJob;
}

/** Worker -> pane. */
export type WorkerReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; results: LineForecast[] }
  | { type: 'error'; id: number; message: string };

export function isRunMessage(data: unknown): data is RunMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<RunMessage>;
  return m.type === 'run' && typeof m.id === 'number' && typeof m.job === 'object' && m.job !== null && Array.isArray(m.job.lines);
}

export function isWorkerReply(data: unknown): data is WorkerReply {
  if (typeof data !== 'object' || data === null) return false;
  const t = (data as { type?: unknown }).type;
  return (t === 'progress' || t === 'result' || t === 'error') && typeof (data as { id?: unknown }).id === 'number';
}
