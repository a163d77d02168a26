#!/usr/bin/env node
// `npm test`: the whole test suite, in layers (see DESIGN.md "Tests").
//   typecheck  tsc --noEmit
//   unit, host jest, everywhere
//   recalc     jest, needs LibreOffice (soffice) 25.2+
//   browser    jest, needs Debian Chromium (/usr/bin/chromium)
// A layer whose tool is missing is skipped with the apt command that enables it; with CI=true a
// missing layer is a failure. Ends with one line "tests: N passed, N failed".
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const args = process.argv.slice(2);

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', ...opts });
  return r.status === null ? 1 : r.status;
}

function libreOfficeVersion() {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) return null;
  const m = /LibreOffice (\d+)\.(\d+)/.exec(r.stdout);
  return m ? { major: Number(m[1]), minor: Number(m[2]), text: r.stdout.trim() } : null;
}

function hasChromium() {
  return fs.existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
}

const projects = ['unit', 'host'];
const skipped = [];
const lo = libreOfficeVersion();
if (lo && (lo.major > 25 || (lo.major === 25 && lo.minor >= 2))) projects.push('recalc');
else
  skipped.push({
    layer: 'recalc (LibreOffice recalculation)',
    why: lo ? `found ${lo.text}, need 25.2 or later` : 'soffice not found',
    fix: 'bash .ci/install-system   (apt-get install -t bookworm-backports libreoffice-calc-nogui)',
  });
if (hasChromium()) projects.push('browser');
else
  skipped.push({
    layer: 'browser (task pane in Chromium)',
    why: '/usr/bin/chromium not found',
    fix: 'bash .ci/install-system   (apt-get install chromium)',
  });

console.log(`\n== typecheck (tsc --noEmit)`);
const tscStatus = run(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);

console.log(`\n== jest: ${projects.join(', ')}`);
const out = path.join(os.tmpdir(), `bp-jest-${process.pid}.json`);
const jestStatus = run(process.execPath, [
  require.resolve('jest/bin/jest'),
  '--selectProjects', ...projects,
  '--json', '--outputFile', out,
  ...args,
]);

let passed = 0;
let failed = 0;
try {
  const j = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = j.numPassedTests;
  failed = j.numFailedTests + (j.numRuntimeErrorTestSuites || 0);
  fs.rmSync(out, { force: true });
} catch {
  failed += 1; // jest wrote no report: count it as a failure
}
if (tscStatus !== 0) failed += 1;

for (const s of skipped) {
  console.log(`\n${ci ? 'MISSING' : 'SKIPPED'} layer ${s.layer}: ${s.why}.\n  enable it with: ${s.fix}`);
}
const missingInCi = ci && skipped.length > 0;
if (missingInCi) {
  console.log('\nCI=true: every test layer must run; failing because a layer was skipped.');
  failed += skipped.length;
}
console.log(`\ntypecheck: ${tscStatus === 0 ? 'ok' : 'FAILED'}; layers run: ${projects.join(', ')}${skipped.length ? `; skipped: ${skipped.map((s) => s.layer.split(' ')[0]).join(', ')}` : ''}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(tscStatus !== 0 || jestStatus !== 0 || missingInCi ? 1 : 0);
