/**
 * Shared by the recalculation tests of plans: apply a WorkbookPlan with XlsxHost, reload the
 * file as a user's copy would be, poison every formula's cached value (so a recalculation that
 * silently did not happen fails), recalculate in LibreOffice, and compare every formula cell of
 * the plan with its TypeScript result.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { parseA1, toA1 } from '../../src/core/a1';
import type { WorkbookPlan } from '../../src/core/plan/types';
import { XlsxHost } from '../../src/host/xlsx';
import { recalcXlsx } from '../support/libreoffice';
import { loadWorkbook } from '../support/xlsx-fixtures';

export const BOGUS = -987654.321;
export const REL = 1e-9;

export interface ExpectedCell {
  file: string;
  sheet: string;
  address: string;
  result: number | string | boolean;
  formula: string;
}

export function expectedCells(file: string, plan: WorkbookPlan): ExpectedCell[] {
  const out: ExpectedCell[] = [];
  for (const sp of plan.sheets) {
    for (const block of sp.blocks) {
      const at = parseA1(block.at);
      block.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          if (c && c.kind === 'formula') out.push({ file, sheet: sp.name, address: toA1(at.row + i, at.col + j), result: c.result, formula: c.formula });
        }),
      );
    }
  }
  return out;
}

/** Replaces every formula cell's cached value (all sheets) with a bogus number; returns how many. */
export function poison(wb: ExcelJS.Workbook): number {
  let n = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string } | null;
        if (v && typeof v === 'object' && (v.formula || v.sharedFormula)) {
          cell.value = { ...(v as object), result: BOGUS } as ExcelJS.CellFormulaValue;
          n++;
        }
      }),
    );
  }
  return n;
}

export function agree(expected: number | string | boolean, got: unknown): boolean {
  if (typeof expected === 'number') {
    if (typeof got !== 'number') return false;
    return Math.abs(expected - got) <= REL * Math.max(1, Math.abs(expected), Math.abs(got));
  }
  if (expected === '') return got === undefined || got === null || got === '';
  return expected === got;
}

/** Writes the plan into wb through XlsxHost, then a poisoned copy to dir/name.xlsx. */
export async function writePoisoned(wb: ExcelJS.Workbook, plan: WorkbookPlan, dir: string, name: string): Promise<{ file: string; poisoned: number }> {
  const host = new XlsxHost(wb);
  await host.applyPlan(plan);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  const poisoned = poison(copy);
  const file = path.join(dir, `${name}.xlsx`);
  await copy.xlsx.writeFile(file);
  return { file, poisoned };
}

export async function recalcAll(files: string[], dir: string): Promise<Map<string, ExcelJS.Workbook>> {
  const outs = recalcXlsx(files, { outDir: path.join(dir, 'out') });
  const map = new Map<string, ExcelJS.Workbook>();
  for (let i = 0; i < outs.length; i++) map.set(path.basename(files[i], '.xlsx'), await loadWorkbook(outs[i]));
  return map;
}

/** The recalculated value of a cell, dates as serials. */
export function recalculatedValue(wb: ExcelJS.Workbook | undefined, sheet: string, address: string): unknown {
  const ws = wb?.getWorksheet(sheet);
  if (!ws) return undefined;
  const got = ws.getCell(address).result as unknown;
  return got instanceof Date ? got.getTime() / 86400000 + 25569 : got;
}

/** Compares every expected cell; returns the mismatches (empty when all agree) and counts. */
export function compareAll(expected: readonly ExpectedCell[], books: Map<string, ExcelJS.Workbook>): { mismatches: string[]; compared: number; numeric: number; worstRel: number } {
  const mismatches: string[] = [];
  let compared = 0;
  let numeric = 0;
  let worstRel = 0;
  for (const e of expected) {
    const got = recalculatedValue(books.get(e.file), e.sheet, e.address);
    compared++;
    if (typeof e.result === 'number') {
      numeric++;
      if (typeof got === 'number' && got !== e.result) {
        worstRel = Math.max(worstRel, Math.abs(got - e.result) / Math.max(1, Math.abs(e.result), Math.abs(got)));
      }
    }
    if (!agree(e.result, got)) mismatches.push(`${e.file} ${e.sheet}!${e.address}: TypeScript ${JSON.stringify(e.result)} vs LibreOffice ${JSON.stringify(got)} (${e.formula})`);
  }
  return { mismatches, compared, numeric, worstRel };
}
