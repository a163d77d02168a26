/**
 * Request-size bookkeeping for Office.js writes. Excel on the web rejects a request over 5 MB
 * (RequestPayloadSizeLimitExceeded); we pack writes into batches under a smaller budget,
 * measured as UTF-8 bytes of the JSON the writes serialize to.
 */

/** Default per-sync budget: ~4 MB, leaving headroom under Excel's 5 MB limit. */
export const DEFAULT_BATCH_BYTES = 4 * 1024 * 1024;

/** Per-operation allowance for the request envelope (object path, method, ids). */
export const OP_OVERHEAD_BYTES = 64;

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? '');
}

/**
 * Splits rows into consecutive [start, end) runs whose summed sizes stay under budget
 * (a single row larger than the budget gets a run of its own).
 */
export function chunkBySize(sizes: number[], budget: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && acc + sizes[i] > budget) {
      out.push([start, i]);
      start = i;
      acc = 0;
    }
    acc += sizes[i];
  }
  if (sizes.length > start) out.push([start, sizes.length]);
  return out;
}

/** Greedy packing of sized items, in order, into groups under budget. */
export function packBySize<T extends { bytes: number }>(items: T[], budget: number): T[][] {
  return chunkBySize(
    items.map((i) => i.bytes),
    budget,
  ).map(([a, b]) => items.slice(a, b));
}
