/**
 * OfficeHost.writeState on the fake Excel: saves the state alone, in few syncs, and never
 * makes Budget Pilot the owner of a sheet it did not create.
 */
import type { BudgetPilotState } from '../../../src/core/plan/types';
import { OfficeHost } from '../../../src/host/office/office-host';
import { STATE_SHEET } from '../../../src/host/office';
import { HostError } from '../../../src/host/workbook-host';
import { createFakeExcel, type FakeSheetSeed } from '../../fake-excel';

const budget: FakeSheetSeed = { name: 'Budget', values: [['Region', 'Jan-26 Budget'], ['North', 100]] };

function state(over: Partial<BudgetPilotState> = {}): BudgetPilotState {
  return {
    version: 1,
    ownedSheets: [],
    source: { sheet: 'Budget', range: 'A1:B2' },
    settings: { asOf: '2026-01', flagPct: 0.1, flagAbs: 500 },
    ...over,
  };
}

/** A state sheet as a host leaves it: JSON in A1, very hidden. */
function stateSheet(s: BudgetPilotState): FakeSheetSeed {
  return { name: STATE_SHEET, values: [[JSON.stringify(s)]], visibility: 'VeryHidden' };
}

async function refusal(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

describe('OfficeHost.writeState', () => {
  test('a fresh workbook: creates the very hidden state sheet, readState gives the state back, 2 syncs', async () => {
    const fake = createFakeExcel({ sheets: [budget] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    const s = state({ settings: { asOf: '2026-01', flagPct: 0.15, flagAbs: 250, fyStartMonth: 4 } });
    await host.writeState(s);
    expect(host.lastSyncs).toBe(2);
    expect(fake.workbook.visibility(STATE_SHEET)).toBe('VeryHidden');
    expect(fake.workbook.writtenSheets()).toEqual([STATE_SHEET]);
    expect(await host.readState()).toEqual(s);
  });

  test('over a saved state: 3 syncs, the new settings replace the old, owned sheets still present stay owned', async () => {
    const saved = state({ ownedSheets: [{ name: 'Variance', role: 'variance' }, { name: 'Gone', role: 'forecast' }] });
    const fake = createFakeExcel({ sheets: [budget, { name: 'Variance', values: [['x']] }, stateSheet(saved)] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    // The caller lists no owned sheets: Variance stays ours (a refresh must still rebuild it); Gone is not present.
    await host.writeState(state({ settings: { asOf: '2026-03', flagPct: 0.2, flagAbs: 0 } }));
    expect(host.lastSyncs).toBe(3);
    const back = await host.readState();
    expect(back?.settings).toEqual({ asOf: '2026-03', flagPct: 0.2, flagAbs: 0 });
    expect(back?.ownedSheets).toEqual([{ name: 'Variance', role: 'variance' }]);
    expect(fake.workbook.writtenSheets()).toEqual([STATE_SHEET]);
  });

  test('a state longer than one cell is split over A1, A2, ... and read back whole', async () => {
    const fake = createFakeExcel({ sheets: [budget] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    const long = state({ source: { sheet: 'Budget', range: 'A1:' + 'B'.repeat(70000) } });
    await host.writeState(long);
    expect(typeof fake.workbook.value(STATE_SHEET, 'A3')).toBe('string');
    expect(fake.workbook.value(STATE_SHEET, 'A4')).toBe('');
    expect(await host.readState()).toEqual(long);
  });

  test('refuses to claim a sheet somebody else made, and writes nothing', async () => {
    const fake = createFakeExcel({ sheets: [budget, { name: 'Notes', values: [['mine']] }] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    const e = await refusal(host.writeState(state({ ownedSheets: [{ name: 'notes', role: 'variance' }] })));
    expect(e.code).toBe('NOT_OWNED');
    expect(e.message).toContain('Notes'.toLowerCase());
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(fake.workbook.sheetNames()).not.toContain(STATE_SHEET);
    expect(fake.workbook.writtenSheets()).toEqual([]);
  });

  test('refuses to list the source sheet or the state sheet as owned', async () => {
    const saved = state({ ownedSheets: [{ name: 'Budget', role: 'variance' }] }); // a damaged state
    const fake = createFakeExcel({ sheets: [budget, stateSheet(saved)] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    expect((await refusal(host.writeState(state({ ownedSheets: [{ name: 'Budget', role: 'variance' }] })))).code).toBe('NOT_OWNED');
    expect((await refusal(host.writeState(state({ ownedSheets: [{ name: STATE_SHEET, role: 'variance' }] })))).code).toBe('NOT_OWNED');
    expect(await host.readState()).toEqual(saved);
    expect(fake.workbook.writtenSheets()).toEqual([]);
  });

  test('a listed sheet that does not exist is not recorded (a later sheet of that name is somebody else\'s)', async () => {
    const fake = createFakeExcel({ sheets: [budget] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    await host.writeState(state({ ownedSheets: [{ name: 'Variance', role: 'variance' }] }));
    expect((await host.readState())?.ownedSheets).toEqual([]);
  });

  test('a visible "_BudgetPilot" sheet without our state is left alone', async () => {
    const fake = createFakeExcel({ sheets: [budget, { name: STATE_SHEET, values: [['my own notes']] }] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    expect((await refusal(host.writeState(state()))).code).toBe('NOT_OWNED');
    expect(fake.workbook.value(STATE_SHEET, 'A1')).toBe('my own notes');
  });

  test('a state sheet protected with a password gives a clear HostError, not a crash', async () => {
    const fake = createFakeExcel({ sheets: [budget, { ...stateSheet(state()), protected: { password: 'x' } }] });
    const host = new OfficeHost(fake.Excel, fake.Office);
    const e = await refusal(host.writeState(state({ settings: { asOf: null, flagPct: 0.1, flagAbs: 0 } })));
    expect(e.code).toBe('HOST');
    expect((await host.readState())?.settings.asOf).toBe('2026-01');
  });
});
