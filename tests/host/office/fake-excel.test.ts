/**
 * The fake Excel host's own semantics: it must behave like Excel where our host relies on it,
 * or the Office host tests prove nothing.
 */
import { createFakeExcel } from '../../fake-excel';

const seed = () => ({
  sheets: [
    {
      name: "O'Brien Sales",
      origin: 'B3',
      values: [
        ['Region', 'Jan'],
        ['East', 10],
        ['West', 20],
      ],
    },
    { name: 'Other' },
  ],
});

describe('fake Excel: load/sync semantics', () => {
  test('reading a property before load+sync throws PropertyNotLoaded; after, it has the data', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("O'Brien Sales").getRange('B3:C5');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values,address');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // loaded only at sync
      await ctx.sync();
      expect(r.values).toEqual([
        ['Region', 'Jan'],
        ['East', 10],
        ['West', 20],
      ]);
      expect(r.address).toBe("'O''Brien Sales'!B3:C5");
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('writes are queued and applied only at sync; syncs are counted', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Other').getRange('A1').values = [[42]];
      expect(fake.workbook.value('Other', 'A1')).toBe('');
      await ctx.sync();
      expect(fake.workbook.value('Other', 'A1')).toBe(42);
      await ctx.sync();
    });
    expect(fake.syncCount()).toBe(2);
    fake.resetCounts();
    expect(fake.syncCount()).toBe(0);
  });

  test('Excel.run flushes what is still queued when the batch returns', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Other').getRange('A1').values = [['x']];
    });
    expect(fake.workbook.value('Other', 'A1')).toBe('x');
    expect(fake.syncCount()).toBe(1);
  });

  test('getItemOrNullObject: isNullObject known only after sync', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const b = ctx.workbook.worksheets.getItemOrNullObject('other'); // names are case-insensitive
      expect(() => a.isNullObject).toThrow();
      await ctx.sync();
      expect(a.isNullObject).toBe(true);
      expect(b.isNullObject).toBe(false);
    });
  });

  test('getItem of a missing sheet rejects the sync with ItemNotFound', async () => {
    const fake = createFakeExcel(seed());
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('fake Excel: addresses and shapes', () => {
  test('sheet-qualified and absolute addresses resolve; a range on another sheet is refused', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("O'Brien Sales");
      const r = ws.getRange("'O''Brien Sales'!$C$4:$C$5").load('values,rowIndex,columnIndex,rowCount,columnCount');
      await ctx.sync();
      expect(r.values).toEqual([[10], [20]]);
      expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]).toEqual([3, 2, 2, 1]);
    });
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Other').getRange("'O''Brien Sales'!A1").load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a 2-D write whose shape differs from the range rejects with InvalidArgument and writes nothing there', async () => {
    const fake = createFakeExcel(seed());
    for (const bad of [[[1, 2]], [[1], [2], [3]], [[1, 2], [3]]]) {
      await expect(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Other').getRange('A1:B2').values = bad as number[][];
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    expect(fake.workbook.rangeValues('Other', 'A1:B2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  test('used range, getCell, getResizedRange and valueTypes', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("O'Brien Sales");
      const used = ws.getUsedRange(true).load('address,valueTypes');
      const cell = ws.getRange('B3').getCell(1, 1).load('values,address');
      const big = ws.getRange('B3').getResizedRange(2, 0).load('address');
      const empty = ctx.workbook.worksheets.getItem('Other').getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.address).toBe("'O''Brien Sales'!B3:C5");
      expect(used.valueTypes).toEqual([
        ['String', 'String'],
        ['String', 'Double'],
        ['String', 'Double'],
      ]);
      expect(cell.values).toEqual([[10]]);
      expect(cell.address).toBe("'O''Brien Sales'!C4");
      expect(big.address).toBe("'O''Brien Sales'!B3:B5");
      expect(empty.isNullObject).toBe(true);
    });
  });
});

describe('fake Excel: how written text is stored', () => {
  test('"=..." written to values or formulas becomes a formula; "@"-formatted cells keep it as text', async () => {
    const fake = createFakeExcel(seed(), { formulaPlaceholder: 0 });
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      ws.getRange('A1:D1').values = [['=SUM(B1)', '-abc', '123', 'TRUE']];
      ws.getRange('A2').formulas = [['=1+1']];
      const t = ws.getRange('A3:B3');
      t.numberFormat = [['@', '@']];
      t.formulas = [['=SUM(A1)', '2026-01']];
      await ctx.sync();
    });
    const wb = fake.workbook;
    expect(wb.formula('Other', 'A1')).toBe('=SUM(B1)');
    expect(wb.value('Other', 'A1')).toBe(0);
    expect(wb.formula('Other', 'B1')).toBe('=-abc');
    expect(wb.value('Other', 'C1')).toBe(123);
    expect(wb.value('Other', 'D1')).toBe(true);
    expect(wb.formula('Other', 'A2')).toBe('=1+1');
    expect(wb.formula('Other', 'A3')).toBeNull();
    expect(wb.value('Other', 'A3')).toBe('=SUM(A1)');
    expect(wb.value('Other', 'B3')).toBe('2026-01');
  });

  test('null entries leave cells unchanged; formulas read back the formula, values the seeded value', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', values: [[1, 2, 99]], formulas: [[1, 2, '=A1+B1']] }] });
    await fake.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:C1');
      r.values = [[null as unknown as number, 5, null as unknown as number]];
      r.load('values,formulas');
      await ctx.sync();
      expect(r.values).toEqual([[1, 5, 99]]);
      expect(r.formulas).toEqual([[1, 5, '=A1+B1']]);
    });
  });
});

describe('fake Excel: payload limit', () => {
  test('a sync over the limit rejects with RequestPayloadSizeLimitExceeded and applies nothing of that batch', async () => {
    const fake = createFakeExcel(seed(), { payloadLimitBytes: 2000 });
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      ws.getRange('A1').values = [['small']];
      ws.getRange('A2:A101').values = Array.from({ length: 100 }, (_, i) => [`row ${i} with some padding text`]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      expect(fake.workbook.value('Other', 'A1')).toBe('');
      expect(fake.workbook.value('Other', 'A2')).toBe('');
      // the context stays usable and a small batch goes through
      ws.getRange('A1').values = [['small']];
      await ctx.sync();
    });
    expect(fake.workbook.value('Other', 'A1')).toBe('small');
    const log = fake.syncLog();
    expect(log.map((s) => s.ok)).toEqual([false, true]);
    expect(log[0].bytes).toBeGreaterThan(2000);
  });

  test('default limit is 5 MB: a ~6 MB write fails, a ~1 MB write passes', async () => {
    const fake = createFakeExcel(seed());
    const col = (n: number, len: number) => Array.from({ length: n }, () => ['x'.repeat(len)]);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      ws.getRange('A1:A6000').values = col(6000, 1000);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      ws.getRange('A1:A1000').values = col(1000, 1000);
      await ctx.sync();
    });
    expect(String(fake.workbook.value('Other', 'A1000')).length).toBe(1000);
  });
});

describe('fake Excel: workbook objects', () => {
  test('worksheets add/visibility/position/tabColor/freeze, names, settings, custom conditional formats', async () => {
    const fake = createFakeExcel(seed());
    await fake.Excel.run(async (ctx) => {
      const wb = ctx.workbook;
      const ws = wb.worksheets.add('Var');
      ws.tabColor = '#112233';
      ws.freezePanes.freezeAt(ws.getRange('A1:B3'));
      const hidden = wb.worksheets.add('_Hidden');
      hidden.visibility = 'VeryHidden';
      wb.names.add('BP_AsOf', "='O''Brien Sales'!$C$4", 'as-of');
      const cf = ws.getRange('A2:D10').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$D2="Off target"';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      wb.settings.add('bp', { a: 1 });
      const count = ws.getRange('A1:Z100').conditionalFormats.getCount();
      const list = wb.worksheets.load('items/name,items/visibility,items/position');
      await ctx.sync();
      expect(count.value).toBe(1);
      expect(list.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["O'Brien Sales", 'Visible', 0],
        ['Other', 'Visible', 1],
        ['Var', 'Visible', 2],
        ['_Hidden', 'VeryHidden', 3],
      ]);
      const setting = wb.settings.getItemOrNullObject('bp').load('value');
      const missing = wb.settings.getItemOrNullObject('none');
      await ctx.sync();
      expect(setting.value).toEqual({ a: 1 });
      expect(missing.isNullObject).toBe(true);
    });
    const wb = fake.workbook;
    expect(wb.sheet('Var')!.tabColor).toBe('#112233');
    expect(wb.sheet('Var')!.freeze).toEqual({ rows: 3, cols: 2 });
    expect(wb.visibility('_Hidden')).toBe('VeryHidden');
    expect(wb.name('bp_asof')).toEqual({ name: 'BP_AsOf', formula: "='O''Brien Sales'!$C$4", comment: 'as-of' });
    expect(wb.conditionalFormats('Var')).toEqual([
      expect.objectContaining({ address: 'A2:D10', type: 'Custom', formula: '=$D2="Off target"', fill: '#FFC7CE', fontColor: '#9C0006' }),
    ]);
    expect(wb.setting('bp')).toEqual({ a: 1 });
  });

  test('Excel rules: duplicate sheet or name fails; the last visible sheet cannot be hidden', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Only' }] });
    await expect(fake.Excel.run(async (ctx) => void ctx.workbook.worksheets.add('only'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Only').visibility = 'Hidden';
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await fake.Excel.run(async (ctx) => void ctx.workbook.names.add('N1x', '=Only!$A$1'));
    await expect(fake.Excel.run(async (ctx) => void ctx.workbook.names.add('n1x', '=Only!$A$1'))).rejects.toMatchObject({
      code: 'ItemAlreadyExists',
    });
    await expect(fake.Excel.run(async (ctx) => void ctx.workbook.names.add('A1', '=Only!$A$1'))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('requirement sets are configurable; select() activates the sheet and records the selection', async () => {
    const fake = createFakeExcel(seed(), { supportedSets: { ExcelApi: '1.13' } });
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(fake.Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    await expect(fake.Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Other').getRange('B2:C3').select();
      const sel = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(sel.address).toBe('Other!B2:C3');
    });
    expect(fake.workbook.activeSheet()).toBe('Other');
  });
});

describe('fake Excel: response limit', () => {
  test('a sync whose loaded data exceeds the response limit rejects and loads nothing', async () => {
    const values = Array.from({ length: 200 }, (_, i) => [`row ${i} padded out to make it longer`]);
    const fake = createFakeExcel({ sheets: [{ name: 'S', values }] }, { responseLimitBytes: 4000 });
    await fake.Excel.run(async (ctx) => {
      const big = ctx.workbook.worksheets.getItem('S').getRange('A1:A200').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => big.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const small = ctx.workbook.worksheets.getItem('S').getRange('A1:A10').load('values');
      await ctx.sync();
      expect(small.values[9]).toEqual(['row 9 padded out to make it longer']);
    });
  });
});
