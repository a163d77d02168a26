/** The short summary and problem lines the CLI prints, in English or Chinese. */
import { qualify } from '../core/a1';
import type { SettingOrigin } from '../core/plan/types';
import type { Problem } from '../core/problems';
import type { ReportForecastInput } from '../app/report-json';
import type { Analysis } from '../app/types';
import type { Lang } from './args';

function fmtNum(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

function fmtPct(p: number | null): string {
  return p === null ? 'n/a' : `${(p * 100).toFixed(1)}%`;
}

export function problemLine(p: Problem, lang: Lang): string {
  const where = qualify(p.sheet, p.cell);
  const sev = lang === 'zh' ? { error: '错误', warning: '警告', info: '提示' }[p.severity] : p.severity;
  return `  [${sev}] ${where}: ${lang === 'zh' ? p.messageZh : p.message}`;
}

const ORIGIN: Record<Lang, Record<SettingOrigin, string>> = {
  en: { option: 'option', sheet: 'sheet', default: 'default' },
  zh: { option: '选项', sheet: '工作表', default: '默认' },
};

/** Where each setting came from: an option, the variance sheet's named input cell, or the default. */
export function settingsLine(a: Analysis, lang: Lang): string {
  const v = a.variance;
  if (!v) return '';
  const from = a.settingsFrom ?? { asOf: 'default', flagPct: 'default', flagAbs: 'default', fyStartMonth: 'default' };
  const o = ORIGIN[lang];
  const s = v.settings;
  const fy = s.fyStartMonth ?? 1;
  return lang === 'zh'
    ? `设置来源: 截至 ${s.asOf ?? '无'} (${o[from.asOf]})  标记% ${fmtPct(s.flagPct)} (${o[from.flagPct]})  重要性金额 ${fmtNum(s.flagAbs)} (${o[from.flagAbs]})  财年起始月 ${fy} (${o[from.fyStartMonth]})`
    : `Settings from: as of ${s.asOf ?? 'none'} (${o[from.asOf]}), flag % ${fmtPct(s.flagPct)} (${o[from.flagPct]}), materiality ${fmtNum(s.flagAbs)} (${o[from.flagAbs]}), fiscal year from month ${fy} (${o[from.fyStartMonth]})`;
}

export interface SummaryExtras {
  out?: string;
  varianceSheet?: string;
  json?: string;
  /** The forecast sheet and outcome, when the run made one. */
  forecast?: ReportForecastInput;
}

const METHOD_NAMES: Record<string, [string, string]> = {
  combination: ['combination', '组合'],
  seasonalNaive: ['seasonal naive', '季节性朴素'],
  linearTrend: ['linear trend', '线性趋势'],
  ses: ['SES', '简单指数平滑'],
  holtDamped: ['damped Holt', '阻尼 Holt'],
  theta: ['Theta', 'Theta'],
  runRate: ['run rate', '平均运行率'],
  movingAverage: ['moving average', '移动平均'],
  croston: ['Croston', 'Croston'],
  budget: ['budget (no actuals yet)', '预算（尚无实际数）'],
};

function methodName(m: string, lang: Lang): string {
  const n = METHOD_NAMES[m];
  return n ? n[lang === 'zh' ? 1 : 0] : m;
}

/** The forecast part of the summary: horizon, methods used, totals and the off-track lines. */
export function forecastLines(a: Analysis, f: ReportForecastInput, lang: Lang): string[] {
  const zh = lang === 'zh';
  const o = f.outcome;
  const out: string[] = [];
  const counts = new Map<string, number>();
  for (const l of o.lines) {
    const m = l.fit ? l.fit.method : 'budget';
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const methods = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([m, n]) => `${methodName(m, lang)} ${n}`).join(', ');
  const last = o.restOfYear[o.restOfYear.length - 1];
  out.push(
    zh
      ? `预测（工作表 ${f.sheet}）: ${o.lines.length} 行，预测本财年剩余 ${o.restOfYear.length} 期${last ? `（至 ${last}）` : ''}；方法: ${methods}`
      : `Forecast (sheet "${f.sheet}"): ${o.lines.length} lines, ${o.restOfYear.length} periods left in the fiscal year${last ? ` (to ${last})` : ''}; methods: ${methods}`,
  );
  const types = new Map((a.variance?.lines ?? []).map((l) => [l.key.join('\u001f'), l.type]));
  const typeOf = (key: readonly string[]) => types.get(key.join('\u001f')) ?? 'revenue';
  // Revenue and cost are totalled apart: their sum means nothing.
  for (const type of ['revenue', 'cost'] as const) {
    const ls = o.lines.filter((l) => typeOf(l.key) === type);
    if (ls.length === 0) continue;
    const outlook = ls.reduce((sum, l) => sum + l.summary.outlook, 0);
    const budget = ls.reduce((sum, l) => sum + l.summary.fyBudget, 0);
    const gapPct = budget !== 0 ? (outlook - budget) / Math.abs(budget) : null;
    const what = type === 'cost' ? (zh ? '费用' : 'Cost') : zh ? '收入' : 'Revenue';
    out.push(
      zh
        ? `${what}全年展望 ${fmtNum(outlook)}，全年预算 ${fmtNum(budget)}（差距 ${fmtNum(outlook - budget)}，${fmtPct(gapPct)}）`
        : `${what} full-year outlook ${fmtNum(outlook)} vs budget ${fmtNum(budget)} (gap ${fmtNum(outlook - budget)}, ${fmtPct(gapPct)})`,
    );
  }
  const off = o.lines.filter((l) => l.summary.offTrack);
  out.push(zh ? `预计全年偏离目标的行: ${off.length}` : `Lines projected off target for the year: ${off.length}`);
  const width = Math.max(0, ...off.map((l) => l.key.join(' / ').length));
  for (const l of off) {
    const s = l.summary;
    const label = l.key.join(' / ').padEnd(width);
    const kind = typeOf(l.key) === 'cost' ? (zh ? '费用' : 'cost') : zh ? '收入' : 'revenue';
    const mape = l.fit?.backtest.mape;
    const how = `${methodName(l.fit ? l.fit.method : 'budget', lang)}${mape !== null && mape !== undefined ? `, MAPE ${mape.toFixed(1)}%` : ''}`;
    out.push(
      zh
        ? `  ${label}  ${kind}  展望 ${fmtNum(s.outlook)} / 预算 ${fmtNum(s.fyBudget)}（差距 ${fmtNum(s.gap)}，${fmtPct(s.gapPct)}）[${how}]`
        : `  ${label}  ${kind}  outlook ${fmtNum(s.outlook)} vs budget ${fmtNum(s.fyBudget)} (gap ${fmtNum(s.gap)}, ${fmtPct(s.gapPct)}) [${how}]`,
    );
  }
  return out;
}

export function summaryLines(a: Analysis, lang: Lang, extras: SummaryExtras = {}): string[] {
  const m = a.detect.model;
  const v = a.variance;
  if (!m || !v) return [];
  const zh = lang === 'zh';
  const first = m.periods[0]?.key ?? '-';
  const last = m.periods[m.periods.length - 1]?.key ?? '-';
  const off = v.lines.filter((l) => l.offTarget);
  const out: string[] = [];
  out.push(zh ? `工作表: ${m.source.sheet}  区域: ${m.source.range}` : `Sheet: ${m.source.sheet}  range: ${m.source.range}`);
  out.push(
    zh
      ? `行数: ${m.lines.length}  期间: ${m.periods.length} (${first} 至 ${last})  截至: ${v.settings.asOf ?? '无实际数'}${m.unit ? `  单位: ${m.unit}` : ''}`
      : `Lines: ${m.lines.length}  periods: ${m.periods.length} (${first} to ${last})  as of: ${v.settings.asOf ?? 'no actuals yet'}${m.unit ? `  unit: ${m.unit}` : ''}`,
  );
  out.push(
    zh
      ? `标记规则: 不利且 |累计差异%| >= ${fmtPct(v.settings.flagPct)} 且 |累计差异| >= ${fmtNum(v.settings.flagAbs)}`
      : `Flag rule: unfavourable, |YTD var %| >= ${fmtPct(v.settings.flagPct)} and |YTD var| >= ${fmtNum(v.settings.flagAbs)}`,
  );
  out.push(settingsLine(a, lang));
  out.push(zh ? `偏离目标的行: ${off.length}` : `Off-target lines: ${off.length}`);
  const width = Math.max(0, ...off.map((l) => l.key.join(' / ').length));
  for (const l of off) {
    const label = l.key.join(' / ').padEnd(width);
    const kind = l.type === 'cost' ? (zh ? '费用' : 'cost') : zh ? '收入' : 'revenue';
    out.push(
      zh
        ? `  ${label}  ${kind}  累计差异 ${fmtNum(l.ytd.variance)} (${fmtPct(l.ytd.variancePct)})`
        : `  ${label}  ${kind}  YTD var ${fmtNum(l.ytd.variance)} (${fmtPct(l.ytd.variancePct)})`,
    );
  }
  if (extras.forecast) out.push(...forecastLines(a, extras.forecast, lang));
  if (extras.out) {
    const fs = extras.forecast?.sheet;
    out.push(
      zh
        ? `已写入: ${extras.out}（工作表 ${extras.varianceSheet ?? ''}${fs ? `、${fs}` : ''}）`
        : fs
          ? `Wrote ${extras.out} (sheets "${extras.varianceSheet ?? ''}" and "${fs}")`
          : `Wrote ${extras.out} (sheet "${extras.varianceSheet ?? ''}")`,
    );
  }
  if (extras.json) out.push(zh ? `报告: ${extras.json}` : `Report: ${extras.json}`);
  return out;
}
