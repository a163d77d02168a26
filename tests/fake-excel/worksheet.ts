/** The fake Excel.Worksheet, its collection, and freeze panes. */
import { FakeClientObject, FakeClientResult, FakeCollection } from './client-object';
import type { FakeRequestContext } from './context';
import { parseAddress, MAX_ROWS, MAX_COLS, type Rect } from './address';
import { FakeRange } from './range';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import type { SheetData } from './workbook-data';

const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];
type Visibility = Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';

export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export class FakeWorksheet
  extends FakeClientObject
  implements Pick<Excel.Worksheet, 'name' | 'id' | 'position' | 'visibility' | 'tabColor'>
{
  readonly freezePanes: FakeWorksheetFreezePanes;
  readonly notes: FakeNoteCollection;
  readonly protection: FakeWorksheetProtection;

  /** resolve: finds the sheet at sync time (by name, or the one a queued add() created). */
  constructor(
    ctx: FakeRequestContext,
    readonly _resolve: () => SheetData | undefined,
    nullable: boolean,
    what: string,
    check = true,
  ) {
    super(ctx, nullable);
    this.freezePanes = new FakeWorksheetFreezePanes(this);
    this.notes = new FakeNoteCollection(this);
    this.protection = new FakeWorksheetProtection(this);
    if (check)
      this._resolveAtSync(
        what,
        () => {
          this._bound = this._resolve();
          return this._bound !== undefined;
        },
        nullable,
      );
  }

  private _bound: SheetData | undefined;

  /** Binds to the sheet found first (a later rename keeps the binding, like Excel's object ids). */
  _s(): SheetData {
    const wb = this._ctx._rt.wb;
    if (this._bound && wb.sheets.includes(this._bound)) return this._bound;
    const s = this._resolve();
    this._bound = s;
    if (!s) throw itemNotFound('worksheet');
    return s;
  }

  protected _scalarProps(): string[] {
    return ['name', 'id', 'position', 'visibility', 'tabColor'];
  }

  protected _snapshot(prop: string): unknown {
    const s = this._s();
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this._ctx._rt.wb.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      default:
        return s.tabColor;
    }
  }

  get name(): string {
    return this._prop('name');
  }
  set name(v: string) {
    this._write({ set: 'name', v }, () => {
      const wb = this._ctx._rt.wb;
      const s = this._s();
      const other = wb.findSheet(v);
      if (!validSheetName(v) || (other && other !== s)) throw invalidArgument(`bad or duplicate sheet name ${v}`);
      s.name = v;
    });
  }
  get id(): string {
    return this._prop('id');
  }
  get position(): number {
    return this._prop('position');
  }
  set position(v: number) {
    this._write({ set: 'position', v }, () => {
      const sheets = this._ctx._rt.wb.sheets;
      const s = this._s();
      if (v < 0 || v >= sheets.length) throw invalidArgument('bad position');
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): Visibility {
    return this._prop('visibility');
  }
  set visibility(v: Visibility) {
    this._write({ set: 'visibility', v }, () => {
      if (!VISIBILITIES.includes(v)) throw invalidArgument(`bad visibility ${v}`);
      const wb = this._ctx._rt.wb;
      const s = this._s();
      if (v !== 'Visible' && !wb.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = v as SheetData['visibility'];
      if (v !== 'Visible' && wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')!.id;
    });
  }
  get tabColor(): string {
    return this._prop('tabColor');
  }
  set tabColor(v: string) {
    this._write({ set: 'tabColor', v }, () => {
      this._s().tabColor = v;
    });
  }

  private _range(rect: () => Rect | null, nullable = false): FakeRange {
    return new FakeRange(this._ctx, () => this._s(), rect, nullable);
  }

  /** getRange() is the whole sheet; an address may carry this sheet's name ('O''Brien'!A1). */
  getRange(address?: string): FakeRange {
    if (address === undefined) return this._range(() => ({ row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS }));
    const { sheet, rect } = parseAddress(address);
    return this._range(() => {
      if (sheet !== null && sheet.toLowerCase() !== this._s().name.toLowerCase()) {
        throw invalidArgument(`address ${address} is on another sheet`);
      }
      return rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this._range(() => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) throw invalidArgument('bad indexes');
      return { row: startRow, col: startColumn, rowCount, colCount: columnCount };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Empty sheet: A1 (like Excel). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._range(() => this._ctx._rt.wb.usedRect(this._s(), !!valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._range(() => this._ctx._rt.wb.usedRect(this._s(), !!valuesOnly), true);
  }

  activate(): void {
    this._write({ m: 'activate' }, () => {
      const s = this._s();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this._ctx._rt.wb.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._write({ m: 'delete' }, () => {
      const wb = this._ctx._rt.wb;
      const s = this._s();
      if (s.visibility === 'Visible' && !wb.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot delete the last visible sheet.');
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      for (const n of wb.names.values()) if (parseNameSheet(n.formula)?.toLowerCase() === s.name.toLowerCase()) n.formula = '=#REF!';
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
      wb.writes.push({ sheet: s.name, what: 'delete', address: '' });
    });
  }
}

function parseNameSheet(formula: string): string | null {
  try {
    return parseAddress(formula.replace(/^=/, '')).sheet;
  } catch {
    return null;
  }
}

export class FakeWorksheetFreezePanes {
  constructor(private readonly _ws: FakeWorksheet) {}
  private _set(what: string, fn: () => { rows: number; cols: number } | null): void {
    this._ws._write({ m: `freezePanes.${what}` }, () => {
      this._ws._s().freeze = fn();
    });
  }
  freezeRows(count?: number): void {
    this._set('freezeRows', () => ({ rows: count ?? 1, cols: 0 }));
  }
  freezeColumns(count?: number): void {
    this._set('freezeColumns', () => ({ rows: 0, cols: count ?? 1 }));
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._set('freezeAt', () => {
      const r = typeof frozenRange === 'string' ? parseAddress(frozenRange).rect : frozenRange._rect();
      return { rows: r.row + r.rowCount, cols: r.col + r.colCount };
    });
  }
  unfreeze(): void {
    this._set('unfreeze', () => null);
  }
}

/** Worksheet.protection: protect/unprotect with an optional password. */
export class FakeWorksheetProtection extends FakeClientObject implements Pick<Excel.WorksheetProtection, 'protected' | 'options'> {
  constructor(private readonly _ws: FakeWorksheet) {
    super(_ws._ctx, false);
  }
  protected _scalarProps(): string[] {
    return ['protected', 'options'];
  }
  protected _snapshot(prop: string): unknown {
    const p = this._ws._s().protection;
    return prop === 'protected' ? p.protected : { ...p.options };
  }
  get protected(): boolean {
    return this._prop('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this._prop('options');
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._ws._write({ m: 'protect', options, password: password ? '***' : undefined }, () => {
      const p = this._ws._s().protection;
      if (p.protected) throw new FakeOfficeError('InvalidOperation', 'The sheet is already protected.');
      p.protected = true;
      p.password = password ?? null;
      p.options = { ...(options as Record<string, boolean> | undefined) };
    });
  }
  unprotect(password?: string): void {
    this._ws._write({ m: 'unprotect' }, () => {
      const p = this._ws._s().protection;
      if (!p.protected) return;
      if (p.password !== null && p.password !== password) throw new FakeOfficeError('InvalidArgument', 'The password you supplied is not correct.');
      p.protected = false;
      p.password = null;
    });
  }
}

/** A note on a cell (ExcelApi 1.18). */
export class FakeNote extends FakeClientObject implements Pick<Excel.Note, 'content'> {
  constructor(
    private readonly _ws: FakeWorksheet,
    private readonly _at: () => string,
  ) {
    super(_ws._ctx, false);
  }
  get _a1(): string {
    return this._at();
  }
  protected _scalarProps(): string[] {
    return ['content'];
  }
  protected _snapshot(): unknown {
    const c = this._ws._s().notes.get(this._a1);
    if (c === undefined) throw itemNotFound(`note ${this._a1}`);
    return c;
  }
  get content(): string {
    return this._prop('content');
  }
  set content(v: string) {
    this._write({ set: 'note.content', v }, () => {
      this._ws._s().notes.set(this._a1, v);
    });
  }
  delete(): void {
    this._write({ m: 'note.delete' }, () => {
      if (!this._ws._s().notes.delete(this._a1)) throw itemNotFound(`note ${this._a1}`);
    });
  }
}

/** Worksheet.notes (ExcelApi 1.18). Adding a note where one exists fails, as we assume Excel does. */
export class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(private readonly _ws: FakeWorksheet) {
    super(_ws._ctx);
  }
  protected _itemDefaults(): string[] {
    return ['content'];
  }
  protected _makeItems(props: string[]): FakeNote[] {
    return [...this._ws._s().notes.keys()].map((a1) => {
      const n = new FakeNote(this._ws, () => a1);
      for (const p of props) n._setLoaded(p, this._ws._s().notes.get(a1));
      return n;
    });
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let at = '';
    this._ws._write({ m: 'notes.add', content }, () => {
      const s = this._ws._s();
      this._ws._ctx._rt.wb.guard(s);
      const r = typeof cellAddress === 'string' ? parseAddress(cellAddress).rect : cellAddress._rect();
      at = `${letters(r.col)}${r.row + 1}`;
      if (s.notes.has(at)) throw invalidArgument(`cell ${at} already has a note`);
      s.notes.set(at, content);
    });
    return new FakeNote(this._ws, () => at);
  }
  getCount(): FakeClientResult<number> {
    const res = new FakeClientResult<number>();
    this._ctx._enqueue({ payload: { m: 'getCount' }, apply: () => res._resolve(this._ws._s().notes.size) });
    return res;
  }
}

function letters(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  private _autoName = 1;

  /** load('name,visibility') or load('items/name'): loads those properties on every item. */
  protected _itemDefaults(): string[] {
    return ['name', 'id', 'position', 'visibility', 'tabColor'];
  }
  protected _makeItems(props: string[]): FakeWorksheet[] {
    return this._ctx._rt.wb.sheets.map((s) => {
      const ws = new FakeWorksheet(this._ctx, () => (this._ctx._rt.wb.sheets.includes(s) ? s : undefined), false, 'item', false);
      for (const p of props.length ? props : ['name']) ws._setLoaded(p, ws['_snapshot'](p));
      return ws;
    });
  }

  add(name?: string): FakeWorksheet {
    let created: SheetData | undefined;
    this._ctx._enqueue({
      payload: { m: 'worksheets.add', name },
      apply: () => {
        const wb = this._ctx._rt.wb;
        let n = name;
        if (n === undefined) {
          do n = `Sheet${this._autoName++}`;
          while (wb.findSheet(n));
        }
        if (!validSheetName(n)) throw invalidArgument(`bad sheet name ${n}`);
        if (wb.findSheet(n)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
        created = wb.addSheet(n);
        wb.writes.push({ sheet: n, what: 'add', address: '' });
      },
    });
    return new FakeWorksheet(this._ctx, () => created, false, 'add', false);
  }

  getItem(key: string): FakeWorksheet {
    const wb = this._ctx._rt.wb;
    return new FakeWorksheet(this._ctx, () => wb.findSheet(key) ?? wb.sheetById(key), false, `getItem(${key})`);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const wb = this._ctx._rt.wb;
    return new FakeWorksheet(this._ctx, () => wb.findSheet(key) ?? wb.sheetById(key), true, `getItemOrNullObject(${key})`);
  }

  getActiveWorksheet(): FakeWorksheet {
    const wb = this._ctx._rt.wb;
    return new FakeWorksheet(this._ctx, () => (wb.activeSheetId ? wb.sheetById(wb.activeSheetId) : undefined), false, 'getActiveWorksheet');
  }

  getCount(): FakeClientResult<number> {
    const res = new FakeClientResult<number>();
    this._ctx._enqueue({ payload: { m: 'getCount' }, apply: () => res._resolve(this._ctx._rt.wb.sheets.length) });
    return res;
  }
}
