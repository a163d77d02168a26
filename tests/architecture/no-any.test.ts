/**
 * No `any` in src/ without a comment saying why, on the same line or the line above
 * (`: any`, `as any`, `<any>`, `any[]`, `Record<string, any>`: every `any` type the parser sees).
 * A bare lint directive ("eslint-disable-next-line ...") is not a reason.
 */
import ts from 'typescript';
import { comments, expectOnlyKnown, lineOfNode, nodes, parse, sourceFiles, type SourceFile } from './source-files';

/** Words of a comment once comment markers and lint directives are taken out. */
function reasonWords(comment: string): string[] {
  const body = comment
    .replace(/^\/\*+|\*+\/$|^\/\//g, '')
    .replace(/^\s*\*/gm, '')
    .replace(/(eslint|ts)-[\w-]+(\s+[@\w/-]+)*(,\s*[@\w/-]+)*/g, '')
    .replace(/@ts-\w+/g, '');
  return body.match(/[A-Za-z\u4e00-\u9fff]{2,}/g) ?? [];
}

/** `any` types with no reason of at least three words on their line or the line above. */
export function unexplainedAny(file: SourceFile): { file: string; line: number; detail: string }[] {
  if (!/\bany\b/.test(file.text)) return []; // cheap: most files never say "any"
  const sf = parse(file);
  const cs = comments(file);
  const explained = (line: number) => cs.some((c) => (c.to === line || c.to === line - 1 || (c.from <= line && c.to >= line)) && reasonWords(c.text).length >= 3);
  const out: { file: string; line: number; detail: string }[] = [];
  for (const n of nodes(sf)) {
    if (n.kind !== ts.SyntaxKind.AnyKeyword) continue;
    const line = lineOfNode(sf, n);
    if (!explained(line)) out.push({ file: file.path, line, detail: `any without a reason: ${file.text.split('\n')[line - 1].trim()}` });
  }
  return out;
}

describe('no unexplained any in src/', () => {
  test('every any type has a comment saying why', () => {
    expectOnlyKnown(sourceFiles('src').flatMap(unexplainedAny));
  });

  test('the check itself: finds each form of any, accepts a reason, rejects a bare directive', () => {
    const probe = (text: string) => unexplainedAny({ path: 'probe.ts', text }).map((v) => v.line);
    expect(probe('let a: any = 1;\nconst b = a as any;\nconst c = <any>a;\nlet d: Record<string, any[]>;\n')).toEqual([1, 2, 3, 4]);
    expect(probe('// ExcelJS types this value loosely, see issue\nlet a: any = 1;\n')).toEqual([]);
    expect(probe('let a: any = 1; // the library returns several shapes here\n')).toEqual([]);
    expect(probe('/**\n * Office.js gives no type for this\n * callback payload\n */\nlet a: any;\n')).toEqual([]);
    expect(probe('// eslint-disable-next-line @typescript-eslint/no-explicit-any\nlet a: any = 1;\n')).toEqual([2]);
    expect(probe('// why\nlet a: any = 1;\n')).toEqual([2]);
    expect(probe('// an old reason, two lines up\n\nlet a: any = 1;\n')).toEqual([3]);
    expect(probe("const s = 'as any'; // text, not a type\nlet company = 1;\n")).toEqual([]);
  });
});
