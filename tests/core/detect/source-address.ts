/** Test helper: the A1 address of a cell source (throws for a SUMIFS source, which has none). */
import type { SourceValue } from '../../../src/core/model';

export function cellAddress(v: SourceValue | null | undefined): string | null {
  if (!v) return null;
  if (v.source.kind !== 'cell') throw new Error(`expected a cell source, got ${v.source.kind}`);
  return v.source.address;
}
