/**
 * The Mapping of a reading: which rows and columns were read as what, each part with a
 * confidence (0..1) and a short reason. Built from the model and the sheet after reading;
 * the task pane shows it, the user corrects it, and detectBudget(grid, { mapping }) reads the
 * sheet that way (read-mapped.ts); checkMapping says what no longer fits.
 *
 * Confidence rules (simple and stated, not statistics):
 * - header row: 0.95 when it names 3+ periods, 0.7 for fewer; a chosen row (options) 1.
 * - a dimension: 0.9 with a header name, 0.5 for an unnamed text column ("Column B").
 * - a period: 0.95 when its header names the year, 0.8 when the year comes from a title or a
 *   year cell, 0.4 when the year was assumed (YEAR_ASSUMED); 0.6 without an Actual column.
 * - long tables: date and amount columns 0.9 when their headers say so, 0.6 when found by
 *   their contents; the dimensions 0.8 when headers name sales dimensions, else 0.5.
 * The mapping's own confidence is the lowest of its parts.
 */
import type { BudgetModel, CellSource, MappedColumn, MappedPeriod, Mapping, SourceValue } from '../model';
import type { Problem } from '../problems';
import type { LongTable } from './long-table';
import type { SheetView } from './sheet-view';

export interface MappingHints {
  /** Local header row and first data row. */
  headerRow: number;
  dataStart: number;
  /** The user chose the header row. */
  chosen?: boolean;
  /** Stacked: the Measure column (local). */
  measureCol?: { name: string; col: number } | null;
  /** Long tables: the table read. */
  table?: LongTable;
}

function cellOf(v: SourceValue | null | undefined): CellSource | null {
  return v && v.source.kind === 'cell' ? v.source : null;
}

function colOfAddress(address: string): number {
  const m = /^\$?([A-Z]+)/.exec(address);
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The header text of an absolute column on the view's header row. */
function headerText(view: SheetView, localRow: number, absCol: number): string {
  return view.text(localRow, absCol - view.originCol);
}

const YEAR_IN_LABEL_RE = /\d{4}|\d{2}(?!\d)|'\d{2}/;

export function buildMapping(view: SheetView, model: BudgetModel, problems: readonly Problem[], hints: MappingHints): Mapping {
  const assumed = problems.some((p) => p.code === 'YEAR_ASSUMED' && p.sheet === view.sheet);
  const col = (name: string, absCol: number, confidence: number, reason: string): MappedColumn => ({ name, col: absCol, confidence, reason });
  const dimensions = model.dimensions.map((d) =>
    /^Column [A-Z]+$/.test(d.name) ? col(d.name, d.col, 0.5, 'unnamed column holding text') : col(d.name, d.col, 0.9, `named "${d.name}", left of the periods`),
  );
  const typeColumn = model.typeColumn ? col(model.typeColumn.name, model.typeColumn.col, 0.8, 'says revenue or cost') : null;
  const periods: MappedPeriod[] = model.periods.map((p, i) => {
    let b: CellSource | null = null;
    let a: CellSource | null = null;
    for (const l of model.lines) {
      const x = cellOf(l.budget[i]);
      if (!b && x && x.sheet === view.sheet) b = x;
      a ??= cellOf(l.actual[i]);
      if (a && b) break;
    }
    const budgetCol = b ? colOfAddress(b.address) : null;
    const actualCol = a ? colOfAddress(a.address) : null;
    const budgetHeader = budgetCol !== null ? headerText(view, hints.headerRow, budgetCol) : null;
    const actualHeader = actualCol !== null && a!.sheet === view.sheet ? headerText(view, hints.headerRow, actualCol) : null;
    let confidence = 0.95;
    let reason = 'the header names the period and its year';
    if (assumed) {
      confidence = 0.4;
      reason = 'no year on the sheet: the year is assumed';
    } else if (!YEAR_IN_LABEL_RE.test(p.label)) {
      confidence = 0.8;
      reason = 'the year comes from a title or a year cell';
    }
    if (actualCol === null && model.layout !== 'crm') {
      confidence = Math.min(confidence, 0.6);
      reason += '; no Actual column';
    }
    return { key: p.key, label: p.label, budgetCol, actualCol, budgetHeader, actualHeader, confidence, reason };
  });
  const parts: number[] = [...dimensions.map((d) => d.confidence), ...periods.map((p) => p.confidence)];
  if (typeColumn) parts.push(typeColumn.confidence);
  const headerConfidence = hints.chosen ? 1 : model.layout === 'long' ? hints.table?.confidence ?? 0.6 : model.periods.length >= 3 ? 0.95 : 0.7;
  parts.push(headerConfidence);
  const mapping: Mapping = {
    layout: model.layout,
    sheet: view.sheet,
    headerRow: view.absRow(hints.headerRow),
    firstDataRow: view.absRow(hints.dataStart),
    dimensions,
    typeColumn,
    measureColumn: hints.measureCol ? col(hints.measureCol.name, view.absCol(hints.measureCol.col), 0.9, 'its cells say Budget / Actual') : null,
    periods,
    confidence: 0,
    reason: '',
  };
  const t = hints.table;
  if (t) {
    const named = t.confidence >= 0.9;
    mapping.long = {
      sheet: view.sheet,
      headerRow: view.absRow(t.headerRow),
      dateColumn: col(t.dateCol.name, view.absCol(t.dateCol.col), named ? 0.9 : 0.6, t.dateMode === 'date' ? 'holds dates' : 'holds period names'),
      amountColumn: col(t.amountCol.name, view.absCol(t.amountCol.col), named ? 0.9 : 0.6, 'holds the amounts'),
    };
    mapping.periods = [];
    if (t.scenarioCol) mapping.measureColumn = col(t.scenarioCol.name, view.absCol(t.scenarioCol.col), 0.9, 'its cells say Budget / Actual');
    const dimConfidence = t.reasons.some((r) => r.includes('name sales dimensions')) ? 0.8 : 0.5;
    mapping.dimensions = mapping.dimensions.map((d) => ({ ...d, confidence: dimConfidence, reason: dimConfidence > 0.5 ? 'named like a sales dimension' : 'text column with few distinct values' }));
    parts.length = 0;
    parts.push(headerConfidence, mapping.long.dateColumn.confidence, mapping.long.amountColumn.confidence, ...mapping.dimensions.map((d) => d.confidence));
  }
  mapping.confidence = Math.min(...parts);
  mapping.reason = `${model.layout}: header on row ${mapping.headerRow + 1}, ${model.dimensions.length} dimension column(s), ${model.periods.length} period(s)`;
  return mapping;
}
