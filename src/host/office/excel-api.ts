/**
 * The slices of the Office.js globals the Office host uses, so tests can inject the fake
 * (tests/fake-excel) and production uses the real globals loaded from office.js.
 */

/** What OfficeHost needs from the global `Excel`. The real Excel namespace satisfies it. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** What OfficeHost needs from the global `Office`: requirement-set probing. */
export interface OfficeRequirements {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export function globalExcel(): ExcelRunner {
  if (typeof Excel === 'undefined') throw new Error('Excel (office.js) is not loaded');
  return Excel;
}

export function globalOffice(): OfficeRequirements | null {
  return typeof Office === 'undefined' ? null : Office;
}

/** isSetSupported that never throws (an old host without the API reports false). */
export function supports(office: OfficeRequirements | null, set: string, version: string): boolean {
  try {
    return !!office?.context?.requirements?.isSetSupported(set, version);
  } catch {
    return false;
  }
}

function codeOrMessage(e: unknown): { code: string; message: string } {
  if (!e || typeof e !== 'object') return { code: '', message: '' };
  const o = e as { code?: unknown; message?: unknown };
  return { code: typeof o.code === 'string' ? o.code : '', message: typeof o.message === 'string' ? o.message : '' };
}

/** True for Excel's "request too large" error (Excel on the web rejects requests over 5 MB). */
export function isPayloadTooLarge(e: unknown): boolean {
  const { code, message } = codeOrMessage(e);
  return code === 'RequestPayloadSizeLimitExceeded' || message.includes('RequestPayloadSizeLimitExceeded') || /request payload size has exceeded/i.test(message);
}

/** True for Excel's "response too large" error (a load whose data exceeds 5 MB on the web). */
export function isResponseTooLarge(e: unknown): boolean {
  const { code, message } = codeOrMessage(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || message.includes('ResponsePayloadSizeLimitExceeded') || /response payload size has exceeded/i.test(message);
}

export function errorCode(e: unknown): string | null {
  if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string') return (e as { code: string }).code;
  return null;
}
