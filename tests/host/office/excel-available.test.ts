/** env.excelAvailable(): lets the pane ask whether the Excel API is loaded without naming the Excel global itself. */
import { excelAvailable } from '../../../src/host/office/env';

type G = { Excel?: unknown };

afterEach(() => {
  delete (globalThis as G).Excel;
});

test('false without the Excel global, true with it', () => {
  expect(excelAvailable()).toBe(false);
  (globalThis as G).Excel = { run: () => Promise.resolve() };
  expect(excelAvailable()).toBe(true);
});
