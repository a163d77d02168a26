/** The browser entry installs Office/Excel from window.__FAKE_EXCEL_SEED__ and exposes the fake. */
import type { FakeExcel } from '../../fake-excel';

type G = { __FAKE_EXCEL_SEED__?: unknown; __FAKE_EXCEL_OPTIONS__?: unknown; __FAKE_EXCEL__?: FakeExcel; Office?: unknown; Excel?: unknown };

test('installs window.Office / window.Excel over the seeded workbook', async () => {
  const g = globalThis as unknown as G;
  g.__FAKE_EXCEL_SEED__ = { sheets: [{ name: 'Budget', values: [['Region', 5]] }] };
  g.__FAKE_EXCEL_OPTIONS__ = { supportedSets: { ExcelApi: '1.9' } };
  try {
    jest.isolateModules(() => {
      require('../../fake-excel/browser-entry');
    });
    const office = g.Office as FakeExcel['Office'];
    const excel = g.Excel as FakeExcel['Excel'];
    await expect(office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    const values = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Budget').getRange('A1:B1').load('values');
      await ctx.sync();
      return r.values;
    });
    expect(values).toEqual([['Region', 5]]);
    expect(g.__FAKE_EXCEL__!.syncCount()).toBe(1);
    expect(g.__FAKE_EXCEL__!.workbook.sheetNames()).toEqual(['Budget']);
  } finally {
    delete g.__FAKE_EXCEL_SEED__;
    delete g.__FAKE_EXCEL_OPTIONS__;
    delete g.__FAKE_EXCEL__;
    delete g.Office;
    delete g.Excel;
  }
});
