/**
 * The fake workbook's state (what Excel would hold) plus inspection helpers for tests.
 * Proxies in the fake read and change this only when a batch is synced.
 */
import type { CellValue } from '../../src/core/grid';
import { parseAddress, rectA1, type Rect } from './address';
import { FakeOfficeError, itemNotFound } from './errors';

export interface FontData {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

export interface BorderData {
  style: string;
  color?: string;
}

export interface CellData {
  value: CellValue;
  /** "=..." for formula cells, else null. */
  formula: string | null;
  numberFormat: string;
  font: FontData;
  fill?: string;
  wrapText?: boolean;
  borders: Record<string, BorderData>;
}

export interface ConditionalFormatData {
  id: number;
  /** Local A1 of the range the format applies to. */
  address: string;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface SheetData {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<number, CellData>;
  freeze: { rows: number; cols: number } | null;
  conditionalFormats: ConditionalFormatData[];
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Notes by local A1. */
  notes: Map<string, string>;
  merged: Rect[];
  /** Sheet protection (Review > Protect Sheet); a password when set with one. */
  protection: { protected: boolean; password: string | null; options: Record<string, boolean> };
  /** Excel Tables on the sheet. */
  tables: { name: string; rect: Rect }[];
  /** 0-based hidden rows and columns. */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

export interface NameData {
  name: string;
  /** "=Sheet1!$B$3" */
  formula: string;
  comment: string;
}

export interface WriteRecord {
  sheet: string;
  what: string;
  address: string;
}

export const COL_SPAN = 16384;
export const cellKey = (row: number, col: number): number => row * COL_SPAN + col;

export function emptyCell(): CellData {
  return { value: '', formula: null, numberFormat: 'General', font: {}, borders: {} };
}

export function isBlankCell(c: CellData): boolean {
  return c.formula === null && c.value === '';
}

export function hasFormatting(c: CellData): boolean {
  return (
    c.numberFormat !== 'General' || Object.keys(c.font).length > 0 || c.fill !== undefined || Object.keys(c.borders).length > 0
  );
}

export class FakeWorkbook {
  readonly sheets: SheetData[] = [];
  readonly names = new Map<string, NameData>();
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Every applied cell/format write, for "never touched the source sheet" checks. */
  readonly writes: WriteRecord[] = [];
  private nextSheetId = 1;
  private nextCfId = 1;

  constructor(readonly formulaPlaceholder: CellValue = 0) {}

  // ---- mutation used by the proxies (and by tests simulating a user) ----

  addSheet(name: string): SheetData {
    const s: SheetData = {
      id: `{00000000-0001-0000-0000-${String(this.nextSheetId++).padStart(12, '0')}}`,
      name,
      visibility: 'Visible',
      tabColor: '',
      cells: new Map(),
      freeze: null,
      conditionalFormats: [],
      columnWidths: new Map(),
      notes: new Map(),
      merged: [],
      protection: { protected: false, password: null, options: {} },
      tables: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
    };
    this.sheets.push(s);
    if (this.activeSheetId === null) this.activeSheetId = s.id;
    return s;
  }

  findSheet(name: string): SheetData | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  sheetById(id: string): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheet(name: string): SheetData {
    const s = this.findSheet(name);
    if (!s) throw itemNotFound(`worksheet '${name}'`);
    return s;
  }

  /** Throws like Excel when a protected sheet is changed. */
  guard(s: SheetData): void {
    if (s.protection.protected) {
      throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${s.name}).`);
    }
  }

  nextConditionalFormatId(): number {
    return this.nextCfId++;
  }

  /** Simulates a person typing into a cell (a number, text, or "=formula"). */
  typeInto(sheet: string, a1: string, input: CellValue): void {
    const s = this.requireSheet(sheet);
    const { rect } = parseAddress(a1);
    const c = this.cellFor(s, rect.row, rect.col);
    if (typeof input === 'string' && input.startsWith('=')) {
      c.formula = input;
      c.value = this.formulaPlaceholder;
    } else {
      c.formula = null;
      c.value = input;
    }
  }

  cellFor(s: SheetData, row: number, col: number): CellData {
    const k = cellKey(row, col);
    let c = s.cells.get(k);
    if (!c) {
      c = emptyCell();
      s.cells.set(k, c);
    }
    return c;
  }

  peek(s: SheetData, row: number, col: number): CellData | undefined {
    return s.cells.get(cellKey(row, col));
  }

  /** Bounding box of non-blank cells (valuesOnly) or of cells with content or formatting. */
  usedRect(s: SheetData, valuesOnly: boolean): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [k, c] of s.cells) {
      if (isBlankCell(c) && (valuesOnly || !hasFormatting(c))) continue;
      const row = Math.floor(k / COL_SPAN);
      const col = k % COL_SPAN;
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    if (r1 < 0) return null;
    return { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
  }

  // ---- inspection helpers for tests ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetData | undefined {
    return this.findSheet(name);
  }

  private at(sheet: string, a1: string): CellData {
    const s = this.requireSheet(sheet);
    const { rect } = parseAddress(a1);
    return this.peek(s, rect.row, rect.col) ?? emptyCell();
  }

  /** The cell's value ("" when empty; the placeholder for unseeded formula cells). */
  value(sheet: string, a1: string): CellValue {
    return this.at(sheet, a1).value;
  }

  /** The formula ("=...") of a formula cell, or null for a constant or empty cell. */
  formula(sheet: string, a1: string): string | null {
    return this.at(sheet, a1).formula;
  }

  numberFormat(sheet: string, a1: string): string {
    return this.at(sheet, a1).numberFormat;
  }

  cell(sheet: string, a1: string): Readonly<CellData> {
    return this.at(sheet, a1);
  }

  /** 2-D values of a range (formula cells give their value), for compact assertions. */
  rangeValues(sheet: string, address: string): CellValue[][] {
    const s = this.requireSheet(sheet);
    const { rect } = parseAddress(address);
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.colCount; c++) row.push(this.peek(s, rect.row + r, rect.col + c)?.value ?? '');
      out.push(row);
    }
    return out;
  }

  usedAddress(sheet: string): string | null {
    const r = this.usedRect(this.requireSheet(sheet), true);
    if (!r) return null;
    return rectA1(r);
  }

  visibility(sheet: string): string {
    return this.requireSheet(sheet).visibility;
  }

  nameList(): NameData[] {
    return [...this.names.values()];
  }

  name(n: string): NameData | undefined {
    return this.names.get(n.toUpperCase());
  }

  conditionalFormats(sheet: string): ConditionalFormatData[] {
    return this.requireSheet(sheet).conditionalFormats;
  }

  setting(key: string): unknown {
    return this.settings.get(key);
  }

  activeSheet(): string | null {
    return this.activeSheetId ? (this.sheetById(this.activeSheetId)?.name ?? null) : null;
  }

  selectedAddress(): string | null {
    if (!this.selection) return null;
    const s = this.sheetById(this.selection.sheetId);
    return s ? `${s.name}!${rectA1(this.selection.rect)}` : null;
  }

  /** Names of sheets that received any write. */
  writtenSheets(): string[] {
    return [...new Set(this.writes.map((w) => w.sheet))];
  }
}
