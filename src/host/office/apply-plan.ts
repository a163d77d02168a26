/**
 * Applying a WorkbookPlan with Office.js in a few syncs:
 *  1. load the sheet list and names (1 sync); when there is saved state, load it together with
 *     the protection and notes of the sheets we will rebuild (1 sync);
 *  2. refuse, before writing anything, any plan sheet that exists but is not ours, and names
 *     Excel would reject; unprotect our protected sheets (1 sync, only when there are any);
 *  3. write: state + sheet creation/clearing first (so a sheet we create is always recorded as
 *     ours), then cell blocks chunked by payload size, styles, conditional formats, widths,
 *     panes, notes (ExcelApi 1.18 only), names and re-protection, packed into syncs under the
 *     budget, with suspendApiCalculationUntilNextSync() in each. A sync rejected as too large
 *     is split and retried. */
import type { BudgetPilotState, WorkbookPlan } from '../../core/plan/types';
import { HostError, type ApplyReport } from '../workbook-host';
import { isPayloadTooLarge } from './excel-api';
import { toHostError } from './host-errors';
import { packBySize } from './payload';
import { withKeptMapping } from '../saved-state';
import { STATE_SHEET, parseStateColumn } from './state-cells';
import { blockOps, nameOps, prepareSheetOp, reprotectOp, sheetFinishOps, stateOp, styleOps, type WriteOp } from './write-ops';

export interface ApplyOptions {
  /** Per-sync request budget in bytes. */
  batchBytes: number;
  notesSupported: boolean;
}

/** Counts syncs on a context. */
export class SyncCounter {
  count = 0;
  async sync(ctx: Excel.RequestContext): Promise<void> {
    this.count++;
    await ctx.sync();
  }
}

/** Queues the load of the saved state (state sheet must exist); the result is read after a sync. */
export function queueStateLoad(ctx: Excel.RequestContext): () => BudgetPilotState | null {
  const used = ctx.workbook.worksheets.getItem(STATE_SHEET).getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  return () => (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0 ? null : parseStateColumn(used.values));
}

/** Loads the saved state (1 sync) when the state sheet exists; null when unreadable. */
export async function loadState(ctx: Excel.RequestContext, counter: SyncCounter): Promise<BudgetPilotState | null> {
  const read = queueStateLoad(ctx);
  await counter.sync(ctx);
  return read();
}

const lower = (s: string): string => s.toLowerCase();

/**
 * The state to save: the plan's, plus every plan sheet, plus previously owned sheets still
 * present; a saved mapping for the same source sheet is kept when the plan has none.
 */
export function mergedState(plan: WorkbookPlan, saved: BudgetPilotState | null, present: Set<string>): BudgetPilotState {
  const owned = [...plan.state.ownedSheets];
  const has = (n: string) => owned.some((o) => lower(o.name) === lower(n));
  for (const s of plan.sheets) if (!has(s.name)) owned.push({ name: s.name, role: s.role });
  for (const o of saved?.ownedSheets ?? []) if (!has(o.name) && present.has(lower(o.name))) owned.push(o);
  return withKeptMapping({ ...plan.state, ownedSheets: owned }, saved);
}

/** Throws NOT_OWNED when a visible "_BudgetPilot" sheet holds no state of ours: it is somebody's sheet, left alone. */
export function checkStateSheet(sheets: readonly Excel.Worksheet[], saved: BudgetPilotState | null): void {
  const stateSheet = sheets.find((s) => lower(s.name) === lower(STATE_SHEET));
  if (stateSheet && !saved && stateSheet.visibility === 'Visible') {
    throw new HostError(
      'NOT_OWNED',
      `Sheet "${STATE_SHEET}" exists but does not hold Budget Pilot's settings, so nothing was written. Rename it, then try again. / 工作表“${STATE_SHEET}”已存在但不包含 Budget Pilot 的设置，因此未写入任何内容。请将其重命名后重试。`,
    );
  }
}

/** Excel's rules for sheet names: 1-31 characters, none of [ ] : * ? / \, no leading/trailing apostrophe. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** Defined names: letter, _ or \ first; then letters, digits, _ . \; not a cell reference; at most 255. */
export function isValidDefinedName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^(R\d*C\d*|R\d*|C\d*)$/i.test(name) &&
    !/^(true|false)$/i.test(name)
  );
}

/** Throws HOST for names Excel would reject, before anything is written. */
export function checkNames(plan: WorkbookPlan): void {
  for (const s of plan.sheets) {
    if (!isValidSheetName(s.name)) {
      throw new HostError('HOST', `"${s.name}" cannot be used as a sheet name in Excel. / “${s.name}”不能用作 Excel 工作表名称。`);
    }
  }
  for (const n of plan.names) {
    if (!isValidDefinedName(n.name)) throw new HostError('HOST', `"${n.name}" is not a valid Excel name. / “${n.name}”不是有效的 Excel 名称。`);
  }
}

/** Throws NOT_OWNED for the first plan sheet that exists but is not recorded as ours. */
export function checkOwnership(plan: WorkbookPlan, saved: BudgetPilotState | null, present: Set<string>): void {
  const owned = new Set((saved?.ownedSheets ?? []).map((o) => lower(o.name)));
  const sources = [saved?.source?.sheet, plan.state.source?.sheet].filter((s): s is string => !!s).map(lower);
  for (const s of plan.sheets) {
    const n = lower(s.name);
    if (n === lower(STATE_SHEET) || sources.includes(n) || (present.has(n) && !owned.has(n))) {
      throw new HostError(
        'NOT_OWNED',
        `Sheet "${s.name}" already exists and was not created by Budget Pilot, so nothing was written. Rename or delete it, then try again. / 工作表“${s.name}”已存在且不是由 Budget Pilot 创建的，因此未写入任何内容。请重命名或删除该工作表后重试。`,
      );
    }
  }
}

export async function runOps(ctx: Excel.RequestContext, ops: WriteOp[], opts: ApplyOptions, counter: SyncCounter): Promise<void> {
  const pending = packBySize(ops, opts.batchBytes);
  while (pending.length) {
    const batch = pending.shift()!;
    ctx.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) op.queue(ctx);
    try {
      await counter.sync(ctx);
    } catch (e) {
      if (!isPayloadTooLarge(e)) {
        throw toHostError(e, `Writing ${batch[0].label}`);
      }
      if (batch.length > 1) {
        const mid = Math.ceil(batch.length / 2);
        pending.unshift(batch.slice(0, mid), batch.slice(mid));
        continue;
      }
      const parts = batch[0].split();
      if (!parts) {
        throw new HostError(
          'PAYLOAD_TOO_LARGE',
          `A single write is larger than Excel accepts in one request: ${batch[0].label}. / 单次写入超过了 Excel 一次请求允许的大小：${batch[0].label}。`,
        );
      }
      pending.unshift(...parts.map((p) => [p]));
    }
  }
}

/** Unprotects our sheets before rebuilding them (one sync); a password we do not know stops here, before any write. */
async function unprotect(ctx: Excel.RequestContext, counter: SyncCounter, names: string[]): Promise<void> {
  for (const n of names) ctx.workbook.worksheets.getItem(n).protection.unprotect();
  try {
    await counter.sync(ctx);
  } catch (e) {
    const list = names.map((n) => `"${n}"`).join(', ');
    throw new HostError(
      'HOST',
      `Sheet ${list} is protected with a password, so Budget Pilot cannot refresh it and wrote nothing. Unprotect it (Review > Unprotect Sheet), then try again. / 工作表 ${list} 受密码保护，Budget Pilot 无法刷新，未写入任何内容。请先取消保护（审阅 > 撤消工作表保护），然后重试。 (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

export async function applyPlanInContext(ctx: Excel.RequestContext, plan: WorkbookPlan, opts: ApplyOptions): Promise<ApplyReport> {
  const counter = new SyncCounter();
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const names = ctx.workbook.names;
  names.load('items/name');
  await counter.sync(ctx);
  const present = new Set(sheets.items.map((s) => lower(s.name)));
  const existingNames = new Set(names.items.map((n) => n.name.toUpperCase()));
  const stateExists = present.has(lower(STATE_SHEET));
  // Sync 2 (only when we have state, i.e. may own existing sheets): the state, and the notes on
  // plan sheets we will rebuild (clear() keeps notes; adding one where one exists would fail).
  // Also their protection: a sheet someone protected is unprotected for the rebuild and
  // protected again afterwards with the same options.
  let saved: BudgetPilotState | null = null;
  const oldNotes = new Map<string, Excel.NoteCollection>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  if (stateExists) {
    const read = queueStateLoad(ctx);
    for (const s of plan.sheets) {
      if (!present.has(lower(s.name))) continue;
      const ws = ctx.workbook.worksheets.getItem(s.name);
      ws.protection.load('protected,options');
      protections.set(s.name, ws.protection);
      if (opts.notesSupported) {
        ws.notes.load('items/content');
        oldNotes.set(s.name, ws.notes);
      }
    }
    await counter.sync(ctx);
    saved = read();
  }
  checkStateSheet(sheets.items, saved);

  checkOwnership(plan, saved, present);
  checkNames(plan);
  const wasProtected = [...protections].filter(([, p]) => p.protected).map(([name, p]) => ({ name, options: p.options }));
  if (wasProtected.length > 0) await unprotect(ctx, counter, wasProtected.map((p) => p.name));

  const ops: WriteOp[] = [stateOp(mergedState(plan, saved, present), stateExists)];
  for (const s of plan.sheets) ops.push(prepareSheetOp(s, present.has(lower(s.name)), oldNotes.get(s.name)?.items ?? []));
  let cells = 0;
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      const bo = blockOps(s.name, b, opts.batchBytes);
      for (const o of bo) cells += o.cells;
      ops.push(...bo);
    }
  }
  for (const s of plan.sheets) for (const b of s.blocks) ops.push(...styleOps(s.name, b));
  for (const s of plan.sheets) ops.push(...sheetFinishOps(s, opts.notesSupported));
  ops.push(...nameOps(plan.names, existingNames));
  ops.push(...wasProtected.map((p) => reprotectOp(p.name, p.options)));
  await runOps(ctx, ops, opts, counter);
  return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: cells, syncs: counter.count };
}
