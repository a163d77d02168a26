/**
 * Property test: random models (random periods, fiscal starts, blanks, missing cells, cost
 * lines, awkward sheet names and keys) never make the engine or the planner throw; every
 * formula is portable and points only at the model's source cells; results are numbers or "";
 * YTD equals an independent month-arithmetic recomputation.
 */
import fc from 'fast-check';
import { qualify } from '../../../src/core/a1';
import { lintFormula } from '../../../src/core/formula/lint';
import type { Period } from '../../../src/core/model';
import { buildVariancePlan } from '../../../src/core/plan/variance-sheet';
import { computeVariance } from '../../../src/core/variance/compute';
import { makeModel, monthPeriods } from './model-fixture';
import { formulaCells } from './plan-helpers';

const amount = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -5000, max: 100000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 100) / 100),
);

const arbCase = fc
  .record({
    sheet: fc.constantFrom('Budget', "O'Brien Sales", '2026 预算', 'A1', 'Sheet (v2)'),
    startYear: fc.integer({ min: 2024, max: 2027 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    count: fc.integer({ min: 1, max: 15 }),
    fyStartMonth: fc.integer({ min: 1, max: 12 }),
    asOfOffset: fc.integer({ min: -2, max: 17 }),
    flagPct: fc.constantFrom(0, 0.05, 0.1, 0.25),
    flagAbs: fc.constantFrom(0, 1, 100, 5000),
    lineCount: fc.integer({ min: 0, max: 6 }),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      lines: fc.array(
        fc.record({
          key: fc.tuple(fc.constantFrom('East', '=1+1', "It's", '"q"', ''), fc.string({ maxLength: 4 })),
          type: fc.constantFrom('revenue' as const, 'cost' as const),
          budget: fc.array(amount, { minLength: c.count, maxLength: c.count }),
          actual: fc.array(amount, { minLength: c.count, maxLength: c.count }),
        }),
        { minLength: c.lineCount, maxLength: c.lineCount },
      ),
    }),
  );

function monthIndex(p: { year: number; month: number }): number {
  return p.year * 12 + p.month - 1;
}

/** Independent YTD: month arithmetic, no serial dates. */
function ytdPeriods(periods: Period[], asOf: Period | null, fyStartMonth: number): boolean[] {
  if (!asOf) return periods.map(() => false);
  const end = monthIndex(asOf);
  const monthsIntoYear = (((asOf.month - fyStartMonth) % 12) + 12) % 12;
  const begin = end - monthsIntoYear;
  return periods.map((p) => monthIndex(p) >= begin && monthIndex(p) <= end);
}

describe('variance engine and plan on random models', () => {
  it('never throw, stay portable, point only at source cells, and agree with an independent YTD', () => {
    fc.assert(
      fc.property(arbCase, ({ c, lines }) => {
        const periods = monthPeriods(c.startYear, c.startMonth, c.count);
        const asOfPeriod = c.asOfOffset >= 0 && c.asOfOffset < c.count ? periods[c.asOfOffset] : null;
        const model = makeModel({ sheet: c.sheet, periods, lines, asOf: asOfPeriod?.key ?? null });
        const report = computeVariance(model, { asOf: model.asOf, flagPct: c.flagPct, flagAbs: c.flagAbs, fyStartMonth: c.fyStartMonth });
        const vp = buildVariancePlan(model, report);
        const sheet = vp.plan.sheets[0];

        const issues: string[] = [];
        const sources = new Set<string>();
        for (const l of model.lines) for (const v of [...l.budget, ...l.actual]) if (v && v.source.kind === 'cell') sources.add(qualify(v.source.sheet, v.source.address));
        for (const { a1, cell } of formulaCells(sheet)) {
          const lint = lintFormula(cell.formula);
          if (lint.length > 0) issues.push(`${a1} lint ${lint.join('; ')}`);
          for (const m of cell.formula.matchAll(/('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!(\$?[A-Z]{1,3}\$?\d+)/g)) {
            if (!sources.has(m[0])) issues.push(`${a1} refers to ${m[0]}`);
          }
          if (typeof cell.result === 'number' ? !Number.isFinite(cell.result) : !['', 'Off target', 'On track'].includes(String(cell.result))) {
            issues.push(`${a1} result ${String(cell.result)}`);
          }
        }

        const mask = ytdPeriods(periods, asOfPeriod, c.fyStartMonth);
        const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
        report.lines.forEach((lv, i) => {
          let budget = 0;
          let actual = 0;
          periods.forEach((_, p) => {
            if (!mask[p]) return;
            budget += lines[i].budget[p] ?? 0;
            actual += lines[i].actual[p] ?? 0;
          });
          if (!close(lv.ytd.budget, budget) || !close(lv.ytd.actual, actual)) issues.push(`line ${i} YTD ${lv.ytd.budget}/${lv.ytd.actual} vs ${budget}/${actual}`);
          // the flag follows the rule literally
          const v = lv.ytd.variance;
          const unfav = lv.type === 'cost' ? v > 0 : v < 0;
          const pctOk = lv.ytd.budget !== 0 ? Math.abs(v / Math.abs(lv.ytd.budget)) >= c.flagPct : v !== 0;
          if (lv.offTarget !== (unfav && pctOk && Math.abs(v) >= c.flagAbs)) issues.push(`line ${i} offTarget ${lv.offTarget}`);
          if (lv.reasons.length > 0 !== lv.offTarget) issues.push(`line ${i} reasons ${lv.reasons.join('|')}`);
        });
        expect(issues).toEqual([]);
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });
});
