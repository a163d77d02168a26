/**
 * Recalculates xlsx files in LibreOffice (headless), many files in one soffice call.
 *
 * LibreOffice only recalculates xlsx formulas on load when its profile says so, so each call
 * uses a throwaway profile whose registrymodifications.xcu sets
 * /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0 (always) and pins the locale
 * to en-US. soffice exits 0 even when a conversion fails, so every output file is checked.
 * Read results with ExcelJS `cell.result` (cell.value drops 0, "" and false).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export const SOFFICE_CANDIDATES = ['soffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'];

let found: string | null | undefined;

/** Path of a working soffice, or null. */
export function findSoffice(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const c of SOFFICE_CANDIDATES) {
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 60000 });
    if (r.status === 0 && /LibreOffice/i.test(r.stdout)) {
      found = c;
      break;
    }
  }
  return found;
}

export function hasLibreOffice(): boolean {
  return findSoffice() !== null;
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

/** Creates a throwaway LibreOffice profile directory that forces recalculation on load. */
export function makeRecalcProfile(dir: string): string {
  const user = path.join(dir, 'user');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(path.join(user, 'registrymodifications.xcu'), REGISTRY);
  return dir;
}

export interface RecalcOptions {
  /** Output directory; default: a fresh temp dir. */
  outDir?: string;
  timeoutMs?: number;
}

/**
 * Opens each input in LibreOffice, recalculates every formula, and saves it as xlsx into
 * outDir (same base names, so inputs must have distinct base names). Returns the output
 * paths in input order. Throws when soffice is missing or any output was not produced.
 */
export function recalcXlsx(inputs: string[], opts: RecalcOptions = {}): string[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  if (inputs.length === 0) return [];
  const bases = inputs.map((p) => path.basename(p));
  if (new Set(bases).size !== bases.length) throw new Error('recalcXlsx: input files need distinct base names');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-lo-'));
  const outDir = opts.outDir ?? path.join(work, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const profile = makeRecalcProfile(path.join(work, 'profile'));
  // Stage inputs under distinct names in a scratch dir so an output never overwrites an input.
  const stageDir = path.join(work, 'in');
  fs.mkdirSync(stageDir);
  const staged = inputs.map((p) => {
    const s = path.join(stageDir, path.basename(p));
    fs.copyFileSync(p, s);
    return s;
  });
  const outputs = staged.map((s) => path.join(outDir, path.basename(s).replace(/\.[^.]+$/, '') + '.xlsx'));
  for (const o of outputs) fs.rmSync(o, { force: true });
  const env = { ...process.env, HOME: work, SAL_USE_VCLPLUGIN: 'svp' };
  try {
    execFileSync(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        ...staged,
      ],
      { env, stdio: 'pipe', timeout: opts.timeoutMs ?? 240000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(stageDir, { recursive: true, force: true });
    // With a caller-chosen outDir nothing of ours is left in the scratch dir.
    if (opts.outDir) fs.rmSync(work, { recursive: true, force: true });
  }
  const missing = outputs.filter((o) => !fs.existsSync(o) || fs.statSync(o).size === 0);
  if (missing.length) throw new Error(`LibreOffice did not produce: ${missing.join(', ')}`);
  return outputs;
}

/** The apt command that installs what this layer needs (printed when it is skipped). */
export const LIBREOFFICE_INSTALL_HINT = 'sudo apt-get install -t bookworm-backports libreoffice-calc-nogui';
