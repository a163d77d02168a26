/** OfficeHost against the fake Excel: syncs, exact writes, ownership, payload splitting. */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeWorkbookSeed } from '../../fake-excel';
import { OfficeHost } from '../../../src/host/office/office-host';
import { HostError } from '../../../src/host/workbook-host';
import { STATE_SHEET } from '../../../src/host/office/state-cells';
import { makePlan, OUT, SOURCE, sourceSeed } from './plan-fixture';

function setup(seed: FakeWorkbookSeed, options: FakeExcelOptions = {}, batchBytes?: number): { fake: FakeExcel; host: OfficeHost } {
  const fake = createFakeExcel(seed, options);
  return { fake, host: new OfficeHost(fake.Excel, fake.Office, { batchBytes }) };
}

describe('OfficeHost.readGrid', () => {
  const seed: FakeWorkbookSeed = {
    sheets: [
      {
        name: SOURCE,
        origin: 'B3',
        values: [
          ['Region', 'Jan-26 Budget', 'Total'],
          ['East', 100, 250],
          ['#N/A', true, ''],
        ],
        formulas: [
          ['Region', 'Jan-26 Budget', 'Total'],
          ['East', 100, '=SUM(C4:C4)'],
          ['#N/A', true, ''],
        ],
        numberFormats: [
          ['General', 'General', 'General'],
          ['General', '#,##0', '#,##0.00'],
          ['General', 'General', 'General'],
        ],
        merged: ['B5:C5'],
      },
      { name: 'Empty' },
    ],
  };

  test('reads the used range in exactly one sync, with origin, values, formulas, formats, types, merges', async () => {
    const { fake, host } = setup(seed, { supportedSets: { ExcelApi: '1.13' } });
    const g = await host.readGrid(SOURCE);
    expect(fake.syncCount()).toBe(1);
    expect(g.sheet).toBe(SOURCE);
    expect(g.origin).toEqual({ row: 2, col: 1 });
    expect(g.values).toEqual([
      ['Region', 'Jan-26 Budget', 'Total'],
      ['East', 100, 250],
      ['#N/A', true, ''],
    ]);
    expect(g.formulas[1][2]).toBe('=SUM(C4:C4)');
    expect(g.formulas[1][1]).toBe(100);
    expect(g.numberFormats[1]).toEqual(['General', '#,##0', '#,##0.00']);
    expect(g.valueTypes).toEqual([
      ['String', 'String', 'String'],
      ['String', 'Double', 'Double'],
      ['Error', 'Boolean', 'Empty'],
    ]);
    expect(g.merged).toEqual([{ row: 4, col: 1, rowCount: 1, colCount: 2 }]);
  });

  test('hidden rows and columns, and the Excel Table the range belongs to, come in the same sync', async () => {
    const { fake, host } = setup(
      {
        sheets: [
          {
            name: 'T',
            origin: 'B2',
            values: [
              ['Region', 'Jan', 'Feb', 'Mar'],
              ['East', 1, 2, 3],
              ['West', 4, 5, 6],
              ['North', 7, 8, 9],
            ],
            tables: [{ name: 'BudgetTable', range: 'B2:E5' }],
            hiddenRows: [4],
            hiddenCols: ['D', 'E'],
          },
        ],
      },
      { supportedSets: { ExcelApi: '1.13' } },
    );
    const g = await host.readGrid('T');
    expect(fake.syncCount()).toBe(1);
    expect(g.hiddenRows).toEqual([3]);
    expect(g.hiddenCols).toEqual([3, 4]);
    expect(g.tableName).toBe('BudgetTable');
    expect(g.values[2]).toEqual(['West', 4, 5, 6]); // hidden lines are still read
  });

  test('no table name when ExcelApi 1.9 is missing, or when the range is not in a table', async () => {
    const old = setup({ sheets: [{ name: 'T', values: [['a']], tables: [{ name: 'Tbl', range: 'A1:B2' }] }] }, { supportedSets: { ExcelApi: '1.7' } });
    expect((await old.host.readGrid('T')).tableName).toBeUndefined();
    const plain = setup({ sheets: [{ name: 'T', values: [['a']], tables: [{ name: 'Tbl', range: 'D1:E2' }] }] }, { supportedSets: { ExcelApi: '1.9' } });
    const g = await plain.host.readGrid('T');
    expect(g.tableName).toBeUndefined();
    expect(g.hiddenRows).toEqual([]);
  });

  test('without ExcelApi 1.13 it does not ask for merged areas (still one sync)', async () => {
    const { fake, host } = setup(seed, { supportedSets: { ExcelApi: '1.7' } });
    const g = await host.readGrid(SOURCE);
    expect(fake.syncCount()).toBe(1);
    expect(g.merged).toBeUndefined();
    expect(g.values.length).toBe(3);
  });

  test('an empty sheet gives an empty grid; a missing sheet gives SHEET_NOT_FOUND', async () => {
    const { host } = setup(seed);
    const g = await host.readGrid('Empty');
    expect(g.values).toEqual([]);
    await expect(host.readGrid('Nope')).rejects.toMatchObject({ name: 'HostError', code: 'SHEET_NOT_FOUND' });
  });

  test('listSheets reports visibility', async () => {
    const { host } = setup({ sheets: [{ name: 'A' }, { name: 'B', visibility: 'Hidden' }] });
    await expect(host.listSheets()).resolves.toEqual([
      { name: 'A', visible: true },
      { name: 'B', visible: false },
    ]);
  });
});

describe('OfficeHost.applyPlan: what is written', () => {
  test('cells, formulas, formats, styles, names, conditional format, panes, widths, tab colour and state', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(3)] }, { supportedSets: { ExcelApi: '1.18' } });
    const report = await host.applyPlan(makePlan(3));
    const wb = fake.workbook;
    expect(report.sheetsWritten).toEqual([OUT]);
    // 2 title rows + 2 input cells + 6 headers + 3x6 lines
    expect(report.cellsWritten).toBe(2 + 2 + 6 + 18);
    expect(wb.value(OUT, 'A1')).toBe('Variance');
    expect(wb.cell(OUT, 'A1').font).toEqual({ bold: true, size: 14 });
    expect(wb.cell(OUT, 'A2').font).toEqual({ italic: true, color: '#666666' });
    expect(wb.value(OUT, 'B3')).toBe(0.1);
    expect(wb.numberFormat(OUT, 'B3')).toBe('0%');
    expect(wb.cell(OUT, 'B3').fill).toBe('#FFF2CC');
    expect(wb.rangeValues(OUT, 'A5:F5')).toEqual([['Region', 'Budget', 'Actual', 'Variance', 'Variance %', 'Comment']]);
    expect(wb.cell(OUT, 'F5')).toMatchObject({ font: { bold: true }, fill: '#DDEBF7', borders: { EdgeBottom: { style: 'Continuous', color: '#8EA9DB' } } });
    expect(wb.formula(OUT, 'A7')).toBe("='O''Brien Sales'!A3");
    expect(wb.formula(OUT, 'B8')).toBe("='O''Brien Sales'!B4");
    expect(wb.numberFormat(OUT, 'B8')).toBe('#,##0');
    expect(wb.formula(OUT, 'D6')).toBe('=C6-B6');
    expect(wb.formula(OUT, 'E6')).toBe('=IF(B6=0,"",D6/ABS(B6))');
    expect(wb.numberFormat(OUT, 'E6')).toBe('0.0%');
    expect(wb.cell(OUT, 'F7').fill).toBe('#FFF2CC');
    expect(wb.cell(OUT, 'F8').fill).toBe('#FFF2CC');
    expect(wb.cell(OUT, 'E8').fill).toBeUndefined();
    expect(wb.usedAddress(OUT)).toBe('A1:F8');
    expect(wb.nameList()).toEqual([{ name: 'BP_FlagPct', formula: "='BP Variance'!$B$3", comment: 'Flag threshold' }]);
    expect(wb.conditionalFormats(OUT)).toEqual([
      expect.objectContaining({ address: 'A6:F8', type: 'Custom', formula: '=$D6<-BP_FlagPct', fill: '#FFC7CE', fontColor: '#9C0006' }),
    ]);
    const sheet = wb.sheet(OUT)!;
    expect(sheet.freeze).toEqual({ rows: 5, cols: 1 });
    expect(sheet.tabColor).toBe('#2F75B5');
    expect(sheet.columnWidths.get(0)).toBeCloseTo((14 * 7 + 5) * 0.75, 2);
    expect(sheet.columnWidths.get(5)).toBeCloseTo((30 * 7 + 5) * 0.75, 2);
    expect(sheet.notes.get('B3')).toBe('Flag when |variance %| is at least this.');
    expect(wb.visibility(STATE_SHEET)).toBe('VeryHidden');
    const state = await host.readState();
    expect(state).toEqual(makePlan(3).state);
  });

  test('text that looks like a formula is written as text, not run', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2)] });
    const plan = makePlan(2);
    const block = plan.sheets[0].blocks[3];
    block.cells[1][5] = { kind: 'value', value: '+cmd|calc' };
    plan.sheets[0].blocks.push({ at: 'H1', cells: [[{ kind: 'value', value: '-1' }, { kind: 'value', value: '@SUM(A1)' }, { kind: 'value', value: '2026-01' }]] });
    await host.applyPlan(plan);
    const wb = fake.workbook;
    expect(wb.formula(OUT, 'F6')).toBeNull();
    expect(wb.value(OUT, 'F6')).toBe('=SUM(A1)');
    expect(wb.formula(OUT, 'F7')).toBeNull();
    expect(wb.value(OUT, 'F7')).toBe('+cmd|calc');
    expect(wb.rangeValues(OUT, 'H1:J1')).toEqual([['-1', '@SUM(A1)', '2026-01']]);
    expect(wb.formula(OUT, 'H1')).toBeNull();
  });

  test('refreshing with notes replaces them (old notes removed first, one sync for state and notes)', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2)] }, { supportedSets: { ExcelApi: '1.18' } });
    await host.applyPlan(makePlan(2));
    const plan = makePlan(2);
    plan.sheets[0].notes = [{ at: 'B3', text: 'New text' }];
    const r = await host.applyPlan(plan);
    expect(fake.workbook.sheet(OUT)!.notes).toEqual(new Map([['B3', 'New text']]));
    expect(r.syncs).toBeLessThanOrEqual(3);
    const none = makePlan(2);
    none.sheets[0].notes = [];
    await host.applyPlan(none);
    expect(fake.workbook.sheet(OUT)!.notes.size).toBe(0);
  });

  test('notes are skipped when ExcelApi 1.18 is not supported', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2)] }, { supportedSets: { ExcelApi: '1.7' } });
    await host.applyPlan(makePlan(2));
    expect(fake.workbook.sheet(OUT)!.notes.size).toBe(0);
    expect(fake.workbook.formula(OUT, 'D6')).toBe('=C6-B6');
  });

  test('never writes into the source sheet', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(5)] });
    const before = fake.workbook.rangeValues(SOURCE, 'A1:C6');
    await host.applyPlan(makePlan(5));
    expect(fake.workbook.writtenSheets().sort()).toEqual([OUT, STATE_SHEET].sort());
    expect(fake.workbook.rangeValues(SOURCE, 'A1:C6')).toEqual(before);
    expect(fake.workbook.sheet(SOURCE)!.conditionalFormats).toEqual([]);
  });

  test('refreshing rebuilds its own sheet: same result twice, old content cleared, names not duplicated', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(4)] });
    await host.applyPlan(makePlan(4));
    const snapshot = () => ({
      cells: fake.workbook.rangeValues(OUT, 'A1:H12'),
      formulas: ['A6', 'D9', 'E9'].map((a) => fake.workbook.formula(OUT, a)),
      names: fake.workbook.nameList(),
      cfs: fake.workbook.conditionalFormats(OUT).map(({ id: _id, ...rest }) => rest),
      sheets: fake.workbook.sheetNames(),
    });
    const first = snapshot();
    fake.workbook.typeInto(OUT, 'H12', 'stray'); // content that the rebuild must clear
    await host.applyPlan(makePlan(4));
    expect(snapshot()).toEqual(first);
    // shrinking the plan leaves no old rows behind
    await host.applyPlan(makePlan(2));
    expect(fake.workbook.usedAddress(OUT)).toBe('A1:F7');
    expect(fake.workbook.conditionalFormats(OUT).map((c) => c.address)).toEqual(['A6:F7']);
  });
});

describe('OfficeHost.applyPlan: ownership', () => {
  test('refuses a sheet that exists but is not ours, and writes nothing at all', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(3), { name: OUT, values: [['my own work']] }] });
    const err = await host.applyPlan(makePlan(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'NOT_OWNED' });
    expect((err as Error).message).toContain(OUT);
    expect(fake.workbook.writes).toEqual([]);
    expect(fake.workbook.sheetNames()).toEqual([SOURCE, OUT]);
    expect(fake.workbook.value(OUT, 'A1')).toBe('my own work');
    expect(fake.workbook.nameList()).toEqual([]);
  });

  test('refuses to use the source sheet as an output even if a saved state lists it as owned', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(3)] });
    const plan = makePlan(3);
    plan.sheets[0].name = SOURCE;
    plan.state.ownedSheets = [{ name: SOURCE, role: 'variance' }];
    await expect(host.applyPlan(plan)).rejects.toMatchObject({ code: 'NOT_OWNED' });
    expect(fake.workbook.writes).toEqual([]);
  });
});

describe('OfficeHost.applyPlan: syncs and request size', () => {
  async function measure(rows: number) {
    const { fake, host } = setup({ sheets: [sourceSeed(rows)] });
    const plan = makePlan(rows);
    const report = await host.applyPlan(plan);
    return { report, log: fake.syncLog(), suspends: fake.suspendCount(), fake };
  }

  test('the number of syncs does not grow with rows, only with ~4 MB chunks', async () => {
    const small = await measure(10);
    const large = await measure(5000);
    // first apply: sheet list + names load (1), then writes; no state sheet yet
    expect(small.report.syncs).toBe(small.log.length);
    expect(small.report.syncs).toBeLessThanOrEqual(3);
    const largeBytes = large.log.reduce((s, x) => s + x.bytes, 0);
    const chunks = Math.ceil(largeBytes / (4 * 1024 * 1024));
    expect(large.report.syncs).toBeLessThanOrEqual(small.report.syncs + chunks);
    expect(large.log.every((s) => s.ok && s.bytes <= 5 * 1024 * 1024)).toBe(true);
    // every write sync ran with calculation suspended
    expect(large.suspends).toBe(large.report.syncs - 1);
    expect(large.fake.workbook.formula(OUT, 'D5005')).toBe('=C5005-B5005');
    expect(large.fake.workbook.value(OUT, 'F5005')).toBe('');
    expect(large.report.cellsWritten).toBe(10 + 5000 * 6);
  });

  test('a plan bigger than one request is chunked under the budget', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(3000)] }, {}, 64 * 1024);
    const report = await host.applyPlan(makePlan(3000));
    const log = fake.syncLog();
    expect(log.every((s) => s.ok)).toBe(true);
    expect(Math.max(...log.map((s) => s.bytes))).toBeLessThanOrEqual(64 * 1024 + 1024);
    expect(report.syncs).toBeGreaterThan(4);
    expect(fake.workbook.formula(OUT, 'E3005')).toBe('=IF(B3005=0,"",D3005/ABS(B3005))');
  });

  test('when Excel rejects a request as too large, the host splits and retries until it fits', async () => {
    const ref = setup({ sheets: [sourceSeed(400)] });
    await ref.host.applyPlan(makePlan(400));

    const { fake, host } = setup({ sheets: [sourceSeed(400)] }, { payloadLimitBytes: 8 * 1024 });
    const report = await host.applyPlan(makePlan(400));
    const log = fake.syncLog();
    expect(log.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(log.filter((s) => s.ok).every((s) => s.bytes <= 8 * 1024)).toBe(true);
    expect(report.syncs).toBe(log.length);
    // same workbook as without the limit
    expect(fake.workbook.rangeValues(OUT, 'A1:F405')).toEqual(ref.fake.workbook.rangeValues(OUT, 'A1:F405'));
    for (const a of ['A6', 'B200', 'E405', 'D405']) expect(fake.workbook.formula(OUT, a)).toBe(ref.fake.workbook.formula(OUT, a));
    expect(fake.workbook.nameList()).toEqual(ref.fake.workbook.nameList());
    expect(fake.workbook.conditionalFormats(OUT).length).toBe(1);
    await expect(host.readState()).resolves.toEqual(makePlan(400).state);
  });

  test('a single cell larger than the request limit fails with PAYLOAD_TOO_LARGE, not a loop', async () => {
    const { host } = setup({ sheets: [sourceSeed(1)] }, { payloadLimitBytes: 2 * 1024 });
    const plan = makePlan(1);
    plan.sheets[0].blocks.push({ at: 'J1', cells: [[{ kind: 'value', value: 'x'.repeat(5000) }]] });
    await expect(host.applyPlan(plan)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('OfficeHost.select and readState', () => {
  test('select activates the sheet and selects the range in one sync', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2), { name: 'Other' }] });
    await host.select('Other', 'B4:D4');
    expect(fake.syncCount()).toBe(1);
    expect(fake.workbook.activeSheet()).toBe('Other');
    expect(fake.workbook.selectedAddress()).toBe('Other!B4:D4');
    await expect(host.select('Nope', 'A1')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });

  test('readState: null without a state sheet or with unreadable content; long state spans cells', async () => {
    const { host } = setup({ sheets: [sourceSeed(1)] });
    await expect(host.readState()).resolves.toBeNull();
    const bad = setup({ sheets: [sourceSeed(1), { name: STATE_SHEET, values: [['{not json']], visibility: 'VeryHidden' }] });
    await expect(bad.host.readState()).resolves.toBeNull();

    const { fake, host: h2 } = setup({ sheets: [sourceSeed(1)] });
    const plan = makePlan(1);
    plan.state.source = { sheet: SOURCE, range: 'A1:C2' };
    plan.state.ownedSheets.push(...Array.from({ length: 2000 }, (_, i) => ({ name: `Old sheet ${i} =x`, role: 'forecast' as const })));
    await h2.applyPlan(plan);
    expect(fake.workbook.value(STATE_SHEET, 'A3')).not.toBe('');
    expect(String(fake.workbook.value(STATE_SHEET, 'A1')).length).toBe(30000);
    const back = await h2.readState();
    expect(back?.ownedSheets.length).toBe(2001);
    expect(back?.ownedSheets[2000].name).toBe('Old sheet 1999 =x');
  });
});

describe('OfficeHost.readGrid on a sheet too big for one response', () => {
  test('falls back to row chunks and returns the same grid', async () => {
    const src = sourceSeed(3000);
    const whole = setup({ sheets: [src] }, { supportedSets: { ExcelApi: '1.13' } });
    const expected = await whole.host.readGrid(SOURCE);
    expect(whole.fake.syncCount()).toBe(1);

    const { fake, host } = setup(
      { sheets: [{ ...src, merged: ['A2:A3'], hiddenRows: [10, 2999] }] },
      { responseLimitBytes: 64 * 1024, supportedSets: { ExcelApi: '1.13' } },
    );
    const g = await host.readGrid(SOURCE);
    const log = fake.syncLog();
    expect(log[0].error).toBe('ResponsePayloadSizeLimitExceeded');
    expect(log.filter((s) => s.ok).every((s) => (s.responseBytes ?? 0) <= 64 * 1024)).toBe(true);
    expect(g.values).toEqual(expected.values);
    expect(g.formulas).toEqual(expected.formulas);
    expect(g.numberFormats).toEqual(expected.numberFormats);
    expect(g.valueTypes).toEqual(expected.valueTypes);
    expect(g.origin).toEqual(expected.origin);
    expect(g.values[3000]).toEqual(['R3000', 3099, 3089]);
    expect(g.merged).toEqual([{ row: 1, col: 0, rowCount: 2, colCount: 1 }]);
    expect(g.hiddenRows).toEqual([9, 2998]);
  });
});

describe('OfficeHost.applyPlan: names Excel would reject', () => {
  test('a bad sheet name or defined name is refused before anything is written', async () => {
    for (const mutate of [
      (p: ReturnType<typeof makePlan>) => (p.sheets[0].name = 'Variance: Q1/Q2'),
      (p: ReturnType<typeof makePlan>) => (p.names[0].name = 'BP1'),
    ]) {
      const { fake, host } = setup({ sheets: [sourceSeed(2)] });
      const plan = makePlan(2);
      mutate(plan);
      plan.state.ownedSheets = [{ name: plan.sheets[0].name, role: 'variance' }];
      await expect(host.applyPlan(plan)).rejects.toMatchObject({ code: 'HOST' });
      expect(fake.workbook.writes).toEqual([]);
    }
  });
});

describe('OfficeHost state sheet rewrite', () => {
  test('a shorter state replaces a longer one completely (no stale chunks left in A2, A3...)', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(1)] });
    const long = makePlan(1);
    long.state.ownedSheets.push(...Array.from({ length: 2000 }, (_, i) => ({ name: `Old ${i}`, role: 'forecast' as const })));
    await host.applyPlan(long);
    expect(fake.workbook.value(STATE_SHEET, 'A2')).not.toBe('');
    await host.applyPlan(makePlan(1));
    expect(fake.workbook.value(STATE_SHEET, 'A2')).toBe('');
    // previously owned sheets that do not exist are dropped; the plan's own sheet stays owned
    await expect(host.readState()).resolves.toEqual(makePlan(1).state);
    expect(fake.workbook.visibility(STATE_SHEET)).toBe('VeryHidden');
  });
});

describe('OfficeHost state sheet that is not ours', () => {
  test('a visible "_BudgetPilot" sheet without our state is left alone', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2), { name: STATE_SHEET, values: [['my notes']] }] });
    await expect(host.applyPlan(makePlan(2))).rejects.toMatchObject({ code: 'NOT_OWNED' });
    expect(fake.workbook.writes).toEqual([]);
    expect(fake.workbook.value(STATE_SHEET, 'A1')).toBe('my notes');
  });

  test('a very hidden state sheet with unreadable content is rewritten (sheets it listed are then not ours)', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2), { name: STATE_SHEET, values: [['{broken']], visibility: 'VeryHidden' }] });
    await host.applyPlan(makePlan(2));
    await expect(host.readState()).resolves.toEqual(makePlan(2).state);
    expect(fake.workbook.formula(OUT, 'D6')).toBe('=C6-B6');
  });
});

describe('OfficeHost when Excel is busy', () => {
  test('cell edit mode gives a clear bilingual message and nothing is written; it works once editing ends', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(2)] });
    fake.setCellEditMode(true);
    const err = (await host.applyPlan(makePlan(2)).catch((e: unknown) => e)) as HostError;
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('HOST');
    expect(err.message).toMatch(/Finish editing the cell/);
    expect(err.message).toMatch(/单元格编辑/);
    await expect(host.readGrid(SOURCE)).rejects.toMatchObject({ message: expect.stringMatching(/cell edit mode/) });
    expect(fake.workbook.writes).toEqual([]);
    fake.setCellEditMode(false);
    await host.applyPlan(makePlan(2));
    expect(fake.workbook.formula(OUT, 'D6')).toBe('=C6-B6');
  });
});

describe('OfficeHost and sheet protection', () => {
  test('an owned sheet someone protected is rebuilt and protected again with its options', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(3)] });
    await host.applyPlan(makePlan(3));
    const sheet = fake.workbook.sheet(OUT)!;
    sheet.protection = { protected: true, password: null, options: { allowFormatColumns: true } };
    fake.resetCounts();
    const plan = makePlan(3);
    (plan.sheets[0].blocks[0].cells[0][0] as { value: string }).value = 'Variance (refreshed)';
    const r = await host.applyPlan(plan);
    expect(fake.workbook.value(OUT, 'A1')).toBe('Variance (refreshed)');
    expect(sheet.protection).toEqual({ protected: true, password: null, options: { allowFormatColumns: true } });
    expect(r.syncs).toBe(4); // load, state+protection, unprotect, writes
  });

  test('a password-protected owned sheet stops the refresh before anything is written', async () => {
    const { fake, host } = setup({ sheets: [sourceSeed(3)] });
    await host.applyPlan(makePlan(3));
    fake.workbook.sheet(OUT)!.protection = { protected: true, password: 'secret', options: {} };
    const before = fake.workbook.writes.length;
    const err = (await host.applyPlan(makePlan(3)).catch((e: unknown) => e)) as HostError;
    expect(err).toMatchObject({ code: 'HOST' });
    expect(err.message).toMatch(/protected with a password/);
    expect(err.message).toMatch(/受密码保护/);
    expect(fake.workbook.writes.length).toBe(before);
    expect(fake.workbook.sheet(OUT)!.protection.protected).toBe(true);
  });

  test('the fake refuses writes to a protected sheet (AccessDenied)', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'P', protected: true }, { name: 'Q' }] });
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('P').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.workbook.value('P', 'A1')).toBe('');
  });
});
