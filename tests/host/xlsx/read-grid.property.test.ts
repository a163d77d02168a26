/**
 * Property test: random worksheets (numbers, text, booleans, dates, errors, formulas with
 * cached results, merges) always read into a rectangular Grid with every written cell in its
 * place, and reading never throws.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { toA1 } from '../../../src/core/a1';
import { dateToSerial } from '../../../src/core/grid';
import { XlsxHost } from '../../../src/host/xlsx';

type Spec =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'date'; d: number }
  | { t: 'err'; v: string }
  | { t: 'formula'; v: number };

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];

const cellArb: fc.Arbitrary<Spec> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => ({ t: 'num' as const, v })),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '').map((v) => ({ t: 'str' as const, v })),
  fc.boolean().map((v) => ({ t: 'bool' as const, v })),
  fc.integer({ min: 0, max: 20000 }).map((d) => ({ t: 'date' as const, d })),
  fc.constantFrom(...ERRORS).map((v) => ({ t: 'err' as const, v })),
  fc.integer({ min: -1000, max: 1000 }).map((v) => ({ t: 'formula' as const, v })),
);

const sheetArb = fc.record({
  cells: fc.array(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 12 }), cellArb), { minLength: 1, maxLength: 40 }),
  merge: fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))),
});

describe('XlsxHost.readGrid on random sheets', () => {
  it('is rectangular, never throws, and puts every written cell where it was written', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async ({ cells, merge }) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('R');
        const written = new Map<string, Spec>();
        for (const [r, c, spec] of cells) written.set(`${r},${c}`, spec);
        for (const [key, spec] of written) {
          const [r, c] = key.split(',').map(Number);
          const cell = ws.getCell(r + 1, c + 1);
          if (spec.t === 'num' || spec.t === 'str' || spec.t === 'bool') cell.value = spec.v;
          else if (spec.t === 'date') {
            cell.value = new Date(Date.UTC(1990, 0, 1) + spec.d * 86400000);
            cell.numFmt = 'yyyy-mm-dd';
          } else if (spec.t === 'err') cell.value = { error: spec.v } as ExcelJS.CellErrorValue;
          else cell.value = { formula: `${spec.v}+0`, result: spec.v } as ExcelJS.CellFormulaValue;
        }
        let mergedCover = new Set<string>();
        if (merge) {
          const [r, c, h, w] = merge;
          if (h * w > 1) {
            ws.mergeCells(r + 1, c + 1, r + h, c + w);
            mergedCover = new Set<string>();
            for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) if (i || j) mergedCover.add(`${r + i},${c + j}`);
          }
        }
        const buf = await wb.xlsx.writeBuffer();
        const host = await XlsxHost.fromBuffer(Buffer.from(buf as ArrayBuffer));
        const g = await host.readGrid('R');
        const rows = g.values.length;
        const cols = g.values[0].length;
        for (const arr of [g.values, g.formulas, g.numberFormats, g.valueTypes!]) {
          expect(arr).toHaveLength(rows);
          for (const row of arr) expect(row).toHaveLength(cols);
        }
        for (const [key, spec] of written) {
          const [r, c] = key.split(',').map(Number);
          const v = g.values[r - g.origin.row]?.[c - g.origin.col];
          const t = g.valueTypes![r - g.origin.row]?.[c - g.origin.col];
          const where = `${toA1(r, c)} ${JSON.stringify(spec)}`;
          if (mergedCover.has(key)) {
            expect({ where, v }).toEqual({ where, v: '' });
            continue;
          }
          if (spec.t === 'num') expect({ where, v, t }).toEqual({ where, v: spec.v, t: 'Double' });
          else if (spec.t === 'str') expect({ where, v, t }).toEqual({ where, v: spec.v, t: 'String' });
          else if (spec.t === 'bool') expect({ where, v, t }).toEqual({ where, v: spec.v, t: 'Boolean' });
          else if (spec.t === 'date') expect({ where, v, t }).toEqual({ where, v: dateToSerial(1990, 1, 1) + spec.d, t: 'Double' });
          else if (spec.t === 'err') expect({ where, v, t }).toEqual({ where, v: spec.v, t: 'Error' });
          else {
            expect({ where, v }).toEqual({ where, v: spec.v });
            expect(g.formulas[r - g.origin.row][c - g.origin.col]).toBe(`=${spec.v}+0`);
          }
        }
      }),
      { numRuns: 60, seed: 20260301 },
    );
  }, 120000);
});
