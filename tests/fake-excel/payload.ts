/** Size of a queued operation as Excel would receive it: UTF-8 bytes of its JSON. */
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

/** Per-action envelope overhead (object path, method name, ids) in a real request. */
export const ACTION_OVERHEAD_BYTES = 48;

export function opBytes(payload: unknown): number {
  return utf8Bytes(JSON.stringify(payload) ?? '') + ACTION_OVERHEAD_BYTES;
}
