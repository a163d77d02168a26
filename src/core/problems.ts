/**
 * Problems found in the user's workbook. Each has the sheet and A1 cell, a stable code,
 * and a message in English and Chinese. Problems are reported, never thrown: a bad cell
 * never stops the rest of the sheet from being read.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  sheet: string;
  /** A1 address of the cell (or the first cell of the range) concerned. */
  cell: string;
  /** Stable, documented code, e.g. "TEXT_NOT_NUMBER". Never renamed once released. */
  code: string;
  severity: Severity;
  /** en-US message. */
  message: string;
  /** zh-CN message. */
  messageZh: string;
}

export type Locale = 'en-US' | 'zh-CN';

type Params = Record<string, string | number>;

interface CatalogueEntry {
  severity: Severity;
  en: string;
  zh: string;
}

/**
 * The message catalogue. {name} placeholders are filled from params. Add codes here; the
 * tests check every code has both languages and that placeholders match.
 */
export const PROBLEM_CATALOGUE: Record<string, CatalogueEntry> = {
  NO_HEADER: {
    severity: 'error',
    en: 'No header row with months was found on sheet {sheet}. Put one month per column (e.g. "Jan-26 Budget", "2026-01 Actual").',
    zh: '在工作表 {sheet} 中没有找到包含月份的表头行。请每列放一个月份（例如 "2026-01 预算"、"2026-01 实际"）。',
  },
  NO_BUDGET_COLUMNS: {
    severity: 'error',
    en: 'Month columns were found but none is marked Budget. Label them "Budget" (or 预算).',
    zh: '找到了月份列，但没有标记为预算的列。请将其标注为 "Budget"（或 预算）。',
  },
  NO_LINES: {
    severity: 'error',
    en: 'The header at {cell} was found but no budget lines below it.',
    zh: '在 {cell} 找到了表头，但其下方没有预算行。',
  },
  TEXT_NOT_NUMBER: {
    severity: 'warning',
    en: 'Cell {cell} holds text "{text}" where a number belongs; it is counted as blank.',
    zh: '单元格 {cell} 应为数字，却是文本 "{text}"；按空白处理。',
  },
  NUMBER_AS_TEXT: {
    severity: 'warning',
    en: 'Cell {cell} holds the number {value} stored as text; Excel formulas (and so Budget Pilot) count it as blank until it is re-entered as a number.',
    zh: '单元格 {cell} 中的数字 {value} 以文本形式存储；Excel 公式（因此 Budget Pilot 也）将其视为空白，需重新输入为数字。',
  },
  ERROR_VALUE: {
    severity: 'warning',
    en: 'Cell {cell} holds the error {error}; it is counted as blank.',
    zh: '单元格 {cell} 含有错误值 {error}；按空白处理。',
  },
  BLANK_BUDGET: {
    severity: 'info',
    en: 'Line {line} has no budget for {period} (cell {cell}); it is counted as 0.',
    zh: '行 {line} 在 {period} 没有预算（单元格 {cell}）；按 0 处理。',
  },
  DUPLICATE_KEY: {
    severity: 'warning',
    en: 'Line {line} at row {row} has the same key as the line at row {firstRow}; both are kept, the second as "{line} (2)".',
    zh: '第 {row} 行的 {line} 与第 {firstRow} 行的键重复；两行都保留，第二行记为 "{line} (2)"。',
  },
  PERIOD_REPEATED: {
    severity: 'warning',
    en: 'Period {period} appears twice in the header ({cell}); the second column is ignored.',
    zh: '期间 {period} 在表头中重复出现（{cell}）；忽略第二列。',
  },
  PERIOD_OUT_OF_ORDER: {
    severity: 'info',
    en: 'Period {period} at {cell} is out of order; periods are sorted by date.',
    zh: '{cell} 处的期间 {period} 顺序不对；已按日期排序。',
  },
  MISSING_ACTUAL_COLUMN: {
    severity: 'info',
    en: 'Period {period} has a Budget column but no Actual column.',
    zh: '期间 {period} 有预算列但没有实际列。',
  },
  SKIPPED_TOTAL_ROW: {
    severity: 'info',
    en: 'Row {row} ({label}) is a total and is not read as a budget line.',
    zh: '第 {row} 行（{label}）是合计行，不作为预算行读取。',
  },
  MIXED_UNITS: {
    severity: 'warning',
    en: 'The sheet mentions more than one unit ({units}); numbers are read as they are.',
    zh: '工作表中出现了多个单位（{units}）；数字按原样读取。',
  },
  AS_OF_OUT_OF_RANGE: {
    severity: 'error',
    en: 'The as-of period {period} is not one of the budget periods ({first} to {last}).',
    zh: '截至期间 {period} 不在预算期间（{first} 至 {last}）之内。',
  },
  LAYOUT_UNRECOGNISED: {
    severity: 'error',
    en: 'The layout of sheet {sheet} was not recognised: {detail}',
    zh: '无法识别工作表 {sheet} 的布局：{detail}',
  },
  TABLE_ENDED: {
    severity: 'info',
    en: 'Row {row} starts another table (its cells name periods again); it and the rows below it are not read as budget lines.',
    zh: '第 {row} 行开始另一个表格（其单元格再次列出期间）；该行及以下各行不作为预算行读取。',
  },
  YEAR_ASSUMED: {
    severity: 'warning',
    en: 'The period headers (e.g. {cell}) name no year and no title names one; {year} is assumed. Put the year in a title such as "FY{year} Sales Budget" or in the headers.',
    zh: '期间表头（如 {cell}）没有年份，标题中也没有；假定为 {year} 年。请在标题（如 "{year}年销售预算"）或表头中写明年份。',
  },
  SHEET_NOT_FOUND: {
    severity: 'error',
    en: 'There is no sheet named {sheet} in this workbook. Sheets: {sheets}.',
    zh: '此工作簿中没有名为 {sheet} 的工作表。现有工作表：{sheets}。',
  },
  NO_BUDGET_SHEET: {
    severity: 'error',
    en: 'No sheet in this workbook could be read as a budget (sheets checked: {sheets}).',
    zh: '此工作簿中没有可读取为预算的工作表（已检查：{sheets}）。',
  },
  SHEET_UNREADABLE: {
    severity: 'error',
    en: 'Sheet {sheet} could not be read: {detail}',
    zh: '无法读取工作表 {sheet}：{detail}',
  },
  ROW_WITHOUT_MEASURE: {
    severity: 'info',
    en: 'Row {row} has numbers but its {column} cell ({cell}) names no Budget or Actual; the row is not read.',
    zh: '第 {row} 行有数字，但其 {column} 单元格（{cell}）没有写明预算或实际；该行不读取。',
  },
  UNBUDGETED_ACTUAL: {
    severity: 'warning',
    en: 'Line {line} ({cell}) has actuals but no budget on sheet {budgetSheet}; it is kept with a budget of 0.',
    zh: '行 {line}（{cell}）有实际数，但在工作表 {budgetSheet} 中没有预算；保留该行，预算按 0 处理。',
  },
  BUDGET_WITHOUT_ACTUAL: {
    severity: 'info',
    en: 'Line {line} ({cell}) has a budget but no row on sheet {actualSheet}; it is kept with no actuals.',
    zh: '行 {line}（{cell}）有预算，但在工作表 {actualSheet} 中没有对应行；保留该行，没有实际数。',
  },
  ROW_WITHOUT_DATE: {
    severity: 'warning',
    en: 'Row {row} of the table has no date or period in {cell}; its amount is not counted in any period.',
    zh: '表格第 {row} 行在 {cell} 中没有日期或期间；其金额不计入任何期间。',
  },
  ROW_OUTSIDE_PERIODS: {
    severity: 'info',
    en: '{count} rows of sheet {sheet} (the first at {cell}) fall outside the budget periods ({first} to {last}) and are not counted.',
    zh: '工作表 {sheet} 中有 {count} 行（第一行在 {cell}）不在预算期间（{first} 至 {last}）内，不计入。',
  },
  SCENARIO_SPELLINGS: {
    severity: 'warning',
    en: '{count} rows of the {column} column (the first at {cell}) say "{other}" where most say "{chosen}"; a SUMIFS formula matches one spelling, so those rows are not counted. Write "{chosen}" in them.',
    zh: '{column} 列中有 {count} 行（第一行在 {cell}）写作 "{other}"，而多数行写作 "{chosen}"；SUMIFS 公式只能匹配一种写法，这些行不计入。请改为 "{chosen}"。',
  },
  MAPPING_HEADER_MOVED: {
    severity: 'warning',
    en: 'The saved reading expects the header on row {row} of sheet {sheet}, but that row no longer holds it.',
    zh: '已保存的读取方式要求表头在工作表 {sheet} 的第 {row} 行，但该行已不是表头。',
  },
  MAPPING_COLUMN_CHANGED: {
    severity: 'warning',
    en: 'Cell {cell} read "{expected}" when the reading was saved; it now reads "{actual}".',
    zh: '保存读取方式时单元格 {cell} 为 "{expected}"；现在为 "{actual}"。',
  },
  MAPPING_NEW_PERIOD: {
    severity: 'info',
    en: 'Column {cell} names the period {period}, which the saved reading does not include.',
    zh: '列 {cell} 中的期间 {period} 不在已保存的读取方式中。',
  },
};

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Builds a Problem from the catalogue. Unknown codes are a programming error and throw. */
export function problem(code: string, sheet: string, cell: string, params: Params = {}): Problem {
  const entry = PROBLEM_CATALOGUE[code];
  if (!entry) throw new Error(`unknown problem code ${code}`);
  const all: Params = { sheet, cell, ...params };
  return { sheet, cell, code, severity: entry.severity, message: fill(entry.en, all), messageZh: fill(entry.zh, all) };
}

export function problemText(p: Problem, locale: Locale): string {
  return locale === 'zh-CN' ? p.messageZh : p.message;
}
