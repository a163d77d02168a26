/**
 * Lints a formula against DESIGN.md's portable set: banned functions, volatile functions,
 * functions outside the allowed list, and whole-column or whole-row references.
 */
import { ALLOWED_FUNCTIONS, BANNED_FUNCTIONS, VOLATILE_FUNCTIONS, isForecastEts } from './functions';
import { scanFormula } from './scan';

// A:A, $B:$D, Sheet!C:C (letters only on both sides of the colon, not part of a longer name)
const WHOLE_COLUMN = /(^|[^A-Za-z0-9_.$])(\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_.(!])/g;
// 1:1, $3:$5
const WHOLE_ROW = /(^|[^A-Za-z0-9_.$])(\$?\d{1,7}:\$?\d{1,7})(?![A-Za-z0-9_.(])/g;

/** Returns one message per violation; an empty list means the formula is portable. */
export function lintFormula(formula: string): string[] {
  const problems: string[] = [];
  const { calls, bare } = scanFormula(formula);
  const seen = new Set<string>();
  for (const c of calls) {
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    if (isForecastEts(c.name)) {
      problems.push(`banned function ${c.name}: missing on Excel for the web, iOS and Android`);
    } else if (BANNED_FUNCTIONS.has(c.name)) {
      problems.push(`banned function ${c.name}: ${BANNED_FUNCTIONS.get(c.name)}`);
    } else if (VOLATILE_FUNCTIONS.has(c.name)) {
      problems.push(`volatile function ${c.name}: recalculates the whole workbook on every edit`);
    } else if (!ALLOWED_FUNCTIONS.has(c.name)) {
      problems.push(`function ${c.name} is not in the portable set`);
    }
  }
  for (const m of bare.matchAll(WHOLE_COLUMN)) problems.push(`whole-column reference ${m[2]}`);
  for (const m of bare.matchAll(WHOLE_ROW)) problems.push(`whole-row reference ${m[2]}`);
  return problems;
}
