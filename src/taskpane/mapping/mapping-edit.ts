/**
 * Pure helpers behind the "How the sheet was read" panel: how sure a part is (in words), which
 * columns may be dimensions, and the mapping the user's edits make from the detected one.
 * No React here, so the rules are tested on their own.
 */
import { colToLetters, lettersToCol } from '../../core/a1';
import type { MappedColumn, MappedPeriod, Mapping } from '../../core/model';

export type Sureness = 'sure' | 'likely' | 'guess';

/** "sure" at 0.9 or more, "likely" at 0.6 or more, otherwise a "guess". */
export function surenessOf(confidence: number): Sureness {
  if (confidence >= 0.9) return 'sure';
  if (confidence >= 0.6) return 'likely';
  return 'guess';
}

/** The columns the user may tick as dimensions: the detected dimensions and the type column, by column. */
export function candidateColumns(mapping: Mapping): MappedColumn[] {
  const all = [...mapping.dimensions, ...(mapping.typeColumn ? [mapping.typeColumn] : [])];
  const seen = new Set<number>();
  return all.filter((c) => (seen.has(c.col) ? false : (seen.add(c.col), true))).sort((a, b) => a.col - b.col);
}

/** The last column Excel has (XFD), 0-based. */
const LAST_COL = 16383;

/**
 * A column typed as letters ("D", "ab"): its 0-based column, null when left empty, or
 * 'invalid' when it is not A..XFD.
 */
export function columnOfLetters(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  if (!/^[A-Za-z]{1,3}$/.test(t)) return 'invalid';
  const col = lettersToCol(t);
  return col <= LAST_COL ? col : 'invalid';
}

/** The letters of a column for an input, "" for none. */
export function lettersOf(col: number | null): string {
  return col === null ? '' : colToLetters(col);
}

/** The letters typed for one period's budget and actual columns. */
export interface PeriodColsEdit {
  budget: string;
  actual: string;
}

/** What the user can change: the 1-based header row, the dimension columns, the type column (or none). */
export interface MappingEdit {
  /** 1-based, as Excel shows row numbers. */
  headerRow: number;
  /** 0-based absolute columns ticked as dimensions. */
  dimensionCols: number[];
  /** 0-based absolute column of the type column, or null for none (every line revenue). */
  typeCol: number | null;
  /** Letters typed per period, in mapping.periods order (absent: periods unchanged). */
  periodCols?: PeriodColsEdit[];
  /** Letters typed for the measure column (stacked), a long table's date and amount columns. */
  measureCol?: string;
  dateCol?: string;
  amountCol?: string;
}

/** Which typed column is wrong: 'invalid' letters, or 'required' (empty where a column is needed). */
export type ColumnError = 'invalid' | 'required';

/** The error of one typed column, or null when it is fine. A budget, measure, date or amount column is required. */
export function columnError(text: string, required: boolean): ColumnError | null {
  const c = columnOfLetters(text);
  if (c === 'invalid') return 'invalid';
  if (c === null && required) return 'required';
  return null;
}

/** Whether every typed column of the edit is fine (the panel enables Apply only then). */
export function columnsValid(edit: MappingEdit): boolean {
  const texts: [string, boolean][] = [];
  for (const p of edit.periodCols ?? []) texts.push([p.budget, true], [p.actual, false]);
  for (const t of [edit.measureCol, edit.dateCol, edit.amountCol]) if (t !== undefined) texts.push([t, true]);
  return texts.every(([t, req]) => columnError(t, req) === null);
}

/** The edit that leaves the detected mapping as it is. */
export function editOf(mapping: Mapping): MappingEdit {
  return {
    headerRow: mapping.headerRow + 1,
    dimensionCols: mapping.dimensions.map((d) => d.col),
    typeCol: mapping.typeColumn?.col ?? null,
    periodCols: mapping.periods.map((p) => ({ budget: lettersOf(p.budgetCol), actual: lettersOf(p.actualCol) })),
    ...(mapping.measureColumn ? { measureCol: lettersOf(mapping.measureColumn.col) } : {}),
    ...(mapping.long ? { dateCol: lettersOf(mapping.long.dateColumn.col), amountCol: lettersOf(mapping.long.amountColumn.col) } : {}),
  };
}

/** A column the user typed: the new column when it is valid and different, otherwise `c` as it was. */
function retyped(c: MappedColumn, text: string | undefined): MappedColumn {
  if (text === undefined) return c;
  const col = columnOfLetters(text);
  if (col === null || col === 'invalid' || col === c.col) return c;
  return { ...c, col, confidence: 1, reason: 'set by the user' };
}

/** A period with the columns the user typed; a changed column forgets its header text (it is not known here). */
function retypedPeriod(p: MappedPeriod, e: PeriodColsEdit | undefined): MappedPeriod {
  if (!e) return p;
  const b = columnOfLetters(e.budget);
  const a = columnOfLetters(e.actual);
  // An invalid or missing budget column keeps the detected one (the panel does not apply then).
  const budgetCol = b === 'invalid' || b === null ? p.budgetCol : b;
  const actualCol = a === 'invalid' ? p.actualCol : a;
  const budgetChanged = budgetCol !== p.budgetCol;
  const actualChanged = actualCol !== p.actualCol;
  if (!budgetChanged && !actualChanged) return p;
  return {
    ...p,
    budgetCol,
    actualCol,
    budgetHeader: budgetChanged ? null : p.budgetHeader,
    actualHeader: actualChanged ? null : p.actualHeader,
    confidence: 1,
    reason: 'set by the user',
  };
}

/** Whether the header row typed is a whole row number (1 or more). */
export function headerRowValid(headerRow: number): boolean {
  return Number.isInteger(headerRow) && headerRow >= 1;
}

/**
 * The detected mapping with the user's edits: the header row moved (the data keeps its offset
 * below it), the ticked columns as dimensions and the chosen type column. A part the user set
 * is sure (confidence 1, reason "set by the user"); untouched parts keep detection's words.
 */
export function applyEdit(mapping: Mapping, edit: MappingEdit): Mapping {
  const byCol = new Map(candidateColumns(mapping).map((c) => [c.col, c]));
  const user = (c: MappedColumn): MappedColumn => ({ ...c, confidence: 1, reason: 'set by the user' });
  const headerRow = edit.headerRow - 1;
  const headerMoved = headerRow !== mapping.headerRow;
  const detectedDims = mapping.dimensions.map((d) => d.col);
  const dimsChanged = detectedDims.length !== edit.dimensionCols.length || detectedDims.some((c) => !edit.dimensionCols.includes(c));
  const dimensions = [...edit.dimensionCols]
    .sort((a, b) => a - b)
    .map((col) => byCol.get(col))
    .filter((c): c is MappedColumn => c !== undefined)
    .map((c) => (dimsChanged ? user(c) : c));
  const typeChanged = edit.typeCol !== (mapping.typeColumn?.col ?? null);
  const typeSource = edit.typeCol === null ? null : (byCol.get(edit.typeCol) ?? null);
  const typeColumn = typeSource ? (typeChanged ? user(typeSource) : typeSource) : null;
  return {
    ...mapping,
    headerRow,
    firstDataRow: mapping.firstDataRow + (headerRow - mapping.headerRow),
    ...(headerMoved ? { confidence: 1, reason: 'set by the user' } : {}),
    dimensions,
    typeColumn,
    measureColumn: mapping.measureColumn ? retyped(mapping.measureColumn, edit.measureCol) : null,
    periods: mapping.periods.map((p, i) => retypedPeriod(p, edit.periodCols?.[i])),
    ...(mapping.long
      ? { long: { ...mapping.long, dateColumn: retyped(mapping.long.dateColumn, edit.dateCol), amountColumn: retyped(mapping.long.amountColumn, edit.amountCol) } }
      : {}),
  };
}
