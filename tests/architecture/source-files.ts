/**
 * What the architecture tests read: every TypeScript file under src/, its imports (resolved to
 * repo-relative paths when they are ours) and its tokens, via the TypeScript compiler's own
 * scanner and parser (so comments and strings are told apart from code).
 */
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

/** The repo; ARCH_ROOT points the tests at a copy (how each rule was shown to fail on a broken copy). */
export const ROOT = process.env.ARCH_ROOT ? path.resolve(process.env.ARCH_ROOT) : path.resolve(__dirname, '../..');

export interface SourceFile {
  /** Repo-relative, forward slashes: "src/core/a1.ts". */
  path: string;
  text: string;
}

export interface Import {
  /** As written: "../core/a1", "react". */
  spec: string;
  /** Repo-relative file it resolves to ("src/core/a1.ts"), or null for a package. */
  target: string | null;
  /** 1-based line of the import. */
  line: number;
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
}

/** Every .ts/.tsx file under the given repo folders (default: src). */
export function sourceFiles(...dirs: string[]): SourceFile[] {
  const files: string[] = [];
  for (const d of dirs.length ? dirs : ['src']) walk(path.join(ROOT, d), files);
  return files.sort().map((f) => ({ path: path.relative(ROOT, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
}

function resolveOurs(from: string, spec: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(cand) && fs.existsSync(path.join(ROOT, cand))) return cand;
  }
  return base; // not found on disk (e.g. a .json or .css import): still ours, by path
}

/** Static imports, re-exports, import() and require() of a file. */
export function importsOf(file: SourceFile): Import[] {
  const info = ts.preProcessFile(file.text, true, true);
  const lineOf = (pos: number) => file.text.slice(0, pos).split('\n').length;
  return info.importedFiles.map((f) => ({
    spec: f.fileName,
    target: f.fileName.startsWith('.') ? resolveOurs(file.path, f.fileName) : null,
    line: lineOf(f.pos),
  }));
}

/** The package an import names: "react-dom/client" -> "react-dom", "@fluentui/react-components" -> itself, "node:fs" -> "fs". */
export function packageOf(spec: string): string {
  const s = spec.replace(/^node:/, '');
  const parts = s.split('/');
  return s.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const parsed = new Map<string, ts.SourceFile>();

/** The file's syntax tree (parsed once per test file). */
export function parse(file: SourceFile): ts.SourceFile {
  const hit = parsed.get(file.path);
  if (hit && hit.text === file.text) return hit;
  const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  parsed.set(file.path, sf);
  return sf;
}

/** Every node of a parsed file, depth first. */
export function* nodes(sf: ts.Node): Generator<ts.Node> {
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    const kids: ts.Node[] = [];
    n.forEachChild((c) => {
      kids.push(c);
    });
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** 1-based line of a node. */
export function lineOfNode(sf: ts.SourceFile, n: ts.Node): number {
  return sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
}

/** The text of every string literal and template piece of a file, with its 1-based line. */
export function stringLiterals(file: SourceFile): { text: string; line: number }[] {
  const sf = parse(file);
  const out: { text: string; line: number }[] = [];
  for (const n of nodes(sf)) {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      out.push({ text: n.text, line: lineOfNode(sf, n) });
    } else if (ts.isJsxText(n)) {
      out.push({ text: n.text, line: lineOfNode(sf, n) });
    }
  }
  return out;
}

/** "file:line  detail" lines, for failure messages that say where to look. */
export function where(list: { file: string; line: number; detail: string }[]): string[] {
  return list.map((v) => `${v.file}:${v.line}  ${v.detail}`);
}

/**
 * Checks a rule against its violations, allowing only the known ones listed (by file and
 * detail, no line numbers, so edits elsewhere in a file do not matter). A new violation fails;
 * so does a listed one that is gone (remove it from the list: the ratchet only tightens).
 */
export function expectOnlyKnown(found: { file: string; line: number; detail: string }[], known: readonly string[] = []): void {
  const key = (v: { file: string; detail: string }) => `${v.file}  ${v.detail}`;
  const keys = new Set(found.map(key));
  expect({ new: where(found.filter((v) => !known.includes(key(v)))), fixed: known.filter((k) => !keys.has(k)) }).toEqual({ new: [], fixed: [] });
}

/** The comments of a file: text and the 1-based lines they start and end on. */
export function comments(file: SourceFile): { text: string; from: number; to: number }[] {
  const sf = parse(file);
  const out: { text: string; from: number; to: number }[] = [];
  const seen = new Set<number>();
  // A plain scan cannot tell a regex or a template from a comment start: read the trivia in
  // front of and after each node of the parsed tree instead.
  const visit = (pos: number) => {
    for (const r of [...(ts.getLeadingCommentRanges(file.text, pos) ?? []), ...(ts.getTrailingCommentRanges(file.text, pos) ?? [])]) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({
        text: file.text.slice(r.pos, r.end),
        from: sf.getLineAndCharacterOfPosition(r.pos).line + 1,
        to: sf.getLineAndCharacterOfPosition(r.end).line + 1,
      });
    }
  };
  for (const n of nodes(sf)) {
    visit(n.pos);
    visit(n.end);
  }
  return out.sort((a, b) => a.from - b.from);
}
