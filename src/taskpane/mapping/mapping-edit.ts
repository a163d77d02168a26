/**
 * Pure helpers behind the "How the sheet was read" panel: how sure a part is (in words), which
 * columns may be dimensions, and the mapping the user's edits make from the detected one.
 * No React here, so the rules are tested on their own.
 */
import type { MappedColumn, Mapping } from '../../core/model';

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

/** What the user can change: the 1-based header row, the dimension columns, the type column (or none). */
export interface MappingEdit {
  /** 1-based, as Excel shows row numbers. */
  headerRow: number;
  /** 0-based absolute columns ticked as dimensions. */
  dimensionCols: number[];
  /** 0-based absolute column of the type column, or null for none (every line revenue). */
  typeCol: number | null;
}

/** The edit that leaves the detected mapping as it is. */
export function editOf(mapping: Mapping): MappingEdit {
  return {
    headerRow: mapping.headerRow + 1,
    dimensionCols: mapping.dimensions.map((d) => d.col),
    typeCol: mapping.typeColumn?.col ?? null,
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
  };
}
