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
 *     "reasons": ["..."], "reasonsZh": ["..."],
 *     "forecast": {                                                       // only with --forecast
 *       "method": "combination", "params": {...} | null, "backtest": { "mape", "mase", "points" } | null,
 *       "values": [n, ...],                                               // one per forecast.periods
 *       "outlook": n, "fullYearBudget": n, "gap": n, "gapPct": n | null,
 *       "lower": n, "upper": n, "offTrack": true | false
 *     }
 *   }],
 *   "forecast": { "sheet": "BP Forecast", "periods": ["2026-09", ...], "restOfYear": ["2026-09", ...] },  // only with --forecast
 *   "problems": [{ "sheet", "cell", "code", "severity", "message", "messageZh" }],
 *   "mapping": { "layout", "sheet", "headerRow", "dimensions", "typeColumn", "periods", ... } | null
 *               // how the sheet was read, with a confidence per part; edit it and pass it back
 *               // with --mapping FILE.json to read the sheet another way
 * }
 * Numbers are in the sheet's own unit and unrounded (as the workbook formulas compute them).
 */
import type { CoreParams, MethodId, SeasonalParams } from '../core/forecast';
import type { LineType, Mapping } from '../core/model';
import type { ForecastOutcome, LineOutlook } from './forecast';
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
  /** Present when the run made a forecast (added in the same reportVersion). */
  forecast?: ReportLineForecast;
}

export interface ReportLineForecast {
  /** The engine's method, or "budget" for a line with no actual yet (the rest of its year is its budget). */
  method: MethodId | 'budget';
  /** The fitted parameters the forecast sheet holds in cells; null for "budget". */
  params: { components: CoreParams[]; seasonal: SeasonalParams; floor: number | null } | null;
  /** Rolling-origin backtest on the line's own history (MAPE in percent); null for "budget". */
  backtest: { mape: number | null; mase: number | null; points: number } | null;
  /** Forecast of each period in the report's forecast.periods. */
  values: number[];
  outlook: number;
  fullYearBudget: number;
  gap: number;
  gapPct: number | null;
  lower: number;
  upper: number;
  offTrack: boolean;
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
  /** Present when the run made a forecast (added in the same reportVersion). */
  forecast?: { sheet: string; periods: string[]; restOfYear: string[] };
  /** How the sheet was read (added in the same reportVersion); null when no budget was read. */
  mapping?: Mapping | null;
}

/** What a forecast run adds to the report: the forecast sheet's name and the use case's outcome. */
export interface ReportForecastInput {
  sheet: string;
  outcome: ForecastOutcome;
}

function lineForecast(l: LineOutlook, after: number): ReportLineForecast {
  const s = l.summary;
  const fit = l.fit;
  return {
    method: fit ? fit.method : 'budget',
    params: fit ? { components: fit.params.components.map((c) => ({ ...c })), seasonal: { ...fit.params.seasonal, indices: [...fit.params.seasonal.indices] }, floor: fit.params.floor } : null,
    backtest: fit ? { mape: fit.backtest.mape, mase: fit.backtest.mase, points: fit.backtest.points } : null,
    values: s.values.slice(after).map((v) => v ?? 0),
    outlook: s.outlook,
    fullYearBudget: s.fyBudget,
    gap: s.gap,
    gapPct: s.gapPct,
    lower: s.low,
    upper: s.high,
    offTrack: s.offTrack,
  };
}

export function reportJson(analysis: Analysis, forecast?: ReportForecastInput): CliReport {
  const model = analysis.detect.model;
  const v = analysis.variance;
  const fc = forecast?.outcome;
  const after = fc ? fc.inputs.axis.asOfIndex + 1 : 0;
  const report: CliReport = {
    reportVersion: 1,
    source: { sheet: model?.source.sheet ?? analysis.sheet, range: model?.source.range ?? null },
    unit: model?.unit ?? null,
    periods: model ? model.periods.map((p) => p.key) : [],
    asOf: v ? v.settings.asOf : (model?.asOf ?? null),
    settings: v
      ? { flagPct: v.settings.flagPct, flagAbs: v.settings.flagAbs, ...(v.settings.fyStartMonth !== undefined ? { fyStartMonth: v.settings.fyStartMonth } : {}) }
      : null,
    ...(v && analysis.settingsFrom ? { settingsFrom: { ...analysis.settingsFrom } } : {}),
    lines: (v?.lines ?? []).map((l, i) => ({
      key: [...l.key],
      type: l.type,
      ytd: { budget: l.ytd.budget, actual: l.ytd.actual, variance: l.ytd.variance, variancePct: l.ytd.variancePct },
      favourable: l.favourable,
      offTarget: l.offTarget,
      reasons: [...l.reasons],
      reasonsZh: [...(l.reasonsZh ?? l.reasons)],
      ...(fc && fc.lines[i] ? { forecast: lineForecast(fc.lines[i], after) } : {}),
    })),
    problems: analysis.detect.problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      severity: p.severity,
      message: p.message,
      messageZh: p.messageZh,
    })),
    mapping: model?.mapping ?? null,
  };
  if (forecast && fc) report.forecast = { sheet: forecast.sheet, periods: [...fc.periods], restOfYear: [...fc.restOfYear] };
  return report;
}
