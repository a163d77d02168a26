/**
 * The words written on the variance sheet, in English and Chinese. The measure header texts
 * double as SUMIFS criteria and the Type/Status texts as formula literals, so the planner
 * takes all of them from one table: a sheet is consistent in either language.
 */
import type { Locale } from '../problems';

export interface VarianceSheetText {
  title: string;
  /** {unit} is replaced by the model's unit. */
  unitSuffix: string;
  /** {source} is replaced by the qualified source range. */
  sourceNote: string;
  inputs: {
    asOf: [label: string, hint: string];
    flagPct: [label: string, hint: string];
    flagAbs: [label: string, hint: string];
    fyStartMonth: [label: string, hint: string];
    yearStart: [label: string, hint: string];
  };
  asOfNote: string;
  nameComment: string;
  yearToDate: string;
  measures: { budget: string; actual: string; variance: string; variancePct: string };
  ytdPrefix: string;
  type: string;
  status: string;
  comment: string;
  typeText: { revenue: string; cost: string };
  /** Explains the Type column (which texts make a cost line). */
  typeNote: string;
  statusText: { off: string; on: string };
  total: string;
  keyHeader: string;
  orphanNote: string;
}

export const VARIANCE_TEXT_EN: VarianceSheetText = {
  title: 'Budget Pilot: variance',
  unitSuffix: ' (amounts in {unit})',
  sourceNote: 'Source: {source}. Every number below is a live formula over the source cells; change the yellow inputs to re-flag.',
  inputs: {
    asOf: ['As of', 'Last month in YTD: type its first day, e.g. 1-Aug-2026'],
    flagPct: ['Flag at |YTD var %| ≥', 'Unfavourable lines this far off budget are flagged…'],
    flagAbs: ['and |YTD var| ≥', '…when the amount is at least this (materiality)'],
    fyStartMonth: ['Fiscal year starts (month)', '1 = January, 4 = April, …'],
    yearStart: ['Fiscal year start', 'YTD runs from this month through As of'],
  },
  asOfNote: 'YTD includes every period that starts between BP_YearStart and this date.',
  nameComment: '{label} (Budget Pilot)',
  yearToDate: 'Year to date',
  measures: { budget: 'Budget', actual: 'Actual', variance: 'Var', variancePct: 'Var %' },
  ytdPrefix: 'YTD ',
  type: 'Type',
  status: 'Status',
  comment: 'Comment',
  typeText: { revenue: 'Revenue', cost: 'Cost' },
  typeNote: 'Type "Cost" or "Expense" (or 成本 / 费用, any case) makes a line a cost line: actual above budget is unfavourable. Anything else counts as revenue.',
  statusText: { off: 'Off target', on: 'On track' },
  total: 'Total',
  keyHeader: 'Key {n}',
  orphanNote: 'Comments kept from lines that are no longer in the budget (delete a comment to drop it):',
};

export const VARIANCE_TEXT_ZH: VarianceSheetText = {
  title: 'Budget Pilot：预算差异',
  unitSuffix: '（单位：{unit}）',
  sourceNote: '数据来源：{source}。下面每个数字都是引用源单元格的实时公式；修改黄色输入单元格即可重新标记。',
  inputs: {
    asOf: ['截至', '年初至今包含的最后一个月：请输入该月第一天，例如 2026-8-1'],
    flagPct: ['标记：|累计差异 %| ≥', '不利且偏离预算达到此比例的行会被标记……'],
    flagAbs: ['且 |累计差异| ≥', '……且差异金额至少为此值（重要性）'],
    fyStartMonth: ['财年起始月份', '1 = 一月，4 = 四月，……'],
    yearStart: ['财年开始', '年初至今从此月起算至截至月份'],
  },
  asOfNote: '年初至今包括起始日期在 BP_YearStart 与此日期之间的所有期间。',
  nameComment: '{label}（Budget Pilot）',
  yearToDate: '年初至今',
  measures: { budget: '预算', actual: '实际', variance: '差异', variancePct: '差异 %' },
  ytdPrefix: '累计',
  type: '类型',
  status: '状态',
  comment: '说明',
  typeText: { revenue: '收入', cost: '成本' },
  typeNote: '类型为 "成本" 或 "费用"（或 Cost / Expense，不分大小写）的行是成本行：实际高于预算为不利。其他值均视为收入。',
  statusText: { off: '偏离目标', on: '正常' },
  total: '合计',
  keyHeader: '键 {n}',
  orphanNote: '以下说明所属的行已不在预算中（删除说明即可将其移除）：',
};

export function varianceText(locale: Locale | undefined): VarianceSheetText {
  return locale === 'zh-CN' ? VARIANCE_TEXT_ZH : VARIANCE_TEXT_EN;
}

export function fillText(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
