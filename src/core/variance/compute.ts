/**
 * Variance in TypeScript: the same numbers the variance sheet's formulas compute.
 * Per period: budget = source if a number else 0; actual = source if a number else blank;
 * var = actual - budget; var % = var / |budget| (blank when budget is 0 or no actual).
 * YTD sums the periods whose start lies between the fiscal-year start and the as-of date.
 */
import type { BudgetLine, BudgetModel } from '../model';
import { sheetSub, sheetSum } from './arith';
import { defaultFyStartMonth, parsePeriodKey, ytdMask } from './calendar';
import { defaultFlagAbs } from './materiality';
import { isFavourable, isOffTarget, offTargetReasons } from '../flags/rules';
import type { LineVariance, PeriodVariance, VarianceReport, VarianceSettings, YtdVariance } from './types';

export const DEFAULT_FLAG_PCT = 0.1;

/** asOf = the model's as-of period; flagPct = 10%; flagAbs = materiality (see materiality.ts). */
export function defaultVarianceSettings(model: BudgetModel): VarianceSettings {
  return {
    asOf: model.asOf,
    flagPct: DEFAULT_FLAG_PCT,
    flagAbs: defaultFlagAbs(model),
    fyStartMonth: defaultFyStartMonth(model.periods),
  };
}

function periodVariance(line: BudgetLine, i: number): PeriodVariance {
  const b = line.budget[i];
  const a = line.actual[i];
  const budget = b && b.value !== null && Number.isFinite(b.value) ? b.value : 0;
  const actual = a && a.value !== null && Number.isFinite(a.value) ? a.value : null;
  const variance = actual === null ? null : sheetSub(actual, budget);
  const variancePct = variance === null || budget === 0 ? null : variance / Math.abs(budget);
  return { budget, actual, variance, variancePct };
}

function ytdOf(periods: PeriodVariance[], mask: boolean[]): YtdVariance {
  const budgets: number[] = [];
  const actuals: number[] = [];
  periods.forEach((p, i) => {
    if (!mask[i]) return;
    budgets.push(p.budget);
    if (p.actual !== null) actuals.push(p.actual);
  });
  const budget = sheetSum(budgets);
  const actual = sheetSum(actuals);
  const variance = sheetSub(actual, budget);
  return { budget, actual, variance, variancePct: budget !== 0 ? variance / Math.abs(budget) : null };
}

export function computeVariance(model: BudgetModel, settings: VarianceSettings): VarianceReport {
  const fyStartMonth = settings.fyStartMonth ?? defaultFyStartMonth(model.periods);
  const mask = ytdMask(model.periods, parsePeriodKey(settings.asOf ?? '') ? settings.asOf : null, fyStartMonth);
  const asOfIndex = settings.asOf === null ? -1 : model.periods.findIndex((p) => p.key === settings.asOf);
  const lines: LineVariance[] = model.lines.map((line) => {
    const periods = model.periods.map((_, i) => periodVariance(line, i));
    const ytd = ytdOf(periods, mask);
    const offTarget = isOffTarget(line.type, ytd, settings);
    const reasons = offTargetReasons(line.type, ytd, offTarget);
    return {
      key: [...line.key],
      type: line.type,
      periods,
      ytd,
      favourable: isFavourable(line.type, ytd),
      offTarget,
      reasons: reasons.en,
      reasonsZh: reasons.zh,
    };
  });
  return { settings: { ...settings, fyStartMonth }, asOfIndex, lines };
}
