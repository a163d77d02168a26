/**
 * Text helpers for header parsing: normalisation and number words.
 */

/** NFKC (full-width to half-width), lower case, trimmed, inner whitespace collapsed. */
export function normalizeText(s: string): string {
  const t = PLAIN_ASCII_RE.test(s) ? s : s.normalize('NFKC'); // NFKC is slow and a no-op on plain ASCII
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

const PLAIN_ASCII_RE = /^[\x20-\x7e]*$/;

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** "一" -> 1, "十二" -> 12, "12" -> 12, "正" -> 1, "腊" -> 12; null otherwise. For 0..99. */
export function parseSmallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (s === '正') return 1;
  if (s === '腊') return 12;
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS[s] ?? null : null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? CN_DIGITS[tensPart] : undefined;
  const ones = onesPart === '' ? 0 : onesPart.length === 1 ? CN_DIGITS[onesPart] : undefined;
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

/** Two-digit years are 20xx; four-digit years must lie in 1950..2100. */
export function toYear(s: string): number | null {
  if (/^\d{2}$/.test(s)) return 2000 + Number(s);
  if (/^\d{4}$/.test(s)) {
    const y = Number(s);
    return y >= 1950 && y <= 2100 ? y : null;
  }
  return null;
}
