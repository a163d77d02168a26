/** The fake Excel.Workbook proxy: worksheets, names, settings, application, selection. */
import { FakeClientObject, FakeClientResult, FakeCollection } from './client-object';
import type { FakeRequestContext } from './context';
import { parseAddress } from './address';
import { qualify, rangeA1 } from '../../src/core/a1';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './worksheet';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import type { NameData } from './workbook-data';

export class FakeApplication {
  constructor(private readonly _ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this._ctx._enqueue({ payload: { m: 'suspendApiCalculationUntilNextSync' }, apply: () => this._ctx._rt.suspendCalls++ });
  }
}

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function validName(n: string): boolean {
  return n.length <= 255 && NAME_RE.test(n) && !/^[A-Za-z]{1,3}\d+$/.test(n) && !/^(R\d*C\d*|R\d*|C\d*)$/i.test(n) && !/^(true|false)$/i.test(n);
}

export class FakeNamedItem extends FakeClientObject implements Pick<Excel.NamedItem, 'name' | 'formula' | 'comment' | 'visible'> {
  constructor(
    ctx: FakeRequestContext,
    readonly _find: () => NameData | undefined,
    nullable: boolean,
    check = true,
  ) {
    super(ctx, nullable);
    if (check) this._resolveAtSync('name', () => this._find() !== undefined, nullable);
  }
  _n(): NameData {
    const n = this._find();
    if (!n) throw itemNotFound('name');
    return n;
  }
  protected _scalarProps(): string[] {
    return ['name', 'formula', 'comment', 'type', 'visible'];
  }
  protected _snapshot(prop: string): unknown {
    const n = this._n();
    if (prop === 'name') return n.name;
    if (prop === 'formula') return n.formula;
    if (prop === 'comment') return n.comment;
    if (prop === 'type') return n.formula === '=#REF!' ? 'Error' : 'Range';
    return true;
  }
  get name(): string {
    return this._prop('name');
  }
  get formula(): string {
    return this._prop('formula');
  }
  set formula(v: string) {
    this._write({ set: 'formula', v }, () => (this._n().formula = v.startsWith('=') ? v : `=${v}`));
  }
  get comment(): string {
    return this._prop('comment');
  }
  set comment(v: string) {
    this._write({ set: 'comment', v }, () => (this._n().comment = v));
  }
  get visible(): boolean {
    return this._prop('visible');
  }
  get type(): string {
    return this._prop('type');
  }
  delete(): void {
    this._write({ m: 'name.delete' }, () => {
      const n = this._n();
      this._ctx._rt.wb.names.delete(n.name.toUpperCase());
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected _itemDefaults(): string[] {
    return ['name', 'formula', 'comment', 'type', 'visible'];
  }
  protected _makeItems(props: string[]): FakeNamedItem[] {
    return [...this._ctx._rt.wb.names.values()].map((d) => {
      const item = new FakeNamedItem(this._ctx, () => (this._ctx._rt.wb.names.get(d.name.toUpperCase()) === d ? d : undefined), false, false);
      for (const p of props) item._setLoaded(p, item['_snapshot'](p));
      return item;
    });
  }
  /** reference: a Range or a formula ("=Sheet1!$B$3"). */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const wb = this._ctx._rt.wb;
    this._ctx._enqueue({
      payload: { m: 'names.add', name, reference: typeof reference === 'string' ? reference : 'range', comment },
      apply: () => {
        if (!validName(name)) throw invalidArgument(`bad name ${name}`);
        if (wb.names.has(name.toUpperCase())) throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
        let formula: string;
        if (typeof reference === 'string') {
          formula = reference.startsWith('=') ? reference : `=${reference}`;
          parseAddress(formula.slice(1)); // only references to cells are modelled
        } else {
          const r = reference._rect();
          formula = `=${qualify(reference._sheet().name, rangeA1(r.row, r.col, r.rowCount, r.colCount, true))}`;
        }
        wb.names.set(name.toUpperCase(), { name, formula, comment: comment ?? '' });
      },
    });
    return new FakeNamedItem(this._ctx, () => wb.names.get(name.toUpperCase()), false, false);
  }
  getItem(name: string): FakeNamedItem {
    const wb = this._ctx._rt.wb;
    return new FakeNamedItem(this._ctx, () => wb.names.get(name.toUpperCase()), false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const wb = this._ctx._rt.wb;
    return new FakeNamedItem(this._ctx, () => wb.names.get(name.toUpperCase()), true);
  }
  getCount(): FakeClientResult<number> {
    const res = new FakeClientResult<number>();
    this._ctx._enqueue({ payload: { m: 'getCount' }, apply: () => res._resolve(this._ctx._rt.wb.names.size) });
    return res;
  }
}

export class FakeSetting extends FakeClientObject implements Pick<Excel.Setting, 'key' | 'value'> {
  constructor(
    ctx: FakeRequestContext,
    readonly _key: string,
    nullable: boolean,
    check = true,
  ) {
    super(ctx, nullable);
    if (check) this._resolveAtSync('setting', () => ctx._rt.wb.settings.has(_key), nullable);
  }
  protected _scalarProps(): string[] {
    return ['key', 'value'];
  }
  protected _snapshot(prop: string): unknown {
    const wb = this._ctx._rt.wb;
    if (!wb.settings.has(this._key)) throw itemNotFound(`setting ${this._key}`);
    return prop === 'key' ? this._key : wb.settings.get(this._key);
  }
  get key(): string {
    return this._prop('key');
  }
  // any: Excel.Setting.value is typed `any` (any JSON-serialisable value).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get value(): any {
    return this._prop('value');
  }
  set value(v: unknown) {
    this._write({ set: 'setting', key: this._key, v }, () => this._ctx._rt.wb.settings.set(this._key, JSON.parse(JSON.stringify(v))));
  }
  delete(): void {
    this._write({ m: 'setting.delete', key: this._key }, () => this._ctx._rt.wb.settings.delete(this._key));
  }
}

export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  protected _itemDefaults(): string[] {
    return ['key', 'value'];
  }
  protected _makeItems(props: string[]): FakeSetting[] {
    return [...this._ctx._rt.wb.settings.keys()].map((k) => {
      const item = new FakeSetting(this._ctx, k, false, false);
      for (const p of props) item._setLoaded(p, item['_snapshot'](p));
      return item;
    });
  }
  add(key: string, value: unknown): FakeSetting {
    this._ctx._enqueue({
      payload: { m: 'settings.add', key, value },
      apply: () => this._ctx._rt.wb.settings.set(key, JSON.parse(JSON.stringify(value ?? null))),
    });
    return new FakeSetting(this._ctx, key, false, false);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this._ctx, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this._ctx, key, true);
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  constructor(private readonly _ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(_ctx);
    this.names = new FakeNamedItemCollection(_ctx);
    this.settings = new FakeSettingCollection(_ctx);
    this.application = new FakeApplication(_ctx);
  }
  getSelectedRange(): FakeRange {
    const wb = this._ctx._rt.wb;
    const sel = () => {
      if (wb.selection && wb.sheetById(wb.selection.sheetId)) return wb.selection;
      const id = wb.activeSheetId ?? wb.sheets[0]?.id;
      if (!id) throw itemNotFound('selection');
      return { sheetId: id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    };
    return new FakeRange(
      this._ctx,
      () => wb.sheetById(sel().sheetId)!,
      () => sel().rect,
    );
  }
}
