/**
 * No banned or volatile Excel function (DESIGN.md "Portable formulas only") is named in a
 * string or template literal anywhere in src/, outside the formula lint's own lists
 * (src/core/formula/functions.ts). Formulas are built from literals, so a banned function
 * can only reach a plan through one. Comments may name them (e.g. "FORECAST.ETS is not
 * allowed"); identifiers in code (a JS function called offset()) are not formulas.
 */
import { BANNED_FUNCTIONS, VOLATILE_FUNCTIONS } from '../../src/core/formula/functions';
import { expectOnlyKnown, sourceFiles, stringLiterals } from './source-files';

const LINT_LISTS = 'src/core/formula/functions.ts';

/** The brief's list, plus everything the lint bans, as "NAME(" (upper case, as formulas are written). */
const CALLS = [...new Set(['LET', 'OFFSET', 'INDIRECT', 'TODAY', 'NOW', 'RAND', ...BANNED_FUNCTIONS.keys(), ...VOLATILE_FUNCTIONS])];
/** Names banned even without a bracket after them. */
const ANYWHERE = ['FORECAST.ETS', 'XLOOKUP', 'LAMBDA'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`(?<![A-Za-z0-9_])(?:${ANYWHERE.map(escape).join('|')}|(?:${CALLS.map(escape).join('|')})\\()`, 'g');

export function bannedIn(text: string): string[] {
  return text.match(PATTERN) ?? [];
}

describe('no banned or volatile function in src/ string literals', () => {
  test('the pattern catches each form and nothing innocent', () => {
    expect(bannedIn('=FORECAST.ETS(B2,C2:C9,D2:D9)')).toEqual(['FORECAST.ETS']);
    expect(bannedIn('=_xlfn.XLOOKUP(A1,B:B,C:C)')).toEqual(['XLOOKUP']);
    expect(bannedIn('=LET(x,1,x)+OFFSET(A1,1,0)+INDIRECT("A1")+TODAY()+NOW()+RAND()')).toEqual(['LET(', 'OFFSET(', 'INDIRECT(', 'TODAY(', 'NOW(', 'RAND(']);
    expect(bannedIn('=IFS(A1>0,1)+SWITCH(A1,1,2)+RANDBETWEEN(1,2)')).toEqual(['IFS(', 'SWITCH(', 'RANDBETWEEN(']);
    expect(bannedIn('=FORECAST.LINEAR(B2,C2:C9,D2:D9)+SUMIFS(A:A,B:B,"x")+COUNTIFS(A1:A2,1)+ROUND(A1,2)')).toEqual([]);
    expect(bannedIn('Select the budget sheet. Offset the dates (today) by one. outlet(')).toEqual([]);
  });

  test('none outside the lint lists', () => {
    const found = sourceFiles('src')
      .filter((f) => f.path !== LINT_LISTS && bannedIn(f.text).length > 0) // cheap: parse only files that name one at all
      .flatMap((f) => stringLiterals(f).flatMap((s) => bannedIn(s.text).map((name) => ({ file: f.path, line: s.line, detail: `names ${name}` }))));
    expectOnlyKnown(found);
  });
});
