/** The fake Excel.Range: cell data, addressing, writes, clear, select. */
import type { CellValue } from '../../src/core/grid';
import { FakeClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { qualifiedA1, rectA1, MAX_ROWS, MAX_COLS, type Rect } from './address';
import { applyInput, valueTypeOf } from './cell-input';
import { FakeOfficeError, invalidArgument } from './errors';
import { cfRect, contains, intersects, MAX_CELLS } from './geometry';
import { FakeRangeFormat } from './range-format';
import { FakeConditionalFormatCollection } from './conditional-format';
import { FakeRangeAreas, FakeRangeView, FakeTableScopedCollection } from './range-views';
import type { CellData, SheetData } from './workbook-data';
import { cellKey, COL_SPAN, emptyCell } from './workbook-data';

type RangeData = 'values' | 'formulas' | 'numberFormat';

export class FakeRange
  extends FakeClientObject
  implements Pick<Excel.Range, 'values' | 'formulas' | 'numberFormat' | 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'cellCount'>
{
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private _rectMemo: Rect | null | undefined;

  constructor(
    ctx: FakeRequestContext,
    readonly _sheet: () => SheetData,
    private readonly _rectFn: () => Rect | null,
    nullable = false,
  ) {
    super(ctx, nullable);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = new FakeConditionalFormatCollection(this);
    if (nullable) this._resolveAtSync('range', () => this._rectOrNull() !== null, true);
  }

  _rectOrNull(): Rect | null {
    if (this._rectMemo === undefined) this._rectMemo = this._rectFn();
    return this._rectMemo;
  }

  _rect(): Rect {
    const r = this._rectOrNull();
    if (!r) throw new FakeOfficeError('ItemNotFound', 'The range is a null object.');
    return r;
  }

  _wb() {
    return this._ctx._rt.wb;
  }

  protected _scalarProps(): string[] {
    return ['values', 'formulas', 'numberFormat', 'valueTypes', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount'];
  }

  protected _snapshot(prop: string): unknown {
    const r = this._rect();
    const s = this._sheet();
    switch (prop) {
      case 'address':
        return qualifiedA1(s.name, r);
      case 'rowIndex':
        return r.row;
      case 'columnIndex':
        return r.col;
      case 'rowCount':
        return r.rowCount;
      case 'columnCount':
        return r.colCount;
      case 'cellCount':
        return r.rowCount * r.colCount;
    }
    if (r.rowCount * r.colCount > MAX_CELLS) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'range too large to load');
    const pick = (c: CellData | undefined): unknown => {
      switch (prop) {
        case 'values':
          return c ? c.value : '';
        case 'formulas':
          return c ? (c.formula ?? c.value) : '';
        case 'numberFormat':
          return c ? c.numberFormat : 'General';
        default:
          return valueTypeOf(c);
      }
    };
    const out: unknown[][] = [];
    for (let i = 0; i < r.rowCount; i++) {
      const row: unknown[] = [];
      for (let j = 0; j < r.colCount; j++) row.push(pick(s.cells.get(cellKey(r.row + i, r.col + j))));
      out.push(row);
    }
    return out;
  }

  get values(): CellValue[][] {
    return this._prop('values');
  }
  set values(v: CellValue[][]) {
    this._write2d('values', v);
  }
  get formulas(): (string | number | boolean)[][] {
    return this._prop('formulas');
  }
  set formulas(v: (string | number | boolean)[][]) {
    this._write2d('formulas', v);
  }
  get numberFormat(): string[][] {
    return this._prop('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this._write2d('numberFormat', v);
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._prop('valueTypes');
  }
  get address(): string {
    return this._prop('address');
  }
  get rowIndex(): number {
    return this._prop('rowIndex');
  }
  get columnIndex(): number {
    return this._prop('columnIndex');
  }
  get rowCount(): number {
    return this._prop('rowCount');
  }
  get columnCount(): number {
    return this._prop('columnCount');
  }
  get cellCount(): number {
    return this._prop('cellCount');
  }

  private _write2d(kind: RangeData, v: unknown): void {
    this._edit({ set: kind, v }, () => {
      const r = this._rect();
      const s = this._sheet();
      const wb = this._wb();
      if (Array.isArray(v)) {
        if (v.length !== r.rowCount || v.some((row) => !Array.isArray(row) || row.length !== r.colCount)) {
          throw invalidArgument(
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectA1(r)} is ${r.rowCount}x${r.colCount}).`,
            `Range.${kind}`,
          );
        }
      }
      this._forEachCell(r, (row, col, i, j) => {
        const input = Array.isArray(v) ? (v as unknown[][])[i][j] : v;
        if (input === null || input === undefined) return;
        const c = wb.cellFor(s, row, col);
        if (kind === 'numberFormat') {
          if (typeof input !== 'string') throw invalidArgument('number formats are strings', 'Range.numberFormat');
          c.numberFormat = input;
        } else applyInput(c, input, wb.formulaPlaceholder);
      });
      wb.writes.push({ sheet: s.name, what: kind, address: rectA1(r) });
    });
  }

  /** A write that changes the sheet: refused (AccessDenied) while the sheet is protected. */
  _edit(payload: unknown, apply: () => void): void {
    this._write(payload, () => {
      this._wb().guard(this._sheet());
      apply();
    });
  }

  _forEachCell(r: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
    if (r.rowCount * r.colCount > MAX_CELLS) throw invalidArgument('fake: range too large for a per-cell write');
    for (let i = 0; i < r.rowCount; i++) for (let j = 0; j < r.colCount; j++) fn(r.row + i, r.col + j, i, j);
  }

  /** Applies a per-cell change to every cell of the range (at sync). */
  _formatWrite(what: string, value: unknown, fn: (c: CellData) => void): void {
    this._edit({ set: what, v: value }, () => {
      const r = this._rect();
      const s = this._sheet();
      const wb = this._wb();
      this._forEachCell(r, (row, col) => fn(wb.cellFor(s, row, col)));
      wb.writes.push({ sheet: s.name, what, address: rectA1(r) });
    });
  }

  private _derived(fn: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this._ctx, this._sheet, () => {
      const d = fn(this._rect());
      if (d.row < 0 || d.col < 0 || d.rowCount < 1 || d.colCount < 1 || d.row + d.rowCount > MAX_ROWS || d.col + d.colCount > MAX_COLS) {
        throw invalidArgument('The range is outside the sheet.');
      }
      return d;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this._derived((r) => ({ row: r.row + row, col: r.col + column, rowCount: 1, colCount: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derived((r) => ({ ...r, rowCount: r.rowCount + deltaRows, colCount: r.colCount + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  getRow(row: number): FakeRange {
    return this._derived((r) => ({ row: r.row + row, col: r.col, rowCount: 1, colCount: r.colCount }));
  }

  getColumn(column: number): FakeRange {
    return this._derived((r) => ({ row: r.row, col: r.col + column, rowCount: r.rowCount, colCount: 1 }));
  }

  getEntireColumn(): FakeRange {
    return this._derived((r) => ({ row: 0, col: r.col, rowCount: MAX_ROWS, colCount: r.colCount }));
  }

  select(): void {
    this._write({ m: 'select' }, () => {
      const s = this._sheet();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidSelection', 'Cannot select on a hidden sheet.');
      const wb = this._wb();
      wb.activeSheetId = s.id;
      wb.selection = { sheetId: s.id, rect: this._rect() };
    });
  }

  /** applyTo: "All" (default), "Contents" or "Formats". */
  clear(applyTo?: 'All' | 'Contents' | 'Formats' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    const mode = applyTo ?? 'All';
    this._edit({ m: 'clear', applyTo: mode }, () => {
      const r = this._rect();
      const s = this._sheet();
      for (const [k, c] of [...s.cells]) {
        const row = Math.floor(k / COL_SPAN);
        const col = k % COL_SPAN;
        if (!intersects(r, { row, col, rowCount: 1, colCount: 1 })) continue;
        if (mode === 'All') s.cells.delete(k);
        else if (mode === 'Contents') {
          c.value = '';
          c.formula = null;
        } else if (mode === 'Formats') {
          const e = emptyCell();
          c.numberFormat = e.numberFormat;
          c.font = {};
          c.fill = undefined;
          c.borders = {};
          c.wrapText = undefined;
        }
      }
      if (mode === 'All' || mode === 'Formats') s.conditionalFormats = s.conditionalFormats.filter((cf) => !contains(r, cfRect(cf)));
      this._wb().writes.push({ sheet: s.name, what: `clear:${mode}`, address: rectA1(r) });
    });
  }

  /** Tables intersecting the range (or fully inside it when fullyContained). ExcelApi 1.9. */
  getTables(fullyContained?: boolean): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this, !!fullyContained);
  }

  /** The visible rows and columns of the range. ExcelApi 1.3. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this);
  }
}
