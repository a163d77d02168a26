/**
 * Runs a forecast job a chunk of lines at a time, reporting progress after each chunk and
 * yielding between chunks. The worker and the in-thread fallback both use it: in the worker
 * the yield lets a newer message through; in the page it lets the browser paint the progress
 * bar, so the pane stays responsive even without a worker.
 */
import { forecastLines, type LineForecast } from '../../core/forecast';
import type { ForecastJob } from './protocol';

export interface ChunkOptions {
  /** Lines per chunk (default: about 1/50 of the job, at least 1, at most 200). */
  chunkSize?: number;
  /** Awaited between chunks; default setTimeout(0). */
  yieldNow?: () => Promise<void>;
  /** Checked between chunks; when true the run stops with a CancelledError. */
  cancelled?: () => boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('forecast cancelled');
    this.name = 'CancelledError';
  }
}

export function defaultChunkSize(total: number): number {
  return Math.max(1, Math.min(200, Math.ceil(total / 50)));
}

const setTimeoutYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runInChunks(
  job: ForecastJob,
  onProgress: (done: number, total: number) => void,
  options: ChunkOptions = {},
): Promise<LineForecast[]> {
  const total = job.lines.length;
  const size = options.chunkSize ?? defaultChunkSize(total);
  const yieldNow = options.yieldNow ?? setTimeoutYield;
  const out: LineForecast[] = [];
  onProgress(0, total);
  for (let start = 0; start < total; start += size) {
    if (options.cancelled?.()) throw new CancelledError();
    const chunk = job.lines.slice(start, start + size);
    out.push(...forecastLines(chunk, { horizon: job.horizon, period: job.period }));
    onProgress(out.length, total);
    if (out.length < total) await yieldNow();
  }
  return out;
}
