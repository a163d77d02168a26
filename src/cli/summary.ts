/** The short summary and problem lines the CLI prints, in English or Chinese. */
import { qualify } from '../core/a1';
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
