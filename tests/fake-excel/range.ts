/** The fake Excel.Range and its format / conditional-format proxies. */
import type { CellValue } from '../../src/core/grid';
import { FakeClientObject, FakeClientResult, propList } from './client-object';
import type { FakeRequestContext } from './context';
import { qualifiedA1, rectA1, MAX_ROWS, MAX_COLS, type Rect } from './address';
import { applyInput, valueTypeOf } from './cell-input';
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from './errors';
import type { CellData, ConditionalFormatData, SheetData } from './workbook-data';
import { cellKey, COL_SPAN, emptyCell } from './workbook-data';

/** Above this many cells a load or per-cell write is refused (Excel would hit response limits). */
const MAX_CELLS = 2_000_000;

type RangeData = 'values' | 'formulas' | 'numberFormat';

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export { intersects, contains };

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
    this._write({ set: kind, v }, () => {
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

  _forEachCell(r: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
    if (r.rowCount * r.colCount > MAX_CELLS) throw invalidArgument('fake: range too large for a per-cell write');
    for (let i = 0; i < r.rowCount; i++) for (let j = 0; j < r.colCount; j++) fn(r.row + i, r.col + j, i, j);
  }

  /** Applies a per-cell change to every cell of the range (at sync). */
  _formatWrite(what: string, value: unknown, fn: (c: CellData) => void): void {
    this._write({ set: what, v: value }, () => {
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
    this._write({ m: 'clear', applyTo: mode }, () => {
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

function cfRect(cf: ConditionalFormatData): Rect {
  const [a, b] = cf.address.split(':');
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { row: s.row, col: s.col, rowCount: e.row - s.row + 1, colCount: e.col - s.col + 1 };
}

export { cfRect };

/** Range.getMergedAreasOrNullObject(): the merged areas intersecting the range (ExcelApi 1.13). */
export class FakeRangeAreas extends FakeClientObject implements Pick<Excel.RangeAreas, 'address' | 'areaCount'> {
  constructor(private readonly _range: FakeRange) {
    super(_range._ctx, true);
    this._resolveAtSync('getMergedAreasOrNullObject', () => this._areas().length > 0, true);
  }
  private _areas(): Rect[] {
    const r = this._range._rect();
    return this._range._sheet().merged.filter((m) => intersects(m, r));
  }
  protected _scalarProps(): string[] {
    return ['address', 'areaCount'];
  }
  protected _snapshot(prop: string): unknown {
    const name = this._range._sheet().name;
    if (prop === 'areaCount') return this._areas().length;
    return this._areas()
      .map((a) => qualifiedA1(name, a))
      .join(',');
  }
  get address(): string {
    return this._prop('address');
  }
  get areaCount(): number {
    return this._prop('areaCount');
  }
}

export class FakeRangeFont implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size'> {
  constructor(private readonly _r: FakeRange) {}
  private _no(p: string): never {
    throw propertyNotLoaded(`format/font/${p}`);
  }
  get bold(): boolean {
    return this._no('bold');
  }
  set bold(v: boolean) {
    this._r._formatWrite('font.bold', v, (c) => (c.font.bold = v));
  }
  get italic(): boolean {
    return this._no('italic');
  }
  set italic(v: boolean) {
    this._r._formatWrite('font.italic', v, (c) => (c.font.italic = v));
  }
  get color(): string {
    return this._no('color');
  }
  set color(v: string) {
    this._r._formatWrite('font.color', v, (c) => (c.font.color = v));
  }
  get size(): number {
    return this._no('size');
  }
  set size(v: number) {
    this._r._formatWrite('font.size', v, (c) => (c.font.size = v));
  }
}

export class FakeRangeFill implements Pick<Excel.RangeFill, 'color'> {
  constructor(private readonly _r: FakeRange) {}
  get color(): string {
    throw propertyNotLoaded('format/fill/color');
  }
  set color(v: string) {
    this._r._formatWrite('fill.color', v, (c) => (c.fill = v));
  }
  clear(): void {
    this._r._formatWrite('fill.clear', null, (c) => (c.fill = undefined));
  }
}

export class FakeRangeBorder implements Pick<Excel.RangeBorder, 'style' | 'color'> {
  constructor(
    private readonly _r: FakeRange,
    private readonly _edge: string,
  ) {}
  get style(): Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot' {
    throw propertyNotLoaded('style');
  }
  set style(v: Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot') {
    this._r._formatWrite(`border.${this._edge}.style`, v, (c) => {
      c.borders[this._edge] = { ...c.borders[this._edge], style: String(v) };
    });
  }
  get color(): string {
    throw propertyNotLoaded('color');
  }
  set color(v: string) {
    this._r._formatWrite(`border.${this._edge}.color`, v, (c) => {
      c.borders[this._edge] = { style: c.borders[this._edge]?.style ?? 'Continuous', color: v };
    });
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class FakeRangeBorderCollection {
  constructor(private readonly _r: FakeRange) {}
  getItem(index: string): FakeRangeBorder {
    if (!EDGES.includes(index)) throw invalidArgument(`bad border index ${index}`);
    return new FakeRangeBorder(this._r, index);
  }
}

export class FakeRangeFormat extends FakeClientObject implements Pick<Excel.RangeFormat, 'columnWidth' | 'wrapText'> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;
  constructor(private readonly _r: FakeRange) {
    super(_r._ctx, false);
    this.font = new FakeRangeFont(_r);
    this.fill = new FakeRangeFill(_r);
    this.borders = new FakeRangeBorderCollection(_r);
  }
  protected _scalarProps(): string[] {
    return ['columnWidth'];
  }
  protected _snapshot(): unknown {
    const r = this._r._rect();
    return this._r._sheet().columnWidths.get(r.col) ?? 48;
  }
  get columnWidth(): number {
    return this._prop('columnWidth');
  }
  set columnWidth(v: number) {
    this._write({ set: 'columnWidth', v }, () => {
      const r = this._r._rect();
      const s = this._r._sheet();
      if (!(v >= 0)) throw invalidArgument('column width must be >= 0');
      for (let c = r.col; c < r.col + r.colCount; c++) s.columnWidths.set(c, v);
      this._r._wb().writes.push({ sheet: s.name, what: 'columnWidth', address: rectA1(r) });
    });
  }
  get wrapText(): boolean {
    throw propertyNotLoaded('wrapText');
  }
  set wrapText(v: boolean) {
    this._r._formatWrite('wrapText', v, (c) => (c.wrapText = v));
  }
  /** Sets each column's width from its longest text (about 7 points per character). */
  autofitColumns(): void {
    this._write({ m: 'autofitColumns' }, () => {
      const r = this._r._rect();
      const s = this._r._sheet();
      for (let col = r.col; col < r.col + r.colCount; col++) {
        let longest = 0;
        for (const [k, c] of s.cells) if (k % COL_SPAN === col) longest = Math.max(longest, String(c.value).length);
        s.columnWidths.set(col, Math.max(12, longest * 7));
      }
      this._r._wb().writes.push({ sheet: s.name, what: 'autofitColumns', address: rectA1(r) });
    });
  }
}

// ---- conditional formats (Range.conditionalFormats) ----

export class FakeConditionalFormatCollection extends FakeClientObject {
  private _items: FakeConditionalFormat[] | null = null;
  constructor(private readonly _r: FakeRange) {
    super(_r._ctx, false);
  }
  protected _scalarProps(): string[] {
    return ['items'];
  }
  protected _snapshot(): unknown {
    return null;
  }
  private _current(): ConditionalFormatData[] {
    const r = this._r._rect();
    return this._r._sheet().conditionalFormats.filter((cf) => intersects(cfRect(cf), r));
  }
  override load(names?: string | string[]): this {
    const props = (propList(names) ?? []).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this._ctx._enqueue({
      payload: { load: props },
      apply: () => {
        this._items = this._current().map((d) => FakeConditionalFormat._existing(this._r, d, props));
      },
    });
    return this;
  }
  get items(): FakeConditionalFormat[] {
    if (!this._items) throw propertyNotLoaded('items');
    return this._items;
  }
  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): FakeConditionalFormat {
    if (type !== 'Custom') throw invalidArgument(`fake supports only "Custom" conditional formats, not ${String(type)}`);
    const cf = new FakeConditionalFormat(this._r);
    this._r._write({ m: 'conditionalFormats.add', type }, () => {
      const s = this._r._sheet();
      const wb = this._r._wb();
      const data: ConditionalFormatData = {
        id: wb.nextConditionalFormatId(),
        address: rectA1(this._r._rect()),
        type: 'Custom',
        formula: null,
        fill: null,
        fontColor: null,
        bold: null,
      };
      s.conditionalFormats.push(data);
      cf._data = data;
      wb.writes.push({ sheet: s.name, what: 'conditionalFormat', address: data.address });
    });
    return cf;
  }
  getCount(): FakeClientResult<number> {
    const res = new FakeClientResult<number>();
    this._ctx._enqueue({ payload: { m: 'getCount' }, apply: () => res._resolve(this._current().length) });
    return res;
  }
  clearAll(): void {
    this._r._write({ m: 'conditionalFormats.clearAll' }, () => {
      const r = this._r._rect();
      const s = this._r._sheet();
      s.conditionalFormats = s.conditionalFormats.filter((cf) => !intersects(cfRect(cf), r));
      this._r._wb().writes.push({ sheet: s.name, what: 'conditionalFormats.clearAll', address: rectA1(r) });
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject implements Pick<Excel.ConditionalFormat, 'id' | 'priority' | 'stopIfTrue'> {
  _data: ConditionalFormatData | null = null;
  readonly custom: FakeCustomConditionalFormat;
  constructor(readonly _r: FakeRange) {
    super(_r._ctx, false);
    this.custom = new FakeCustomConditionalFormat(this);
  }
  static _existing(r: FakeRange, d: ConditionalFormatData, props: string[]): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(r);
    cf._data = d;
    for (const p of props) cf._setLoaded(p, cf._snapshot(p));
    return cf;
  }
  _d(): ConditionalFormatData {
    if (!this._data) throw new FakeOfficeError('ItemNotFound', 'conditional format not created');
    return this._data;
  }
  protected _scalarProps(): string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }
  protected _snapshot(prop: string): unknown {
    const d = this._d();
    if (prop === 'id') return String(d.id);
    if (prop === 'type') return d.type;
    if (prop === 'priority') return 0;
    return false;
  }
  get id(): string {
    return this._prop('id');
  }
  get type(): Excel.ConditionalFormatType | 'Custom' {
    return this._prop('type');
  }
  get priority(): number {
    return this._prop('priority');
  }
  set priority(_v: number) {
    // Priorities are not modelled.
  }
  get stopIfTrue(): boolean {
    return this._prop('stopIfTrue');
  }
  set stopIfTrue(_v: boolean) {
    // Not modelled.
  }
  _set(what: string, v: unknown, fn: (d: ConditionalFormatData) => void): void {
    this._r._write({ set: `cf.${what}`, v }, () => fn(this._d()));
  }
  delete(): void {
    this._r._write({ m: 'cf.delete' }, () => {
      const s = this._r._sheet();
      s.conditionalFormats = s.conditionalFormats.filter((x) => x !== this._d());
    });
  }
}

export class FakeCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: { fill: { color: string }; font: { color: string; bold: boolean } };
  constructor(cf: FakeConditionalFormat) {
    const no = (p: string): never => {
      throw propertyNotLoaded(p);
    };
    const rule: Pick<Excel.ConditionalFormatRule, 'formula'> = {
      get formula(): string {
        return no('formula');
      },
      set formula(v: string) {
        if (typeof v !== 'string' || !v.startsWith('=')) throw invalidArgument('a custom rule formula starts with "="');
        cf._set('formula', v, (d) => (d.formula = v));
      },
    };
    const fill: Pick<Excel.ConditionalRangeFill, 'color'> = {
      get color(): string {
        return no('color');
      },
      set color(v: string) {
        cf._set('fill', v, (d) => (d.fill = v));
      },
    };
    const font: Pick<Excel.ConditionalRangeFont, 'color' | 'bold'> = {
      get color(): string {
        return no('color');
      },
      set color(v: string) {
        cf._set('fontColor', v, (d) => (d.fontColor = v));
      },
      get bold(): boolean {
        return no('bold');
      },
      set bold(v: boolean) {
        cf._set('bold', v, (d) => (d.bold = v));
      },
    };
    this.rule = rule;
    this.format = { fill, font };
  }
}

export class FakeTable extends FakeClientObject implements Pick<Excel.Table, 'name'> {
  constructor(
    r: FakeRange,
    private readonly _t: { name: string; rect: Rect },
  ) {
    super(r._ctx, false);
  }
  protected _scalarProps(): string[] {
    return ['name'];
  }
  protected _snapshot(): unknown {
    return this._t.name;
  }
  get name(): string {
    return this._prop('name');
  }
}

export class FakeTableScopedCollection extends FakeClientObject {
  private _items: FakeTable[] | null = null;
  constructor(
    private readonly _r: FakeRange,
    private readonly _fully: boolean,
  ) {
    super(_r._ctx, false);
  }
  protected _scalarProps(): string[] {
    return [];
  }
  protected _snapshot(): unknown {
    return null;
  }
  private _current(): { name: string; rect: Rect }[] {
    const r = this._r._rect();
    return this._r._sheet().tables.filter((t) => (this._fully ? contains(r, t.rect) : intersects(r, t.rect)));
  }
  override load(names?: string | string[]): this {
    const props = (propList(names) ?? ['name']).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this._ctx._enqueue({
      payload: { load: props },
      apply: () => {
        this._items = this._current().map((t) => {
          const item = new FakeTable(this._r, t);
          for (const p of props) item._setLoaded(p, t.name);
          return item;
        });
      },
    });
    return this;
  }
  get items(): FakeTable[] {
    if (!this._items) throw propertyNotLoaded('items');
    return this._items;
  }
  getCount(): FakeClientResult<number> {
    const res = new FakeClientResult<number>();
    this._ctx._enqueue({ payload: { m: 'getCount' }, apply: () => res._resolve(this._current().length) });
    return res;
  }
}

export class FakeRangeView extends FakeClientObject implements Pick<Excel.RangeView, 'cellAddresses' | 'rowCount' | 'columnCount'> {
  constructor(private readonly _r: FakeRange) {
    super(_r._ctx, false);
  }
  private _visible(): { rows: number[]; cols: number[] } {
    const r = this._r._rect();
    const s = this._r._sheet();
    const rows: number[] = [];
    const cols: number[] = [];
    if (r.rowCount * r.colCount > MAX_CELLS) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'range too large');
    for (let i = r.row; i < r.row + r.rowCount; i++) if (!s.hiddenRows.has(i)) rows.push(i);
    for (let j = r.col; j < r.col + r.colCount; j++) if (!s.hiddenCols.has(j)) cols.push(j);
    return { rows, cols };
  }
  protected _scalarProps(): string[] {
    return ['cellAddresses', 'rowCount', 'columnCount'];
  }
  protected _snapshot(prop: string): unknown {
    const v = this._visible();
    if (prop === 'rowCount') return v.rows.length;
    if (prop === 'columnCount') return v.cols.length;
    const name = this._r._sheet().name;
    return v.rows.map((row) => v.cols.map((col) => qualifiedA1(name, { row, col, rowCount: 1, colCount: 1 })));
  }
  // any[][]: as typed in @types/office-js (RangeView.cellAddresses).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get cellAddresses(): any[][] {
    return this._prop('cellAddresses');
  }
  get rowCount(): number {
    return this._prop('rowCount');
  }
  get columnCount(): number {
    return this._prop('columnCount');
  }
}
