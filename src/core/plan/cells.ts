/** Builders for plan cells, shared by the sheets core plans (variance, forecast). */
import type { CellStyle, PlanCell } from './types';

/** A constant cell. Strings are always written as text, never as formulas. */
export function val(value: string | number | boolean | null, format?: string, style?: CellStyle): PlanCell {
  const c: PlanCell = { kind: 'value', value };
  if (format !== undefined) c.format = format;
  if (style !== undefined) c.style = style;
  return c;
}

/** A formula cell with the TypeScript result it must recalculate to (null: an empty string). */
export function fx(formula: string, result: number | string | boolean | null, format?: string, style?: CellStyle): PlanCell {
  const c: PlanCell = { kind: 'formula', formula, result: result === null ? '' : result };
  if (format !== undefined) c.format = format;
  if (style !== undefined) c.style = style;
  return c;
}
