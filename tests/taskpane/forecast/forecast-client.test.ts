/**
 * The forecast client: through a worker (a test double that runs the same chunk runner the
 * real worker runs, replying asynchronously), falling back in-thread when no worker can start
 * or the worker fails to load, and superseding an older run.
 */
import { forecastLine } from '../../../src/core/forecast';
import { createForecastClient, CancelledError, type WorkerLike } from '../../../src/taskpane/forecast/forecast-client';
import type { ForecastJob, RunMessage, WorkerReply } from '../../../src/taskpane/forecast/protocol';
import { runInChunks } from '../../../src/taskpane/forecast/run-chunks';

const job: ForecastJob = {
  lines: [
    { history: [10, 12, 11, 13, 12, 14, 13, 15] },
    { history: [5, 5, 5, 5, 5, 5] },
    { history: [0, 3, 0, 0, 4, 0, 0, 5, 0] },
  ],
  horizon: 4,
  period: 12,
};
const direct = job.lines.map((l) => forecastLine(l.history, { horizon: 4, period: 12 }));

class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  posted: RunMessage[] = [];
  terminated = false;
  constructor(private readonly failToLoad = false) {}
  postMessage(m: RunMessage) {
    this.posted.push(m);
    const reply = (r: WorkerReply) => setTimeout(() => this.onmessage?.({ data: r } as MessageEvent), 0);
    if (this.failToLoad) {
      setTimeout(() => this.onerror?.(new Event('error')), 0);
      return;
    }
    void runInChunks(m.job, (done, total) => reply({ type: 'progress', id: m.id, done, total }), { chunkSize: 1 }).then((results) =>
      reply({ type: 'result', id: m.id, results }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

it('runs through the worker, with progress up to N/N, and returns what the engine computes', async () => {
  const w = new FakeWorker();
  const client = createForecastClient(() => w);
  const progress: [number, number][] = [];
  const results = await client.run(job, (d, t) => progress.push([d, t]));
  expect(client.lastMode()).toBe('worker');
  expect(w.posted).toHaveLength(1);
  expect(progress[progress.length - 1]).toEqual([3, 3]);
  expect(progress.map((p) => p[0])).toEqual([0, 1, 2, 3]);
  expect(results.map((r) => r.forecast)).toEqual(direct.map((r) => r.forecast));
  client.dispose();
  expect(w.terminated).toBe(true);
});

it('runs in-thread, chunked, when there is no worker', async () => {
  const client = createForecastClient(null, { chunkSize: 2 });
  const progress: number[] = [];
  const results = await client.run(job, (d) => progress.push(d));
  expect(client.lastMode()).toBe('in-thread');
  expect(progress).toEqual([0, 2, 3]);
  expect(results.map((r) => r.method)).toEqual(direct.map((r) => r.method));
});

it('falls back in-thread when the worker cannot be created or fails to load', async () => {
  const throwing = createForecastClient(() => {
    throw new Error('blocked by policy');
  });
  expect((await throwing.run(job, () => undefined)).length).toBe(3);
  expect(throwing.lastMode()).toBe('in-thread');

  const w = new FakeWorker(true);
  const client = createForecastClient(() => w);
  const results = await client.run(job, () => undefined);
  expect(results.map((r) => r.forecast)).toEqual(direct.map((r) => r.forecast));
  expect(client.lastMode()).toBe('in-thread');
  expect(w.terminated).toBe(true);
});

it('a newer run supersedes the one in progress', async () => {
  const client = createForecastClient(null, { chunkSize: 1 });
  const first = client.run(job, () => undefined);
  const second = client.run({ ...job, lines: job.lines.slice(0, 1) }, () => undefined);
  await expect(first).rejects.toBeInstanceOf(CancelledError);
  expect(await second).toHaveLength(1);
});

it('cancel stops the run in progress and the client runs again afterwards', async () => {
  const w = new FakeWorker();
  const made: FakeWorker[] = [];
  const client = createForecastClient(() => {
    const fresh = made.length === 0 ? w : new FakeWorker();
    made.push(fresh);
    return fresh;
  });
  const first = client.run(job, () => undefined);
  client.cancel();
  await expect(first).rejects.toBeInstanceOf(CancelledError);
  expect(w.terminated).toBe(true);
  expect(await client.run(job, () => undefined)).toHaveLength(3);
  expect(made).toHaveLength(2); // a fresh worker for the next run
  client.cancel(); // nothing running: no effect
  expect(made[1].terminated).toBe(false);
});
