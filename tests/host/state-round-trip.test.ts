/**
 * Budget Pilot's saved state moves between hosts: what XlsxHost.writeState saves in a file,
 * OfficeHost reads from the same cells, and back. A colleague who opens the file in Excel with
 * the add-in (or the CLI on a file saved from Excel) finds the same mapping and settings, and
 * the sheets Budget Pilot created stay its own, so a refresh still rebuilds them.
 */
import ExcelJS from 'exceljs';
import { buildVariance } from '../../src/app';
import { parseRange, toA1 } from '../../src/core/a1';
import type { Mapping } from '../../src/core/model';
import type { BudgetPilotState } from '../../src/core/plan/types';
import { OfficeHost } from '../../src/host/office/office-host';
import { XlsxHost, readWorksheetGrid } from '../../src/host/xlsx';
import { STATE_SHEET } from '../../src/host/saved-state';
import { HostError } from '../../src/host/workbook-host';
import { buildExampleWorkbook, EXAMPLE_SHEET } from '../../scripts/make-example';
import { createFakeExcel, type FakeExcel, type FakeWorkbookSeed } from '../fake-excel';

/**
 * A hand-made mapping with text that must survive JSON, chunking and both hosts unchanged. Cast
 * because the Mapping type is still growing (issue 3); the hosts store any JSON-safe mapping.
 */
const mapping = {
  layout: 'wide-paired',
  sheet: EXAMPLE_SHEET,
  headerRow: 3,
  firstDataRow: 4,
  confidence: 0.9,
  reason: 'header row with 12 months × 预算/实际',
  dimensions: [
    { name: 'Region', col: 0, confidence: 1, reason: 'text column' },
    { name: "O'Brien \"Rep\" 区域", col: 1, confidence: 0.7, reason: 'text, repeats' },
  ],
  typeColumn: null,
  measureColumn: null,
  periods: [
    { key: '2026-01', label: '2026年1月', budgetCol: 3, actualCol: 4, budgetHeader: '2026年1月 预算', actualHeader: '2026年1月 实际', confidence: 0.95, reason: 'month + measure word' },
  ],
} as unknown as Mapping;

/** Every sheet of an ExcelJS workbook as a fake Excel seed (values, formulas, formats, visibility). */
function seedFromFile(wb: ExcelJS.Workbook): FakeWorkbookSeed {
  const vis = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
  return {
    sheets: wb.worksheets.map((ws) => {
      const g = readWorksheetGrid(ws, false);
      return {
        name: ws.name,
        origin: toA1(g.origin.row, g.origin.col),
        values: g.values,
        formulas: g.formulas,
        numberFormats: g.numberFormats,
        visibility: vis[ws.state ?? 'visible'],
      };
    }),
  };
}

/** Every sheet of the fake Excel as an ExcelJS workbook (what Excel would save). */
function fileFromFake(fake: FakeExcel): ExcelJS.Workbook {
  const vis = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
  const wb = new ExcelJS.Workbook();
  for (const name of fake.workbook.sheetNames()) {
    const ws = wb.addWorksheet(name, { state: vis[fake.workbook.visibility(name) as keyof typeof vis] });
    const used = fake.workbook.usedAddress(name);
    if (!used) continue;
    const r = parseRange(used);
    for (let i = r.row; i < r.row + r.rowCount; i++) {
      for (let j = r.col; j < r.col + r.colCount; j++) {
        const a1 = toA1(i, j);
        const f = fake.workbook.formula(name, a1);
        const v = fake.workbook.value(name, a1);
        const cell = ws.getCell(i + 1, j + 1);
        if (f) cell.value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue;
        else if (v !== '' && v !== null) cell.value = v as ExcelJS.CellValue;
      }
    }
  }
  return wb;
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}

describe('saved state across hosts', () => {
  test('xlsx file → Excel → xlsx file: mapping and settings read back equal, ownership kept, refresh still works', async () => {
    // 1. CLI: build the variance sheet, then save a confirmed mapping and new settings without a plan.
    const cli = new XlsxHost(buildExampleWorkbook());
    const built = await buildVariance(cli);
    const afterBuild = (await cli.readState())!;
    expect(afterBuild.ownedSheets.map((s) => s.name)).toContain(built.varianceSheet);
    const sheetsBefore = cli.workbook.worksheets.map((w) => w.name);
    await cli.writeState({ ...afterBuild, ownedSheets: [], settings: { ...afterBuild.settings, flagPct: 0.125 }, mapping });
    expect(cli.workbook.worksheets.map((w) => w.name)).toEqual(sheetsBefore);
    const savedByCli = (await cli.readState())!;
    expect(savedByCli.mapping).toEqual(mapping);
    expect(savedByCli.settings.flagPct).toBe(0.125);
    expect(savedByCli.ownedSheets).toEqual(afterBuild.ownedSheets);

    // 2. The file opened in Excel with the add-in: the same state; change one setting there.
    const fake = createFakeExcel(seedFromFile(await reopen(cli.workbook)));
    const office = new OfficeHost(fake.Excel, fake.Office);
    expect(await office.readState()).toEqual(savedByCli);
    await office.writeState({ ...savedByCli, settings: { ...savedByCli.settings, asOf: '2026-06' } });
    expect(office.lastSyncs).toBe(3);
    expect(fake.workbook.writtenSheets()).toEqual([STATE_SHEET]);
    const savedByOffice = (await office.readState())!;
    expect(savedByOffice).toEqual({ ...savedByCli, settings: { ...savedByCli.settings, asOf: '2026-06' } });

    // 3. Saved from Excel, back to the CLI: the same state, and the variance sheet is still ours.
    const back = new XlsxHost(await reopen(fileFromFake(fake)));
    expect(await back.readState()).toEqual(savedByOffice);
    const refreshed = await buildVariance(back);
    expect(refreshed.varianceSheet).toBe(built.varianceSheet);
  }, 60000);

  test('both hosts refuse the same foreign sheet and keep the same owned sheets', async () => {
    const file = buildExampleWorkbook();
    file.addWorksheet('My notes').getCell('A1').value = 'mine';
    const cli = new XlsxHost(file);
    await buildVariance(cli);
    const saved = (await cli.readState())!;
    const fake = createFakeExcel(seedFromFile(await reopen(cli.workbook)));
    const office = new OfficeHost(fake.Excel, fake.Office);

    const claim = { ...saved, ownedSheets: [...saved.ownedSheets, { name: 'My notes', role: 'variance' as const }] };
    for (const host of [cli, office]) {
      const e = await host.writeState(claim).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(HostError);
      expect((e as HostError).code).toBe('NOT_OWNED');
    }
    const claimSource = { ...saved, ownedSheets: [{ name: EXAMPLE_SHEET, role: 'variance' as const }] };
    await expect(cli.writeState(claimSource)).rejects.toMatchObject({ code: 'NOT_OWNED' });
    await expect(office.writeState(claimSource)).rejects.toMatchObject({ code: 'NOT_OWNED' });
    expect(await cli.readState()).toEqual(saved);
    expect(await office.readState()).toEqual(saved);

    // A listed sheet that is gone is dropped by both.
    const ghost: BudgetPilotState = { ...saved, ownedSheets: [...saved.ownedSheets, { name: 'Deleted', role: 'forecast' }] };
    await cli.writeState(ghost);
    await office.writeState(ghost);
    expect((await cli.readState())?.ownedSheets).toEqual(saved.ownedSheets);
    expect((await office.readState())?.ownedSheets).toEqual(saved.ownedSheets);
    expect(cli.workbook.getWorksheet('My notes')?.getCell('A1').value).toBe('mine');
  }, 60000);
});

describe('a mapping saved with writeState survives applyPlan', () => {
  test('on both hosts, a refresh keeps the mapping for its source sheet', async () => {
    const cli = new XlsxHost(buildExampleWorkbook());
    await buildVariance(cli);
    const saved = (await cli.readState())!;
    await cli.writeState({ ...saved, mapping });
    const fake = createFakeExcel(seedFromFile(await reopen(cli.workbook)));
    const office = new OfficeHost(fake.Excel, fake.Office);

    for (const host of [cli, office]) {
      const built = await buildVariance(host);
      expect(built.plan.state.mapping).toBeUndefined(); // core plans carry none: the host keeps it
      expect((await host.readState())?.mapping).toEqual(mapping);
    }
  }, 60000);

  test('a saved mapping of another sheet is dropped at the next build', async () => {
    const cli = new XlsxHost(buildExampleWorkbook());
    await buildVariance(cli);
    const saved = (await cli.readState())!;
    const other = { ...mapping, sheet: 'Old budget' };
    await cli.writeState({ ...saved, mapping: other });
    expect((await cli.readState())?.mapping).toEqual(other);
    const fake = createFakeExcel(seedFromFile(await reopen(cli.workbook)));
    const office = new OfficeHost(fake.Excel, fake.Office);
    for (const host of [cli, office]) {
      await buildVariance(host);
      const after = await host.readState();
      expect(after?.source?.sheet).toBe(EXAMPLE_SHEET);
      expect(after && 'mapping' in after).toBe(false);
    }
  }, 60000);
});
