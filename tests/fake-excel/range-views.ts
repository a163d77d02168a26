/** Read-only views of a fake range: merged areas, tables, the visible view. */
import { FakeClientObject, FakeClientResult, FakeCollection } from './client-object';
import { qualifiedA1, type Rect } from './address';
import { FakeOfficeError } from './errors';
import { contains, intersects, MAX_CELLS } from './geometry';
import type { FakeRange } from './range';

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

export class FakeTableScopedCollection extends FakeCollection<FakeTable> {
  constructor(
    private readonly _r: FakeRange,
    private readonly _fully: boolean,
  ) {
    super(_r._ctx);
  }
  private _current(): { name: string; rect: Rect }[] {
    const r = this._r._rect();
    return this._r._sheet().tables.filter((t) => (this._fully ? contains(r, t.rect) : intersects(r, t.rect)));
  }
  protected _itemDefaults(): string[] {
    return ['name'];
  }
  protected _makeItems(props: string[]): FakeTable[] {
    return this._current().map((t) => {
      const item = new FakeTable(this._r, t);
      for (const p of props) item._setLoaded(p, t.name);
      return item;
    });
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
