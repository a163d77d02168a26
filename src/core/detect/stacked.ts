/**
 * Stacked measure rows: each line on two or more rows, a Measure / Scenario column saying
 * Budget, Actual, Target (预算, 实际, 目标, 完成). The period columns hold no measure word. Rows
 * are joined into lines by their dimension keys (not by adjacency); a line's row is its budget
 * row. Target rows are the budget when the sheet has no Budget rows (as in the wide layouts).
 */
import { rangeA1 } from '../a1';
import { lineKeyId, type BudgetLine, type BudgetModel, type DetectResult, type SourceValue } from '../model';
import { normalizeText } from '../periods/text';
import { problem, type Problem } from '../problems';
import { resolveAsOf } from './as-of';
import { classifyColumns, isCostType, type ColumnLayout, type LocalColumn } from './columns';
import { findHeader, type HeaderLocation } from './find-header';
import { measureOf, type Measure } from './header-text';
import { displayKey } from './lines';
import { buildMapping } from './mapping';
import { findUnit, titleYear } from './notes';
import type { DetectOptions } from './options';
import type { SheetView } from './sheet-view';
import { isSumRow, isTotalLabel } from './totals';
import { makeValueReader } from './values';

const MEASURE_HEADER_RE = /^(?:measure|measures|scenario|version|data type|value type|figure|figures|metric|指标|口径|数据类型|版本|场景|类别|项目|数据)$/;

export interface StackedColumns {
  cols: ColumnLayout;
  measureCol: LocalColumn;
  /** Dimensions without the measure column. */
  dimensions: LocalColumn[];
}

/** Counts the read measures (budget/target/actual) and the other non-blank cells of a column. */
function measureCounts(view: SheetView, c: number, rows: readonly number[]): { read: number; any: number; nonBlank: number; kinds: Set<Measure> } {
  let read = 0;
  let any = 0;
  let nonBlank = 0;
  const kinds = new Set<Measure>();
  for (const r of rows) {
    const t = view.text(r, c);
    if (t === '') continue;
    nonBlank++;
    if (isTotalLabel(t)) continue;
    const m = measureOf(t);
    if (m === null) continue;
    any++;
    if (m === 'budget' || m === 'target' || m === 'actual') {
      read++;
      kinds.add(m);
    }
  }
  return { read, any, nonBlank, kinds };
}

/**
 * The Measure column: left of the periods, its cells mostly measure words, with at least two
 * rows naming Budget/Target/Actual and at least one of them a Budget or Target.
 */
export function findMeasureColumn(view: SheetView, header: HeaderLocation, firstPeriodCol: number, dataRows: readonly number[]): LocalColumn | null {
  let best: { col: number; score: number } | null = null;
  for (let c = 0; c < firstPeriodCol; c++) {
    const k = measureCounts(view, c, dataRows);
    if (k.read < 2 || k.any * 10 < k.nonBlank * 6) continue;
    if (!k.kinds.has('budget') && !k.kinds.has('target')) continue;
    const named = MEASURE_HEADER_RE.test(normalizeText(view.text(header.row, c)));
    const score = k.read + (named ? 0.5 : 0);
    if (!best || score > best.score) best = { col: c, score };
  }
  return best ? { name: view.text(header.row, best.col) || 'Measure', col: best.col } : null;
}

/** Header, periods and the Measure column of a stacked sheet, or null when it is not one. */
export function stackedColumns(view: SheetView, header: HeaderLocation, options: DetectOptions, problems: Problem[]): StackedColumns | null {
  const firstPeriodCol = header.cells.findIndex((h) => h.parts !== null && !h.total);
  if (firstPeriodCol <= 0) return null;
  // Period headers of a stacked sheet name no measure; a header that does is a wide sheet.
  if (header.cells.some((h) => h.parts !== null && !h.total && h.measure !== null)) return null;
  const dataRows: number[] = [];
  for (let r = header.dataStart; r < view.rows; r++) dataRows.push(r);
  const measureCol = findMeasureColumn(view, header, firstPeriodCol, dataRows);
  if (!measureCol) return null;
  const local: Problem[] = [];
  const cols = classifyColumns(view, header, dataRows, { titleYear: titleYear(view, header.row), defaultYear: options.defaultYear, defaultMeasure: 'budget' }, local);
  if (!cols) return null;
  problems.push(...local);
  const dimensions = cols.dimensions.filter((d) => d.col !== measureCol.col);
  return { cols: { ...cols, dimensions, firstCol: Math.min(cols.firstCol, measureCol.col) }, measureCol, dimensions };
}

interface Building {
  line: BudgetLine;
  hasBudget: boolean;
  hasActual: boolean;
  anyNumber: boolean;
  budgetRow: number;
}

export function readStackedLayout(view: SheetView, options: DetectOptions, given?: { header: HeaderLocation; columns: StackedColumns }): DetectResult | null {
  const problems: Problem[] = [];
  const chosen = options.headerRow !== undefined && Number.isInteger(options.headerRow) ? options.headerRow - view.originRow : undefined;
  const header = given?.header ?? (view.rows > 0 && view.cols > 0 && (chosen === undefined || (chosen >= 0 && chosen < view.rows)) ? findHeader(view, chosen) : null);
  if (!header) return null;
  const sc = given?.columns ?? stackedColumns(view, header, options, problems);
  if (!sc) return null;
  const { cols, measureCol, dimensions } = sc;
  const periodCols = cols.budget; // every period column (read with the default measure 'budget')
  const nPeriods = cols.periods.length;
  const periodIndex = new Map(cols.periods.map((p, i) => [p.key, i]));
  const at = periodCols.map((p) => ({ col: p.col, i: periodIndex.get(p.period.key) ?? -1 }));
  const valueCols = periodCols.map((p) => p.col);
  const reader = makeValueReader(view, problems);

  let hasBudgetRows = false;
  for (let r = header.dataStart; r < view.rows; r++) if (measureOf(view.text(r, measureCol.col)) === 'budget') hasBudgetRows = true;
  const budgetMeasure: Measure = hasBudgetRows ? 'budget' : 'target';

  const lines: Building[] = [];
  const current = new Map<string, Building>();
  const counts = new Map<string, number>();
  let prevKey: string[] | null = null;
  let lastRow = -1;
  const labelCol = dimensions.length ? dimensions[0].col : measureCol.col;

  for (let r = header.dataStart; r < view.rows; r++) {
    const measureText = view.text(r, measureCol.col);
    const measure = measureOf(measureText);
    let key = dimensions.map((d) => view.text(r, d.col));
    let anyValue = false;
    for (const c of valueCols) if (!view.isBlank(r, c)) { anyValue = true; break; }
    const rowNo = view.absRow(r) + 1;
    const typeText = cols.typeColumn ? view.text(r, cols.typeColumn.col) : '';
    const totalLabel = [...key, typeText, measureText].find(isTotalLabel);
    if (totalLabel !== undefined) {
      if (anyValue) {
        problems.push(problem('SKIPPED_TOTAL_ROW', view.sheet, view.a1(r, labelCol), { row: rowNo, label: totalLabel }));
        lastRow = r;
      }
      continue;
    }
    if (measure === null || measure === 'forecast' || measure === 'other' || (measure !== budgetMeasure && measure !== 'actual')) {
      if (measure === null && anyValue && key.some((k) => k !== '')) {
        problems.push(problem('ROW_WITHOUT_MEASURE', view.sheet, view.a1(r, measureCol.col), { row: rowNo, column: measureCol.name }));
      }
      if (key.some((k) => k !== '')) prevKey = key;
      continue;
    }
    if (anyValue && isSumRow(view, r, valueCols)) {
      problems.push(problem('SKIPPED_TOTAL_ROW', view.sheet, view.a1(r, labelCol), { row: rowNo, label: displayKey(key) || `Row ${rowNo}` }));
      lastRow = r;
      continue;
    }
    // Keys written once per line (on its first row) apply to the rows below them.
    const first = key.findIndex((k) => k !== '');
    if (first < 0) key = prevKey ? [...prevKey] : dimensions.length ? dimensions.map((_, i) => (i === 0 ? `Row ${rowNo}` : '')) : [`Row ${rowNo}`];
    else if (first > 0 && prevKey) for (let i = 0; i < first; i++) key[i] = prevKey[i];
    if (key.length === 0) key = [`Row ${rowNo}`];
    prevKey = key;

    const isBudget = measure === budgetMeasure;
    const id = lineKeyId(key);
    let b = current.get(id);
    if (!b || (isBudget ? b.hasBudget : b.hasActual)) {
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      const ownKey = [...key];
      if (n > 1) {
        ownKey[ownKey.length - 1] = `${ownKey[ownKey.length - 1]} (${n})`;
        problems.push(problem('DUPLICATE_KEY', view.sheet, view.a1(r, labelCol), { line: displayKey(key), row: rowNo, firstRow: b ? b.line.row + 1 : rowNo }));
      }
      b = {
        line: { key: ownKey, type: 'revenue', row: view.absRow(r), budget: new Array<SourceValue | null>(nPeriods).fill(null), actual: new Array<SourceValue | null>(nPeriods).fill(null) },
        hasBudget: false,
        hasActual: false,
        anyNumber: false,
        budgetRow: r,
      };
      current.set(id, b);
      lines.push(b);
    }
    if (isBudget) {
      b.hasBudget = true;
      b.budgetRow = r;
      b.line.row = view.absRow(r);
    } else b.hasActual = true;
    if (typeText !== '' && (isBudget || b.line.type === 'revenue')) b.line.type = isCostType(typeText) ? 'cost' : 'revenue';
    for (const cell of at) {
      if (cell.i < 0) continue;
      const v = reader.read(r, cell.col);
      if (v.value !== null) b.anyNumber = true;
      (isBudget ? b.line.budget : b.line.actual)[cell.i] = v;
    }
    lastRow = r;
  }

  if (lines.length === 0) {
    problems.push(problem('NO_LINES', view.sheet, view.a1(header.row, cols.firstCol)));
    return { model: null, problems };
  }
  for (const b of lines) {
    if (!b.hasBudget || !b.anyNumber) continue;
    for (const cell of at) {
      if (cell.i < 0 || !view.isBlank(b.budgetRow, cell.col)) continue;
      problems.push(problem('BLANK_BUDGET', view.sheet, view.a1(b.budgetRow, cell.col), { line: displayKey(b.line.key), period: cols.periods[cell.i].key }));
    }
  }
  const out = lines.map((b) => b.line);
  const headerCell = view.a1(header.row, cols.firstCol);
  const unit = findUnit(view, header.row, lastRow, problems);
  const asOf = resolveAsOf(options.asOf, cols.periods, out, view.sheet, headerCell, problems);
  const model: BudgetModel = {
    source: {
      sheet: view.sheet,
      range: rangeA1(view.absRow(header.row), view.absCol(cols.firstCol), lastRow - header.row + 1, cols.lastCol - cols.firstCol + 1),
    },
    layout: 'stacked',
    unit,
    dimensions: dimensions.map((d) => ({ name: d.name, col: view.absCol(d.col) })),
    typeColumn: cols.typeColumn ? { name: cols.typeColumn.name, col: view.absCol(cols.typeColumn.col) } : null,
    periods: cols.periods,
    asOf,
    lines: out,
  };
  model.mapping = buildMapping(view, model, problems, { headerRow: header.row, dataStart: header.dataStart, chosen: chosen !== undefined, measureCol });
  return { model, problems };
}
