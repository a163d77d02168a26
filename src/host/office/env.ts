/**
 * Where the pane runs, and last-resort error display. This is the ONLY module that touches
 * @microsoft/office-js-helpers (asked for by the project's user; archived since 2020, it
 * ships a prebuilt bundle with parts of rxjs 5 and lodash-es inside). Everything else uses
 * the small interface below, so dropping the library is one commit: delete `loadHelpers`
 * and the fallbacks (our own reading of Office.context) take over.
 *
 * Bundle cost, measured 2026-12-03 with `webpack --mode production` vs
 * `webpack --mode production --env noOfficeHelpers` (aliases the package to an empty module):
 *   taskpane.js  530,186 vs 473,742 bytes minified: +56,444 bytes (+11.9%)
 *                159,153 vs 145,479 bytes gzip -9:  +13,674 bytes (+9.4%)
 *
 * The package's typings are not used: its .d.ts pulls in @types/office-js 0.0.51 (its own
 * nested copy), which would clash with ours. We require() it and describe the few members we
 * call in `HelpersSubset`.
 */

export type OfficePlatform = 'pc' | 'mac' | 'web' | 'ios' | 'android' | 'unknown';

export interface OfficeEnvironment {
  /** True inside an Office application (Excel), false in a plain browser tab. */
  inOffice: boolean;
  /** "EXCEL", "WORD"…, or "WEB" outside Office. */
  host: string;
  platform: OfficePlatform;
  /** Office UI language ("en-US", "zh-CN"), or the browser's outside Office. */
  displayLanguage: string;
}

/** The members of office-js-helpers we use, typed by us. */
interface HelpersSubset {
  Utilities?: {
    readonly host: string | null | undefined;
    readonly platform: string | null | undefined;
    readonly isAddin: boolean;
    log(error: unknown): void;
  };
  UI?: {
    notify(error: Error, title: string): void;
  };
}

let helpersCache: HelpersSubset | null | undefined;

function loadHelpers(): HelpersSubset | null {
  if (helpersCache !== undefined) return helpersCache;
  try {
    // A plain require (not import) so TypeScript does not load the package's outdated typings.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod: unknown = require('@microsoft/office-js-helpers');
    helpersCache = mod && typeof mod === 'object' ? (mod as HelpersSubset) : null;
  } catch {
    helpersCache = null;
  }
  return helpersCache;
}

/** Test seam: pretend the helpers are (not) there. */
export function setHelpersForTesting(h: HelpersSubset | null | undefined): void {
  helpersCache = h;
}

const PLATFORMS: Record<string, OfficePlatform> = {
  PC: 'pc',
  MAC: 'mac',
  OFFICE_ONLINE: 'web',
  OFFICEONLINE: 'web',
  IOS: 'ios',
  ANDROID: 'android',
};

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function navigatorLanguage(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/** True when the Excel JavaScript API is loaded (inside Excel, or the fake office.js of the browser tests). */
export function excelAvailable(): boolean {
  return typeof Excel !== 'undefined';
}

/** Reads where we run. Call after Office.onReady (the helpers say host/platform are only right then). */
export function detectEnvironment(): OfficeEnvironment {
  const office = officeGlobal();
  const ctx = office?.context;
  const helpers = loadHelpers()?.Utilities;
  let host: string | null | undefined;
  let platformRaw: string | null | undefined;
  try {
    host = helpers ? helpers.host : undefined;
    platformRaw = helpers ? helpers.platform : undefined;
  } catch {
    host = undefined;
  }
  // Fallbacks: our own reading of Office.context (also used when the helpers are dropped).
  if (!host) host = ctx?.host ? String(ctx.host).toUpperCase() : 'WEB';
  if (!platformRaw && ctx?.platform) platformRaw = String(ctx.platform);
  const platform = PLATFORMS[String(platformRaw ?? '').toUpperCase().replace(/\s/g, '')] ?? 'unknown';
  const inOffice = host !== 'WEB';
  let displayLanguage = navigatorLanguage();
  try {
    if (ctx?.displayLanguage) displayLanguage = ctx.displayLanguage;
  } catch {
    // Outside Office, reading context properties may throw; keep the browser language.
  }
  return { inOffice, host, platform, displayLanguage };
}

/**
 * Resolves once Office.js is ready, or at once outside Office (no office.js loaded),
 * or after timeoutMs if Office.onReady never fires (page opened in a plain browser).
 */
export function officeReady(timeoutMs = 5000): Promise<OfficeEnvironment> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') return Promise.resolve(detectEnvironment());
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(detectEnvironment()), timeoutMs);
    void office.onReady().then(
      () => {
        clearTimeout(timer);
        resolve(detectEnvironment());
      },
      () => {
        clearTimeout(timer);
        resolve(detectEnvironment());
      },
    );
  });
}

/** Logs an error for developers (with Office debug info when there is any). Never throws. */
export function logError(error: unknown): void {
  try {
    const u = loadHelpers()?.Utilities;
    if (u) u.log(error instanceof Error ? error : new Error(String(error)));
    else console.error(error);
  } catch {
    console.error(error);
  }
}

/**
 * Shows an error when React itself could not start (the pane's own MessageBar is not
 * available then). Uses the helpers' banner when present, else a plain text element.
 */
export function showFatalError(error: unknown, title: string): void {
  const err = error instanceof Error ? error : new Error(String(error));
  try {
    const ui = loadHelpers()?.UI;
    if (ui) {
      ui.notify(err, title);
      return;
    }
  } catch {
    // fall through to the plain display
  }
  if (typeof document === 'undefined' || !document.body) return;
  const div = document.createElement('div');
  div.setAttribute('role', 'alert');
  div.textContent = `${title}: ${err.message}`;
  document.body.prepend(div);
}
