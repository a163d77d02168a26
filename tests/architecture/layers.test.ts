/**
 * Imports point downward only (DESIGN.md "Flow and layers"): taskpane/cli -> app -> core,
 * app -> host -> core. Read from the source with the TypeScript scanner: import, export-from,
 * import() and require(). Each rule lists every file:line that breaks it.
 */
import { builtinModules } from 'module';
import ts from 'typescript';
import { expectOnlyKnown, importsOf, lineOfNode, nodes, packageOf, parse, sourceFiles, type SourceFile } from './source-files';

/**
 * Violations in files owned by other developers at the time this test was written, reported to
 * them; each fix must also delete its line here (a listed violation that is gone fails the test).
 */
const KNOWN: Record<string, string[]> = {
  globals: [],
  taskpane: [],
};

interface Violation {
  file: string;
  line: number;
  detail: string;
}

const files = sourceFiles('src');
const inDir = (p: string, dir: string) => p.startsWith(dir);
const NODE_BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));
const isNodeBuiltin = (pkg: string) => NODE_BUILTINS.has(pkg) || NODE_BUILTINS.has(pkg.split('/')[0]);
const UI_PACKAGES = ['react', 'react-dom', '@fluentui/react-components', '@fluentui/react-icons'];
const isUi = (pkg: string) => UI_PACKAGES.includes(pkg) || pkg.startsWith('@fluentui/');
const isOfficePackage = (pkg: string) => pkg.startsWith('@microsoft/') || pkg.startsWith('office-');
/** Browser globals core must not touch (it runs in Node, workers and the pane alike). */
const DOM_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'XMLHttpRequest', 'fetch', 'Worker', 'location', 'alert']);

/** Each import of the files under `dir` that `bad` rejects (returning why). */
function importViolations(dir: string, bad: (target: string | null, pkg: string | null, file: SourceFile) => string | null): Violation[] {
  const out: Violation[] = [];
  for (const f of files.filter((x) => inDir(x.path, dir))) {
    for (const imp of importsOf(f)) {
      const why = bad(imp.target, imp.target ? null : packageOf(imp.spec), f);
      if (why) out.push({ file: f.path, line: imp.line, detail: `imports "${imp.spec}": ${why}` });
    }
  }
  return out;
}

/** Uses of the given globals as values or type qualifiers (not property names, keys or declarations). */
function globalUses(f: SourceFile, names: ReadonlySet<string>): Violation[] {
  if (![...names].some((n) => new RegExp(`\\b${n}\\b`).test(f.text))) return []; // cheap: parse only files that say the name
  const sf = parse(f);
  const out: Violation[] = [];
  for (const n of nodes(sf)) {
    if (!ts.isIdentifier(n) || !names.has(n.text)) continue;
    const p = n.parent;
    if (ts.isPropertyAccessExpression(p) && p.name === n) continue;
    if (ts.isQualifiedName(p) && p.right === n) continue;
    if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === n) continue;
    if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) continue;
    if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isBindingElement(p)) && p.name === n) continue;
    if (ts.isJsxAttribute(p) || ts.isShorthandPropertyAssignment(p)) continue;
    out.push({ file: f.path, line: lineOfNode(sf, n), detail: `uses the global ${n.text}` });
  }
  return out;
}

describe('layers: imports point downward only', () => {
  test('the source tree is where these rules expect it', () => {
    const dirs = new Set(files.map((f) => f.path.split('/').slice(0, 2).join('/')));
    for (const d of ['src/core', 'src/app', 'src/host', 'src/taskpane', 'src/cli']) expect(dirs).toContain(d);
    expect(files.length).toBeGreaterThan(50);
    // The scanner sees imports at all (a broken helper must not make every rule pass).
    expect(importsOf(files.find((f) => f.path === 'src/host/office/office-host.ts')!).some((i) => i.target === 'src/host/workbook-host.ts')).toBe(true);
  });

  test('src/core imports only src/core: no package, no Node module, no React, ExcelJS or Office', () => {
    const v = importViolations('src/core/', (target, pkg) => {
      if (target) return inDir(target, 'src/core/') ? null : 'core imports nothing of ours above it';
      return `core is pure TypeScript with no packages${isNodeBuiltin(pkg!) ? ' (a Node module)' : ''}`;
    });
    expectOnlyKnown(v);
  });

  test('src/core uses no DOM, Excel or Office globals', () => {
    const v = files.filter((f) => inDir(f.path, 'src/core/')).flatMap((f) => globalUses(f, new Set([...DOM_GLOBALS, 'Excel', 'Office'])));
    expectOnlyKnown(v);
  });

  test('src/app imports core and the host interface (src/host/workbook-host.ts), not a host implementation or UI', () => {
    const v = importViolations('src/app/', (target, pkg) => {
      if (target) {
        if (inDir(target, 'src/app/') || inDir(target, 'src/core/') || target === 'src/host/workbook-host.ts') return null;
        return 'app uses core and the WorkbookHost interface only';
      }
      if (isUi(pkg!) || pkg === 'exceljs' || isOfficePackage(pkg!) || isNodeBuiltin(pkg!)) return 'app runs in the pane and the CLI alike';
      return null;
    });
    v.push(...files.filter((f) => inDir(f.path, 'src/app/')).flatMap((f) => globalUses(f, new Set(['Excel', 'Office']))));
    expectOnlyKnown(v);
  });

  test('src/host imports core and its own folder; office and xlsx do not import each other; no UI', () => {
    const v = importViolations('src/host/', (target, pkg, f) => {
      if (target) {
        if (!inDir(target, 'src/host/') && !inDir(target, 'src/core/')) return 'host imports only core below it';
        if (inDir(f.path, 'src/host/office/') && inDir(target, 'src/host/xlsx/')) return 'the Office host does not use the xlsx host';
        if (inDir(f.path, 'src/host/xlsx/') && inDir(target, 'src/host/office/')) return 'the xlsx host does not use the Office host';
        return null;
      }
      if (isUi(pkg!)) return 'no UI in hosts';
      if (inDir(f.path, 'src/host/office/') && (pkg === 'exceljs' || isNodeBuiltin(pkg!))) return 'the Office host runs in the browser';
      return null;
    });
    expectOnlyKnown(v);
  });

  test('Office.js globals (Excel, Office) only in src/host/office (and Office in the ribbon commands)', () => {
    const v = files
      .filter((f) => !inDir(f.path, 'src/host/office/'))
      .flatMap((f) => globalUses(f, new Set(inDir(f.path, 'src/commands/') ? ['Excel'] : ['Excel', 'Office'])));
    expectOnlyKnown(v, KNOWN.globals);
  });

  test('src/taskpane: no xlsx host or ExcelJS; of the Office host only index.ts and env.ts; no CLI', () => {
    const v = importViolations('src/taskpane/', (target, pkg) => {
      if (target) {
        if (inDir(target, 'src/host/xlsx/')) return 'the pane never uses the xlsx host';
        if (inDir(target, 'src/host/office/') && target !== 'src/host/office/index.ts' && target !== 'src/host/office/env.ts') {
          return 'the pane constructs the Office host through src/host/office/index.ts (and env.ts) only';
        }
        if (inDir(target, 'src/cli/')) return 'the pane does not use the CLI';
        return null;
      }
      if (pkg === 'exceljs') return 'ExcelJS is for the CLI';
      if (isNodeBuiltin(pkg!)) return 'the pane runs in the browser';
      return null;
    });
    expectOnlyKnown(v, KNOWN.taskpane);
  });

  test('src/cli: never the Office host, React or the task pane', () => {
    const v = importViolations('src/cli/', (target, pkg) => {
      if (target) {
        if (inDir(target, 'src/host/office/')) return 'the CLI works on files through the xlsx host';
        if (inDir(target, 'src/taskpane/')) return 'the CLI does not use the pane';
        return null;
      }
      if (isUi(pkg!) || isOfficePackage(pkg!)) return 'no UI or Office packages in the CLI';
      return null;
    });
    expectOnlyKnown(v);
  });

  test('only src/host/office/env.ts imports @microsoft/office-js-helpers (so it can be dropped in one commit)', () => {
    const v: Violation[] = [];
    for (const f of files) {
      for (const imp of importsOf(f)) {
        if (!imp.target && packageOf(imp.spec) === '@microsoft/office-js-helpers' && f.path !== 'src/host/office/env.ts') {
          v.push({ file: f.path, line: imp.line, detail: `imports "${imp.spec}"` });
        }
      }
    }
    expectOnlyKnown(v);
    // ...and env.ts really is where it is (otherwise the rule above is vacuous).
    const env = files.find((f) => f.path === 'src/host/office/env.ts');
    expect(env && importsOf(env).map((i) => packageOf(i.spec))).toContain('@microsoft/office-js-helpers');
  });
});
