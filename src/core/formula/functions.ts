/**
 * The portable function set of DESIGN.md ("Portable formulas only"), and the functions that
 * need the `_xlfn.` prefix in the xlsx file format. Names are upper case.
 */

/** Functions listed in DESIGN.md: present in Excel 2016+ on every platform, not volatile. */
const DESIGN_LIST = [
  'SUM', 'SUMIFS', 'SUMPRODUCT', 'AVERAGE', 'AVERAGEIFS', 'COUNT', 'COUNTIFS', 'MIN', 'MAX',
  'IF', 'IFERROR', 'AND', 'OR', 'ABS', 'ROUND', 'INDEX', 'MATCH', 'FORECAST', 'FORECAST.LINEAR',
  'TREND', 'SLOPE', 'INTERCEPT', 'LINEST', 'EDATE', 'EOMONTH', 'DATE', 'YEAR', 'MONTH', 'TEXT',
  'HYPERLINK', 'ISNUMBER', 'N', 'EXP', 'LN', 'POWER',
];

/**
 * Further long-standing worksheet functions (Excel 2007 or older, identical on every platform,
 * not volatile) that the planners may need. Kept separate so the lead can trim it.
 */
const ALSO_PORTABLE = [
  'SUMIF', 'COUNTIF', 'AVERAGEIF', 'COUNTA', 'COUNTBLANK', 'NOT', 'SQRT', 'MOD', 'INT', 'SIGN',
  'ROUNDUP', 'ROUNDDOWN', 'ISBLANK', 'ISTEXT', 'ISERROR', 'MEDIAN', 'DAY', 'CHOOSE',
];

export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([...DESIGN_LIST, ...ALSO_PORTABLE]);

/** Banned by DESIGN.md, with the reason shown in lint messages. FORECAST.ETS* is matched by prefix. */
export const BANNED_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['LET', 'not in Excel 2016'],
  ['LAMBDA', 'not in Excel 2016'],
  ['XLOOKUP', 'not in Excel 2016'],
  ['FILTER', 'not in Excel 2016'],
  ['SORT', 'not in Excel 2016'],
  ['SORTBY', 'not in Excel 2016'],
  ['UNIQUE', 'not in Excel 2016'],
  ['SEQUENCE', 'not in Excel 2016'],
  ['IFS', 'not in Excel 2016'],
  ['SWITCH', 'not in Excel 2016'],
]);

export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'OFFSET', 'INDIRECT', 'TODAY', 'NOW', 'RAND', 'RANDBETWEEN', 'RANDARRAY', 'CELL', 'INFO',
]);

/** True for FORECAST.ETS, FORECAST.ETS.CONFINT, FORECAST.ETS.SEASONALITY, FORECAST.ETS.STAT. */
export function isForecastEts(name: string): boolean {
  return name === 'FORECAST.ETS' || name.startsWith('FORECAST.ETS.');
}

/**
 * Functions added to Excel after the 2007 file format: the xlsx file stores them as
 * `_xlfn.NAME(...)` (ECMA-376 "future functions"). Only portable or commonly seen ones are
 * listed; a banned one never reaches the renderer because plans are linted.
 */
export const XLFN_FUNCTIONS: ReadonlySet<string> = new Set([
  'FORECAST.LINEAR', 'FORECAST.ETS', 'FORECAST.ETS.CONFINT', 'FORECAST.ETS.SEASONALITY', 'FORECAST.ETS.STAT',
  'IFNA', 'IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'CONCAT', 'TEXTJOIN', 'XLOOKUP', 'XMATCH', 'LET', 'LAMBDA',
  'FILTER', 'SORT', 'SORTBY', 'UNIQUE', 'SEQUENCE', 'RANDARRAY',
  'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'MODE.SNGL', 'MODE.MULT',
  'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'T.DIST', 'T.DIST.2T', 'T.DIST.RT', 'T.INV', 'T.INV.2T',
  'PERCENTILE.INC', 'PERCENTILE.EXC', 'QUARTILE.INC', 'QUARTILE.EXC', 'RANK.EQ', 'RANK.AVG',
  'CEILING.MATH', 'FLOOR.MATH', 'CEILING.PRECISE', 'ISOWEEKNUM', 'DAYS', 'AGGREGATE', 'COVARIANCE.P', 'COVARIANCE.S',
]);
