/**
 * The pane's build configuration: which office.js each build loads, where icons land (the
 * manifest's URLs depend on it), that benchmark data can never be bundled, and the dev server.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Configuration } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Configuration & { devServer?: Record<string, unknown> };

type HtmlPlugin = { userOptions?: { filename?: string; officeJs?: string }; options?: { filename?: string; officeJs?: string } };

function htmlPages(c: Configuration): { filename: string; officeJs: string }[] {
  return (c.plugins ?? [])
    .filter((p) => p && p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => {
      const o = (p as unknown as HtmlPlugin).userOptions ?? (p as unknown as HtmlPlugin).options ?? {};
      return { filename: String(o.filename), officeJs: String(o.officeJs) };
    });
}

function externalRejects(c: Configuration, request: string): Promise<boolean> {
  const ext = (c.externals as unknown as ((d: { request: string }, cb: (e?: Error) => void) => void)[])[0];
  return new Promise((ok) => ext({ request }, (e?: Error) => ok(e instanceof Error)));
}

describe('webpack.config.js', () => {
  it('production pages load office.js from Microsoft\'s CDN into dist/', () => {
    const c = makeConfig({}, { mode: 'production' });
    expect(Object.keys(c.entry as object).sort()).toEqual(['commands', 'forecast-worker', 'taskpane']);
    // The worker is its own bundle, named as forecast-client.ts loads it, and on no page.
    expect((c.entry as Record<string, string>)['forecast-worker']).toBe('./src/taskpane/forecast/forecast.worker.ts');
    expect(c.output?.filename).toBe('[name].js');
    expect(c.output?.path).toBe(join(__dirname, '..', '..', 'dist'));
    expect(htmlPages(c)).toEqual([
      { filename: 'taskpane.html', officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
      { filename: 'commands.html', officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
    ]);
    expect(c.devtool).toBe(false);
  });

  it('--env fakeOffice builds the fake office.js and points the pages at it', () => {
    const c = makeConfig({ fakeOffice: true }, { mode: 'development' });
    expect((c.entry as Record<string, string>)['fake-office']).toBe('./tests/fake-excel/browser-entry.ts');
    expect(c.output?.path).toBe(join(__dirname, '..', '..', 'dist-test'));
    expect(htmlPages(c).map((p) => p.officeJs)).toEqual(['fake-office.js', 'fake-office.js']);
  });

  it('--env noOfficeHelpers drops @microsoft/office-js-helpers', () => {
    expect(makeConfig({ noOfficeHelpers: true }, {}).resolve?.alias).toEqual({ '@microsoft/office-js-helpers': false });
    expect(makeConfig({}, {}).resolve?.alias).toEqual({});
  });

  it('copies icons to /assets (where manifest.xml points) and the manifest itself', () => {
    const c = makeConfig({}, { mode: 'production' });
    const copy = (c.plugins ?? []).find((p) => p && p.constructor.name === 'CopyPlugin') as unknown as { patterns: { from: string; to: string }[] };
    expect(copy.patterns).toEqual([
      { from: 'assets/icons', to: 'assets' },
      { from: 'manifest.xml', to: 'manifest.xml' },
    ]);
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toContain('https://localhost:3000/assets/icon-16.png');
  });

  it('refuses to bundle the benchmark data', async () => {
    const c = makeConfig({}, { mode: 'production' });
    expect(await externalRejects(c, '../shared/data/m3-monthly.csv')).toBe(true);
    expect(await externalRejects(c, '../../shared/data')).toBe(true);
    expect(await externalRejects(c, 'react')).toBe(false);
    expect(await externalRejects(c, './shared-data-helpers')).toBe(false);
  });

  it('serves on localhost:3000 only, as the manifest expects', () => {
    const c = makeConfig({}, { mode: 'development' });
    expect(c.devServer).toMatchObject({ host: 'localhost', port: 3000 });
  });
});
