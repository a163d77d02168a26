/** The fake Range.format: font, fill, borders, column width, wrap, autofit. */
import { FakeClientObject } from './client-object';
import { rectA1 } from './address';
import { invalidArgument, propertyNotLoaded } from './errors';
import { COL_SPAN } from './workbook-data';
import type { FakeRange } from './range';

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
    this._r._edit({ set: 'columnWidth', v }, () => {
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
    this._r._edit({ m: 'autofitColumns' }, () => {
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
