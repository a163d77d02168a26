/**
 * Chromium harness for browser tests: builds the task pane with the fake office.js, serves a
 * folder on 127.0.0.1 (random port, plain http), and drives Debian's /usr/bin/chromium with
 * playwright-core in a throwaway profile. Every request that is not for 127.0.0.1 is aborted
 * (the CDN office.js, if asked for, gets the fake instead), so a test never touches the network.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ROOT = resolve(__dirname, '..', '..');
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Runs webpack with --env fakeOffice into outDir, in a child process (webpack inside jest's
 * module sandbox breaks). Resolves with the output dir; rejects with webpack's output.
 */
export async function buildTaskpaneForTest(outDir = join(ROOT, 'dist-test')): Promise<string> {
  const cli = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const args = [cli, '--mode', 'development', '--env', 'fakeOffice', '--env', `outDir=${outDir}`, '--no-stats'];
  await new Promise<void>((ok, fail) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`webpack failed (${err.message}):\n${stdout}\n${stderr}`));
      else ok();
    });
  });
  if (!existsSync(join(outDir, 'taskpane.html')) || !existsSync(join(outDir, 'fake-office.js'))) {
    throw new Error(`webpack did not write taskpane.html and fake-office.js into ${outDir}`);
  }
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dir on http://127.0.0.1:<random port>/. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, urlPath === '/' ? 'taskpane.html' : urlPath));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests that were aborted because they left 127.0.0.1. */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium headless in a fresh profile under the OS temp dir, removed on close.
 * fakeOfficeJs: file served whenever the page asks for the CDN office.js.
 */
export async function launchChromium(opts: { fakeOfficeJs?: string; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'bp-chromium-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.XDG_CONFIG_HOME = join(profile, 'config');
  env.XDG_CACHE_HOME = join(profile, 'cache');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      env,
      viewport: opts.viewport ?? { width: 360, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN) && opts.fakeOfficeJs) {
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(opts.fakeOfficeJs, 'utf8') });
      return;
    }
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      host = '';
    }
    if (host === '127.0.0.1' || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
      return;
    }
    blocked.push(url);
    await route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    blocked,
    close: async () => {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
