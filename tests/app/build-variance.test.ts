import ExcelJS from 'exceljs';
import { buildVariance, NoBudgetError } from '../../src/app';
import type { BuildResult } from '../../src/app/types';
import { lineKeyId } from '../../src/core/model';
import { XlsxHost, STATE_SHEET } from '../../src/host/xlsx';
import { buildExampleWorkbook, EXAMPLE_LAYOUT, EXAMPLE_SHEET } from '../../scripts/make-example';
import { sheetSnapshot, wideWorkbook } from '../support/xlsx-fixtures';

/** Every cell of every sheet (values, formulas, formats) after a save/load round trip. */
async function workbookCells(host: XlsxHost): Promise<Record<string, [string, string][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  const out: Record<string, [string, string][]> = {};
  for (const ws of wb.worksheets) out[ws.name] = [...sheetSnapshot(ws).entries()];
  return out;
}

function commentCol(built: BuildResult): number {
  const sheet = built.plan.sheets.find((s) => s.name === built.varianceSheet)!;
  const input = sheet.inputs.find((i) => i.id === 'comment');
  expect(input).toBeDefined();
  return input!.col;
}

function rowOfKey(built: BuildResult, key: string[]): number {
  const i = built.analysis.detect.model!.lines.findIndex((l) => lineKeyId(l.key) === lineKeyId(key));
  expect(i).toBeGreaterThanOrEqual(0);
  return built.lineRows[i];
}

/** Swaps two source rows' cells (values only; the example has no formulas in line rows). */
function swapRows(ws: ExcelJS.Worksheet, r1: number, r2: number, lastCol: number): void {
  for (let c = 1; c <= lastCol; c++) {
    const a = ws.getCell(r1, c).value;
    ws.getCell(r1, c).value = ws.getCell(r2, c).value;
    ws.getCell(r2, c).value = a;
  }
}

describe('buildVariance', () => {
  it('writes the variance sheet with one row per line and records the source in the saved state', async () => {
    const host = new XlsxHost(buildExampleWorkbook());
    const built = await buildVariance(host);
    expect(built.varianceSheet).toBe('BP Variance');
    expect(built.lineRows).toHaveLength(27);
    expect(new Set(built.lineRows).size).toBe(27);
    expect(built.apply.sheetsWritten).toEqual(['BP Variance']);
    const state = await host.readState();
    expect(state?.source?.sheet).toBe(EXAMPLE_SHEET);
    expect(state?.ownedSheets.map((s) => s.name)).toContain('BP Variance');
    // Each line row shows its key in the first key column.
    const ws = host.workbook.getWorksheet('BP Variance')!;
    const model = built.analysis.detect.model!;
    model.lines.forEach((l, i) => expect(ws.getCell(built.lineRows[i], 1).value).toBe(l.key[0]));
  });

  it('never changes the source sheet', async () => {
    const wb = buildExampleWorkbook();
    const before = sheetSnapshot(wb.getWorksheet(EXAMPLE_SHEET)!);
    const host = new XlsxHost(wb);
    await buildVariance(host);
    await buildVariance(host);
    const after = await workbookCells(host);
    expect(new Map(after[EXAMPLE_SHEET])).toEqual(before);
  });

  it('refreshing twice gives the same workbook cells', async () => {
    const host = new XlsxHost(buildExampleWorkbook());
    await buildVariance(host);
    const once = await workbookCells(host);
    await buildVariance(host);
    const twice = await workbookCells(host);
    expect(Object.keys(twice)).toEqual(Object.keys(once));
    expect(twice).toEqual(once);
    expect(once['BP Variance'].length).toBeGreaterThan(27 * 10);
  });

  it('keeps comments typed into the Comment column across a refresh, even when source rows are reordered', async () => {
    const wb = buildExampleWorkbook();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    const col = commentCol(first) + 1;
    const keyA = ['North', 'Widgets', 'Alice Chen'];
    const keyB = ['South', 'Widgets', 'Dev Sharma'];
    const ws = wb.getWorksheet('BP Variance')!;
    ws.getCell(rowOfKey(first, keyA), col).value = 'Big deal slipped to Q4';
    ws.getCell(rowOfKey(first, keyB), col).value = '=1+1 is text, not a formula';

    // Reorder the source: move the first two line rows apart.
    const src = wb.getWorksheet(EXAMPLE_SHEET)!;
    swapRows(src, EXAMPLE_LAYOUT.firstLineRow, EXAMPLE_LAYOUT.firstLineRow + 3, 28);

    const second = await buildVariance(host);
    const ws2 = wb.getWorksheet('BP Variance')!;
    expect(rowOfKey(second, keyA)).not.toBe(rowOfKey(first, keyA));
    expect(ws2.getCell(rowOfKey(second, keyA), col).value).toBe('Big deal slipped to Q4');
    expect(ws2.getCell(rowOfKey(second, keyB), col).value).toBe('=1+1 is text, not a formula');
    // Only the two typed comments exist in the Comment column's line rows.
    const typed = second.lineRows.map((r) => ws2.getCell(r, col).value).filter((v) => v !== null && v !== '');
    expect(typed.sort()).toEqual(['=1+1 is text, not a formula', 'Big deal slipped to Q4']);
  });

  it('keeps the comment of a line that left the budget (nothing typed is lost)', async () => {
    const { wb, layout } = wideWorkbook({
      sheet: 'Budget',
      dimNames: ['Rep'],
      periods: ['2026-01', '2026-02'],
      lines: [
        { dims: ['Ann'], budget: [10, 10], actual: [9, null] },
        { dims: ['Bob'], budget: [20, 20], actual: [25, null] },
        { dims: ['Cy'], budget: [30, 30], actual: [20, null] },
      ],
    });
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    const col = commentCol(first) + 1;
    wb.getWorksheet('BP Variance')!.getCell(rowOfKey(first, ['Cy']), col).value = 'Cy left in February';
    // Cy's row is cleared from the budget.
    const src = wb.getWorksheet('Budget')!;
    for (let c = 1; c <= 5; c++) src.getCell(layout.firstLineRow + 2, c).value = null;
    const second = await buildVariance(host);
    expect(second.analysis.detect.model!.lines.map((l) => l.key)).toEqual([['Ann'], ['Bob']]);
    const texts: unknown[] = [];
    wb.getWorksheet('BP Variance')!.eachRow((row) => row.eachCell((c) => texts.push(c.value)));
    expect(texts).toContain('Cy left in February');
  });

  it('finds the Comment column by its header when someone inserted a column before it', async () => {
    const wb = buildExampleWorkbook();
    const host = new XlsxHost(wb);
    const first = await buildVariance(host);
    const col = commentCol(first) + 1;
    const key = ['West', 'Gadgets', 'Felix Wu'];
    const ws = wb.getWorksheet('BP Variance')!;
    // A user adds a column of their own just before Comment, then types a comment.
    ws.spliceColumns(col, 0, []);
    ws.getCell(rowOfKey(first, key), col + 1).value = 'Distributor changed in May';
    ws.getCell(rowOfKey(first, key), col).value = 'my own column';
    const second = await buildVariance(host);
    const ws2 = wb.getWorksheet('BP Variance')!;
    expect(ws2.getCell(rowOfKey(second, key), commentCol(second) + 1).value).toBe('Distributor changed in May');
  });

  it('writes beside a user sheet that already has the default name, and leaves that sheet alone', async () => {
    const wb = buildExampleWorkbook();
    wb.addWorksheet('BP Variance').getCell('A1').value = 'my own sheet';
    const host = new XlsxHost(wb);
    const built = await buildVariance(host);
    expect(built.varianceSheet).toBe('BP Variance 2');
    expect(wb.getWorksheet('BP Variance')!.getCell('A1').value).toBe('my own sheet');
    const again = await buildVariance(host);
    expect(again.varianceSheet).toBe('BP Variance 2');
  });

  it('throws NoBudgetError carrying the problems when nothing can be read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const host = new XlsxHost(wb);
    const err = await buildVariance(host).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoBudgetError);
    expect((err as NoBudgetError).analysis.detect.problems.length).toBeGreaterThan(0);
    expect(wb.getWorksheet(STATE_SHEET)).toBeUndefined();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Empty']);
  });
});
