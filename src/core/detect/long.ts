/**
 * Long tables into lines: rows grouped by their dimension values, summed per period (months
 * spanned by the dates, or the periods named in a period column) and measure (the Scenario
 * column; every row is an actual when there is none, as in a CRM export). Each value is a
 * SumifsSource, so the output formulas stay linked to the table, and its `value` is what that
 * SUMIFS gives: the sum of the numeric amounts of the matching rows (text and blanks add
 * nothing, as in Excel), or null for an actual when no row matches (the formula shows "").
 * Criteria match Excel's way: text case-insensitively, exactly otherwise (no trimming).
 */
import { rangeA1 } from '../a1';
import type { CellValue } from '../grid';
import type { BudgetLine, BudgetModel, DetectResult, Period, SourceValue, SumifsSource } from '../model';
import { addMonths, comparePeriods, makeMonth, makeQuarter, periodStartSerial } from '../periods/period';
import { normalizeText } from '../periods/text';
import { problem, type Problem } from '../problems';
import { resolveAsOf } from './as-of';
import { isCostType } from './dimensions';
import { measureOf } from './header-text';
import { columnRange, findLongTable, quarterOf, rowPeriod, type LongTable } from './long-table';
import { buildMapping } from './mapping';
import { findUnit } from './notes';
import type { DetectOptions } from './options';
import type { SheetView } from './sheet-view';
import { sheetSide } from './sheet-side';
import { makeValueReader } from './values';

export type LongMeasure = 'budget' | 'actual';

/** Excel's criteria comparison: text case-insensitively, numbers as numbers. */
export function criterionId(v: CellValue): string {
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return `s${String(v)}`; // the criterion "TRUE"/"FALSE" matches the logical value
  return `s${v.toLowerCase()}`;
}

interface Cell {
  sum: number;
  count: number;
}

export interface Group {
  /** Raw values of the group columns (the SUMIFS criteria) at the group's first row. */
  values: CellValue[];
  firstRow: number;
  typeText: string;
  /** `${measure}|${periodIndex}` -> sum and count of the matching rows. */
  cells: Map<string, Cell>;
}

export interface Grouping {
  groups: Map<string, Group>;
  /** Group ids in order of first appearance. */
  order: string[];
  /** The scenario text each measure is matched by (the most common spelling), when there is a Scenario column. */
  scenarioText: Partial<Record<LongMeasure, string>>;
  /** Text mode: the text each period is matched by. */
  periodText: Map<string, string>;
  /** Records outside the periods: how many, and the first. */
  outside: { count: number; firstRow: number };
  /** Whether any row is a budget record. */
  hasBudget: boolean;
  /** Shared pieces of the SUMIFS sources (one object per measure / period, read-only). */
  shared: { scenario: Partial<Record<LongMeasure, { range: string; value: string }>>; dates: Map<string, NonNullable<SumifsSource['dateRange']>> };
}

/** The measure each row counts for, and the scenario text chosen per measure. */
function rowMeasures(t: LongTable, problems: Problem[]): { measures: (LongMeasure | null)[]; text: Partial<Record<LongMeasure, string>> } {
  const measures: (LongMeasure | null)[] = [];
  if (!t.scenarioCol) {
    // No Scenario column: a sheet called Budget / 预算 holds budget records, any other actuals.
    const all: LongMeasure = sheetSide({ sheet: t.view.sheet, values: t.view.topRows(t.headerRow) }) === 'budget' ? 'budget' : 'actual';
    return { measures: t.rows.map(() => all), text: {} };
  }
  const sc = t.scenarioCol.col;
  const seen = new Map<string, ReturnType<typeof measureOf>>();
  const kinds = t.rows.map((r) => {
    const text = t.view.text(r, sc);
    let k = seen.get(text);
    if (k === undefined) seen.set(text, (k = measureOf(text)));
    return k;
  });
  const budgetKind = kinds.includes('budget') ? 'budget' : 'target';
  // The most common spelling of each measure: a SUMIFS criterion matches one text.
  const counts: Record<LongMeasure, Map<string, { raw: string; n: number }>> = { budget: new Map(), actual: new Map() };
  t.rows.forEach((r, i) => {
    const k = kinds[i];
    const m: LongMeasure | null = k === budgetKind ? 'budget' : k === 'actual' ? 'actual' : null;
    if (!m) return;
    const raw = String(t.view.value(r, sc));
    const id = raw.toLowerCase();
    const e = counts[m].get(id);
    if (e) e.n++;
    else counts[m].set(id, { raw, n: 1 });
  });
  const text: Partial<Record<LongMeasure, string>> = {};
  for (const m of ['budget', 'actual'] as const) {
    let best: { raw: string; n: number } | null = null;
    for (const e of counts[m].values()) if (!best || e.n > best.n) best = e;
    if (best) text[m] = best.raw;
  }
  const others: Partial<Record<LongMeasure, { raw: string; count: number; row: number }>> = {};
  t.rows.forEach((r, i) => {
    const k = kinds[i];
    const m: LongMeasure | null = k === budgetKind ? 'budget' : k === 'actual' ? 'actual' : null;
    const same = m !== null && text[m] !== undefined && String(t.view.value(r, sc)).toLowerCase() === text[m]!.toLowerCase();
    if (m && !same) {
      const o = others[m];
      if (o) o.count++;
      else others[m] = { raw: String(t.view.value(r, sc)), count: 1, row: r };
    }
    measures.push(same ? m : null);
  });
  for (const m of ['budget', 'actual'] as const) {
    const o = others[m];
    if (!o) continue;
    problems.push(
      problem('SCENARIO_SPELLINGS', t.view.sheet, t.view.a1(o.row, sc), { count: o.count, column: t.scenarioCol.name, other: o.raw.trim(), chosen: text[m]! }),
    );
  }
  return { measures, text };
}

/** The periods the table's records span: every month (or quarter) from the first to the last. */
export function spannedPeriods(t: LongTable): Period[] {
  let lo: Period | null = null;
  let hi: Period | null = null;
  let quarters = 0;
  let months = 0;
  for (const r of t.rows) {
    const p = rowPeriod(t, r);
    if (!p) continue;
    if (p.kind === 'quarter') quarters++;
    else months++;
    if (!lo || comparePeriods(p, lo) < 0) lo = p;
    if (!hi || comparePeriods(p, hi) > 0) hi = p;
  }
  if (!lo || !hi) return [];
  const kind = quarters > months ? 'quarter' : 'month';
  const step = kind === 'quarter' ? 3 : 1;
  const out: Period[] = [];
  let y = lo.year;
  let m = kind === 'quarter' ? lo.month - ((lo.month - 1) % 3) : lo.month;
  for (let guard = 0; guard < 1200 && (y < hi.year || (y === hi.year && m <= hi.month)); guard++) {
    out.push(kind === 'quarter' ? makeQuarter(y, m) : makeMonth(y, m));
    ({ year: y, month: m } = addMonths(y, m, step));
  }
  return out;
}

/**
 * Groups the records by the given columns, summing amounts per measure and period. Amount
 * cells that are not numbers are reported (and add nothing, as in SUMIFS).
 */
export function groupRecords(t: LongTable, groupCols: readonly number[], periods: readonly Period[], problems: Problem[]): Grouping {
  const view = t.view;
  const { measures, text: scenarioText } = rowMeasures(t, problems);
  const periodIndex = new Map(periods.map((p, i) => [p.key, i]));
  const quarterly = periods.length > 0 && periods[0].kind === 'quarter';
  // Text mode: the most common spelling of each period is the criterion.
  const periodText = new Map<string, string>();
  if (t.dateMode === 'text') {
    const counts = new Map<string, Map<string, { raw: string; n: number }>>();
    for (const r of t.rows) {
      const p = rowPeriod(t, r);
      if (!p) continue;
      const raw = String(view.value(r, t.dateCol.col));
      let m = counts.get(p.key);
      if (!m) counts.set(p.key, (m = new Map()));
      const e = m.get(raw.toLowerCase());
      if (e) e.n++;
      else m.set(raw.toLowerCase(), { raw, n: 1 });
    }
    for (const [key, m] of counts) {
      let best: { raw: string; n: number } | null = null;
      for (const e of m.values()) if (!best || e.n > best.n) best = e;
      if (best) periodText.set(key, best.raw);
    }
  }
  const reader = makeValueReader(view, problems);
  const groups = new Map<string, Group>();
  const order: string[] = [];
  const outside = { count: 0, firstRow: -1 };
  let hasBudget = false;
  const won = t.wonFilter ? { col: t.wonFilter.col.col, value: t.wonFilter.value.toLowerCase() } : null;
  t.rows.forEach((r, i) => {
    const m = measures[i];
    if (!m) return;
    if (won && String(view.value(r, won.col)).toLowerCase() !== won.value) return; // an open or lost deal
    let p = rowPeriod(t, r);
    if (!p) {
      problems.push(problem('ROW_WITHOUT_DATE', view.sheet, view.a1(r, t.dateCol.col), { row: view.absRow(r) + 1 }));
      return;
    }
    if (t.dateMode === 'text' && String(view.value(r, t.dateCol.col)).toLowerCase() !== periodText.get(p.key)?.toLowerCase()) return;
    if (quarterly && p.kind === 'month') p = quarterOf(p);
    const pi = periodIndex.get(p.key);
    if (pi === undefined) {
      if (outside.count++ === 0) outside.firstRow = r;
      return;
    }
    if (m === 'budget') hasBudget = true;
    let id = '';
    for (let k = 0; k < groupCols.length; k++) id += (k ? '\u001f' : '') + criterionId(view.value(r, groupCols[k]));
    let g = groups.get(id);
    if (!g) {
      g = { values: groupCols.map((c) => view.value(r, c)), firstRow: r, typeText: '', cells: new Map() };
      groups.set(id, g);
      order.push(id);
    }
    if (g.typeText === '' && t.typeCol) g.typeText = view.text(r, t.typeCol.col);
    const k = `${m}|${pi}`;
    let cell = g.cells.get(k);
    if (!cell) g.cells.set(k, (cell = { sum: 0, count: 0 }));
    cell.count++;
    const raw = view.value(r, t.amountCol.col);
    // Numbers add directly; anything else goes through the reader, which reports it.
    const v = typeof raw === 'number' ? (Number.isFinite(raw) ? raw : null) : raw === '' ? null : reader.read(r, t.amountCol.col).value;
    if (v !== null) cell.sum += v;
  });
  return { groups, order, scenarioText, periodText, outside, hasBudget, shared: { scenario: {}, dates: new Map() } };
}

/** The SUMIFS source of one period and measure for the given criteria. */
export function sumifsSource(
  t: LongTable,
  criteria: { col: number; value: CellValue }[],
  period: Period,
  measure: LongMeasure,
  grouping: Grouping,
): SumifsSource {
  const crit: SumifsSource['criteria'] = criteria.map((c) => ({ range: columnRange(t, c.col), value: typeof c.value === 'boolean' ? String(c.value).toUpperCase() : c.value }));
  if (t.scenarioCol) {
    let s = grouping.shared.scenario[measure];
    if (!s) {
      // A measure with no row yet is matched by its usual word, so rows added later are counted.
      const zh = /[\u3400-\u9fff]/.test(Object.values(grouping.scenarioText).join(''));
      const value = grouping.scenarioText[measure] ?? (measure === 'budget' ? (zh ? '预算' : 'Budget') : zh ? '实际' : 'Actual');
      s = grouping.shared.scenario[measure] = { range: columnRange(t, t.scenarioCol.col), value };
    }
    crit.push({ ...s });
  }
  if (t.wonFilter) crit.push({ range: columnRange(t, t.wonFilter.col.col), value: t.wonFilter.value });
  const src: SumifsSource = { kind: 'sumifs', sheet: t.view.sheet, sumRange: columnRange(t, t.amountCol.col), criteria: crit };
  if (t.dateMode === 'date') {
    let d = grouping.shared.dates.get(period.key);
    if (!d) {
      const next = addMonths(period.year, period.month, period.kind === 'quarter' ? 3 : 1);
      d = { range: columnRange(t, t.dateCol.col), from: periodStartSerial(period), to: periodStartSerial(next) };
      grouping.shared.dates.set(period.key, d);
    }
    src.dateRange = { ...d };
  } else {
    src.criteria.push({ range: columnRange(t, t.dateCol.col), value: grouping.periodText.get(period.key) ?? period.label });
  }
  return src;
}

/** A SourceValue from a group's cell: the sum when rows match, else null. */
export function groupValue(g: Group | undefined, measure: LongMeasure, pi: number, source: SumifsSource): SourceValue {
  const cell = g?.cells.get(`${measure}|${pi}`);
  return { source, value: cell && cell.count > 0 ? cell.sum : null };
}

/** Reads a long table (or a CRM export on its own) as a budget model. */
export function readLongLayout(view: SheetView, options: DetectOptions, given?: LongTable): DetectResult | null {
  const chosen = options.headerRow !== undefined && Number.isInteger(options.headerRow) ? options.headerRow - view.originRow : undefined;
  const t = given ?? findLongTable(view, chosen);
  if (!t) return null;
  const problems: Problem[] = [];
  const periods = spannedPeriods(t);
  if (periods.length === 0) return null;
  const dimCols = t.dims.map((d) => d.col);
  const grouping = groupRecords(t, dimCols, periods, problems);
  for (const r of t.totalRows) {
    const labelCol = dimCols[0] ?? t.dateCol.col;
    problems.push(problem('SKIPPED_TOTAL_ROW', view.sheet, view.a1(r, labelCol), { row: view.absRow(r) + 1, label: view.text(r, labelCol) || 'Total' }));
  }
  const lines: BudgetLine[] = [];
  const sortKey = new Map(grouping.order.map((id) => [id, grouping.groups.get(id)!.values.map((v) => normalizeText(String(v))).join('\u001f')]));
  const ids = [...grouping.order].sort((a, b) => {
    const ka = sortKey.get(a)!;
    const kb = sortKey.get(b)!;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  for (const id of ids) {
    const g = grouping.groups.get(id)!;
    const criteria = dimCols.map((col, i) => ({ col, value: g.values[i] }));
    const key = dimCols.length ? dimCols.map((c) => view.text(g.firstRow, c)) : ['All'];
    lines.push({
      key,
      type: isCostType(g.typeText) ? 'cost' : 'revenue',
      row: view.absRow(g.firstRow),
      budget: periods.map((p, pi) => (grouping.hasBudget ? groupValue(g, 'budget', pi, sumifsSource(t, criteria, p, 'budget', grouping)) : null)),
      // Without a Scenario column a budget table's rows are all budget: no actual source.
      actual: periods.map((p, pi) => (t.scenarioCol || !grouping.hasBudget ? groupValue(g, 'actual', pi, sumifsSource(t, criteria, p, 'actual', grouping)) : null)),
    });
  }
  if (lines.length === 0) {
    problems.push(problem('NO_LINES', view.sheet, view.a1(t.headerRow, t.firstCol)));
    return { model: null, problems };
  }
  const headerCell = view.a1(t.headerRow, t.firstCol);
  const unit = findUnit(view, t.headerRow, t.lastRow, problems);
  const asOf = resolveAsOf(options.asOf, periods, lines, view.sheet, headerCell, problems);
  const model: BudgetModel = {
    source: { sheet: view.sheet, range: rangeA1(view.absRow(t.headerRow), view.absCol(t.firstCol), t.lastRow - t.headerRow + 1, t.lastCol - t.firstCol + 1) },
    layout: 'long',
    unit,
    dimensions: t.dims.map((d) => ({ name: d.name, col: view.absCol(d.col) })),
    typeColumn: t.typeCol ? { name: t.typeCol.name, col: view.absCol(t.typeCol.col) } : null,
    periods,
    asOf,
    lines,
  };
  model.mapping = buildMapping(view, model, problems, { headerRow: t.headerRow, dataStart: t.headerRow + 1, chosen: chosen !== undefined, table: t });
  return { model, problems };
}

