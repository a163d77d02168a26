/**
 * The same use case through both hosts: buildVariance on the example budget via OfficeHost
 * (on the fake Excel) and via XlsxHost must plan the same workbook, and the Office host must
 * put every planned cell in place. Also the sync budget of the whole use case.
 */
import { buildVariance } from '../../../src/app';
import { reportJson } from '../../../src/app/report-json';
import { toA1 } from '../../../src/core/a1';
import type { PlanCell } from '../../../src/core/plan/types';
import { OfficeHost } from '../../../src/host/office/office-host';
import { XlsxHost, readWorksheetGrid } from '../../../src/host/xlsx';
import { buildExampleWorkbook, EXAMPLE_SHEET } from '../../../scripts/make-example';
import { createFakeExcel, type FakeWorkbookSeed } from '../../fake-excel';
import { parseA1 } from '../../../src/core/a1';

function exampleSeed(): FakeWorkbookSeed {
  const wb = buildExampleWorkbook();
  const g = readWorksheetGrid(wb.getWorksheet(EXAMPLE_SHEET)!, false);
  return {
    sheets: [
      {
        name: EXAMPLE_SHEET,
        origin: toA1(g.origin.row, g.origin.col),
        values: g.values,
        formulas: g.formulas,
        numberFormats: g.numberFormats,
      },
    ],
  };
}

function expectPlanCell(fake: ReturnType<typeof createFakeExcel>, sheet: string, a1: string, c: PlanCell): void {
  const wb = fake.workbook;
  if (c === null) {
    expect([a1, wb.value(sheet, a1), wb.formula(sheet, a1)]).toEqual([a1, '', null]);
  } else if (c.kind === 'formula') {
    expect([a1, wb.formula(sheet, a1)]).toEqual([a1, c.formula]);
    if (c.format) expect([a1, wb.numberFormat(sheet, a1)]).toEqual([a1, c.format]);
  } else {
    expect([a1, wb.formula(sheet, a1), wb.value(sheet, a1)]).toEqual([a1, null, c.value ?? '']);
  }
}

describe('buildVariance through OfficeHost', () => {
  test('plans what the xlsx host plans and writes every planned cell, in few syncs', async () => {
    const fake = createFakeExcel(exampleSeed(), { supportedSets: { ExcelApi: '1.13' } });
    const office = new OfficeHost(fake.Excel, fake.Office);
    const viaOffice = await buildVariance(office);
    const viaXlsx = await buildVariance(new XlsxHost(buildExampleWorkbook()));

    expect(reportJson(viaOffice.analysis)).toEqual(reportJson(viaXlsx.analysis));
    expect(viaOffice.plan).toEqual(viaXlsx.plan);
    expect(viaOffice.apply.syncs).toBeLessThanOrEqual(3);

    const sheet = viaOffice.varianceSheet;
    let checked = 0;
    for (const s of viaOffice.plan.sheets) {
      for (const b of s.blocks) {
        const top = parseA1(b.at);
        b.cells.forEach((row, i) =>
          row.forEach((c, j) => {
            expectPlanCell(fake, s.name, toA1(top.row + i, top.col + j), c);
            checked++;
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(27 * 10);
    expect(fake.workbook.writtenSheets()).not.toContain(EXAMPLE_SHEET);
    expect(fake.workbook.nameList().map((n) => n.name).sort()).toEqual(viaOffice.plan.names.map((n) => n.name).sort());
    expect(fake.workbook.conditionalFormats(sheet).length).toBe(viaOffice.plan.sheets[0].conditionalFormats.length);
  });

  test('a comment typed into the variance sheet survives a refresh, as text', async () => {
    const fake = createFakeExcel(exampleSeed());
    const office = new OfficeHost(fake.Excel, fake.Office);
    const first = await buildVariance(office);
    const input = first.plan.sheets[0].inputs.find((i) => i.id === 'comment');
    expect(input).toBeDefined();
    const a1 = toA1(first.lineRows[3] - 1, input!.col);
    fake.workbook.typeInto(first.varianceSheet, a1, '-5% because of the Q3 promo');
    fake.resetCounts();
    const second = await buildVariance(office);
    expect(second.varianceSheet).toBe(first.varianceSheet);
    const again = toA1(second.lineRows[3] - 1, input!.col);
    expect(fake.workbook.value(second.varianceSheet, again)).toBe('-5% because of the Q3 promo');
    expect(fake.workbook.formula(second.varianceSheet, again)).toBeNull();
    // whole refresh: reads (sheet list, state, grids) + writes, all batched
    expect(fake.syncCount()).toBeLessThanOrEqual(12);
  });
});

describe('buildVariance through OfficeHost at scale', () => {
  test('5,000 lines x 12 months: writes go in ~4 MB syncs, none over Excel on the web limit', async () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const header = ['Region', 'Product', 'Rep', ...months.flatMap((m) => [`${m}-26 Budget`, `${m}-26 Actual`])];
    const values: (string | number)[][] = [header];
    for (let i = 0; i < 5000; i++) {
      values.push([`R${i % 7}`, `P${i % 13}`, `Rep ${i}`, ...months.flatMap((_, k) => [1000 + i + k, k < 8 ? 950 + i + k * 3 : ''])]);
    }
    const fake = createFakeExcel({ sheets: [{ name: 'Budget', values }] });
    const built = await buildVariance(new OfficeHost(fake.Excel, fake.Office));
    const log = fake.syncLog();
    expect(log.every((s) => s.ok && s.bytes <= 5 * 1024 * 1024 && (s.responseBytes ?? 0) <= 5 * 1024 * 1024)).toBe(true);
    const writeBytes = log.slice(-built.apply.syncs).reduce((a, s) => a + s.bytes, 0);
    expect(writeBytes).toBeGreaterThan(8 * 1024 * 1024); // big enough to need several requests
    // 1 load sync + one sync per ~4 MB of writes (+1 for packing slack)
    expect(built.apply.syncs).toBeLessThanOrEqual(1 + Math.ceil(writeBytes / (4 * 1024 * 1024)) + 1);
    expect(built.lineRows).toHaveLength(5000);
    const last = built.lineRows[4999];
    expect(fake.workbook.value(built.varianceSheet, toA1(last - 1, 2))).not.toBe('');
  }, 60000);
});
