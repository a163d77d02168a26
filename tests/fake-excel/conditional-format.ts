/** The fake Range.conditionalFormats ("Custom" rules only). */
import { FakeClientObject, FakeClientResult, FakeCollection } from './client-object';
import { rectA1 } from './address';
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from './errors';
import { cfRect, intersects } from './geometry';
import type { ConditionalFormatData } from './workbook-data';
import type { FakeRange } from './range';

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(private readonly _r: FakeRange) {
    super(_r._ctx);
  }
  private _current(): ConditionalFormatData[] {
    const r = this._r._rect();
    return this._r._sheet().conditionalFormats.filter((cf) => intersects(cfRect(cf), r));
  }
  protected _itemDefaults(): string[] {
    return [];
  }
  protected _makeItems(props: string[]): FakeConditionalFormat[] {
    return this._current().map((d) => FakeConditionalFormat._existing(this._r, d, props));
  }
  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): FakeConditionalFormat {
    if (type !== 'Custom') throw invalidArgument(`fake supports only "Custom" conditional formats, not ${String(type)}`);
    const cf = new FakeConditionalFormat(this._r);
    this._r._edit({ m: 'conditionalFormats.add', type }, () => {
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
    this._r._edit({ m: 'conditionalFormats.clearAll' }, () => {
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
    this._r._edit({ set: `cf.${what}`, v }, () => fn(this._d()));
  }
  delete(): void {
    this._r._edit({ m: 'cf.delete' }, () => {
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
