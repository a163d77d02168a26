/**
 * XlsxHost and a "_BudgetPilot" sheet that is not ours: a visible sheet of that name holding no
 * Budget Pilot state is somebody's sheet. applyPlan and writeState refuse (NOT_OWNED, en + zh)
 * and write nothing, as the Office host does (src/host/office/apply-plan.ts checkStateSheet);
 * before, applyPlan replaced it with the state sheet and the user's cells were lost.
 * Sheet names match case-insensitively, as in Excel.
 */
import ExcelJS from 'exceljs';
// jszip ships with exceljs; used here only to look inside the written file.
import JSZip from 'jszip';
import { XlsxHost, readStateFromWorkbook, writeStateToWorkbook } from '../../../src/host/xlsx';
import { STATE_SHEET, stateChunks } from '../../../src/host/saved-state';
import { HostError } from '../../../src/host/workbook-host';
import type { BudgetPilotState, WorkbookPlan } from '../../../src/core/plan/types';
import { sheetSnapshot } from '../../support/xlsx-fixtures';

const SOURCE = 'Budget';
const HAN = /[\u4e00-\u9fff]/;

function state(owned: string[]): BudgetPilotState {
  return {
    version: 1,
    ownedSheets: owned.map((name) => ({ name, role: 'variance' as const })),
    source: { sheet: SOURCE, range: 'A1:B2' },
    settings: { asOf: '2026-01', flagPct: 0.1, flagAbs: 0 },
  };
}

function plan(name = 'BP Variance'): WorkbookPlan {
  return {
    sheets: [
      {
        name,
        role: 'variance',
        blocks: [{ at: 'A1', cells: [[{ kind: 'value', value: 'Variance' }, { kind: 'formula', formula: `='${SOURCE}'!B2*2`, result: 200 }]] }],
        conditionalFormats: [],
        notes: [],
        inputs: [],
        columnWidths: [],
      },
    ],
    names: [{ name: 'BP_AsOf', sheet: name, address: '$B$1' }],
    state: state([name]),
  };
}

/** A source sheet plus a visible sheet named `stateName` holding the user's own cells. */
function workbookWithUserSheet(stateName: string = STATE_SHEET): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const src = wb.addWorksheet(SOURCE);
  src.getCell('A1').value = 'Region';
  src.getCell('B1').value = 'Jan-26 Budget';
  src.getCell('A2').value = 'East';
  src.getCell('B2').value = 100;
  const mine = wb.addWorksheet(stateName);
  mine.getCell('A1').value = 'My notes, not JSON';
  mine.getCell('A2').value = 42;
  mine.getCell('B3').value = { formula: `'${SOURCE}'!B2+1`, result: 101 } as ExcelJS.CellFormulaValue;
  mine.getCell('C4').value = '{"version":1,"ownedSheets":[]}'; // looks like state, but not in A1
  mine.getCell('C4').numFmt = '@';
  return wb;
}

/** Everything a refused call could have touched: tabs, visibility, cells, defined names. */
function picture(wb: ExcelJS.Workbook): unknown {
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state ?? 'visible', cells: [...sheetSnapshot(ws)] })),
    names: wb.definedNames.model,
  };
}

/** The saved file's parts, minus docProps (ExcelJS stamps the save time there). */
async function fileParts(host: XlsxHost): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await host.toBuffer());
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (name.startsWith('docProps/') || zip.files[name].dir) continue;
    out.set(name, await zip.files[name].async('string'));
  }
  return out;
}

async function refusal(p: Promise<unknown>): Promise<HostError> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HostError);
  return err as HostError;
}

describe('a visible "_BudgetPilot" sheet holding no state of ours', () => {
  test('applyPlan refuses with NOT_OWNED (en + zh) and the file is unchanged part for part', async () => {
    const host = new XlsxHost(workbookWithUserSheet());
    const before = picture(host.workbook);
    const partsBefore = await fileParts(host);

    const err = await refusal(host.applyPlan(plan()));
    expect(err.code).toBe('NOT_OWNED');
    expect(err.message).toContain(STATE_SHEET);
    expect(err.message).toContain('nothing was written');
    expect(err.message).toMatch(HAN);

    expect(picture(host.workbook)).toEqual(before);
    expect(host.workbook.getWorksheet('BP Variance')).toBeUndefined();
    const partsAfter = await fileParts(host);
    expect([...partsAfter.keys()]).toEqual([...partsBefore.keys()]);
    for (const [name, xml] of partsBefore) expect({ name, xml: partsAfter.get(name) }).toEqual({ name, xml });
    // the user's cells, read by hand
    const mine = host.workbook.getWorksheet(STATE_SHEET)!;
    expect(mine.state ?? 'visible').toBe('visible');
    expect(mine.getCell('A1').value).toBe('My notes, not JSON');
    expect(mine.getCell('A2').value).toBe(42);
  });

  test('writeState refuses the same way and writes nothing', async () => {
    const host = new XlsxHost(workbookWithUserSheet());
    const before = picture(host.workbook);
    const partsBefore = await fileParts(host);

    const err = await refusal(host.writeState(state([])));
    expect(err.code).toBe('NOT_OWNED');
    expect(err.message).toMatch(HAN);
    expect(picture(host.workbook)).toEqual(before);
    expect(await fileParts(host)).toEqual(partsBefore);
  });

  test('the name matches case-insensitively, as in Excel: "_budgetpilot" is refused too, as a HostError', async () => {
    // Before, readState missed it (ExcelJS getWorksheet is case-sensitive), the plan sheet was
    // written, then adding "_BudgetPilot" threw ExcelJS's own "Worksheet name already exists".
    const host = new XlsxHost(workbookWithUserSheet('_budgetpilot'));
    const before = picture(host.workbook);
    expect((await refusal(host.applyPlan(plan()))).code).toBe('NOT_OWNED');
    expect((await refusal(host.writeState(state([])))).code).toBe('NOT_OWNED');
    expect(picture(host.workbook)).toEqual(before);
    expect(await host.readState()).toBeNull();
  });

  test('a plan sheet differing only in case from somebody\'s sheet is refused before anything is written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SOURCE).getCell('B2').value = 100;
    wb.addWorksheet('bp variance').getCell('A1').value = 'theirs';
    const host = new XlsxHost(wb);
    const before = picture(wb);
    const err = await refusal(host.applyPlan(plan('BP Variance')));
    expect(err.code).toBe('NOT_OWNED');
    expect(err.message).toContain('bp variance');
    expect(err.message).toMatch(HAN);
    expect(picture(wb)).toEqual(before);
  });
});

describe('state sheets that are ours are still written', () => {
  test('a visible "_BudgetPilot" that holds our state (the user unhid it) is rebuilt, very hidden again', async () => {
    const wb = workbookWithUserSheet();
    wb.removeWorksheet(wb.getWorksheet(STATE_SHEET)!.id);
    writeStateToWorkbook(wb, state([]));
    wb.getWorksheet(STATE_SHEET)!.state = 'visible';
    const host = new XlsxHost(wb);

    const report = await host.applyPlan(plan());
    expect(report.sheetsWritten).toEqual(['BP Variance']);
    expect(wb.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    expect((await host.readState())?.ownedSheets.map((o) => o.name)).toEqual(['BP Variance']);
  });

  test('a very hidden "_BudgetPilot" with unreadable content is replaced, as the Office host does', async () => {
    const wb = workbookWithUserSheet();
    wb.getWorksheet(STATE_SHEET)!.state = 'veryHidden';
    const host = new XlsxHost(wb);
    await host.writeState(state([]));
    const ws = wb.getWorksheet(STATE_SHEET)!;
    expect(ws.getCell('A2').value).toBeNull();
    expect(ws.getCell('B3').value).toBeNull();
    expect(await host.readState()).toEqual(state([]));
  });
});

describe('the state cells are the shared layout of src/host/saved-state.ts', () => {
  test('written in stateChunks order, text format, and read back only from an unbroken run in column A', () => {
    const big: BudgetPilotState = { ...state(Array.from({ length: 2000 }, (_, i) => `Variance ${i}`)) };
    const wb = new ExcelJS.Workbook();
    writeStateToWorkbook(wb, big);
    const ws = wb.getWorksheet(STATE_SHEET)!;
    const chunks = stateChunks(big);
    expect(chunks.length).toBeGreaterThan(2);
    chunks.forEach((c, i) => {
      expect(ws.getCell(i + 1, 1).value).toBe(c);
      expect(ws.getCell(i + 1, 1).numFmt).toBe('@');
    });
    expect(readStateFromWorkbook(wb)).toEqual(big);
    // a number in the middle of the run cuts the JSON short: not our state
    ws.getCell(2, 1).value = 7;
    expect(readStateFromWorkbook(wb)).toBeNull();
  });
});
