/**
 * The fake RequestContext: operations are queued by the proxies and applied, in order, at
 * context.sync(). A batch whose serialized operations exceed the payload limit is rejected
 * whole with RequestPayloadSizeLimitExceeded (nothing applied), like Excel on the web. Any
 * other error stops the batch at the failing operation (earlier ones stay applied), as in Excel.
 */
import { FakeOfficeError } from './errors';
import { opBytes } from './payload';
import type { FakeWorkbook } from './workbook-data';
import { FakeWorkbookProxy, FakeApplication } from './workbook-proxy';

export interface SyncRecord {
  bytes: number;
  /** Bytes of data loaded by this sync (its response). */
  responseBytes?: number;
  ops: number;
  ok: boolean;
  error?: string;
}

/** Shared by every context created by one fake Excel. */
export interface FakeRuntime {
  wb: FakeWorkbook;
  payloadLimitBytes: number;
  /** Size limit of one sync's response (loaded data), like Excel on the web's 5 MB. */
  responseLimitBytes: number;
  syncCount: number;
  suspendCalls: number;
  syncLog: SyncRecord[];
  supportedSets: Record<string, string>;
  /** While true every sync fails with InvalidOperationInCellEditMode (a user is typing in a cell). */
  cellEditMode: boolean;
}

export interface QueuedOp {
  /** What would be serialized into the request for this operation. */
  payload: unknown;
  apply(): void;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  private _queue: QueuedOp[] = [];
  private _responses: { bytes: number; commit: () => void }[] = [];

  constructor(readonly _rt: FakeRuntime) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = this.workbook.application;
  }

  _enqueue(op: QueuedOp): void {
    this._queue.push(op);
  }

  /** Loaded data becomes visible only if the whole response fits under the limit. */
  _respond(bytes: number, commit: () => void): void {
    this._responses.push({ bytes, commit });
  }

  _pending(): number {
    return this._queue.length;
  }

  async sync(): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    const rt = this._rt;
    rt.syncCount++;
    await Promise.resolve();
    if (rt.cellEditMode) {
      rt.syncLog.push({ bytes: 0, ops: ops.length, ok: false, error: 'InvalidOperationInCellEditMode' });
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    let bytes = 0;
    for (const op of ops) bytes += opBytes(op.payload);
    if (bytes > rt.payloadLimitBytes) {
      rt.syncLog.push({ bytes, ops: ops.length, ok: false, error: 'RequestPayloadSizeLimitExceeded' });
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} > ${rt.payloadLimitBytes} bytes).`,
      );
    }
    this._responses = [];
    try {
      for (const op of ops) op.apply();
    } catch (e) {
      this._responses = [];
      rt.syncLog.push({ bytes, ops: ops.length, ok: false, error: e instanceof FakeOfficeError ? e.code : String(e) });
      throw e;
    }
    const responses = this._responses;
    this._responses = [];
    const responseBytes = responses.reduce((n, r) => n + r.bytes, 0);
    if (responseBytes > rt.responseLimitBytes) {
      rt.syncLog.push({ bytes, responseBytes, ops: ops.length, ok: false, error: 'ResponsePayloadSizeLimitExceeded' });
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${responseBytes} > ${rt.responseLimitBytes} bytes).`,
      );
    }
    for (const r of responses) r.commit();
    rt.syncLog.push({ bytes, responseBytes, ops: ops.length, ok: true });
  }
}
