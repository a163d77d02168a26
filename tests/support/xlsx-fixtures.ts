/**
 * Builders of small budget workbooks (ExcelJS) for host, app, CLI and recalculation tests.
 * Fixtures are generated in the tests, never committed as binaries.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A cell in a fixture: a number, blank (null), text, or an Excel error value. */
export type FixtureCell = number | null | string | { error: string };

export interface FixtureLine {
  dims: string[];
  /** Optional Type column value ("Revenue" / "Expense"). */
  type?: string;
  budget: FixtureCell[];
  actual: FixtureCell[];
}

export interface WideFixture {
  sheet: string;
  title?: string;
  unitNote?: string;
  dimNames: string[];
  /** Include a "Type" column after the dimensions. */
  typeColumn?: boolean;
  /** Header labels of the periods, e.g. "Jan-26" or "2026-01". */
  periods: string[];
  lines: FixtureLine[];
  /** Add a "Total" row of SUM formulas (with cached values) under the lines. */
  totalRow?: boolean;
  /** Extra sheets to add before the budget sheet (name -> cells by A1). */
  otherSheets?: Record<string, Record<string, string | number>>;
}

export interface WideFixtureLayout {
  headerRow: number; // 1-based
  firstLineRow: number; // 1-based
  firstPeriodCol: number; // 1-based: Budget of period 0; Actual is the next column
}

function cellValue(v: FixtureCell): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Adds a wide-paired budget sheet ("<period> Budget", "<period> Actual" columns) to wb. */
export function addWideSheet(wb: ExcelJS.Workbook, f: WideFixture): WideFixtureLayout {
  for (const [name, cells] of Object.entries(f.otherSheets ?? {})) {
    const o = wb.addWorksheet(name);
    for (const [a1, v] of Object.entries(cells)) o.getCell(a1).value = v;
  }
  const ws = wb.addWorksheet(f.sheet);
  let r = 1;
  if (f.title) ws.getCell(r++, 1).value = f.title;
  if (f.unitNote) ws.getCell(r++, 1).value = f.unitNote;
  if (f.title || f.unitNote) r++;
  const headerRow = r;
  const header = [...f.dimNames, ...(f.typeColumn ? ['Type'] : [])];
  const firstPeriodCol = header.length + 1;
  for (const p of f.periods) header.push(`${p} Budget`, `${p} Actual`);
  header.forEach((h, i) => (ws.getCell(headerRow, i + 1).value = h));
  const firstLineRow = headerRow + 1;
  f.lines.forEach((l, i) => {
    const row = firstLineRow + i;
    l.dims.forEach((d, j) => (ws.getCell(row, j + 1).value = d));
    if (f.typeColumn) ws.getCell(row, f.dimNames.length + 1).value = l.type ?? 'Revenue';
    f.periods.forEach((_, p) => {
      ws.getCell(row, firstPeriodCol + 2 * p).value = cellValue(l.budget[p] ?? null);
      ws.getCell(row, firstPeriodCol + 2 * p + 1).value = cellValue(l.actual[p] ?? null);
    });
  });
  if (f.totalRow) {
    const row = firstLineRow + f.lines.length;
    ws.getCell(row, 1).value = 'Total';
    for (let c = firstPeriodCol; c < firstPeriodCol + 2 * f.periods.length; c++) {
      const k = c - firstPeriodCol;
      const sum = f.lines.reduce((s, l) => {
        const v = k % 2 === 0 ? l.budget[k >> 1] : l.actual[k >> 1];
        return s + (typeof v === 'number' ? v : 0);
      }, 0);
      const letter = ws.getColumn(c).letter;
      ws.getCell(row, c).value = { formula: `SUM(${letter}${firstLineRow}:${letter}${row - 1})`, result: sum } as ExcelJS.CellFormulaValue;
    }
  }
  return { headerRow, firstLineRow, firstPeriodCol };
}

export function wideWorkbook(f: WideFixture): { wb: ExcelJS.Workbook; layout: WideFixtureLayout } {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  const layout = addWideSheet(wb, f);
  return { wb, layout };
}

export function tempDir(prefix = 'bp-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet as "A1" -> JSON of its value (formulas included), for before/after comparisons. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(cell.address, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null }));
    });
  });
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Jan-26".."Dec-26" style labels for n months of 2026. */
export function monthLabels(n: number, year = 26): string[] {
  return Array.from({ length: n }, (_, i) => `${MONTHS[i % 12]}-${year + Math.floor(i / 12)}`);
}
