/**
 * Use case "analyze": read the budget sheet through a host, detect the budget, and compute
 * the variance in TypeScript. Never throws for bad input: problems say what is wrong.
 */
import { detectBudget } from '../core/detect';
import type { BudgetModel, DetectResult } from '../core/model';
import { problem } from '../core/problems';
import { computeVariance, defaultVarianceSettings } from '../core/variance/compute';
import type { VarianceSettings } from '../core/variance/types';
import { HostError, type WorkbookHost } from '../host/workbook-host';
import { chooseSheet } from './choose-sheet';
import type { AnalyzeOptions, Analysis } from './types';

/** The settings a run uses: defaults from the model, overridden by the options that are valid. */
export function settingsFor(model: BudgetModel, options: AnalyzeOptions): VarianceSettings {
  const d = defaultVarianceSettings(model);
  const asOfValid = options.asOf !== undefined && model.periods.some((p) => p.key === options.asOf);
  return {
    ...d,
    asOf: asOfValid ? (options.asOf as string) : d.asOf,
    flagPct: options.flagPct !== undefined && Number.isFinite(options.flagPct) && options.flagPct >= 0 ? options.flagPct : d.flagPct,
    flagAbs: options.flagAbs !== undefined && Number.isFinite(options.flagAbs) && options.flagAbs >= 0 ? options.flagAbs : d.flagAbs,
  };
}

/** Adds AS_OF_OUT_OF_RANGE when the requested as-of is not a period of the budget (once). */
function checkAsOf(detect: DetectResult, options: AnalyzeOptions): DetectResult {
  const model = detect.model;
  if (!model || options.asOf === undefined) return detect;
  if (model.periods.some((p) => p.key === options.asOf)) return detect;
  if (detect.problems.some((p) => p.code === 'AS_OF_OUT_OF_RANGE')) return detect;
  const first = model.periods[0]?.key ?? '-';
  const last = model.periods[model.periods.length - 1]?.key ?? '-';
  const cell = model.source.range.split(':')[0];
  return {
    ...detect,
    problems: [...detect.problems, problem('AS_OF_OUT_OF_RANGE', model.source.sheet, cell, { period: options.asOf, first, last })],
  };
}

export async function analyzeWorkbook(host: WorkbookHost, given: AnalyzeOptions = {}): Promise<Analysis> {
  // Empty text from a form field means "not given".
  const options: AnalyzeOptions = {
    ...given,
    sheet: given.sheet?.trim() ? given.sheet : undefined,
    asOf: given.asOf?.trim() ? given.asOf.trim() : undefined,
  };
  const detectSheet = async (sheet: string): Promise<DetectResult> => {
    let grid;
    try {
      grid = await host.readGrid(sheet);
    } catch (e) {
      // A sheet the host cannot read (too large, vanished) is a problem to report, not a crash.
      if (!(e instanceof HostError)) throw e;
      return { model: null, problems: [problem('SHEET_UNREADABLE', sheet, 'A1', { detail: e.message })] };
    }
    return detectBudget(grid, options.asOf !== undefined ? { asOf: options.asOf } : undefined);
  };
  const choice = await chooseSheet(host, options.sheet, detectSheet);
  const detect = checkAsOf(choice.detect, options);
  const variance = detect.model ? computeVariance(detect.model, settingsFor(detect.model, options)) : null;
  return { sheet: choice.sheet, detect, variance };
}
