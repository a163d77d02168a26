/**
 * Base of every fake proxy: properties must be loaded and synced before they are read
 * (PropertyNotLoaded otherwise), *OrNullObject proxies learn isNullObject at sync.
 */
import type { FakeRequestContext } from './context';
import { propertyNotLoaded, FakeOfficeError, invalidArgument } from './errors';
import { opBytes } from './payload';

export function propList(names?: string | string[]): string[] | null {
  if (names === undefined) return null;
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

export abstract class FakeClientObject {
  private _loadedProps = new Map<string, unknown>();
  /** undefined until a sync resolved it; always false for non-nullable proxies. */
  protected _null: boolean | undefined;

  constructor(
    readonly _ctx: FakeRequestContext,
    nullable: boolean,
  ) {
    this._null = nullable ? undefined : false;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded('isNullObject');
    return this._null;
  }

  /** Queues the nullness check (for *OrNullObject) or existence check (for getItem). */
  protected _resolveAtSync(what: string, exists: () => boolean, nullable: boolean): void {
    this._ctx._enqueue({
      payload: { m: what },
      apply: () => {
        const ok = exists();
        if (nullable) this._null = !ok;
        else if (!ok) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${what}).`);
      },
    });
  }

  protected _prop<T>(name: string): T {
    if (!this._loadedProps.has(name)) throw propertyNotLoaded(name);
    return this._loadedProps.get(name) as T;
  }

  /** Scalar properties loaded by load() with no argument. */
  protected abstract _scalarProps(): string[];
  /** The current value of a property, read at sync time. */
  protected abstract _snapshot(prop: string): unknown;

  _setLoaded(prop: string, v: unknown): void {
    this._loadedProps.set(prop, v);
  }

  load(names?: string | string[]): this {
    const props = propList(names) ?? this._scalarProps();
    for (const p of props) if (!this._scalarProps().includes(p)) throw invalidArgument(`fake: cannot load '${p}'`);
    this._ctx._enqueue({
      payload: { load: props },
      apply: () => {
        if (this._null) return;
        const got = props.map((p) => [p, this._snapshot(p)] as const);
        this._ctx._respond(opBytes(Object.fromEntries(got)), () => {
          for (const [p, v] of got) this._loadedProps.set(p, v);
        });
      },
    });
    return this;
  }

  /** Queues a write; apply runs at sync. */
  _write(payload: unknown, apply: () => void): void {
    this._ctx._enqueue({
      payload,
      apply: () => {
        if (this._null) throw new FakeOfficeError('ItemNotFound', 'The object is a null object.');
        apply();
      },
    });
  }
}

/** Item properties asked of a collection: load('items/name,items/value') or load('name'); `items` alone gives the defaults' none. */
function itemProps(names: string | string[] | undefined, defaults: string[]): string[] {
  return (propList(names) ?? defaults).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
}

/**
 * Base of the fake collections: load() loads the given properties on every item as they are
 * at sync time, and `items` throws PropertyNotLoaded until then.
 */
export abstract class FakeCollection<T> extends FakeClientObject {
  private _items: T[] | null = null;
  constructor(ctx: FakeRequestContext) {
    super(ctx, false);
  }
  protected _scalarProps(): string[] {
    return [];
  }
  protected _snapshot(): unknown {
    return null;
  }
  /** Item properties load() with no argument loads. */
  protected abstract _itemDefaults(): string[];
  /** The items as they are now (called at sync), each with `props` loaded. */
  protected abstract _makeItems(props: string[]): T[];
  override load(names?: string | string[]): this {
    const props = itemProps(names, this._itemDefaults());
    this._ctx._enqueue({
      payload: { load: props },
      apply: () => {
        this._items = this._makeItems(props);
      },
    });
    return this;
  }
  get items(): T[] {
    if (!this._items) throw propertyNotLoaded('items');
    return this._items;
  }
}

/** Like OfficeExtension.ClientResult: value readable after sync. */
export class FakeClientResult<T> {
  private _v: { set: boolean; value?: T } = { set: false };
  get value(): T {
    if (!this._v.set) throw propertyNotLoaded('value');
    return this._v.value as T;
  }
  _resolve(v: T): void {
    this._v = { set: true, value: v };
  }
}
