/**
 * The CLI's JSON report (`budget-pilot analyze --json REPORT.json`), documented in
 * docs/cli-report.md. Stable: fields are only ever added, never renamed or removed.
 *
 * {
 *   "reportVersion": 1,
 *   "source":   { "sheet": "Sales Budget 2026", "range": "A4:AB39" },   // range null when no budget was read
 *   "unit":     "thousands" | null,                                      // the sheet's own unit note
 *   "periods":  ["2026-01", ..., "2026-12"],
 *   "asOf":     "2026-08" | null,                                        // last period in YTD
 *   "settings": { "flagPct": 0.1, "flagAbs": 50, "fyStartMonth": 1 },    // thresholds used
 *   "settingsFrom": { "asOf": "default", "flagPct": "sheet", ... },      // option | sheet | default
 *   "lines": [{
 *     "key": ["North", "Widgets", "Alice Chen"],                         // dimension values, column order
 *     "type": "revenue" | "cost",
 *     "ytd": { "budget": n, "actual": n, "variance": n, "variancePct": n | null },
 *     "favourable": true | false,
 *     "offTarget": true | false,
 *     "reasons": ["..."], "reasonsZh": ["..."]
 *   }],
 *   "problems": [{ "sheet", "cell", "code", "severity", "message", "messageZh" }]
 * }
 * Numbers are in the sheet's own unit and unrounded (as the workbook formulas compute them).
 */
import type { LineType } from '../core/model';
import type { Severity } from '../core/problems';
import type { Analysis, SettingOrigins } from './types';

export interface ReportLine {
  key: string[];
  type: LineType;
  ytd: { budget: number; actual: number; variance: number; variancePct: number | null };
  favourable: boolean;
  offTarget: boolean;
  reasons: string[];
  reasonsZh: string[];
}

export interface ReportProblem {
  sheet: string;
  cell: string;
  code: string;
  severity: Severity;
  message: string;
  messageZh: string;
}

export interface CliReport {
  reportVersion: 1;
  source: { sheet: string; range: string | null };
  unit: string | null;
  periods: string[];
  asOf: string | null;
  settings: { flagPct: number; flagAbs: number; fyStartMonth?: number } | null;
  /** Where asOf and each setting came from (added in the same reportVersion; absent when no budget was read). */
  settingsFrom?: SettingOrigins;
  lines: ReportLine[];
  problems: ReportProblem[];
}

export function reportJson(analysis: Analysis): CliReport {
  const model = analysis.detect.model;
  const v = analysis.variance;
  return {
    reportVersion: 1,
    source: { sheet: model?.source.sheet ?? analysis.sheet, range: model?.source.range ?? null },
    unit: model?.unit ?? null,
    periods: model ? model.periods.map((p) => p.key) : [],
    asOf: v ? v.settings.asOf : (model?.asOf ?? null),
    settings: v
      ? { flagPct: v.settings.flagPct, flagAbs: v.settings.flagAbs, ...(v.settings.fyStartMonth !== undefined ? { fyStartMonth: v.settings.fyStartMonth } : {}) }
      : null,
    ...(v && analysis.settingsFrom ? { settingsFrom: { ...analysis.settingsFrom } } : {}),
    lines: (v?.lines ?? []).map((l) => ({
      key: [...l.key],
      type: l.type,
      ytd: { budget: l.ytd.budget, actual: l.ytd.actual, variance: l.ytd.variance, variancePct: l.ytd.variancePct },
      favourable: l.favourable,
      offTarget: l.offTarget,
      reasons: [...l.reasons],
      reasonsZh: [...(l.reasonsZh ?? l.reasons)],
    })),
    problems: analysis.detect.problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      severity: p.severity,
      message: p.message,
      messageZh: p.messageZh,
    })),
  };
}
