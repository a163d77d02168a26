/**
 * Use case "analyze": read the budget sheet through a host, detect the budget, and compute
 * the variance in TypeScript. Never throws for bad input: problems say what is wrong.
 * When Budget Pilot's variance sheet is already in the workbook, its named inputs are read
 * back: a value a person typed there is kept (see settings.ts for the rule).
 */
import type { BudgetModel, DetectResult } from '../core/model';
import { problem } from '../core/problems';
import type { Grid } from '../core/grid';
import type { BudgetPilotState } from '../core/plan/types';
import { readVarianceInputs } from '../core/plan/variance-sheet';
import { computeVariance } from '../core/variance/compute';
import type { VarianceSettings } from '../core/variance/types';
import { HostError, type SheetInfo, type WorkbookHost } from '../host/workbook-host';
import { chooseSheet, findSheet } from './choose-sheet';
import { resolveSettings } from './settings';
import type { AnalyzeOptions, Analysis } from './types';

/** The settings a run uses: defaults from the model, overridden by the options that are valid. */
export function settingsFor(model: BudgetModel, options: AnalyzeOptions): VarianceSettings {
  return resolveSettings(model, options).settings;
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

/** The variance sheet Budget Pilot wrote earlier (listed as owned in the saved state), read back. */
export interface OwnedVariance {
  name: string;
  /** null when the host could not read it (then `error` says why). */
  grid: Grid | null;
  error?: HostError;
}

/** An analysis plus what was read on the way, so a build does not read the workbook twice. */
export interface AnalysisContext {
  analysis: Analysis;
  sheets: SheetInfo[];
  state: BudgetPilotState | null;
  ownedVariance: OwnedVariance | null;
}

async function readOwnedVariance(host: WorkbookHost, sheets: readonly SheetInfo[], state: BudgetPilotState | null): Promise<OwnedVariance | null> {
  const owned = (state?.ownedSheets ?? []).find((s) => s.role === 'variance' && findSheet(sheets, s.name));
  if (!owned) return null;
  const name = findSheet(sheets, owned.name)!.name;
  try {
    return { name, grid: await host.readGrid(name) };
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    return { name, grid: null, error: e };
  }
}

export async function analyzeInContext(host: WorkbookHost, given: AnalyzeOptions = {}): Promise<AnalysisContext> {
  // Empty text from a form field means "not given".
  const options: AnalyzeOptions = {
    ...given,
    sheet: given.sheet?.trim() ? given.sheet : undefined,
    asOf: given.asOf?.trim() ? given.asOf.trim() : undefined,
  };
  const choice = await chooseSheet(host, options.sheet, options.asOf, options.mapping);
  const detect = checkAsOf(choice.detect, options);
  const { sheets, state } = choice;
  const model = detect.model;
  if (!model) return { analysis: { sheet: choice.sheet, detect, variance: null }, sheets, state, ownedVariance: null };
  // What people typed into the named inputs of our variance sheet survives the refresh.
  const ownedVariance = await readOwnedVariance(host, sheets, state);
  const onSheet = ownedVariance?.grid ? readVarianceInputs(ownedVariance.grid, model.periods) : null;
  const { settings, from } = resolveSettings(model, options, onSheet, ownedVariance ? (state?.settings ?? null) : null);
  const variance = computeVariance(model, settings);
  return { analysis: { sheet: choice.sheet, detect, variance, settingsFrom: from }, sheets, state, ownedVariance };
}

export async function analyzeWorkbook(host: WorkbookHost, given: AnalyzeOptions = {}): Promise<Analysis> {
  return (await analyzeInContext(host, given)).analysis;
}
