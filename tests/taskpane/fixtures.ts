/**
 * Hand-made use-case results for the pane tests: a small budget (3 lines, 12 months, as of
 * 2026-08) with one problem, and a build that wrote "BP Variance" with lines on rows 8-10.
 */
import type { Analysis, BuildResult } from '../../src/app/types';
import type { BudgetLine, BudgetModel, Period } from '../../src/core/model';
import { problem } from '../../src/core/problems';
import type { WorkbookPlan } from '../../src/core/plan/types';
import type { LineVariance, VarianceReport } from '../../src/core/variance/types';

const periods: Period[] = Array.from({ length: 12 }, (_, i) => ({
  key: `2026-${String(i + 1).padStart(2, '0')}`,
  kind: 'month',
  year: 2026,
  month: i + 1,
  label: `2026-${String(i + 1).padStart(2, '0')}`,
}));

function line(key: string[], row: number, type: 'revenue' | 'cost' = 'revenue'): BudgetLine {
  return { key, type, row, budget: periods.map(() => null), actual: periods.map(() => null) };
}

export const model: BudgetModel = {
  source: { sheet: 'Budget', range: 'A3:Z6' },
  layout: 'wide-paired',
  unit: 'thousands',
  dimensions: [
    { name: 'Region', col: 0 },
    { name: 'Product', col: 1 },
  ],
  typeColumn: null,
  periods,
  asOf: '2026-08',
  lines: [line(['East', 'Widgets'], 3), line(['West', 'Gadgets'], 4), line(['North', 'Travel'], 5, 'cost')],
};

function lv(key: string[], type: 'revenue' | 'cost', budget: number, actual: number, offTarget: boolean, reasons: string[]): LineVariance {
  const variance = actual - budget;
  return {
    key,
    type,
    periods: [],
    ytd: { budget, actual, variance, variancePct: variance / Math.abs(budget) },
    favourable: type === 'revenue' ? actual >= budget : actual <= budget,
    offTarget,
    reasons,
  };
}

export const variance: VarianceReport = {
  settings: { asOf: '2026-08', flagPct: 0.125, flagAbs: 2500 },
  asOfIndex: 7,
  lines: [
    // East: 800 vs 1000 budget -> -200, -20%: off target
    lv(['East', 'Widgets'], 'revenue', 1000, 800, true, ['YTD actual is 20% below budget.']),
    // West: on target
    lv(['West', 'Gadgets'], 'revenue', 500, 520, false, []),
    // North travel cost: 130 vs 100 -> +30, +30%: off target (cost over budget)
    lv(['North', 'Travel'], 'cost', 100, 130, true, ['YTD cost is 30% over budget.']),
  ],
};

export const problems = [problem('TEXT_NOT_NUMBER', 'Budget', 'F7', { text: 'n/a' })];

export const analysis: Analysis = { sheet: 'Budget', detect: { model, problems }, variance };

/** A plan whose variance sheet spans A..R (18 columns): a title at A1 and a table at A7. */
export const plan: WorkbookPlan = {
  sheets: [
    {
      name: 'BP Variance',
      role: 'variance',
      blocks: [
        { at: 'A1', cells: [[{ kind: 'value', value: 'Variance' }]] },
        { at: 'A7', cells: Array.from({ length: 4 }, () => Array.from({ length: 18 }, () => null)) },
      ],
      conditionalFormats: [],
      notes: [],
      inputs: [],
      columnWidths: [],
    },
  ],
  names: [],
  state: { version: 1, ownedSheets: [{ name: 'BP Variance', role: 'variance' }], source: { sheet: 'Budget', range: 'A3:Z6' }, settings: { asOf: '2026-08', flagPct: 0.1, flagAbs: 0 } },
};

export const build: BuildResult = {
  analysis,
  plan,
  apply: { sheetsWritten: ['BP Variance'], cellsWritten: 321, syncs: 3 },
  varianceSheet: 'BP Variance',
  lineRows: [8, 9, 10],
};
