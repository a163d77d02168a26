/** Period parsing and period arithmetic (pure). */
export { parsePeriodHeader, parsePeriodText, resolvePeriod, periodFromSerial } from './parse';
export type { PeriodParts, PeriodContext } from './parse';
export { periodKey, comparePeriods, periodStartSerial, makeMonth, makeQuarter, addMonths, parsePeriodKey, monthAbbr } from './period';
export type { PeriodKind } from './period';
export { isDateFormat, isPlausibleDateSerial } from './date-format';
export { normalizeText, parseSmallNumber, toYear } from './text';
