/**
 * The words written on the forecast sheet, in English and Chinese. The Status texts are formula
 * literals, so the planner takes them from here; the Type texts come from the variance sheet's
 * table (one sheet pair, one language).
 */
import type { Locale } from '../problems';
import type { MethodId } from '../forecast/types';

export interface ForecastSheetText {
  title: string;
  /** {variance} is replaced by the variance sheet's name. */
  note: string;
  asOf: string;
  yearStart: string;
  /** {variance} is replaced by the variance sheet's name. */
  inputsHint: string;
  headers: {
    type: string;
    method: string;
    mape: string;
    mase: string;
    fyBudget: string;
    ytdActual: string;
    outlook: string;
    gap: string;
    gapPct: string;
    low: string;
    high: string;
    status: string;
    sesAlpha: string;
    holtAlpha: string;
    holtBeta: string;
    holtPhi: string;
    thetaAlpha: string;
    crostonAlpha: string;
    window: string;
    trend: string;
    season: string;
    /** {slot} is replaced by the month or quarter name of the index. */
    index: string;
    keep: string;
    comment: string;
  };
  actual: string;
  forecast: string;
  statusText: { off: string; on: string };
  methods: Record<MethodId | 'budget', string>;
  seasonKinds: { none: string; multiplicative: string; additive: string };
  workings: string;
  rows: Record<WorkingsRowId, string>;
  paramNote: string;
  bandNote: string;
}

export type WorkingsRowId =
  | 't' | 'a' | 'n' | 'sesL' | 'holtL0' | 'holtB0' | 'holtL' | 'holtB' | 'holtD' | 'c' | 'd' | 'thetaZ' | 'thetaM'
  | 'mean' | 'maW' | 'lastA' | 'snF' | 'crZ0' | 'crP0' | 'crQ' | 'crZ' | 'crP' | 'w' | 'f' | 'lower' | 'upper';

export const FORECAST_TEXT_EN: ForecastSheetText = {
  title: 'Budget Pilot: full-year forecast',
  note: 'Actuals through As of, then each line\'s forecast, all live formulas over {variance} and the yellow parameter cells. Change a parameter and the line recomputes.',
  asOf: 'As of',
  yearStart: 'Fiscal year start',
  inputsHint: 'Set As of and the flag thresholds on {variance}.',
  headers: {
    type: 'Type',
    method: 'Method',
    mape: 'Backtest MAPE %',
    mase: 'Backtest MASE',
    fyBudget: 'FY Budget',
    ytdActual: 'YTD Actual',
    outlook: 'FY Outlook',
    gap: 'Gap',
    gapPct: 'Gap %',
    low: 'FY Low (80%)',
    high: 'FY High (80%)',
    status: 'Status',
    sesAlpha: 'SES α',
    holtAlpha: 'Holt α',
    holtBeta: 'Holt β',
    holtPhi: 'Holt φ',
    thetaAlpha: 'Theta α',
    crostonAlpha: 'Croston α',
    window: 'MA window',
    trend: 'Trend / period',
    season: 'Season',
    index: 'S {slot}',
    keep: 'Keep parameters',
    comment: 'Comment',
  },
  actual: 'Actual',
  forecast: 'Forecast',
  statusText: { off: 'Off track', on: 'On track' },
  methods: {
    combination: 'Combination (SES + damped Holt + Theta)',
    seasonalNaive: 'Seasonal naive',
    linearTrend: 'Linear trend',
    ses: 'Exponential smoothing',
    holtDamped: 'Damped-trend Holt',
    theta: 'Theta',
    runRate: 'Run rate',
    movingAverage: 'Moving average',
    croston: 'Croston (intermittent)',
    budget: 'Budget (no actuals yet)',
  },
  seasonKinds: { none: 'none', multiplicative: 'multiplicative', additive: 'additive' },
  workings: 'Workings: the formulas behind each forecast (do not edit; change the yellow parameters above instead)',
  rows: {
    t: 'position t', a: 'deseasonalised actual', n: 'history length n', sesL: 'SES level', holtL0: 'Holt initial level',
    holtB0: 'Holt initial trend', holtL: 'Holt level', holtB: 'Holt trend', holtD: 'Holt damping sum', c: 'regression intercept',
    d: 'regression slope', thetaZ: 'theta line', thetaM: 'theta level', mean: 'run rate', maW: 'moving average',
    lastA: 'last value', snF: 'seasonal naive', crZ0: 'Croston initial size', crP0: 'Croston initial interval',
    crQ: 'Croston periods since sale', crZ: 'Croston size', crP: 'Croston interval', w: 'band half-width by step h',
    f: 'forecast', lower: 'lower 80%', upper: 'upper 80%',
  },
  paramNote: 'Yellow cells are the fitted parameters: type over them to try another value; the line recomputes. A refresh refits them, unless the line\'s "Keep parameters" cell holds any text.',
  bandNote: 'The full-year band adds the per-period 80% bands of the remaining periods (from backtest errors).',
};

export const FORECAST_TEXT_ZH: ForecastSheetText = {
  title: 'Budget Pilot：全年预测',
  note: '截至月份之前为实际数，之后为各行的预测，全部是引用 {variance} 和黄色参数单元格的实时公式。修改参数即可重新计算该行。',
  asOf: '截至',
  yearStart: '财年开始',
  inputsHint: '在 {variance} 上设置截至月份和标记阈值。',
  headers: {
    type: '类型',
    method: '方法',
    mape: '回测 MAPE %',
    mase: '回测 MASE',
    fyBudget: '全年预算',
    ytdActual: '累计实际',
    outlook: '全年预计',
    gap: '差距',
    gapPct: '差距 %',
    low: '全年下限（80%）',
    high: '全年上限（80%）',
    status: '状态',
    sesAlpha: 'SES α',
    holtAlpha: 'Holt α',
    holtBeta: 'Holt β',
    holtPhi: 'Holt φ',
    thetaAlpha: 'Theta α',
    crostonAlpha: 'Croston α',
    window: '移动平均期数',
    trend: '每期趋势',
    season: '季节性',
    index: '季节指数 {slot}',
    keep: '保留参数',
    comment: '说明',
  },
  actual: '实际',
  forecast: '预测',
  statusText: { off: '预计未达标', on: '正常' },
  methods: {
    combination: '组合（SES + 阻尼 Holt + Theta）',
    seasonalNaive: '季节性朴素',
    linearTrend: '线性趋势',
    ses: '指数平滑',
    holtDamped: '阻尼趋势 Holt',
    theta: 'Theta',
    runRate: '平均速率',
    movingAverage: '移动平均',
    croston: 'Croston（间歇性）',
    budget: '预算（尚无实际数）',
  },
  seasonKinds: { none: '无', multiplicative: '乘法', additive: '加法' },
  workings: '计算过程：每个预测背后的公式（请勿编辑；请修改上方黄色参数）',
  rows: {
    t: '位置 t', a: '去季节实际', n: '历史长度 n', sesL: 'SES 水平', holtL0: 'Holt 初始水平', holtB0: 'Holt 初始趋势',
    holtL: 'Holt 水平', holtB: 'Holt 趋势', holtD: 'Holt 阻尼累计', c: '回归截距', d: '回归斜率', thetaZ: 'theta 线',
    thetaM: 'theta 水平', mean: '平均速率', maW: '移动平均', lastA: '最后一个值', snF: '季节性朴素', crZ0: 'Croston 初始量',
    crP0: 'Croston 初始间隔', crQ: 'Croston 距上次销售期数', crZ: 'Croston 量', crP: 'Croston 间隔', w: '第 h 步区间半宽',
    f: '预测', lower: '下限 80%', upper: '上限 80%',
  },
  paramNote: '黄色单元格是拟合出的参数：可输入其他值试算，该行会重新计算。刷新时会重新拟合，除非该行的"保留参数"单元格中有任何文字。',
  bandNote: '全年区间为剩余各期 80% 区间之和（来自回测误差）。',
};

export function forecastText(locale: Locale | undefined): ForecastSheetText {
  return locale === 'zh-CN' ? FORECAST_TEXT_ZH : FORECAST_TEXT_EN;
}
