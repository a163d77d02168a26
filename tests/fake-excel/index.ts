/**
 * A fake of the Excel JavaScript API that behaves like Excel for what Budget Pilot uses:
 * load/sync semantics, queued writes, a request payload limit, sync counting, A1 addresses,
 * worksheets, names, conditional formats, settings, requirement sets. Runs in Node (jest) and
 * in the browser (bundled as a fake office.js): no Node imports here.
 *
 *   const fake = createFakeExcel({ sheets: [{ name: 'Budget', values: [[...]] }] });
 *   await fake.Excel.run(async (ctx) => { ... });
 *   fake.workbook.value('Budget', 'B2'); fake.syncCount();
 */
import type { CellValue } from '../../src/core/grid';
import { parseAddress } from './address';
import { applyInput } from './cell-input';
import { FakeRequestContext, type FakeRuntime, type SyncRecord } from './context';
import { FakeWorkbook } from './workbook-data';

export { FakeWorkbook } from './workbook-data';
export { FakeOfficeError } from './errors';
export type { SyncRecord } from './context';

export interface FakeSheetSeed {
  name: string;
  values?: CellValue[][];
  /** "=..." strings are formulas; other entries are constants (override values when both given). */
  formulas?: (string | number | boolean)[][];
  numberFormats?: string[][];
  /** A1 of values[0][0]; default "A1". */
  origin?: string;
  /** Merged areas, local A1 ("A2:A5"). */
  merged?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Excel Tables: name and local A1 range (header row included). */
  tables?: { name: string; range: string }[];
  /** Hidden rows as Excel numbers them (1-based) and hidden columns as letters. */
  hiddenRows?: number[];
  hiddenCols?: string[];
  /** Protected sheet (true), or protected with a password. */
  protected?: boolean | { password: string };
}

export interface FakeWorkbookSeed {
  sheets: FakeSheetSeed[];
  /** Defined names: name -> "=Sheet1!$B$2". */
  names?: Record<string, string>;
  settings?: Record<string, unknown>;
}

export interface FakeExcelOptions {
  /** Request size limit per sync, in bytes (default 5 MB, Excel on the web). */
  payloadLimitBytes?: number;
  /** Response size limit per sync, in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** Requirement sets reported as supported, e.g. { ExcelApi: "1.12" } (default ExcelApi 1.17). */
  supportedSets?: Record<string, string>;
  /** What an unseeded formula cell's value reads back as (default 0; the fake does not calculate). */
  formulaPlaceholder?: CellValue;
}

/** The slice of the global Excel namespace the fake provides. */
export interface FakeExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The slice of the global Office namespace the fake provides. */
export interface FakeOfficeApi {
  onReady(callback?: (info: { host: string; platform: string }) => unknown): Promise<{ host: string; platform: string }>;
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
  HostType: { Excel: string };
}

export interface FakeExcel {
  Excel: FakeExcelApi;
  Office: FakeOfficeApi;
  workbook: FakeWorkbook;
  syncCount(): number;
  /** Every sync: request bytes, operations, success. */
  syncLog(): SyncRecord[];
  /** How many times suspendApiCalculationUntilNextSync() reached Excel. */
  suspendCount(): number;
  resetCounts(): void;
  setPayloadLimit(bytes: number): void;
  setSupportedSets(sets: Record<string, string>): void;
  /** Simulates a user editing a cell: every sync fails with InvalidOperationInCellEditMode. */
  setCellEditMode(on: boolean): void;
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** "1.13" >= "1.7" compared numerically part by part. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function seedWorkbook(wb: FakeWorkbook, seed: FakeWorkbookSeed): void {
  for (const sh of seed.sheets) {
    const s = wb.addSheet(sh.name);
    s.visibility = sh.visibility ?? 'Visible';
    const o = parseAddress(sh.origin ?? 'A1').rect;
    const rows = Math.max(sh.values?.length ?? 0, sh.formulas?.length ?? 0, sh.numberFormats?.length ?? 0);
    for (let i = 0; i < rows; i++) {
      const width = Math.max(sh.values?.[i]?.length ?? 0, sh.formulas?.[i]?.length ?? 0, sh.numberFormats?.[i]?.length ?? 0);
      for (let j = 0; j < width; j++) {
        const v = sh.values?.[i]?.[j];
        const f = sh.formulas?.[i]?.[j];
        const nf = sh.numberFormats?.[i]?.[j];
        if ((v === undefined || v === '') && (f === undefined || f === '') && (nf === undefined || nf === 'General')) continue;
        const c = wb.cellFor(s, o.row + i, o.col + j);
        if (nf !== undefined) c.numberFormat = nf;
        if (typeof f === 'string' && f.startsWith('=')) {
          c.formula = f;
          c.value = v ?? wb.formulaPlaceholder;
        } else if (f !== undefined && f !== '') {
          applyInput(c, f, wb.formulaPlaceholder);
        } else if (v !== undefined) {
          c.value = v; // seeded values are stored as given (strings stay strings)
        }
      }
    }
    for (const m of sh.merged ?? []) s.merged.push(parseAddress(m).rect);
    if (sh.protected) s.protection = { protected: true, password: typeof sh.protected === 'object' ? sh.protected.password : null, options: {} };
    for (const t of sh.tables ?? []) s.tables.push({ name: t.name, rect: parseAddress(t.range).rect });
    for (const r of sh.hiddenRows ?? []) s.hiddenRows.add(r - 1);
    for (const c of sh.hiddenCols ?? []) s.hiddenCols.add(parseAddress(`${c}1`).rect.col);
  }
  if (wb.sheets.length && !wb.sheets.some((s) => s.visibility === 'Visible')) throw new Error('seed: at least one sheet must be visible');
  wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
  for (const [n, f] of Object.entries(seed.names ?? {})) wb.names.set(n.toUpperCase(), { name: n, formula: f, comment: '' });
  for (const [k, v] of Object.entries(seed.settings ?? {})) wb.settings.set(k, v);
}

export function createFakeExcel(seed?: FakeWorkbookSeed, options: FakeExcelOptions = {}): FakeExcel {
  const wb = new FakeWorkbook(options.formulaPlaceholder ?? 0);
  seedWorkbook(wb, seed ?? { sheets: [{ name: 'Sheet1' }] });
  const rt: FakeRuntime = {
    wb,
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    responseLimitBytes: options.responseLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    syncCount: 0,
    suspendCalls: 0,
    syncLog: [],
    supportedSets: { ExcelApi: '1.17', ...(options.supportedSets ?? {}) },
    cellEditMode: false,
  };
  const Excel: FakeExcelApi = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeRequestContext(rt);
      // The fake context implements the subset of Excel.RequestContext Budget Pilot uses
      // (checked member by member in api-check.ts); the cast is the one bridge to the real type.
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx._pending() > 0) await ctx.sync(); // Excel.run flushes what is still queued
      return result;
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const Office: FakeOfficeApi = {
    onReady(callback) {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          const have = rt.supportedSets[name];
          if (have === undefined) return false;
          return minVersion === undefined || versionAtLeast(have, minVersion);
        },
      },
    },
    HostType: { Excel: 'Excel' },
  };
  return {
    Excel,
    Office,
    workbook: wb,
    syncCount: () => rt.syncCount,
    syncLog: () => rt.syncLog.slice(),
    suspendCount: () => rt.suspendCalls,
    resetCounts: () => {
      rt.syncCount = 0;
      rt.suspendCalls = 0;
      rt.syncLog = [];
    },
    setPayloadLimit: (bytes) => {
      rt.payloadLimitBytes = bytes;
    },
    setSupportedSets: (sets) => {
      rt.supportedSets = { ...sets };
    },
    setCellEditMode: (on) => {
      rt.cellEditMode = on;
    },
  };
}
