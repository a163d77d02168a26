/**
 * Browser entry: bundled as a fake office.js for the Chromium end-to-end test. Reads
 * window.__FAKE_EXCEL_SEED__ (a FakeWorkbookSeed) and window.__FAKE_EXCEL_OPTIONS__, then
 * installs window.Office and window.Excel, and exposes the fake (inspection API) as
 * window.__FAKE_EXCEL__.
 */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeWorkbookSeed } from './index';

interface FakeWindow {
  __FAKE_EXCEL_SEED__?: FakeWorkbookSeed;
  __FAKE_EXCEL_OPTIONS__?: FakeExcelOptions;
  __FAKE_EXCEL__?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
}

const w = globalThis as unknown as FakeWindow;
const fake = createFakeExcel(w.__FAKE_EXCEL_SEED__, w.__FAKE_EXCEL_OPTIONS__ ?? {});
w.__FAKE_EXCEL__ = fake;
w.Office = fake.Office;
w.Excel = fake.Excel;
