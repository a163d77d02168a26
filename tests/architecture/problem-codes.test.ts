/**
 * Problem codes and the catalogue agree: every code src/ passes to problem(...) exists in
 * PROBLEM_CATALOGUE (else the user would see a raw code), and every catalogue code is used
 * somewhere in src/ (as a string literal) or is listed below as reserved for work in progress.
 */
import ts from 'typescript';
import { PROBLEM_CATALOGUE } from '../../src/core/problems';
import { expectOnlyKnown, lineOfNode, nodes, parse, sourceFiles, stringLiterals, type SourceFile } from './source-files';

/** Catalogue codes with no use yet, and what will use them. */
const RESERVED: Record<string, string> = {
  UNBUDGETED_ACTUAL: 'issue 3, budget and actuals on separate sheets (lines only on the actuals side)',
  BUDGET_WITHOUT_ACTUAL: 'issue 3, budget and actuals on separate sheets (lines only on the budget side)',
  ROW_OUTSIDE_PERIODS: 'issue 3, long tables: a dated row outside the budget periods',
  MAPPING_HEADER_MOVED: 'issue 3, checking a saved mapping against the sheet',
  MAPPING_COLUMN_CHANGED: 'issue 3, checking a saved mapping against the sheet',
  MAPPING_NEW_PERIOD: 'issue 3, checking a saved mapping against the sheet',
};

const CATALOGUE_FILE = 'src/core/problems.ts';
const files = sourceFiles('src');

/** String literals in the first argument of each problem(...) call (also inside `a ? 'X' : 'Y'`). */
export function problemCalls(file: SourceFile): { code: string; line: number }[] {
  if (!file.text.includes('problem(')) return [];
  const sf = parse(file);
  const out: { code: string; line: number }[] = [];
  for (const n of nodes(sf)) {
    if (!ts.isCallExpression(n) || n.arguments.length === 0) continue;
    const callee = ts.isIdentifier(n.expression) ? n.expression.text : ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : '';
    if (callee !== 'problem') continue;
    const arg = n.arguments[0];
    for (const m of nodes(arg)) {
      if (ts.isStringLiteral(m) || ts.isNoSubstitutionTemplateLiteral(m)) out.push({ code: m.text, line: lineOfNode(sf, m) });
    }
  }
  return out;
}

describe('problem codes', () => {
  test('the call finder sees literal and conditional codes', () => {
    const text = "problem('A_CODE', s, c);\nx.problem(ok ? 'B_CODE' : \"C_CODE\", s, c);\nnotproblem('D_CODE');\n";
    expect(problemCalls({ path: 'probe.ts', text })).toEqual([
      { code: 'A_CODE', line: 1 },
      { code: 'B_CODE', line: 2 },
      { code: 'C_CODE', line: 2 },
    ]);
  });

  test('every code passed to problem(...) in src/ is in the catalogue', () => {
    const calls = files.flatMap((f) => problemCalls(f).map((c) => ({ file: f.path, line: c.line, detail: `problem('${c.code}') is not in PROBLEM_CATALOGUE`, code: c.code })));
    expect(calls.length).toBeGreaterThan(10);
    expectOnlyKnown(calls.filter((c) => !(c.code in PROBLEM_CATALOGUE)));
  });

  test('every catalogue code is used in src/ or reserved; every reserved code is in the catalogue', () => {
    const others = files.filter((f) => f.path !== CATALOGUE_FILE);
    // Parse only the files that hold a code's text at all, then require it as a whole string literal.
    const isUsed = (code: string) => others.some((f) => f.text.includes(code) && stringLiterals(f).some((s) => s.text === code));
    const unused = Object.keys(PROBLEM_CATALOGUE).filter((c) => !(c in RESERVED) && !isUsed(c));
    expect(unused).toEqual([]);
    expect(Object.keys(RESERVED).filter((c) => !(c in PROBLEM_CATALOGUE))).toEqual([]);
  });
});
