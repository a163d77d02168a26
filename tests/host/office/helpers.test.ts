/** Pure helpers of the Office host: payload chunking, cell arrays, style rectangles, areas, state. */
import { chunkBySize, packBySize, utf8Bytes } from '../../../src/host/office/payload';
import { isPayloadTooLarge, isResponseTooLarge } from '../../../src/host/office/excel-api';
import { blockArrays, cellFormula, cellNumberFormat, styleRects } from '../../../src/host/office/cell-arrays';
import { splitAreas, mergedFromAddress } from '../../../src/host/office/read-grid';
import { parseStateColumn, stateChunks, STATE_CHUNK } from '../../../src/host/office/state-cells';
import { isValidDefinedName, isValidSheetName } from '../../../src/host/office/apply-plan';
import { readStateFromWorkbook, writeStateToWorkbook } from '../../../src/host/xlsx/state-store';
import type { BudgetPilotState, PlanCell } from '../../../src/core/plan/types';
import ExcelJS from 'exceljs';

describe('payload chunking', () => {
  test('utf8Bytes counts multi-byte characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('预算')).toBe(6);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('😀')).toBe(4);
  });

  test('chunkBySize keeps runs under budget; an oversize row gets its own run', () => {
    expect(chunkBySize([3, 3, 3, 3], 7)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(chunkBySize([10, 1, 1], 5)).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(chunkBySize([], 5)).toEqual([]);
    expect(chunkBySize([1, 1, 1], 100)).toEqual([[0, 3]]);
  });

  test('packBySize keeps order', () => {
    const items = [5, 5, 1, 9, 2].map((bytes, i) => ({ bytes, i }));
    expect(packBySize(items, 10).map((g) => g.map((x) => x.i))).toEqual([[0, 1], [2, 3], [4]]);
  });
});

describe('cell arrays', () => {
  const v = (value: string | number | boolean | null, format?: string): PlanCell => ({ kind: 'value', value, format });

  test('strings get the Text format; formulas and numbers keep theirs; empties are General', () => {
    expect(cellNumberFormat(v('=SUM(A1)'))).toBe('@');
    expect(cellNumberFormat(v('label', '0%'))).toBe('@');
    expect(cellNumberFormat(v(0.5, '0%'))).toBe('0%');
    expect(cellNumberFormat({ kind: 'formula', formula: '=A1', result: 1, format: '#,##0' })).toBe('#,##0');
    expect(cellNumberFormat(null)).toBe('General');
    expect(cellNumberFormat(v(null))).toBe('General');
  });

  test('cell inputs: formulas as text, null and non-finite numbers as empty', () => {
    expect(cellFormula({ kind: 'formula', formula: '=A1*2', result: 2 })).toBe('=A1*2');
    expect(cellFormula(v(null))).toBe('');
    expect(cellFormula(null)).toBe('');
    expect(cellFormula(v(Number.NaN))).toBe('');
    expect(cellFormula(v(true))).toBe(true);
  });

  test('row byte estimates cover the JSON actually sent', () => {
    const cells: PlanCell[][] = [
      [v('预算 "Q1"'), v(12.5, '0.0'), { kind: 'formula', formula: '=IF(A1="x",1,0)', result: 0 }, null],
      [v('back\\slash'), v(-3), v(false), v('tab\there')],
    ];
    const a = blockArrays({ at: 'B2', cells });
    expect(a.width).toBe(4);
    a.rowBytes.forEach((b, i) => {
      const actual = utf8Bytes(JSON.stringify(a.formulas[i])) + utf8Bytes(JSON.stringify(a.numberFormats[i]));
      expect(b).toBeGreaterThanOrEqual(actual);
      expect(b).toBeLessThanOrEqual(actual + 8);
    });
    expect(a.numberFormats[0]).toEqual(['@', '0.0', 'General', 'General']);
  });

  test('ragged rows are refused', () => {
    expect(() => blockArrays({ at: 'A1', cells: [[v(1), v(2)], [v(3)]] })).toThrow(RangeError);
  });

  test('styleRects merges a styled column and a header row into single rectangles', () => {
    const s = (style: 'header' | 'input' | undefined): PlanCell => ({ kind: 'value', value: 1, style });
    const cells: PlanCell[][] = [
      [s('header'), s('header'), s('header')],
      [s(undefined), s(undefined), s('input')],
      [s(undefined), s(undefined), s('input')],
      [s(undefined), s(undefined), s('input')],
      [s('input'), s(undefined), s(undefined)],
    ];
    expect(styleRects(cells)).toEqual([
      { style: 'header', row: 0, col: 0, rowCount: 1, colCount: 3 },
      { style: 'input', row: 1, col: 2, rowCount: 3, colCount: 1 },
      { style: 'input', row: 4, col: 0, rowCount: 1, colCount: 1 },
    ]);
  });
});

describe('merged area addresses', () => {
  test('commas inside quoted sheet names do not split', () => {
    expect(splitAreas("'Sales, East'!A1:B2, 'Sales, East'!D4")).toEqual(["'Sales, East'!A1:B2", "'Sales, East'!D4"]);
    expect(mergedFromAddress('Sheet1!A2:A5,Sheet1!C1:D1')).toEqual([
      { row: 1, col: 0, rowCount: 4, colCount: 1 },
      { row: 0, col: 2, rowCount: 1, colCount: 2 },
    ]);
  });
});

describe('Excel name rules', () => {
  test('sheet and defined names', () => {
    expect(isValidSheetName("O'Brien Sales")).toBe(true);
    expect(isValidSheetName('a'.repeat(31))).toBe(true);
    expect(isValidSheetName('a'.repeat(32))).toBe(false);
    expect(isValidSheetName('Q1/Q2')).toBe(false);
    expect(isValidSheetName("'quoted'")).toBe(false);
    expect(isValidSheetName('')).toBe(false);
    expect(isValidDefinedName('BP_AsOf')).toBe(true);
    expect(isValidDefinedName('BP1')).toBe(false); // a cell address
    expect(isValidDefinedName('R1C1')).toBe(false);
    expect(isValidDefinedName('1abc')).toBe(false);
  });
});

describe('state cells (same layout as the xlsx host)', () => {
  const state: BudgetPilotState = {
    version: 1,
    ownedSheets: Array.from({ length: 1500 }, (_, i) => ({ name: `Sheet ${i} "预算"`, role: 'variance' as const })),
    source: { sheet: 'Budget', range: 'A1:Z99' },
    settings: { asOf: '2026-08', flagPct: 0.1, flagAbs: 5000 },
  };

  test('chunks are at most 30,000 characters and read back to the same state', () => {
    const chunks = stateChunks(state);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= STATE_CHUNK)).toBe(true);
    expect(parseStateColumn(chunks.map((c) => [c]))).toEqual(state);
    expect(parseStateColumn([['{"version":2}']])).toBeNull();
    expect(parseStateColumn([['']])).toBeNull();
  });

  test('the xlsx host reads what the Office host writes and vice versa', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget');
    writeStateToWorkbook(wb, state);
    const col: string[][] = [];
    wb.getWorksheet('_BudgetPilot')!.eachRow((row) => col.push([String(row.getCell(1).value)]));
    expect(col.map((r) => r[0])).toEqual(stateChunks(state));
    expect(parseStateColumn(col)).toEqual(state);
    expect(readStateFromWorkbook(wb)).toEqual(state);
  });
});

describe('recognising Excel size errors', () => {
  test('by code or by message, request and response apart', () => {
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'GeneralException', message: 'The request payload size has exceeded the limit.' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(false);
    expect(isResponseTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isResponseTooLarge({ code: 'InvalidArgument', message: 'bad' })).toBe(false);
    expect(isPayloadTooLarge(null)).toBe(false);
    expect(isPayloadTooLarge('RequestPayloadSizeLimitExceeded')).toBe(false);
  });
});
