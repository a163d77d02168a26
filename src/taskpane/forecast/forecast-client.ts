/**
 * The pane's way to run a forecast job: in the Web Worker when one can be started, otherwise
 * in the page, chunked with yields (jsdom tests, or a host that refuses workers). A worker that
 * fails to load is dropped and the job reruns in the page, so the user still gets results.
 */
import type { LineForecast } from '../../core/forecast';
import { isWorkerReply, type ForecastJob, type RunMessage } from './protocol';
import { CancelledError, runInChunks, type ChunkOptions } from './run-chunks';

/** What the client needs of a Worker (a real one, or a test double). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: Event) => void) | null;
  postMessage(message: RunMessage): void;
  terminate(): void;
}

export type WorkerFactory = () => WorkerLike;

export type RunMode = 'worker' | 'in-thread';

export interface ForecastClient {
  /**
   * Fits every line of the job; onProgress(done, total) as lines complete. A newer run
   * supersedes this one, which then rejects with CancelledError.
   */
  run(job: ForecastJob, onProgress: (done: number, total: number) => void): Promise<LineForecast[]>;
  /** Where the last run went. */
  lastMode(): RunMode | null;
  /** Stops the run in progress, if any (it rejects with CancelledError); the client stays usable. */
  cancel(): void;
  /** Stops the worker; pending runs reject with CancelledError. */
  dispose(): void;
}

export { CancelledError };

interface Pending {
  id: number;
  job: ForecastJob;
  onProgress: (done: number, total: number) => void;
  resolve: (r: LineForecast[]) => void;
  reject: (e: unknown) => void;
}

/**
 * makeWorker: null (or a factory that throws) means in-thread only. chunk: options of the
 * in-thread runner (tests pass a tiny chunk size).
 */
export function createForecastClient(makeWorker: WorkerFactory | null, chunk: ChunkOptions = {}): ForecastClient {
  let worker: WorkerLike | null = null;
  let workerBroken = makeWorker === null;
  let nextId = 1;
  let current: Pending | null = null;
  let mode: RunMode | null = null;

  const supersede = () => {
    if (current) current.reject(new CancelledError());
    current = null;
  };

  const runInThread = (p: Pending) => {
    mode = 'in-thread';
    runInChunks(p.job, (d, t) => current === p && p.onProgress(d, t), { ...chunk, cancelled: () => current !== p })
      .then((r) => {
        if (current === p) {
          current = null;
          p.resolve(r);
        }
      })
      .catch((e: unknown) => {
        if (current === p) {
          current = null;
          p.reject(e);
        }
      });
  };

  const dropWorker = () => {
    workerBroken = true;
    try {
      worker?.terminate();
    } catch {
      // already gone
    }
    worker = null;
  };

  const ensureWorker = (): WorkerLike | null => {
    if (workerBroken || !makeWorker) return null;
    if (worker) return worker;
    try {
      const w = makeWorker();
      w.onmessage = (e: MessageEvent) => {
        const msg: unknown = e.data;
        if (!isWorkerReply(msg) || !current || msg.id !== current.id) return;
        const p = current;
        if (msg.type === 'progress') p.onProgress(msg.done, msg.total);
        else if (msg.type === 'result') {
          current = null;
          p.resolve(msg.results);
        } else {
          current = null;
          p.reject(new Error(msg.message));
        }
      };
      w.onerror = (e: Event) => {
        // The script did not load or crashed outside our handler: run the job here instead.
        e.preventDefault?.();
        dropWorker();
        if (current) runInThread(current);
      };
      worker = w;
      return w;
    } catch {
      workerBroken = true;
      return null;
    }
  };

  return {
    run(job, onProgress) {
      supersede();
      return new Promise<LineForecast[]>((resolve, reject) => {
        const p: Pending = { id: nextId++, job, onProgress, resolve, reject };
        current = p;
        const w = ensureWorker();
        if (!w) {
          runInThread(p);
          return;
        }
        mode = 'worker';
        try {
          w.postMessage({ type: 'run', id: p.id, job });
        } catch {
          dropWorker();
          runInThread(p);
        }
      });
    },
    lastMode: () => mode,
    cancel() {
      if (!current) return;
      supersede();
      // A worker busy with the dropped job is replaced; the next run starts a fresh one.
      if (worker) {
        worker.terminate();
        worker = null;
      }
    },
    dispose() {
      supersede();
      if (worker) {
        worker.terminate();
        worker = null;
      }
    },
  };
}

/**
 * The browser's worker: dist/forecast-worker.js beside taskpane.html (webpack entry
 * "forecast-worker"). null where Worker does not exist (jsdom), so the client runs in-thread.
 */
export function browserWorkerFactory(scriptUrl = 'forecast-worker.js'): WorkerFactory | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(scriptUrl) as unknown as WorkerLike;
}
