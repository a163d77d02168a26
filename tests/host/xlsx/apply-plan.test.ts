import ExcelJS from 'exceljs';
// jszip ships with exceljs; used here only to look inside the written file.
import JSZip from 'jszip';
import { XlsxHost, STATE_SHEET, writeStateToWorkbook } from '../../../src/host/xlsx';
import type { BudgetPilotState, SheetPlan, WorkbookPlan } from '../../../src/core/plan/types';
import { HostError } from '../../../src/host/workbook-host';
import { sheetSnapshot } from '../../support/xlsx-fixtures';

const SOURCE = "O'Brien Sales";

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SOURCE);
  ws.getCell('A1').value = 'Region';
  ws.getCell('B1').value = 'Jan-26 Budget';
  ws.getCell('C1').value = 'Jan-26 Actual';
  ws.getCell('A2').value = 'East';
  ws.getCell('B2').value = 100;
  ws.getCell('C2').value = 80;
  ws.getCell('B3').value = { formula: 'SUM(B2:B2)', result: 100 } as ExcelJS.CellFormulaValue;
  return wb;
}

function state(owned: string[]): BudgetPilotState {
  return {
    version: 1,
    ownedSheets: owned.map((name) => ({ name, role: 'variance' as const })),
    source: { sheet: SOURCE, range: 'A1:C2' },
    settings: { asOf: '2026-01', flagPct: 0.1, flagAbs: 0 },
  };
}

function variancePlan(name = 'BP Variance', extra: Partial<SheetPlan> = {}): WorkbookPlan {
  const sheet: SheetPlan = {
    name,
    role: 'variance',
    blocks: [
      {
        at: 'A1',
        cells: [
          [{ kind: 'value', value: 'Variance', style: 'title' }, null, null],
          [{ kind: 'value', value: 'As of', style: 'label' }, { kind: 'value', value: '2026-01', style: 'input' }, null],
        ],
      },
      {
        at: 'A4',
        cells: [
          [
            { kind: 'value', value: 'East' },
            { kind: 'formula', formula: "='O''Brien Sales'!C2-'O''Brien Sales'!B2", result: -20, format: '#,##0.0' },
            { kind: 'formula', formula: '=IF(B4<0,"Under","")', result: 'Under' },
          ],
          [
            { kind: 'value', value: '=HYPERLINK("http://evil.example","click")' },
            { kind: 'formula', formula: "=FORECAST.LINEAR(2,'O''Brien Sales'!B2:C2,'O''Brien Sales'!B2:C2)", result: 2 },
            { kind: 'formula', formula: '=IF(B4>0,"Over","")', result: '' },
          ],
        ],
      },
    ],
    conditionalFormats: [{ range: 'A4:C4', formula: '=ABS($B4)>=BP_FlagAbs', fill: '#FFC7CE', fontColor: '#9C0006' }],
    notes: [{ at: 'B4', text: 'Actual minus budget' }],
    inputs: [],
    columnWidths: [{ col: 0, width: 20 }],
    freeze: { rows: 3, cols: 1 },
    ...extra,
  };
  return {
    sheets: [sheet],
    names: [
      { name: 'BP_AsOf', sheet: name, address: '$B$2' },
      { name: 'BP_FlagAbs', sheet: name, address: '$C$2' },
    ],
    state: state([name]),
  };
}

async function reload(host: XlsxHost): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await host.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

describe('XlsxHost.applyPlan', () => {
  it('writes file-form formulas (no "=", _xlfn. added) with the TypeScript results cached', async () => {
    const host = new XlsxHost(sourceWorkbook());
    const rep = await host.applyPlan(variancePlan());
    expect(rep.sheetsWritten).toEqual(['BP Variance']);
    expect(rep.cellsWritten).toBe(9); // 3 in the first block, 6 in the second
    expect(rep.syncs).toBe(0);
    const ws = (await reload(host)).getWorksheet('BP Variance')!;
    const b4 = ws.getCell('B4').value as ExcelJS.CellFormulaValue;
    expect(b4.formula).toBe("'O''Brien Sales'!C2-'O''Brien Sales'!B2");
    expect(b4.result).toBe(-20);
    expect(ws.getCell('B4').numFmt).toBe('#,##0.0');
    expect((ws.getCell('B5').value as ExcelJS.CellFormulaValue).formula).toBe(
      "_xlfn.FORECAST.LINEAR(2,'O''Brien Sales'!B2:C2,'O''Brien Sales'!B2:C2)",
    );
    expect((ws.getCell('C4').value as ExcelJS.CellFormulaValue).result).toBe('Under');
  });

  it('writes text that looks like a formula as text', async () => {
    const host = new XlsxHost(sourceWorkbook());
    await host.applyPlan(variancePlan());
    const cell = (await reload(host)).getWorksheet('BP Variance')!.getCell('A5');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('writes defined names, conditional formats, notes, panes, widths and full-calc-on-load', async () => {
    const host = new XlsxHost(sourceWorkbook());
    await host.applyPlan(variancePlan());
    // ExcelJS writes <calcPr fullCalcOnLoad="1"/> but does not read it back: look at the file itself.
    const zip = await JSZip.loadAsync(await host.toBuffer());
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const wb = await reload(host);
    const names = wb.definedNames.model;
    expect(names).toEqual(
      expect.arrayContaining([
        { name: 'BP_AsOf', ranges: ["'BP Variance'!$B$2"] },
        { name: 'BP_FlagAbs', ranges: ["'BP Variance'!$C$2"] },
      ]),
    );
    const ws = wb.getWorksheet('BP Variance')!;
    // ExcelJS keeps conditional formats as written; check what reaches the file.
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('A4:C4');
    expect(cfs[0].rules[0].type).toBe('expression');
    expect(cfs[0].rules[0].formulae).toEqual(['ABS($B4)>=BP_FlagAbs']);
    const note = ws.getCell('B4').note;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText).toBe('Actual minus budget');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.getColumn(1).width).toBe(20);
  });

  it("keeps the workbook's other defined names when it replaces its own", async () => {
    const wb = sourceWorkbook();
    wb.definedNames.add("'O''Brien Sales'!$B$2:$C$2", 'UserRange');
    wb.definedNames.add("'O''Brien Sales'!$A$2", 'BP_AsOf'); // a stale definition of our name
    const host = new XlsxHost(wb);
    await host.applyPlan(variancePlan());
    const names = (await reload(host)).definedNames.model;
    expect(names.find((n) => n.name === 'UserRange')?.ranges).toEqual(["'O''Brien Sales'!$B$2:$C$2"]);
    expect(names.find((n) => n.name === 'BP_AsOf')?.ranges).toEqual(["'BP Variance'!$B$2"]);
  });

  it('saves the state in a very hidden sheet and reads it back, chunked under 30,000 characters per cell', async () => {
    const host = new XlsxHost(sourceWorkbook());
    const plan = variancePlan();
    // A long source range string forces several chunks.
    plan.state = { ...plan.state, source: { sheet: SOURCE, range: 'A1:C2'.padEnd(70000, ' ') } };
    await host.applyPlan(plan);
    const wb = await reload(host);
    const hidden = wb.getWorksheet(STATE_SHEET)!;
    expect(hidden.state).toBe('veryHidden');
    const chunks = [1, 2, 3].map((r) => hidden.getCell(r, 1).value as string);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(30000);
    expect(chunks[2].length).toBeGreaterThan(0);
    const back = await XlsxHost.fromBuffer(await host.toBuffer());
    const st = await back.readState();
    expect(st?.source?.range.length).toBe(70000);
    expect(st?.ownedSheets).toEqual([{ name: 'BP Variance', role: 'variance' }]);
    expect(await new XlsxHost(sourceWorkbook()).readState()).toBeNull();
  });

  it('refuses to overwrite a sheet it does not own and leaves the workbook untouched', async () => {
    const wb = sourceWorkbook();
    wb.addWorksheet('BP Variance').getCell('A1').value = 'my own notes';
    const host = new XlsxHost(wb);
    const err = await host.applyPlan(variancePlan()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('NOT_OWNED');
    expect(wb.getWorksheet('BP Variance')!.getCell('A1').value).toBe('my own notes');
    expect(wb.getWorksheet(STATE_SHEET)).toBeUndefined();
    expect(wb.definedNames.model).toEqual([]);
    // Writing over the source sheet is refused the same way.
    const err2 = await host.applyPlan(variancePlan(SOURCE)).catch((e: unknown) => e);
    expect((err2 as HostError).code).toBe('NOT_OWNED');
  });

  it('never writes the source sheet, even when a damaged state lists it as owned', async () => {
    const wb = sourceWorkbook();
    const before = sheetSnapshot(wb.getWorksheet(SOURCE)!);
    const host = new XlsxHost(wb);
    const plan = variancePlan(SOURCE);
    plan.state = { ...plan.state, ownedSheets: [{ name: SOURCE, role: 'variance' }] };
    writeStateToWorkbook(wb, state([SOURCE])); // damaged: the source listed as owned
    const err = await host.applyPlan(plan).catch((e: unknown) => e);
    expect((err as HostError).code).toBe('NOT_OWNED');
    expect((err as HostError).message).toContain('source sheet');
    expect(sheetSnapshot(wb.getWorksheet(SOURCE)!)).toEqual(before);
  });

  it('rebuilds an owned sheet from scratch and never touches the source sheet', async () => {
    const wb = sourceWorkbook();
    const before = sheetSnapshot(wb.getWorksheet(SOURCE)!);
    const host = new XlsxHost(wb);
    await host.applyPlan(variancePlan());
    // Someone typed into the owned sheet; a rebuild replaces the sheet (carry-over is the app's job).
    wb.getWorksheet('BP Variance')!.getCell('Z99').value = 'stray';
    await host.applyPlan(variancePlan());
    const after = await reload(host);
    expect(after.worksheets.filter((w) => w.name === 'BP Variance')).toHaveLength(1);
    expect(after.getWorksheet('BP Variance')!.getCell('Z99').value).toBeNull();
    expect(sheetSnapshot(after.getWorksheet(SOURCE)!)).toEqual(before);
    expect(after.definedNames.model.filter((n) => n.name === 'BP_AsOf')).toHaveLength(1);
  });

  it('keeps a rebuilt sheet in its place among the tabs', async () => {
    const wb = sourceWorkbook();
    const host = new XlsxHost(wb);
    await host.applyPlan(variancePlan());
    wb.addWorksheet('Notes after');
    await host.applyPlan(variancePlan());
    const names = (await reload(host)).worksheets.map((w) => w.name);
    expect(names.indexOf('BP Variance')).toBe(1);
    expect(names.indexOf('Notes after')).toBeGreaterThan(names.indexOf('BP Variance'));
  });

  it('lists sheets with visibility and selects a range', async () => {
    const host = new XlsxHost(sourceWorkbook());
    await host.applyPlan(variancePlan());
    const sheets = await host.listSheets();
    expect(sheets).toEqual([
      { name: SOURCE, visible: true },
      { name: 'BP Variance', visible: true },
      { name: STATE_SHEET, visible: false },
    ]);
    await host.select('BP Variance', 'A4:C4');
    expect(host.lastSelection).toEqual({ sheet: 'BP Variance', address: 'A4:C4' });
    const wb = await reload(host);
    expect(wb.views[0].activeTab).toBe(1);
    expect(wb.getWorksheet('BP Variance')!.views[0]).toMatchObject({ activeCell: 'A4', state: 'frozen', ySplit: 3 });
    await expect(host.select('Nope', 'A1')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });
});
