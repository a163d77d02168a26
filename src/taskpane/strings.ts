/**
 * Every word the task pane shows, in en-US and zh-CN. Components never hold literal text:
 * they take a `Strings` object, so switching language is one state change and a test can
 * assert that both languages define the same keys.
 */
import type { CoreMethodId, MethodId } from '../core/forecast/types';
import type { LayoutKind } from '../core/model';
import type { Locale } from '../core/problems';
import type { Sureness } from './mapping/mapping-edit';

export type { Locale };

/** How many problems of each severity were found (info = notes, e.g. skipped total rows). */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** "1 error", "2 warnings": singular for exactly one. */
function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

export interface Strings {
  appTitle: string;
  languageToggle: string;
  notInOffice: string;
  // step 1: read
  readHeading: string;
  readButton: string;
  reading: string;
  foundSheet: string;
  foundRange: string;
  foundLines: string;
  foundPeriods: string;
  foundAsOf: string;
  foundUnit: string;
  none: string;
  noBudget: string;
  /** Heading over the problem list, counted by severity: "2 warnings, 5 notes". */
  problemsHeading: (counts: SeverityCounts) => string;
  noProblems: string;
  problemAt: (sheet: string, cell: string) => string;
  // settings
  settingsHeading: string;
  asOfLabel: string;
  asOfHint: string;
  flagPctLabel: string;
  flagPctHint: string;
  flagAbsLabel: string;
  flagAbsHint: string;
  defaultValue: string;
  invalidPct: string;
  invalidAbs: string;
  // step 2: build
  buildHeading: string;
  buildButton: string;
  building: string;
  buildDone: (sheet: string, lines: number, offTarget: number) => string;
  buildDetail: (cells: number, syncs: number) => string;
  readFirst: string;
  // off-target list
  offTargetHeading: (n: number) => string;
  allOnTarget: string;
  colLine: string;
  colYtdVar: string;
  /** Between a label and its value: ": " or "：". */
  labelSep: string;
  colYtdVarPct: string;
  colReasons: string;
  selectLineHint: string;
  reasonUnder: (pct: string, amount: string) => string;
  reasonOver: (pct: string, amount: string) => string;
  costLine: string;
  // step 3: forecast
  forecastHeading: string;
  forecastButton: string;
  forecastFitting: string;
  forecastProgress: (done: number, total: number) => string;
  forecastDone: (lines: number, asOf: string, remaining: number) => string;
  forecastNoActuals: string;
  forecastShowing: (shown: number, total: number) => string;
  forecastOrder: string;
  /** "budget": a line with no actual yet is forecast by its budget (as on the forecast sheet). */
  methodNames: Record<MethodId | 'budget', string>;
  /** Short names for the parts of a combination: "SES + Holt + Theta". */
  methodShort: Record<CoreMethodId, string>;
  /** Appended to the method when seasonal indices came from the history or the budget's phasing. */
  seasonalHistory: string;
  seasonalProfile: string;
  /** Between items of a list: ", " or "，". */
  listSep: string;
  colMethod: string;
  colBacktest: string;
  colOutlook: string;
  colFyBudget: string;
  colGap: string;
  /** The outlook's 80% band: "80% band: 790 – 846". */
  colBand: string;
  legendActual: string;
  legendBudget: string;
  legendForecast: string;
  legendBand: string;
  chartLabel: (line: string) => string;
  writeForecastButton: string;
  writingForecast: string;
  forecastWritten: (sheet: string, lines: number, offTrack: number) => string;
  // correct the reading
  mappingHeading: string;
  mappingIntro: string;
  mappingLayout: string;
  layoutNames: Record<LayoutKind, string>;
  mappingHeaderRow: string;
  mappingHeaderRowInvalid: string;
  mappingNeedDimension: string;
  mappingMeasureColumn: string;
  mappingActualSheet: string;
  mappingDateColumn: string;
  mappingAmountColumn: string;
  mappingDimensions: string;
  mappingTypeColumn: string;
  mappingNoTypeColumn: string;
  mappingPeriods: string;
  /** One period's columns: "budget C, actual D". */
  mappingPeriodCols: (budget: string, actual: string) => string;
  mappingPeriodsHint: string;
  mappingBudgetCol: string;
  mappingActualCol: string;
  mappingColumnInvalid: string;
  mappingColumnRequired: string;
  /** The header text of a column, shown beside its letter. */
  mappingColumnHeader: (text: string) => string;
  sureness: Record<Sureness, string>;
  /** Detection's reason, shown under a part (the reason text itself is English). */
  mappingWhy: (reason: string) => string;
  mappingCounts: (lines: number, revenue: number, cost: number) => string;
  mappingApply: string;
  mappingApplying: string;
  mappingApplied: string;
  mappingSave: string;
  mappingSaving: string;
  mappingSaved: string;
  mappingNotSaved: string;
  // errors
  errorTitle: string;
  crashTitle: string;
  crashBody: string;
  retry: string;
  dismiss: string;
  hostErrors: Record<'NOT_OWNED' | 'SHEET_NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'HOST', string>;
  unknownError: string;
}

const en: Strings = {
  appTitle: 'Budget Pilot',
  languageToggle: '中文',
  notInOffice: 'Budget Pilot runs inside Excel. Open this page from the Budget Pilot button on the Home tab.',
  readHeading: '1. Read the budget',
  readButton: 'Read budget',
  reading: 'Reading the workbook…',
  foundSheet: 'Sheet',
  foundRange: 'Range',
  foundLines: 'Lines',
  foundPeriods: 'Periods',
  foundAsOf: 'As of',
  foundUnit: 'Unit',
  none: '—',
  noBudget: 'No budget could be read. The problems below say why.',
  problemsHeading: (c) =>
    [
      c.error > 0 ? count(c.error, 'error', 'errors') : '',
      c.warning > 0 ? count(c.warning, 'warning', 'warnings') : '',
      c.info > 0 ? count(c.info, 'note', 'notes') : '',
    ]
      .filter(Boolean)
      .join(', '),
  noProblems: 'No problems found.',
  problemAt: (sheet, cell) => `Go to ${sheet}!${cell}`,
  settingsHeading: 'Settings (optional)',
  asOfLabel: 'As of',
  asOfHint: 'Last month included in year-to-date.',
  flagPctLabel: 'Flag at variance % of',
  flagPctHint: 'Percent, e.g. 10 for 10%.',
  flagAbsLabel: 'Materiality',
  flagAbsHint: 'Flag only when the YTD variance is at least this amount.',
  defaultValue: 'default',
  invalidPct: 'Enter a percentage between 0 and 1000.',
  invalidAbs: 'Enter an amount of 0 or more.',
  buildHeading: '2. Build the variance sheet',
  buildButton: 'Build variance',
  building: 'Writing the variance sheet…',
  buildDone: (sheet, lines, off) => `Wrote sheet ${sheet}: ${lines} lines, ${off} off target.`,
  buildDetail: (cells, syncs) => `${cells} cells written in ${syncs} round trips.`,
  readFirst: 'Read the budget first.',
  offTargetHeading: (n) => (n === 1 ? '1 line off target' : `${n} lines off target`),
  allOnTarget: 'Every line is on target.',
  colLine: 'Line',
  colYtdVar: 'YTD var',
  labelSep: ': ',
  colYtdVarPct: 'YTD var %',
  colReasons: 'Why',
  selectLineHint: 'Click a line to select its row on the variance sheet.',
  reasonUnder: (pct, amount) => `Below budget by ${pct} (${amount}) year to date.`,
  reasonOver: (pct, amount) => `Over budget by ${pct} (${amount}) year to date.`,
  costLine: 'cost',
  forecastHeading: '3. Forecast the year',
  forecastButton: 'Run forecast',
  forecastFitting: 'Fitting a forecast for each line…',
  forecastProgress: (d, t) => `${d} / ${t} lines`,
  forecastDone: (n, asOf, rest) =>
    `Forecast ${n === 1 ? '1 line' : `${n} lines`} from actuals through ${asOf}; ${rest === 1 ? '1 period' : `${rest} periods`} left in the fiscal year.`,
  forecastNoActuals: 'There are no actuals yet, so there is nothing to forecast from.',
  forecastShowing: (shown, total) => `Showing ${shown} of ${total} lines.`,
  forecastOrder: 'Lines off track come first. Outlook = actual to date + forecast of the rest of the fiscal year, as on the forecast sheet.',
  methodNames: {
    seasonalNaive: 'Seasonal naive',
    linearTrend: 'Linear trend',
    ses: 'Exponential smoothing',
    holtDamped: 'Damped trend (Holt)',
    theta: 'Theta',
    runRate: 'Run rate',
    movingAverage: 'Moving average',
    croston: 'Croston (intermittent)',
    combination: 'Combination',
    budget: 'Budget (no actuals yet)',
  },
  methodShort: {
    seasonalNaive: 'seasonal naive',
    linearTrend: 'trend',
    ses: 'SES',
    holtDamped: 'Holt',
    theta: 'Theta',
    runRate: 'run rate',
    movingAverage: 'moving average',
    croston: 'Croston',
  },
  seasonalHistory: 'seasonal',
  seasonalProfile: 'budget phasing',
  listSep: ', ',
  colMethod: 'Method',
  colBacktest: 'Backtest error',
  colOutlook: 'FY outlook',
  colFyBudget: 'FY budget',
  colGap: 'Gap',
  colBand: '80% band',
  legendActual: 'Actual',
  legendBudget: 'Budget',
  legendForecast: 'Forecast',
  legendBand: '80% band',
  chartLabel: (line) => `Actuals, budget and forecast for ${line}`,
  writeForecastButton: 'Write forecast sheet',
  writingForecast: 'Writing the forecast sheet…',
  forecastWritten: (sheet, lines, off) => `Wrote sheet ${sheet}: ${lines} lines, ${off} off track. The variance sheet was rebuilt with it.`,
  mappingHeading: 'How the sheet was read',
  mappingIntro: 'Check what was found. Change what is wrong, then apply to read the sheet again.',
  mappingLayout: 'Layout',
  layoutNames: {
    'wide-paired': 'Budget and actual side by side per period',
    'wide-blocks': 'A block of budget columns, then a block of actuals',
    stacked: 'Budget and actual on separate rows (Measure column)',
    separate: 'Budget and actuals on separate sheets',
    long: 'A long table, one row per record',
    crm: 'A budget sheet with a CRM export of deals',
  },
  mappingHeaderRow: 'Header row',
  mappingHeaderRowInvalid: 'Type a row number, 1 or more.',
  mappingNeedDimension: 'Tick at least one dimension column.',
  mappingMeasureColumn: 'Budget/actual column',
  mappingActualSheet: 'Actuals sheet',
  mappingDateColumn: 'Date column',
  mappingAmountColumn: 'Amount column',
  mappingDimensions: 'Dimension columns',
  mappingTypeColumn: 'Revenue/cost column',
  mappingNoTypeColumn: 'None (every line is revenue)',
  mappingPeriods: 'Periods',
  mappingPeriodCols: (b, a) => `budget ${b}, actual ${a}`,
  mappingPeriodsHint: 'Type a column letter, e.g. D. Leave an actual column empty when the period has no actuals.',
  mappingBudgetCol: 'Budget column',
  mappingActualCol: 'Actual column',
  mappingColumnInvalid: 'Type column letters, A to XFD.',
  mappingColumnRequired: 'This column is needed: type its letters.',
  mappingColumnHeader: (t) => `header "${t}"`,
  sureness: { sure: 'sure', likely: 'likely', guess: 'guess' },
  mappingWhy: (r) => `Why: ${r}`,
  mappingCounts: (n, rev, cost) => `${n === 1 ? '1 line' : `${n} lines`}: ${rev} revenue, ${cost} cost.`,
  mappingApply: 'Apply',
  mappingApplying: 'Reading again…',
  mappingApplied: 'Read again with your changes.',
  mappingSave: 'Save this reading',
  mappingSaving: 'Saving…',
  mappingSaved: 'Saved in the workbook: the next reading, yours or a colleague’s, uses it.',
  mappingNotSaved: 'Not saved: this reading does not fit the sheet.',
  errorTitle: 'That did not work',
  crashTitle: 'The pane hit an unexpected error',
  crashBody: 'Your workbook was not changed by this error. You can try again.',
  retry: 'Try again',
  dismiss: 'Dismiss',
  hostErrors: {
    NOT_OWNED: 'A sheet with the output name already exists and was not created by Budget Pilot, so it was left untouched. Rename that sheet and try again.',
    SHEET_NOT_FOUND: 'The sheet was not found. It may have been renamed or deleted; read the budget again.',
    PAYLOAD_TOO_LARGE: 'The workbook is too large to write in one go, even in parts.',
    HOST: 'Excel reported an error.',
  },
  unknownError: 'Unexpected error.',
};

const zh: Strings = {
  appTitle: 'Budget Pilot 预算助手',
  languageToggle: 'English',
  notInOffice: 'Budget Pilot 需要在 Excel 中运行。请通过“开始”选项卡上的 Budget Pilot 按钮打开此页面。',
  readHeading: '1. 读取预算',
  readButton: '读取预算',
  reading: '正在读取工作簿…',
  foundSheet: '工作表',
  foundRange: '区域',
  foundLines: '行数',
  foundPeriods: '期间数',
  foundAsOf: '截至',
  foundUnit: '单位',
  none: '—',
  noBudget: '无法读取预算，原因见下方问题列表。',
  problemsHeading: (c) =>
    [c.error > 0 ? `${c.error} 个错误` : '', c.warning > 0 ? `${c.warning} 个警告` : '', c.info > 0 ? `${c.info} 条说明` : '']
      .filter(Boolean)
      .join('，'),
  noProblems: '未发现问题。',
  problemAt: (sheet, cell) => `转到 ${sheet}!${cell}`,
  settingsHeading: '设置（可选）',
  asOfLabel: '截至期间',
  asOfHint: '计入本年累计的最后一个月。',
  flagPctLabel: '差异百分比阈值',
  flagPctHint: '百分数，例如 10 表示 10%。',
  flagAbsLabel: '重要性金额',
  flagAbsHint: '仅当本年累计差异不低于此金额时标记。',
  defaultValue: '默认',
  invalidPct: '请输入 0 到 1000 之间的百分数。',
  invalidAbs: '请输入不小于 0 的金额。',
  buildHeading: '2. 生成差异表',
  buildButton: '生成差异表',
  building: '正在写入差异表…',
  buildDone: (sheet, lines, off) => `已写入工作表 ${sheet}：共 ${lines} 行，${off} 行偏离目标。`,
  buildDetail: (cells, syncs) => `写入 ${cells} 个单元格，往返 ${syncs} 次。`,
  readFirst: '请先读取预算。',
  offTargetHeading: (n) => `${n} 行偏离目标`,
  allOnTarget: '所有行均达成目标。',
  colLine: '行',
  colYtdVar: '累计差异',
  labelSep: '：',
  colYtdVarPct: '累计差异 %',
  colReasons: '原因',
  selectLineHint: '点击一行，可在差异表中选中该行。',
  reasonUnder: (pct, amount) => `本年累计低于预算 ${pct}（${amount}）。`,
  reasonOver: (pct, amount) => `本年累计超出预算 ${pct}（${amount}）。`,
  costLine: '费用',
  forecastHeading: '3. 全年预测',
  forecastButton: '运行预测',
  forecastFitting: '正在为每一行拟合预测…',
  forecastProgress: (d, t) => `${d} / ${t} 行`,
  forecastDone: (n, asOf, rest) => `已根据截至 ${asOf} 的实际数预测 ${n} 行；本财年还剩 ${rest} 个期间。`,
  forecastNoActuals: '尚无实际数，无法进行预测。',
  forecastShowing: (shown, total) => `显示 ${total} 行中的 ${shown} 行。`,
  forecastOrder: '偏离目标的行排在前面。全年预计 = 本年累计实际 + 本财年剩余期间预测，与预测表一致。',
  methodNames: {
    seasonalNaive: '季节性朴素法',
    linearTrend: '线性趋势',
    ses: '指数平滑',
    holtDamped: '阻尼趋势（Holt）',
    theta: 'Theta 法',
    runRate: '历史均值',
    movingAverage: '移动平均',
    croston: 'Croston（间歇性需求）',
    combination: '组合预测',
    budget: '预算（尚无实际数）',
  },
  methodShort: {
    seasonalNaive: '季节性朴素',
    linearTrend: '趋势',
    ses: '指数平滑',
    holtDamped: 'Holt',
    theta: 'Theta',
    runRate: '均值',
    movingAverage: '移动平均',
    croston: 'Croston',
  },
  seasonalHistory: '含季节性',
  seasonalProfile: '按预算分布',
  listSep: '，',
  colMethod: '方法',
  colBacktest: '回测误差',
  colOutlook: '全年预计',
  colFyBudget: '全年预算',
  colGap: '差距',
  colBand: '80% 区间',
  legendActual: '实际',
  legendBudget: '预算',
  legendForecast: '预测',
  legendBand: '80% 区间',
  chartLabel: (line) => `${line} 的实际、预算与预测`,
  writeForecastButton: '写入预测表',
  writingForecast: '正在写入预测表…',
  forecastWritten: (sheet, lines, off) => `已写入工作表 ${sheet}：共 ${lines} 行，${off} 行偏离目标。差异表已一并重建。`,
  mappingHeading: '工作表的读取方式',
  mappingIntro: '请检查识别结果。修改有误之处，然后点击“应用”重新读取工作表。',
  mappingLayout: '布局',
  layoutNames: {
    'wide-paired': '每个期间的预算与实际并列',
    'wide-blocks': '先是一组预算列，再是一组实际列',
    stacked: '预算与实际分行（度量列）',
    separate: '预算与实际在不同工作表',
    long: '长表，每行一条记录',
    crm: '预算表加 CRM 商机导出',
  },
  mappingHeaderRow: '表头行',
  mappingHeaderRowInvalid: '请输入行号（1 或以上）。',
  mappingNeedDimension: '请至少勾选一个维度列。',
  mappingMeasureColumn: '预算/实际列',
  mappingActualSheet: '实际数工作表',
  mappingDateColumn: '日期列',
  mappingAmountColumn: '金额列',
  mappingDimensions: '维度列',
  mappingTypeColumn: '收入/成本列',
  mappingNoTypeColumn: '无（所有行均为收入）',
  mappingPeriods: '期间',
  mappingPeriodCols: (b, a) => `预算 ${b}，实际 ${a}`,
  mappingPeriodsHint: '请输入列字母，例如 D。某期间没有实际数时，实际列留空。',
  mappingBudgetCol: '预算列',
  mappingActualCol: '实际列',
  mappingColumnInvalid: '请输入列字母（A 到 XFD）。',
  mappingColumnRequired: '此列为必填：请输入其列字母。',
  mappingColumnHeader: (t) => `表头“${t}”`,
  sureness: { sure: '确定', likely: '较可能', guess: '猜测' },
  mappingWhy: (r) => `依据：${r}`,
  mappingCounts: (n, rev, cost) => `${n} 行：收入 ${rev} 行，成本 ${cost} 行。`,
  mappingApply: '应用',
  mappingApplying: '正在重新读取…',
  mappingApplied: '已按您的修改重新读取。',
  mappingSave: '保存此读取方式',
  mappingSaving: '正在保存…',
  mappingSaved: '已保存在工作簿中：之后的读取（您或同事）都会使用它。',
  mappingNotSaved: '未保存：此读取方式与工作表不符。',
  errorTitle: '操作未完成',
  crashTitle: '任务窗格发生意外错误',
  crashBody: '此错误没有更改您的工作簿。您可以重试。',
  retry: '重试',
  dismiss: '关闭',
  hostErrors: {
    NOT_OWNED: '已存在同名工作表且不是由 Budget Pilot 创建的，因此未作任何改动。请重命名该工作表后重试。',
    SHEET_NOT_FOUND: '找不到该工作表，可能已被重命名或删除；请重新读取预算。',
    PAYLOAD_TOO_LARGE: '工作簿过大，即使分批也无法写入。',
    HOST: 'Excel 报告了一个错误。',
  },
  unknownError: '意外错误。',
};

export const STRINGS: Record<Locale, Strings> = { 'en-US': en, 'zh-CN': zh };

/** Picks the pane language from Office.context.displayLanguage ("zh-CN", "zh-TW", "en-GB", ...). */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  return /^zh\b/i.test(displayLanguage ?? '') ? 'zh-CN' : 'en-US';
}

export function otherLocale(l: Locale): Locale {
  return l === 'zh-CN' ? 'en-US' : 'zh-CN';
}

/** 12,345.6 / 12,345.6 (both locales group by thousands); no decimals beyond 1 for amounts. */
export function formatAmount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
}

/** -0.1234 -> "-12.3%"; null -> the "none" dash. */
export function formatPct(f: number | null, locale: Locale): string {
  if (f === null || !Number.isFinite(f)) return STRINGS[locale].none;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(f);
}
