/**
 * The variance sheet plan ("BP Variance"): per line and period Budget / Actual / Var / Var %,
 * YTD figures up to the named as-of date, a live Status and a conditional format over the
 * named thresholds, a Comment input column carried over on refresh, and a total row.
 * Every number is a formula over the source cells; every formula carries the TypeScript result.
 *
 * Layout (0-based rows): 0 title, 1 source note, 2-6 named inputs (label in A, value in B),
 * 8 period header (period start dates), 9 measure header, 10.. lines, then the total row, then
 * (only when needed) comments kept from lines that are no longer in the budget.
 */
import { colToLetters, qualify, rangeA1, toA1 } from '../a1';
import { flagRuleFormula } from '../flags/formula';
import { str } from '../formula/refs';
import { actualSourceFormula, budgetSourceFormula } from '../formula/source';
import { lineKeyId } from '../model';
import type { BudgetModel, SourceValue } from '../model';
import type { Locale } from '../problems';
import { sheetSub, sheetSum } from '../variance/arith';
import { asOfSerial, defaultFyStartMonth, fiscalYearStart, periodStart } from '../variance/calendar';
import type { LineVariance, VarianceReport } from '../variance/types';
import type { CarryOver } from './carry-over';
import type { CellStyle, ConditionalFormatPlan, InputColumn, NamePlan, NotePlan, PlanCell, SheetPlan, WorkbookPlan } from './types';
import { fx, val } from './cells';
import {
  FIRST_LINE_ROW,
  INPUT_HINT_COL,
  INPUT_LABEL_COL,
  INPUT_ROWS,
  INPUT_VALUE_COL,
  MEASURE_HEADER_ROW,
  lineKeyCount,
  NAMES,
  PERIOD_HEADER_ROW,
  VARIANCE_SHEET_NAME,
  periodColumns,
  varianceColumns,
} from './variance-layout';
import type { VarianceColumns } from './variance-layout';
import { fillText, varianceText } from './variance-strings';
import type { VarianceSheetText } from './variance-strings';

export { readCarryOver } from './carry-over';
export { readVarianceInputs } from './variance-inputs';
export type { VarianceInputs } from './variance-inputs';
export type { CarryOver } from './carry-over';

export const AMOUNT_FORMAT = '#,##0;[Red]-#,##0';
/** Used instead when the source holds amounts with cents. */
export const AMOUNT_FORMAT_2DP = '#,##0.00;[Red]-#,##0.00';
export const PCT_FORMAT = '0.0%';
export const MONTH_FORMAT = 'mmm-yy';
/** Shows nothing (positive;negative;zero all empty) while the cell keeps its value. */
export const HIDDEN_FORMAT = ';;;';
export const COMMENT_INPUT_ID = 'comment';
export const OFF_TARGET_FILL = '#FFC7CE';
export const OFF_TARGET_FONT = '#9C0006';

export interface VariancePlanOptions {
  /** Default "BP Variance". */
  sheetName?: string;
  /** What people typed into our input columns last time, by lineKeyId (see readCarryOver). */
  carryOver?: CarryOver;
  /** Language of the sheet's words (labels, headers, Type and Status texts). Default en-US. */
  locale?: Locale;
}

export interface VariancePlan {
  plan: WorkbookPlan;
  sheetName: string;
  /** 1-based sheet row of each model line, same order as model.lines. */
  lineRows: number[];
}

/** A growable grid of plan cells, written as one block at A1. */
class Sheet {
  readonly rows: PlanCell[][] = [];
  constructor(readonly width: number) {}
  set(row: number, col: number, cell: PlanCell): void {
    while (this.rows.length <= row) this.rows.push(new Array<PlanCell>(this.width).fill(null));
    this.rows[row][col] = cell;
  }
}

const letterCache: string[] = [];

/** toA1 with cached column letters: the sheet has hundreds of thousands of references. */
function a1(row: number, col: number, abs = false): string {
  if (abs) return toA1(row, col, true);
  const letters = letterCache[col] ?? (letterCache[col] = colToLetters(col));
  return letters + (row + 1);
}

export function keyHeaders(model: BudgetModel, keyCount: number, t: VarianceSheetText): string[] {
  return Array.from({ length: keyCount }, (_, i) => model.dimensions[i]?.name || fillText(t.keyHeader, { n: i + 1 }));
}

/** Key parts laid out over keyCount columns: padded with "", extra parts joined into the last. */
export function keyCells(key: readonly string[], keyCount: number): string[] {
  if (key.length <= keyCount) return [...key, ...new Array<string>(keyCount - key.length).fill('')];
  return [...key.slice(0, keyCount - 1), key.slice(keyCount - 1).join(' / ')];
}

function checkAligned(model: BudgetModel, report: VarianceReport): void {
  if (report.lines.length !== model.lines.length) {
    throw new Error(`variance report has ${report.lines.length} lines but the model has ${model.lines.length}`);
  }
  model.lines.forEach((line, i) => {
    if (lineKeyId(line.key) !== lineKeyId(report.lines[i].key)) {
      throw new Error(`variance report line ${i} is not model line ${i}`);
    }
  });
}

function budgetCell(src: SourceValue | null, result: number, amt: string): PlanCell {
  if (!src) return val(0, amt);
  return fx(budgetSourceFormula(src.source), result, amt);
}

function actualCell(src: SourceValue | null, result: number | null, amt: string): PlanCell {
  if (!src) return val('', amt);
  return fx(actualSourceFormula(src.source), result, amt);
}

function varianceCell(act: string, bud: string, result: number | null, amt: string, style?: CellStyle): PlanCell {
  return fx(`=IF(ISNUMBER(${act}),${act}-${bud},"")`, result, amt, style);
}

function variancePctCell(v: string, bud: string, result: number | null, style?: CellStyle): PlanCell {
  return fx(`=IF(AND(ISNUMBER(${v}),${bud}<>0),${v}/ABS(${bud}),"")`, result, PCT_FORMAT, style);
}

/** The flag rule over one row's cells; shared by the Status formula and the conditional format. */
function flagCondition(t: VarianceSheetText, type: string, ytdBudget: string, ytdVar: string, ytdPct: string): string {
  return flagRuleFormula(type, ytdBudget, ytdVar, ytdPct, t.typeText.cost);
}

function writeInputs(
  sh: Sheet,
  model: BudgetModel,
  report: VarianceReport,
  sheetName: string,
  t: VarianceSheetText,
): { names: NamePlan[]; notes: NotePlan[] } {
  const fyStartMonth = report.settings.fyStartMonth ?? defaultFyStartMonth(model.periods);
  const asOf = asOfSerial(report.settings.asOf, model.periods) ?? periodStartOrEpoch(model);
  const yearStart = fiscalYearStart(asOf, fyStartMonth);
  const rows: [keyof typeof INPUT_ROWS, PlanCell][] = [
    ['asOf', val(asOf, MONTH_FORMAT, 'input')],
    ['flagPct', val(report.settings.flagPct, Number.isInteger(Math.round(report.settings.flagPct * 1e6) / 1e4) ? '0%' : '0.0#%', 'input')],
    ['flagAbs', val(report.settings.flagAbs, Number.isInteger(report.settings.flagAbs) ? '#,##0' : '#,##0.00', 'input')],
    ['fyStartMonth', val(fyStartMonth, '0', 'input')],
    ['yearStart', fx(`=DATE(YEAR(EDATE(${NAMES.asOf},1-${NAMES.fyStartMonth})),${NAMES.fyStartMonth},1)`, yearStart, MONTH_FORMAT)],
  ];
  const names: NamePlan[] = [];
  const notes: NotePlan[] = [];
  for (const [id, cell] of rows) {
    const [label, hint] = t.inputs[id];
    const r = INPUT_ROWS[id];
    sh.set(r, INPUT_LABEL_COL, val(label, undefined, 'label'));
    sh.set(r, INPUT_VALUE_COL, cell);
    sh.set(r, INPUT_HINT_COL, val(hint, undefined, 'note'));
    names.push({ name: NAMES[id], sheet: sheetName, address: a1(r, INPUT_VALUE_COL, true), comment: fillText(t.nameComment, { label }) });
  }
  notes.push({ at: a1(INPUT_ROWS.asOf, INPUT_VALUE_COL), text: t.asOfNote });
  return { names, notes };
}

function periodStartOrEpoch(model: BudgetModel): number {
  return model.periods.length > 0 ? periodStart(model.periods[0]) - 1 : 36526; // 1-Jan-2000 without periods
}

function writeHeaders(sh: Sheet, model: BudgetModel, cols: VarianceColumns, t: VarianceSheetText): void {
  const pr = PERIOD_HEADER_ROW;
  const mr = MEASURE_HEADER_ROW;
  keyHeaders(model, cols.keyCount, t).forEach((h, c) => sh.set(mr, c, val(h, undefined, 'header')));
  sh.set(pr, cols.ytdBudget, val(t.yearToDate, undefined, 'header'));
  const fixed: [number, string][] = [
    [cols.type, t.type],
    [cols.ytdBudget, t.ytdPrefix + t.measures.budget],
    [cols.ytdActual, t.ytdPrefix + t.measures.actual],
    [cols.ytdVariance, t.ytdPrefix + t.measures.variance],
    [cols.ytdVariancePct, t.ytdPrefix + t.measures.variancePct],
    [cols.status, t.status],
    [cols.comment, t.comment],
  ];
  for (const [c, h] of fixed) sh.set(mr, c, val(h, undefined, 'header'));
  model.periods.forEach((p, i) => {
    const pc = periodColumns(cols, i);
    const start = periodStart(p);
    const measures: [number, string][] = [
      [pc.budget, t.measures.budget],
      [pc.actual, t.measures.actual],
      [pc.variance, t.measures.variance],
      [pc.variancePct, t.measures.variancePct],
    ];
    for (const [c, m] of measures) {
      // every column of the period carries its date for the YTD SUMIFS; only the first shows it
      sh.set(pr, c, val(start, c === pc.budget ? MONTH_FORMAT : HIDDEN_FORMAT, 'header'));
      sh.set(mr, c, val(m, undefined, 'header'));
    }
  });
}

function ytdSumifs(row: number, cols: VarianceColumns, measure: string): string {
  const first = cols.firstPeriod;
  const last = cols.width - 1;
  const rowRange = `${a1(row, first)}:${a1(row, last)}`;
  const measureHdr = `${a1(MEASURE_HEADER_ROW, first, true)}:${a1(MEASURE_HEADER_ROW, last, true)}`;
  const periodHdr = `${a1(PERIOD_HEADER_ROW, first, true)}:${a1(PERIOD_HEADER_ROW, last, true)}`;
  return `=SUMIFS(${rowRange},${measureHdr},${str(measure)},${periodHdr},"<="&${NAMES.asOf},${periodHdr},">="&${NAMES.yearStart})`;
}

function writeLine(
  sh: Sheet,
  t: VarianceSheetText,
  model: BudgetModel,
  lv: LineVariance,
  index: number,
  row: number,
  cols: VarianceColumns,
  amt: string,
  comment: string | number | undefined,
): void {
  const line = model.lines[index];
  keyCells(line.key, cols.keyCount).forEach((k, c) => sh.set(row, c, val(k)));
  sh.set(row, cols.type, val(lv.type === 'cost' ? t.typeText.cost : t.typeText.revenue));
  model.periods.forEach((_, i) => {
    const pc = periodColumns(cols, i);
    const pv = lv.periods[i];
    const bud = a1(row, pc.budget);
    const act = a1(row, pc.actual);
    const v = a1(row, pc.variance);
    sh.set(row, pc.budget, budgetCell(line.budget[i] ?? null, pv.budget, amt));
    sh.set(row, pc.actual, actualCell(line.actual[i] ?? null, pv.actual, amt));
    sh.set(row, pc.variance, varianceCell(act, bud, pv.variance, amt));
    sh.set(row, pc.variancePct, variancePctCell(v, bud, pv.variancePct));
  });
  const yb = a1(row, cols.ytdBudget);
  const ya = a1(row, cols.ytdActual);
  const yv = a1(row, cols.ytdVariance);
  const yp = a1(row, cols.ytdVariancePct);
  if (cols.periodCount > 0) {
    sh.set(row, cols.ytdBudget, fx(ytdSumifs(row, cols, t.measures.budget), lv.ytd.budget, amt));
    sh.set(row, cols.ytdActual, fx(ytdSumifs(row, cols, t.measures.actual), lv.ytd.actual, amt));
  } else {
    sh.set(row, cols.ytdBudget, val(0, amt));
    sh.set(row, cols.ytdActual, val(0, amt));
  }
  sh.set(row, cols.ytdVariance, fx(`=${ya}-${yb}`, lv.ytd.variance, amt));
  sh.set(row, cols.ytdVariancePct, fx(`=IF(${yb}<>0,${yv}/ABS(${yb}),"")`, lv.ytd.variancePct, PCT_FORMAT));
  const cond = flagCondition(t, a1(row, cols.type), yb, yv, yp);
  const st = t.statusText;
  sh.set(row, cols.status, fx(`=IF(${cond},${str(st.off)},${str(st.on)})`, lv.offTarget ? st.off : st.on));
  sh.set(row, cols.comment, val(comment ?? null, undefined, 'input'));
}

function writeTotal(sh: Sheet, t: VarianceSheetText, report: VarianceReport, row: number, cols: VarianceColumns, firstRow: number, lastRow: number, amt: string): void {
  const colRange = (c: number): string => `${a1(firstRow, c)}:${a1(lastRow, c)}`;
  const lines = report.lines;
  sh.set(row, 0, val(t.total, undefined, 'total'));
  const yb = a1(row, cols.ytdBudget);
  const ya = a1(row, cols.ytdActual);
  const yv = a1(row, cols.ytdVariance);
  const ytdBudget = sheetSum(lines.map((l) => l.ytd.budget));
  const ytdActual = sheetSum(lines.map((l) => l.ytd.actual));
  const ytdVar = sheetSub(ytdActual, ytdBudget);
  sh.set(row, cols.ytdBudget, fx(`=SUM(${colRange(cols.ytdBudget)})`, ytdBudget, amt, 'total'));
  sh.set(row, cols.ytdActual, fx(`=SUM(${colRange(cols.ytdActual)})`, ytdActual, amt, 'total'));
  sh.set(row, cols.ytdVariance, fx(`=${ya}-${yb}`, ytdVar, amt, 'total'));
  sh.set(row, cols.ytdVariancePct, fx(`=IF(${yb}<>0,${yv}/ABS(${yb}),"")`, ytdBudget !== 0 ? ytdVar / Math.abs(ytdBudget) : null, PCT_FORMAT, 'total'));
  for (let i = 0; i < cols.periodCount; i++) {
    const pc = periodColumns(cols, i);
    const budget = sheetSum(lines.map((l) => l.periods[i].budget));
    const withActual = lines.filter((l) => l.periods[i].actual !== null);
    const actual = withActual.length > 0 ? sheetSum(withActual.map((l) => l.periods[i].actual as number)) : null;
    // Var is the sum of the line Vars (only lines with an actual have one), not total actual -
    // total budget: a line still waiting for its actual must not count as a miss.
    const variance = withActual.length > 0 ? sheetSum(withActual.map((l) => l.periods[i].variance as number)) : null;
    // Var % is over the budget of those same lines.
    const budgetWithActual = sheetSum(withActual.map((l) => l.periods[i].budget));
    const pct = variance === null || budgetWithActual === 0 ? null : variance / Math.abs(budgetWithActual);
    const act = colRange(pc.actual);
    const vr = colRange(pc.variance);
    const v = a1(row, pc.variance);
    sh.set(row, pc.budget, fx(`=SUM(${colRange(pc.budget)})`, budget, amt, 'total'));
    sh.set(row, pc.actual, fx(`=IF(COUNT(${act})>0,SUM(${act}),"")`, actual, amt, 'total'));
    sh.set(row, pc.variance, fx(`=IF(COUNT(${vr})>0,SUM(${vr}),"")`, variance, amt, 'total'));
    const budAct = `SUMPRODUCT(--ISNUMBER(${act}),${colRange(pc.budget)})`;
    sh.set(row, pc.variancePct, fx(`=IF(ISNUMBER(${v}),IF(${budAct}<>0,${v}/ABS(${budAct}),""),"")`, pct, PCT_FORMAT, 'total'));
  }
}

function columnWidths(model: BudgetModel, cols: VarianceColumns): { col: number; width: number }[] {
  const widths: { col: number; width: number }[] = [];
  for (let c = 0; c < cols.keyCount; c++) {
    let longest = (model.dimensions[c]?.name ?? '').length;
    for (const line of model.lines) longest = Math.max(longest, (line.key[c] ?? '').length);
    widths.push({ col: c, width: Math.min(40, Math.max(c === 0 ? 24 : 12, longest + 2)) });
  }
  widths.push({ col: cols.type, width: cols.keyCount === 0 ? 24 : 9 });
  for (const c of [cols.ytdBudget, cols.ytdActual, cols.ytdVariance]) widths.push({ col: c, width: 13 });
  widths.push({ col: cols.ytdVariancePct, width: 10 });
  widths.push({ col: cols.status, width: 11 });
  widths.push({ col: cols.comment, width: 36 });
  for (let i = 0; i < cols.periodCount; i++) {
    const pc = periodColumns(cols, i);
    widths.push({ col: pc.budget, width: 11 }, { col: pc.actual, width: 11 }, { col: pc.variance, width: 10 }, { col: pc.variancePct, width: 8 });
  }
  return widths;
}

/** Whole-number format unless some source amount has a fractional part. */
export function amountFormat(model: BudgetModel): string {
  for (const line of model.lines) {
    for (const v of line.budget) if (v && v.value !== null && !Number.isInteger(v.value)) return AMOUNT_FORMAT_2DP;
    for (const v of line.actual) if (v && v.value !== null && !Number.isInteger(v.value)) return AMOUNT_FORMAT_2DP;
  }
  return AMOUNT_FORMAT;
}

export function buildVariancePlan(model: BudgetModel, report: VarianceReport, options: VariancePlanOptions = {}): VariancePlan {
  checkAligned(model, report);
  const sheetName = options.sheetName ?? VARIANCE_SHEET_NAME;
  const carryOver: CarryOver = options.carryOver ?? new Map();
  const keyCount = lineKeyCount(model);
  const cols = varianceColumns(keyCount, model.periods.length);
  const sh = new Sheet(Math.max(cols.width, INPUT_HINT_COL + 1));
  const amt = amountFormat(model);
  const t = varianceText(options.locale);

  const unit = model.unit ? fillText(t.unitSuffix, { unit: model.unit }) : '';
  sh.set(0, 0, val(t.title + unit, undefined, 'title'));
  sh.set(1, 0, val(fillText(t.sourceNote, { source: qualify(model.source.sheet, model.source.range) }), undefined, 'note'));
  const { names, notes } = writeInputs(sh, model, report, sheetName, t);
  writeHeaders(sh, model, cols, t);
  notes.push({ at: a1(MEASURE_HEADER_ROW, cols.type), text: fillText(t.typeNote, { cost: t.typeText.cost }) });

  const n = model.lines.length;
  const lineIds = new Set<string>();
  const lineRows: number[] = [];
  report.lines.forEach((lv, i) => {
    const row = FIRST_LINE_ROW + i;
    const id = lineKeyId(model.lines[i].key);
    // as read back from the sheet: a short key is padded with blanks over the key columns
    const shownId = lineKeyId(keyCells(model.lines[i].key, keyCount));
    lineIds.add(id).add(shownId);
    const carried = carryOver.get(id) ?? carryOver.get(shownId);
    writeLine(sh, t, model, lv, i, row, cols, amt, carried?.[COMMENT_INPUT_ID]);
    lineRows.push(row + 1);
  });

  const inputs: InputColumn[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const keyCols = Array.from({ length: keyCount }, (_, c) => c);
  let nextRow = FIRST_LINE_ROW;
  if (n > 0) {
    const lastRow = FIRST_LINE_ROW + n - 1;
    inputs.push({ id: COMMENT_INPUT_ID, col: cols.comment, keyCols, firstRow: FIRST_LINE_ROW, lastRow });
    // relative to the range's top-left cell: column fixed, row moving
    const rel = (c: number): string => `$${colToLetters(c)}${FIRST_LINE_ROW + 1}`;
    conditionalFormats.push({
      range: rangeA1(FIRST_LINE_ROW, 0, n, cols.width),
      formula: `=${flagCondition(t, rel(cols.type), rel(cols.ytdBudget), rel(cols.ytdVariance), rel(cols.ytdVariancePct))}`,
      fill: OFF_TARGET_FILL,
      fontColor: OFF_TARGET_FONT,
    });
    writeTotal(sh, t, report, lastRow + 1, cols, FIRST_LINE_ROW, lastRow, amt);
    nextRow = lastRow + 2;
  }

  // Comments typed against lines that are no longer in the budget are kept, never dropped.
  const orphans = [...carryOver.entries()].filter(([id, rec]) => !lineIds.has(id) && rec[COMMENT_INPUT_ID] !== undefined);
  if (orphans.length > 0) {
    const noteRow = nextRow + 1;
    sh.set(noteRow, 0, val(t.orphanNote, undefined, 'note'));
    const first = noteRow + 1;
    orphans.forEach(([id, rec], i) => {
      keyCells(id.split('\u001f'), keyCount).forEach((k, c) => sh.set(first + i, c, val(k)));
      sh.set(first + i, cols.comment, val(rec[COMMENT_INPUT_ID], undefined, 'input'));
    });
    inputs.push({ id: COMMENT_INPUT_ID, col: cols.comment, keyCols, firstRow: first, lastRow: first + orphans.length - 1 });
  }

  const sheet: SheetPlan = {
    name: sheetName,
    role: 'variance',
    blocks: [{ at: 'A1', cells: sh.rows }],
    conditionalFormats,
    notes,
    inputs,
    columnWidths: columnWidths(model, cols),
    freeze: { rows: MEASURE_HEADER_ROW + 1, cols: keyCount },
    tabColor: '#C00000',
  };
  const plan: WorkbookPlan = {
    sheets: [sheet],
    names,
    state: {
      version: 1,
      ownedSheets: [{ name: sheetName, role: 'variance' }],
      source: { sheet: model.source.sheet, range: model.source.range },
      settings: { asOf: report.settings.asOf, flagPct: report.settings.flagPct, flagAbs: report.settings.flagAbs },
    },
  };
  return { plan, sheetName, lineRows };
}
