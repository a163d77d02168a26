/**
 * detectWorkbook: reads a budget from several sheets. Each sheet is read on its own (wide,
 * stacked, long); a sheet whose period headers name no measure is read as the budget or the
 * actuals side of a pair when its name or title says which ("Budget", "Actuals", "预算",
 * "实际"). Then the best reading wins:
 *   1. a sheet with both budget and actual numbers (most lines);
 *   2. else a budget sheet joined by its dimension keys with an actuals sheet (separate
 *      sheets) or with a long table / CRM export of actuals (SUMIFS per line and period);
 *   3. else the sheet with the most lines (e.g. budget only, or a CRM export alone).
 * Lines on one side only are kept and reported (BUDGET_WITHOUT_ACTUAL, UNBUDGETED_ACTUAL).
 */
import { toA1 } from '../a1';
import type { Grid } from '../grid';
import { lineKeyId, type BudgetLine, type BudgetModel, type DetectResult, type Mapping, type Period, type SourceValue } from '../model';
import { comparePeriods } from '../periods/period';
import { normalizeText } from '../periods/text';
import { problem, type Problem } from '../problems';
import { lastActualPeriod, resolveAsOf } from './as-of';
import type { DetectOptions } from './options';
import { detectBudget } from './sheet';
import { displayKey } from './lines';
import { criterionId, groupRecords, groupValue, sumifsSource } from './long';
import { findLongTable, type LongTable } from './long-table';
import { SheetView } from './sheet-view';
import { readWideLayout } from './wide';
import { sheetSide, type Side } from './sheet-side';

export { sheetSide } from './sheet-side';

export interface DetectWorkbookOptions extends DetectOptions {
  /** The main (budget) sheet, when the user chose it. */
  sheet?: string;
}


interface SheetReading {
  grid: Grid;
  result: DetectResult;
  hasBudget: boolean;
  hasActual: boolean;
}

function reading(grid: Grid, result: DetectResult): SheetReading {
  const lines = result.model?.lines ?? [];
  return {
    grid,
    result,
    hasBudget: lines.some((l) => l.budget.some((b) => b !== null)),
    hasActual: lines.some((l) => l.actual.some((a) => a !== null)),
  };
}

const keyId = (key: readonly string[]): string => lineKeyId(key.map((k) => normalizeText(k)));

function labelCell(model: BudgetModel, line: BudgetLine): string {
  return toA1(line.row, model.dimensions[0]?.col ?? 0);
}

function reindex(values: readonly (SourceValue | null)[], from: readonly Period[], to: readonly Period[]): (SourceValue | null)[] {
  const at = new Map(from.map((p, i) => [p.key, i]));
  return to.map((p) => {
    const i = at.get(p.key);
    return i === undefined ? null : values[i] ?? null;
  });
}

/** Budget dims matched to the other side's dims: by name, else by position when the counts agree. */
function matchDims(budget: BudgetModel, actual: BudgetModel): number[] | null {
  const names = actual.dimensions.map((d) => normalizeText(d.name));
  const byName = budget.dimensions.map((d) => names.indexOf(normalizeText(d.name)));
  if (byName.every((i) => i >= 0)) return byName;
  if (budget.dimensions.length === actual.dimensions.length) return budget.dimensions.map((_, i) => i);
  return null;
}

/** A budget sheet and an actuals sheet joined by key. null when no key is on both sides. */
export function joinSeparate(budget: SheetReading, actual: SheetReading, options: DetectOptions): DetectResult | null {
  const b = budget.result.model;
  const a = actual.result.model;
  if (!b || !a) return null;
  const order = matchDims(b, a);
  if (!order) return null;
  const actualKey = (l: BudgetLine) => keyId(order.map((i) => l.key[i] ?? ''));
  const byKey = new Map<string, BudgetLine>();
  for (const l of a.lines) if (!byKey.has(actualKey(l))) byKey.set(actualKey(l), l);
  const matched = b.lines.filter((l) => byKey.has(keyId(l.key))).length;
  if (matched === 0) return null;

  const periods = [...new Map([...b.periods, ...a.periods].map((p) => [p.key, p])).values()].sort(comparePeriods);
  const problems: Problem[] = [...budget.result.problems.filter((p) => p.code !== 'MISSING_ACTUAL_COLUMN'), ...actual.result.problems];
  const used = new Set<string>();
  const lines: BudgetLine[] = [];
  for (const l of b.lines) {
    const id = keyId(l.key);
    const other = byKey.get(id);
    if (other) used.add(id);
    else problems.push(problem('BUDGET_WITHOUT_ACTUAL', b.source.sheet, labelCell(b, l), { line: displayKey(l.key), actualSheet: a.source.sheet }));
    lines.push({
      ...l,
      budget: reindex(l.budget, b.periods, periods),
      actual: other ? reindex(other.actual, a.periods, periods) : periods.map(() => null),
    });
  }
  for (const l of a.lines) {
    const id = actualKey(l);
    if (used.has(id)) continue;
    used.add(id);
    problems.push(problem('UNBUDGETED_ACTUAL', a.source.sheet, labelCell(a, l), { line: displayKey(l.key), budgetSheet: b.source.sheet }));
    lines.push({
      key: order.map((i) => l.key[i] ?? ''),
      type: l.type,
      row: l.row,
      sheet: a.source.sheet,
      budget: periods.map(() => null),
      actual: reindex(l.actual, a.periods, periods),
    });
  }
  let mapping: Mapping | undefined;
  if (b.mapping && a.mapping) {
    const bp = new Map(b.mapping.periods.map((p) => [p.key, p]));
    const ap = new Map(a.mapping.periods.map((p) => [p.key, p]));
    mapping = {
      ...b.mapping,
      layout: 'separate',
      periods: periods.map((p) => {
        const x = bp.get(p.key);
        const y = ap.get(p.key);
        return {
          key: p.key,
          label: p.label,
          budgetCol: x?.budgetCol ?? null,
          budgetHeader: x?.budgetHeader ?? null,
          actualCol: y?.actualCol ?? null,
          actualHeader: y?.actualHeader ?? null,
          confidence: Math.min(x?.confidence ?? 0.6, y?.confidence ?? 0.6, 0.95),
          reason: x && y ? 'on both sheets' : x ? 'on the budget sheet only' : 'on the actuals sheet only',
        };
      }),
      actualSheet: { sheet: a.source.sheet, headerRow: a.mapping.headerRow, confidence: matched * 2 >= b.lines.length ? 0.85 : 0.6, reason: `${matched} of ${b.lines.length} budget lines found on it by key` },
    };
  }
  return finish(b, lines, periods, problems, options, 'separate', [
    { sheet: b.source.sheet, range: b.source.range, role: 'budget' },
    { sheet: a.source.sheet, range: a.source.range, role: 'actual' },
  ], mapping);
}

/** The table's text column holding each budget dimension: by header name, else by values. */
function matchTableColumns(b: BudgetModel, t: LongTable): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < b.dimensions.length; i++) {
    const name = normalizeText(b.dimensions[i].name);
    let col = t.textCols.find((c) => normalizeText(c.name) === name)?.col;
    if (col === undefined) {
      // The column holding most of the budget's values for this dimension.
      const want = new Set(b.lines.map((l) => normalizeText(l.key[i] ?? '')).filter((k) => k !== ''));
      let best = -1;
      let bestHits = 0;
      for (const c of t.textCols) {
        const seen = new Set<string>();
        for (const r of t.rows) seen.add(normalizeText(t.view.text(r, c.col)));
        let hits = 0;
        for (const w of want) if (seen.has(w)) hits++;
        if (hits > bestHits) {
          bestHits = hits;
          best = c.col;
        }
      }
      if (best < 0 || bestHits * 2 < want.size) return null;
      col = best;
    }
    if (out.includes(col)) return null;
    out.push(col);
  }
  return out.length ? out : null;
}

/** A budget sheet joined with a long table or CRM export of actuals (SUMIFS per line and period). */
export function joinExport(budget: SheetReading, table: LongTable, options: DetectOptions): DetectResult | null {
  const b = budget.result.model;
  if (!b) return null;
  const cols = matchTableColumns(b, table);
  if (!cols) return null;
  const problems: Problem[] = budget.result.problems.filter((p) => p.code !== 'MISSING_ACTUAL_COLUMN');
  const grouping = groupRecords(table, cols, b.periods, problems);
  const ids = b.lines.map((l) => l.key.map((k) => criterionId(k)).join('\u001f'));
  if (!ids.some((id) => grouping.groups.has(id))) return null;
  const view = table.view;
  const lines: BudgetLine[] = [];
  const used = new Set<string>();
  b.lines.forEach((l, li) => {
    const g = grouping.groups.get(ids[li]);
    if (g) used.add(ids[li]);
    else problems.push(problem('BUDGET_WITHOUT_ACTUAL', b.source.sheet, labelCell(b, l), { line: displayKey(l.key), actualSheet: view.sheet }));
    const criteria = cols.map((col, i) => ({ col, value: l.key[i] ?? '' }));
    lines.push({ ...l, actual: b.periods.map((p, pi) => groupValue(g, 'actual', pi, sumifsSource(table, criteria, p, 'actual', grouping))) });
  });
  for (const id of grouping.order) {
    if (used.has(id)) continue;
    const g = grouping.groups.get(id)!;
    const key = cols.map((c) => view.text(g.firstRow, c));
    const criteria = cols.map((col, i) => ({ col, value: g.values[i] }));
    problems.push(problem('UNBUDGETED_ACTUAL', view.sheet, view.a1(g.firstRow, cols[0]), { line: displayKey(key), budgetSheet: b.source.sheet }));
    lines.push({
      key,
      type: 'revenue',
      row: view.absRow(g.firstRow),
      sheet: view.sheet,
      budget: b.periods.map(() => null),
      actual: b.periods.map((p, pi) => groupValue(g, 'actual', pi, sumifsSource(table, criteria, p, 'actual', grouping))),
    });
  }
  if (grouping.outside.count > 0) {
    problems.push(
      problem('ROW_OUTSIDE_PERIODS', view.sheet, view.a1(grouping.outside.firstRow, table.dateCol.col), {
        count: grouping.outside.count,
        first: b.periods[0]?.key ?? '-',
        last: b.periods[b.periods.length - 1]?.key ?? '-',
      }),
    );
  }
  const range = `${view.a1(table.headerRow, table.firstCol)}:${view.a1(table.lastRow, table.lastCol)}`;
  const found = b.lines.length - problems.filter((p) => p.code === 'BUDGET_WITHOUT_ACTUAL').length;
  const named = table.confidence >= 0.9;
  const mapping: Mapping | undefined = b.mapping && {
    ...b.mapping,
    layout: 'crm',
    periods: b.mapping.periods.map((p) => ({ ...p, actualCol: null, actualHeader: null, reason: p.reason.replace('; no Actual column', '') })),
    actualSheet: { sheet: view.sheet, headerRow: view.absRow(table.headerRow), confidence: found * 2 >= b.lines.length ? 0.85 : 0.6, reason: `${found} of ${b.lines.length} budget lines found in it by ${cols.map((c) => view.text(table.headerRow, c)).join(', ')}` },
    long: {
      sheet: view.sheet,
      headerRow: view.absRow(table.headerRow),
      dateColumn: { name: table.dateCol.name, col: view.absCol(table.dateCol.col), confidence: named ? 0.9 : 0.6, reason: table.dateMode === 'date' ? 'holds dates' : 'holds period names' },
      amountColumn: { name: table.amountCol.name, col: view.absCol(table.amountCol.col), confidence: named ? 0.9 : 0.6, reason: 'holds the amounts' },
    },
  };
  return finish(b, lines, b.periods, problems, options, 'crm', [
    { sheet: b.source.sheet, range: b.source.range, role: 'budget' },
    { sheet: view.sheet, range, role: 'actual' },
  ], mapping);
}

function finish(
  b: BudgetModel,
  lines: BudgetLine[],
  periods: Period[],
  problems: Problem[],
  options: DetectOptions,
  layout: BudgetModel['layout'],
  sources: NonNullable<BudgetModel['sources']>,
  mapping?: Mapping,
): DetectResult {
  // The as-of is recomputed over the joined lines (the budget side alone has no actuals).
  const kept = problems.filter((p) => p.code !== 'AS_OF_OUT_OF_RANGE');
  const asOf = options.asOf !== undefined ? resolveAsOf(options.asOf, periods, lines, b.source.sheet, b.source.range.split(':')[0], kept) : lastActualPeriod(periods, lines);
  const model: BudgetModel = { ...b, layout, periods, lines, asOf, sources };
  if (mapping) {
    const parts = [mapping.confidence, mapping.actualSheet?.confidence ?? 1, ...mapping.periods.map((p) => p.confidence)];
    model.mapping = { ...mapping, confidence: Math.min(...parts), reason: `${layout}: ${b.source.sheet} joined with ${sources[1]?.sheet ?? '-'} by ${b.dimensions.map((d) => d.name).join(', ') || 'key'}` };
  } else delete model.mapping;
  return { model, problems: kept };
}

function lineCount(r: SheetReading): number {
  return r.result.model?.lines.length ?? 0;
}

/**
 * Reads the budget of a workbook from the grids of its sheets (the caller leaves out sheets
 * Budget Pilot owns and hidden sheets it does not want read). Never throws: an unexpected
 * failure is LAYOUT_UNRECOGNISED with model null.
 */
export function detectWorkbook(grids: readonly Grid[], options: DetectWorkbookOptions = {}): DetectResult {
  try {
    return detectWorkbookStrict(grids, options);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const sheet = typeof grids?.[0]?.sheet === 'string' ? grids[0].sheet : '';
    return { model: null, problems: [problem('LAYOUT_UNRECOGNISED', sheet, 'A1', { detail: `internal error (${detail}); please report it with the workbook.` })] };
  }
}

/** detectWorkbook without the safety net: throws on a bug (for tests). */
export function detectWorkbookStrict(grids: readonly Grid[], options: DetectWorkbookOptions = {}): DetectResult {
  const { sheet: wanted, ...opts } = options;
  const readings: SheetReading[] = [];
  const sides: { side: Side; reading: SheetReading }[] = [];
  const tables: { grid: Grid; table: LongTable }[] = [];
  const m = opts.mapping;
  const optionsFor = (grid: Grid): DetectOptions => {
    if (!m || grid.sheet === m.sheet) return opts;
    const { mapping: _main, ...rest } = opts;
    if (m.actualSheet?.sheet === grid.sheet) return { ...rest, headerRow: m.actualSheet.headerRow };
    if (m.long?.sheet === grid.sheet) return { ...rest, headerRow: m.long.headerRow };
    return rest;
  };
  for (const grid of grids) {
    const gridOpts = optionsFor(grid);
    const r = reading(grid, detectBudget(grid, gridOpts));
    readings.push(r);
    const side = sheetSide(grid);
    try {
      if (!r.result.model && side) {
        const s = reading(grid, readWideLayout(new SheetView(grid), { ...gridOpts, periodMeasure: side }));
        if (s.result.model) sides.push({ side, reading: s });
      } else if (r.result.model && r.hasBudget && !r.hasActual) sides.push({ side: 'budget', reading: r });
      else if (r.result.model && r.hasActual && !r.hasBudget && r.result.model.layout !== 'long') sides.push({ side: 'actual', reading: r });
      if (r.result.model?.layout === 'long' && !r.hasBudget) {
        const t = findLongTable(new SheetView(grid), gridOpts.headerRow);
        if (t) tables.push({ grid, table: t });
      }
    } catch {
      // A side reading that fails is only a reading less; the sheet's own result stands.
    }
  }
  const isMain = (g: Grid) => wanted === undefined || g.sheet === wanted || g.sheet.toLowerCase() === wanted.toLowerCase();

  // 1. A sheet with both budget and actuals.
  const complete = readings.filter((r) => r.hasBudget && r.hasActual && isMain(r.grid)).sort((x, y) => lineCount(y) - lineCount(x));
  if (complete.length) return complete[0].result;

  // 2. Joins of a budget side with an actual side.
  const joins: DetectResult[] = [];
  for (const bs of sides.filter((s) => s.side === 'budget' && isMain(s.reading.grid))) {
    for (const as of sides.filter((s) => s.side === 'actual' && s.reading.grid !== bs.reading.grid)) {
      try {
        const j = joinSeparate(bs.reading, as.reading, opts);
        if (j) joins.push(j);
      } catch {
        // not joinable
      }
    }
    for (const t of tables) {
      if (t.grid === bs.reading.grid) continue;
      try {
        const j = joinExport(bs.reading, t.table, opts);
        if (j) joins.push(j);
      } catch {
        // not joinable
      }
    }
  }
  const matched = (j: DetectResult) => (j.model?.lines ?? []).filter((l) => l.sheet === undefined && l.actual.some((a) => a !== null)).length;
  joins.sort((x, y) => matched(y) - matched(x));
  if (joins.length) return joins[0];

  // 3. The sheet with the most lines.
  const any = readings.filter((r) => r.result.model && isMain(r.grid)).sort((x, y) => lineCount(y) - lineCount(x));
  if (any.length) return any[0].result;
  const main = readings.find((r) => isMain(r.grid)) ?? readings[0];
  if (!main) return { model: null, problems: [problem('NO_BUDGET_SHEET', wanted ?? '', 'A1', { sheets: '-' })] };
  if (readings.length === 1 || wanted !== undefined) return main.result;
  return {
    model: null,
    problems: [problem('NO_BUDGET_SHEET', main.grid.sheet, 'A1', { sheets: grids.map((g) => g.sheet).join(', ') }), ...main.result.problems],
  };
}
