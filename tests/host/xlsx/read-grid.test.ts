import ExcelJS from 'exceljs';
import { XlsxHost } from '../../../src/host/xlsx';
import { HostError } from '../../../src/host/workbook-host';

/** Writes the workbook to bytes and reads it back, so the test sees what a real file holds. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<XlsxHost> {
  const buf = await wb.xlsx.writeBuffer();
  return XlsxHost.fromBuffer(Buffer.from(buf as ArrayBuffer));
}

describe('XlsxHost.readGrid', () => {
  let host: XlsxHost;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    // Used range starts at B2 (A column and row 1 empty).
    ws.getCell('B2').value = 'Region';
    ws.getCell('C2').value = new Date(Date.UTC(2026, 0, 1)); // 2026-01-01 = serial 46023
    ws.getCell('C2').numFmt = 'mmm-yy';
    ws.getCell('D2').value = { richText: [{ text: 'Feb ' }, { font: { bold: true }, text: 'Actual' }] };
    ws.getCell('B3').value = 'East';
    ws.getCell('C3').value = 10;
    ws.getCell('D3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('B4').value = 'West';
    ws.getCell('C4').value = 5;
    ws.getCell('C4').numFmt = '#,##0.00';
    ws.getCell('D4').value = true;
    // A formula with a cached value, and a shared formula (master + one dependent).
    ws.getCell('C5').value = { formula: 'SUM(C3:C4)', result: 15, shareType: 'shared', ref: 'C5:D5' } as ExcelJS.CellFormulaValue;
    ws.getCell('D5').value = { sharedFormula: 'C5', result: 1 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('E5').value = { formula: '_xlfn.FORECAST.LINEAR(3,C3:C4,C3:C4)', result: 7 } as ExcelJS.CellFormulaValue;
    ws.getCell('B6').value = 'merged';
    ws.mergeCells('B6:C7');
    ws.getRow(4).hidden = true;
    ws.getColumn(4).hidden = true;
    host = await roundTrip(wb);
  });

  it('returns the used range with its top-left origin and a rectangular shape', async () => {
    const g = await host.readGrid('Data');
    expect(g.sheet).toBe('Data');
    expect(g.origin).toEqual({ row: 1, col: 1 }); // B2
    expect(g.values).toHaveLength(6); // rows 2..7 (the merge spans row 7)
    for (const r of g.values) expect(r).toHaveLength(4); // B..E
    expect(g.formulas).toHaveLength(6);
    expect(g.numberFormats).toHaveLength(6);
  });

  it('reads empties as "", dates as serial numbers, rich text as plain text', async () => {
    const g = await host.readGrid('Data');
    expect(g.values[0][0]).toBe('Region');
    expect(g.values[0][1]).toBe(46023);
    expect(g.numberFormats[0][1]).toBe('mmm-yy');
    expect(g.values[0][2]).toBe('Feb Actual');
    expect(g.values[0][3]).toBe('');
    expect(g.valueTypes?.[0][3]).toBe('Empty');
    expect(g.values[2][2]).toBe(true); // D4
    expect(g.valueTypes?.[2][2]).toBe('Boolean');
    expect(g.numberFormats[2][1]).toBe('#,##0.00');
  });

  it('reads error values as strings typed Error', async () => {
    const g = await host.readGrid('Data');
    expect(g.values[1][2]).toBe('#N/A');
    expect(g.valueTypes?.[1][2]).toBe('Error');
    expect(g.valueTypes?.[1][1]).toBe('Double');
  });

  it('reads formula cells as cached value + "=formula", resolving shared formulas and dropping _xlfn.', async () => {
    const g = await host.readGrid('Data');
    expect(g.values[3][1]).toBe(15);
    expect(g.formulas[3][1]).toBe('=SUM(C3:C4)');
    expect(g.values[3][2]).toBe(1);
    expect(g.formulas[3][2]).toBe('=SUM(D3:D4)');
    expect(g.formulas[3][3]).toBe('=FORECAST.LINEAR(3,C3:C4,C3:C4)');
    // Constants appear in formulas as the constant, like Office.js.
    expect(g.formulas[1][1]).toBe(10);
  });

  it('reports merged areas in absolute coordinates and blanks their covered cells', async () => {
    const g = await host.readGrid('Data');
    expect(g.merged).toEqual([{ row: 5, col: 1, rowCount: 2, colCount: 2 }]);
    expect(g.values[4][0]).toBe('merged');
    expect(g.values[4][1]).toBe('');
    expect(g.values[5][0]).toBe('');
  });

  it('reports hidden rows and columns as 0-based absolute indices', async () => {
    const g = await host.readGrid('Data');
    expect(g.hiddenRows).toEqual([3]);
    expect(g.hiddenCols).toEqual([3]);
  });

  it('reads an empty sheet as a single empty cell at A1 and refuses unknown sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const h = new XlsxHost(wb);
    const g = await h.readGrid('Empty');
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(g.values).toEqual([['']]);
    await expect(h.readGrid('Nope')).rejects.toThrow(HostError);
    await expect(h.readGrid('Nope')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  it('does not add cells or rows to the sheet it reads', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('C5').value = 2;
    const count = () => {
      let n = 0;
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, () => n++));
      return n;
    };
    const before = count();
    const h = new XlsxHost(wb);
    const g = await h.readGrid('S');
    expect(g.values).toHaveLength(5);
    expect(count()).toBe(before);
    expect(ws.rowCount).toBe(5);
    expect(ws.findRow(3)).toBeUndefined(); // reading created no row between the two
  });

  it('names the Excel Table the used range belongs to', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('T');
    ws.addTable({
      name: 'Budget26',
      ref: 'B2',
      headerRow: true,
      columns: [{ name: 'Rep' }, { name: 'Jan-26 Budget' }, { name: 'Jan-26 Actual' }],
      rows: [
        ['Ann', 10, 9],
        ['Bob', 5, 6],
      ],
    });
    wb.addWorksheet('Plain').getCell('A1').value = 1;
    const h = await roundTrip(wb);
    const g = await h.readGrid('T');
    expect(g.tableName).toBe('Budget26');
    expect(g.values[0]).toEqual(['Rep', 'Jan-26 Budget', 'Jan-26 Actual']);
    expect(g.values[2]).toEqual(['Bob', 5, 6]);
    expect((await h.readGrid('Plain')).tableName).toBeUndefined();
  });

  it('refuses a used range too large to hold in memory, with the range in the message', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Stray');
    ws.getCell('A1').value = 'Region';
    ws.getCell('XFD1048576').value = 'x';
    const err = await new XlsxHost(wb).readGrid('Stray').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('PAYLOAD_TOO_LARGE');
    expect((err as HostError).message).toContain('A1:XFD1048576');
  });
});
