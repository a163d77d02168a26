/** The short summary and problem lines the CLI prints, in English or Chinese. */
import { qualify } from '../core/a1';
import type { SettingOrigin } from '../core/plan/types';
import type { Problem } from '../core/problems';
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
  if (extras.out) out.push(zh ? `已写入: ${extras.out}（工作表 ${extras.varianceSheet ?? ''}）` : `Wrote ${extras.out} (sheet "${extras.varianceSheet ?? ''}")`);
  if (extras.json) out.push(zh ? `报告: ${extras.json}` : `Report: ${extras.json}`);
  return out;
}
