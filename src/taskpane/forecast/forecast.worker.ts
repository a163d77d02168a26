/**
 * The forecast Web Worker (webpack entry "forecast-worker"): fits the lines it is sent with the
 * core engine, off the pane's UI thread, posting progress and then the results. A newer "run"
 * supersedes the one in progress (checked between chunks).
 */
import { isRunMessage, type WorkerReply } from './protocol';
import { CancelledError, runInChunks } from './run-chunks';

/** The bits of DedicatedWorkerGlobalScope used here (tsconfig's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
let latest = 0;

scope.onmessage = (e: MessageEvent) => {
  if (!isRunMessage(e.data)) return;
  const { id, job } = e.data;
  latest = id;
  runInChunks(job, (done, total) => scope.postMessage({ type: 'progress', id, done, total }), { cancelled: () => latest !== id })
    .then((results) => scope.postMessage({ type: 'result', id, results }))
    .catch((err: unknown) => {
      if (err instanceof CancelledError) return;
      scope.postMessage({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
    });
};
