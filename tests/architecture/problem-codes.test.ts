/**
 * Problem codes and the catalogue agree: every code src/ passes to problem(...) exists in
 * PROBLEM_CATALOGUE (else the user would see a raw code), and every catalogue code is used
 * somewhere in src/ (as a string literal) or is listed below as reserved for work in progress,
 * and no reserved code is in use (the list cannot go stale).
 */
import ts from 'typescript';
import { PROBLEM_CATALOGUE } from '../../src/core/problems';
import { expectOnlyKnown, lineOfNode, nodes, parse, sourceFiles, stringLiterals, type SourceFile } from './source-files';

/**
 * Catalogue codes with no use in src/ yet, and what will use them: code -> the work that will.
 * Self-checking: once a listed code is used in src/, the test fails and asks to remove it here.
 * (Empty since the issue 3 codes UNBUDGETED_ACTUAL, BUDGET_WITHOUT_ACTUAL, ROW_OUTSIDE_PERIODS
 * and MAPPING_* came into use in src/core/detect.)
 */
const RESERVED: Record<string, string> = {};

const CATALOGUE_FILE = 'src/core/problems.ts';
const THIS_FILE = 'tests/architecture/problem-codes.test.ts';
const files = sourceFiles('src');
const others = files.filter((f) => f.path !== CATALOGUE_FILE);

/** String literals in the first argument of each problem(...) call (also inside `a ? 'X' : 'Y'`). */
function problemCalls(file: SourceFile): { code: string; line: number }[] {
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

/** Where `code` is a whole string literal in these files (only files holding its text are parsed). */
function usesOf(code: string, in_: readonly SourceFile[]): { file: string; line: number }[] {
  return in_.filter((f) => f.text.includes(code)).flatMap((f) => stringLiterals(f).filter((s) => s.text === code).map((s) => ({ file: f.path, line: s.line })));
}

/** Reserved codes that are used after all: the first use of each, with what to do about it. */
function reservedButUsed(reserved: Record<string, string>, in_: readonly SourceFile[]): { file: string; line: number; detail: string }[] {
  return Object.keys(reserved).flatMap((code) =>
    usesOf(code, in_)
      .slice(0, 1)
      .map((u) => ({ ...u, detail: `${code} is used here but still reserved ("${reserved[code]}"): move it out of RESERVED in ${THIS_FILE}` })),
  );
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
    const unused = Object.keys(PROBLEM_CATALOGUE).filter((c) => !(c in RESERVED) && usesOf(c, others).length === 0);
    expect(unused).toEqual([]);
    expect(Object.keys(RESERVED).filter((c) => !(c in PROBLEM_CATALOGUE))).toEqual([]);
  });

  test('the reserved check names a reserved code that is in use, where, and what to do', () => {
    const probes: SourceFile[] = [
      { path: 'src/a.ts', text: "const x = 1;\nproblem('USED_CODE', s, c);\n" },
      { path: 'src/b.ts', text: "// USED_CODE in a comment, NOT_USED_CODE_X in a string: 'NOT_USED_CODE_X!'\nconst y = 'USED_CODE';\n" },
    ];
    const found = reservedButUsed({ USED_CODE: 'issue 9', NOT_USED_CODE_X: 'issue 9' }, probes);
    expect(found).toEqual([{ file: 'src/a.ts', line: 2, detail: `USED_CODE is used here but still reserved ("issue 9"): move it out of RESERVED in ${THIS_FILE}` }]);
  });

  test('no reserved code is used in src/ (a code that came into use leaves RESERVED)', () => {
    expectOnlyKnown(reservedButUsed(RESERVED, others));
  });
});
