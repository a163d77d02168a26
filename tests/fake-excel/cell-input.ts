/**
 * How Excel stores what is written to Range.values / Range.formulas: "=..." becomes a formula;
 * "+x"/"-x" that is not a number becomes a formula too; numeric text becomes a number; TRUE/FALSE
 * become booleans; a cell formatted as Text ("@") keeps every string as text; null leaves the
 * cell unchanged.
 */
import type { CellValue } from '../../src/core/grid';
import type { CellData } from './workbook-data';
import { invalidArgument } from './errors';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

export function applyInput(cell: CellData, input: unknown, placeholder: CellValue): void {
  if (input === null) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument('numbers must be finite');
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input !== 'string') throw invalidArgument(`cannot write a ${typeof input} to a cell`);
  cell.formula = null;
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  const t = input.trim();
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = placeholder;
  } else if (NUMERIC.test(t)) {
    cell.value = Number(t);
  } else if (/^[+-]/.test(input) && input.length > 1) {
    cell.formula = `=${input}`;
    cell.value = placeholder;
  } else if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === 'true';
  } else {
    cell.value = input;
  }
}

export function valueTypeOf(c: CellData | undefined): Excel.RangeValueType {
  if (!c || c.value === '') return 'Empty' as Excel.RangeValueType;
  if (typeof c.value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof c.value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  if (ERROR_TEXT.test(c.value)) return 'Error' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}
