/**
 * @jest-environment jsdom
 *
 * src/host/office/env.ts (the pane's host detection; lives here because the pane owns it).
 * Runs once with the real @microsoft/office-js-helpers and once with it dropped, since the
 * module must keep working when the library is removed.
 */
import { detectEnvironment, logError, officeReady, setHelpersForTesting, showFatalError } from '../../src/host/office/env';

type G = { Office?: unknown };

function installOffice(context: Record<string, unknown> | undefined, onReady?: () => Promise<unknown>): void {
  (globalThis as G).Office = { context, onReady: onReady ?? (() => Promise.resolve({})) };
}

afterEach(() => {
  delete (globalThis as G).Office;
  setHelpersForTesting(undefined);
  document.body.innerHTML = '';
});

describe.each([
  ['with office-js-helpers', undefined],
  ['without office-js-helpers', null],
])('detectEnvironment %s', (_name, helpers) => {
  beforeEach(() => setHelpersForTesting(helpers));

  it('recognises Excel on Windows and its display language', () => {
    installOffice({ host: 'Excel', platform: 'PC', displayLanguage: 'zh-CN' });
    expect(detectEnvironment()).toEqual({ inOffice: true, host: 'EXCEL', platform: 'pc', displayLanguage: 'zh-CN' });
  });

  it('recognises Excel on the web', () => {
    installOffice({ host: 'Excel', platform: 'OfficeOnline', displayLanguage: 'en-US' });
    expect(detectEnvironment()).toMatchObject({ inOffice: true, platform: 'web' });
  });

  it('says "not in Office" in a plain browser tab', () => {
    const env = detectEnvironment();
    expect(env.inOffice).toBe(false);
    expect(env.host).toBe('WEB');
    expect(env.platform).toBe('unknown');
    expect(env.displayLanguage).toBe(navigator.language);
  });

  it('treats office.js loaded outside Office (no host) as not in Office', () => {
    installOffice({});
    expect(detectEnvironment().inOffice).toBe(false);
  });
});

describe('officeReady', () => {
  it('resolves after Office.onReady', async () => {
    let ready!: () => void;
    installOffice({ host: 'Excel', platform: 'Mac' }, () => new Promise<void>((r) => (ready = r)));
    const p = officeReady(10000);
    let done = false;
    void p.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    ready();
    await expect(p).resolves.toMatchObject({ inOffice: true, platform: 'mac' });
  });

  it('gives up waiting when onReady never fires', async () => {
    installOffice({}, () => new Promise(() => undefined));
    await expect(officeReady(20)).resolves.toMatchObject({ inOffice: false });
  });
});

describe('error display', () => {
  it('shows a fatal error in the page without the helpers', () => {
    setHelpersForTesting(null);
    showFatalError(new Error('no root'), 'Budget Pilot failed');
    expect(document.body.textContent).toContain('Budget Pilot failed: no root');
  });

  it('shows a fatal error through the helpers banner when present', () => {
    showFatalError(new Error('no root'), 'Budget Pilot failed');
    const banner = document.querySelector('.office-js-helpers-notification');
    expect(banner).not.toBeNull();
    expect(banner?.textContent).toContain('no root');
  });

  it('logs without throwing, with or without the helpers', () => {
    const spies = (['error', 'group', 'groupCollapsed', 'groupEnd', 'log'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    expect(() => logError(new Error('x'))).not.toThrow();
    setHelpersForTesting(null);
    expect(() => logError('plain')).not.toThrow();
    expect(console.error).toHaveBeenCalled();
    spies.forEach((s) => s.mockRestore());
  });
});
