/**
 * The forecast sheet plan ("BP Forecast", issue 4): per line its Type, method, backtest
 * accuracy, full-year budget, YTD actual, full-year outlook (YTD actual + forecast of the rest
 * of the fiscal year), gap and gap %, an 80% band for the full year, a live Status flag, one
 * column per period (the actual through BP_AsOf, the forecast after it) and the fitted
 * parameters as input cells. Below the lines, each line's workings rows hold the recurrences
 * (see forecast-workings.ts), all following BP_AsOf.
 *
 * It is always built together with the variance sheet: it reads the actual and budget cells and
 * the YTD actual there, and reuses the names defined there (BP_AsOf, BP_FlagPct, BP_FlagAbs,
 * BP_YearStart, BP_FYStartMonth). mergeForecastPlan puts both sheets into one WorkbookPlan.
 *
 * The forecasts come from the engine (src/core/forecast), fit on forecastInputs(...): each
 * FormulaCell's result is the engine's number (or the same arithmetic for helper cells).
 */
import { colToLetters, quoteSheet, rangeA1, toA1 } from '../a1';
import { flagRuleFormula } from '../flags/formula';
import { str } from '../formula/refs';
import type { LineForecast } from '../forecast/types';
import { dateToSerial, serialToDate } from '../grid';
import type { BudgetModel } from '../model';
import type { Locale } from '../problems';
import { sheetAdd, sheetSub, sheetSum } from '../variance/arith';
import { fiscalYearStart, asOfSerial } from '../variance/calendar';
import { isOffTarget } from '../flags/rules';
import type { VarianceReport } from '../variance/types';
import { forecastInputs } from './forecast-inputs';
import type { ForecastAxis, ForecastInputs } from './forecast-inputs';
import { FC_FIRST_LINE_ROW, FC_HEADER_ROW, FC_INFO_ROWS, FC_PERIOD_HEADER_ROW, FORECAST_SHEET_NAME, forecastColumns } from './forecast-layout';
import type { ForecastColumns } from './forecast-layout';
import { forecastText } from './forecast-strings';
import type { ForecastSheetText } from './forecast-strings';
import { lineWorkings } from './forecast-workings';
import type { CellResult } from './forecast-workings';
import type { ConditionalFormatPlan, InputColumn, NotePlan, PlanCell, SheetPlan, WorkbookPlan } from './types';
import { fx, val } from './cells';
import type { CarryOver } from './carry-over';
import { FORECAST_COMMENT_ID, KEEP_INPUT_ID, PARAM_INPUT_IDS, applyOverrides, keepsParameters, seasonInputId } from './forecast-overrides';
import { lineKeyId } from '../model';
import { FIRST_LINE_ROW, MEASURE_HEADER_ROW, NAMES, PERIOD_HEADER_ROW, VARIANCE_SHEET_NAME, lineKeyCount, periodColumns, varianceColumns } from './variance-layout';
import { MONTH_FORMAT, OFF_TARGET_FILL, OFF_TARGET_FONT, PCT_FORMAT, amountFormat, keyCells, keyHeaders } from './variance-sheet';
import { fillText, varianceText } from './variance-strings';

export { forecastInputs } from './forecast-inputs';
export type { ForecastAxis, ForecastInputs, ForecastLineInput, ForecastInputOptions } from './forecast-inputs';

export const PARAM_FORMAT = '0.0000';
export const FORECAST_FONT = '#1F4E79';

export interface ForecastPlanOptions {
  /** Default "BP Forecast". */
  sheetName?: string;
  /** The variance sheet it reads and whose names it uses. Default "BP Variance". */
  varianceSheetName?: string;
  locale?: Locale;
  /** Periods past the model's last period to forecast too (must match forecastInputs). Default 0. */
  extraPeriods?: number;
  /**
   * What people typed into this sheet last time (readCarryOver over sheet.inputs), by lineKeyId:
   * comments are kept; a line whose Keep cell holds text keeps its typed parameters (see
   * forecast-overrides.ts) instead of the fresh fit.
   */
  carryOver?: CarryOver;
}

export interface ForecastPlan {
  sheet: SheetPlan;
  sheetName: string;
  /** 1-based sheet row of each model line, same order as model.lines. */
  lineRows: number[];
  /** Per line, what TypeScript computed for the full year (the sheet's numbers). */
  lines: ForecastLineSummary[];
  /** The forecasts the sheet holds: the given ones, with kept parameters applied (same order as model.lines). */
  forecasts: LineForecast[];
}

export interface ForecastLineSummary {
  key: string[];
  method: LineForecast['method'] | 'budget';
  fyBudget: number;
  ytdActual: number;
  outlook: number;
  gap: number;
  gapPct: number | null;
  low: number;
  high: number;
  offTrack: boolean;
  /** Per axis period: the actual (through as-of) or the forecast; null for a blank actual. */
  values: (number | null)[];
}

const a1 = (row: number, col: number, abs = false): string => toA1(row, col, abs);

/** EDATE(start, 12) as a serial: the first day after the fiscal year. */
function yearAfter(start: number): number {
  const { year, month } = serialToDate(start);
  return dateToSerial(year + 1, month, 1);
}

/** Calendar slot (0-based month, or quarter, of the year) of a period start. */
function slotOf(axis: ForecastAxis, j: number): number {
  const m = axis.periods[j].month;
  return axis.seasonLength === 4 ? Math.floor((m - 1) / 3) : m - 1;
}

function slotName(axis: ForecastAxis, k: number, locale: Locale | undefined): string {
  if (axis.seasonLength === 4) return locale === 'zh-CN' ? `第${k + 1}季度` : `Q${k + 1}`;
  if (locale === 'zh-CN') return `${k + 1}月`;
  return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][k];
}

function check(model: BudgetModel, report: VarianceReport, forecasts: readonly LineForecast[], inputs: ForecastInputs): void {
  if (report.lines.length !== model.lines.length) throw new Error(`variance report has ${report.lines.length} lines but the model has ${model.lines.length}`);
  if (forecasts.length !== model.lines.length) throw new Error(`${forecasts.length} forecasts for ${model.lines.length} lines`);
  const after = inputs.axis.periods.length - 1 - inputs.axis.asOfIndex;
  forecasts.forEach((f, i) => {
    if (inputs.lines[i].start === null) return;
    if (f.forecast.length < after) throw new Error(`forecast of line ${i} has ${f.forecast.length} periods; the sheet needs ${after}`);
    const sp = f.params.seasonal;
    if (sp.kind !== 'none' && sp.period !== inputs.axis.seasonLength) throw new Error(`line ${i}: season length ${sp.period}, the sheet's is ${inputs.axis.seasonLength}`);
  });
}

export function buildForecastPlan(
  model: BudgetModel,
  report: VarianceReport,
  forecasts: readonly LineForecast[],
  options: ForecastPlanOptions = {},
): ForecastPlan {
  const inputs = forecastInputs(model, report, { extraPeriods: options.extraPeriods ?? 0 });
  check(model, report, forecasts, inputs);
  const { axis } = inputs;
  const sheetName = options.sheetName ?? FORECAST_SHEET_NAME;
  const vName = options.varianceSheetName ?? VARIANCE_SHEET_NAME;
  const vq = `${quoteSheet(vName)}!`;
  const t = forecastText(options.locale);
  const vt = varianceText(options.locale);
  const keyCount = lineKeyCount(model);
  const J = axis.periods.length;
  const cols = forecastColumns(keyCount, J, axis.seasonLength);
  const vcols = varianceColumns(keyCount, model.periods.length);
  const amt = amountFormat(model);
  const grid: PlanCell[][] = [];
  const set = (row: number, col: number, cell: PlanCell): void => {
    while (grid.length <= row) grid.push(new Array<PlanCell>(cols.width).fill(null));
    grid[row][col] = cell;
  };
  const notes: NotePlan[] = [];

  // title, note, the as-of display
  set(0, 0, val(t.title + (model.unit ? fillText(vt.unitSuffix, { unit: model.unit }) : ''), undefined, 'title'));
  set(1, 0, val(fillText(t.note, { variance: vName }), undefined, 'note'));
  const asOf = asOfSerial(report.settings.asOf, model.periods) ?? 36525;
  const fyStart = report.settings.fyStartMonth ?? 1;
  const ys = fiscalYearStart(asOf, fyStart);
  const ye = yearAfter(ys);
  set(FC_INFO_ROWS.asOf, 0, val(t.asOf, undefined, 'label'));
  set(FC_INFO_ROWS.asOf, 1, fx(`=${NAMES.asOf}`, asOf, MONTH_FORMAT));
  set(FC_INFO_ROWS.asOf, 2, val(fillText(t.inputsHint, { variance: vName }), undefined, 'note'));
  set(FC_INFO_ROWS.yearStart, 0, val(t.yearStart, undefined, 'label'));
  set(FC_INFO_ROWS.yearStart, 1, fx(`=${NAMES.yearStart}`, ys, MONTH_FORMAT));

  // headers
  const hr = FC_HEADER_ROW;
  const pr = FC_PERIOD_HEADER_ROW;
  keyHeaders(model, keyCount, vt).forEach((h, c) => set(hr, c, val(h, undefined, 'header')));
  const h = t.headers;
  const fixed: [number, string][] = [
    [cols.type, h.type], [cols.method, h.method], [cols.mape, h.mape], [cols.mase, h.mase], [cols.fyBudget, h.fyBudget],
    [cols.ytdActual, h.ytdActual], [cols.outlook, h.outlook], [cols.gap, h.gap], [cols.gapPct, h.gapPct], [cols.low, h.low],
    [cols.high, h.high], [cols.status, h.status], [cols.sesAlpha, h.sesAlpha], [cols.holtAlpha, h.holtAlpha],
    [cols.holtBeta, h.holtBeta], [cols.holtPhi, h.holtPhi], [cols.thetaAlpha, h.thetaAlpha], [cols.crostonAlpha, h.crostonAlpha],
    [cols.window, h.window], [cols.trend, h.trend], [cols.season, h.season], [cols.keep, h.keep], [cols.comment, h.comment],
  ];
  for (const [c, text] of fixed) set(hr, c, val(text, undefined, 'header'));
  for (let k = 0; k < axis.seasonLength; k++) set(hr, cols.firstIndex + k, val(fillText(h.index, { slot: slotName(axis, k, options.locale) }), undefined, 'header'));
  const dateRef = (j: number): string => `${colToLetters(cols.firstPeriod + j)}$${pr + 1}`;
  for (let j = 0; j < J; j++) {
    const c = cols.firstPeriod + j;
    set(pr, c, val(axis.starts[j], MONTH_FORMAT, 'header'));
    set(hr, c, fx(`=IF(${dateRef(j)}<=${NAMES.asOf},${str(t.actual)},${str(t.forecast)})`, j <= axis.asOfIndex ? t.actual : t.forecast, undefined, 'header'));
  }
  notes.push({ at: a1(hr, cols.method), text: t.paramNote });
  notes.push({ at: a1(hr, cols.low), text: t.bandNote });

  const n = model.lines.length;
  const workStart = FC_FIRST_LINE_ROW + n + 2;
  let workRow = workStart + 1;
  if (n > 0) set(workStart, 0, val(t.workings, undefined, 'note'));
  const lineRows: number[] = [];
  const summaries: ForecastLineSummary[] = [];
  const effective: LineForecast[] = [];
  const fyMask = axis.starts.map((d) => d >= ys && d < ye);
  const dateHdr = J > 0 ? `${a1(pr, cols.firstPeriod, true)}:${a1(pr, cols.firstPeriod + J - 1, true)}` : '';
  const restCriteria = `${dateHdr},">"&${NAMES.asOf},${dateHdr},"<"&EDATE(${NAMES.yearStart},12)`;

  model.lines.forEach((line, i) => {
    const row = FC_FIRST_LINE_ROW + i;
    lineRows.push(row + 1);
    const lv = report.lines[i];
    const input = inputs.lines[i];
    const carried = options.carryOver?.get(lineKeyId(line.key)) ?? options.carryOver?.get(lineKeyId(keyCells(line.key, keyCount)));
    const startSlot = input.start !== null && axis.seasonLength === forecasts[i].params.seasonal.period ? slotOf(axis, input.start) : 0;
    const fc = input.start !== null && carried && keepsParameters(carried) ? applyOverrides(forecasts[i], carried, input.history, startSlot) : forecasts[i];
    effective.push(fc);
    set(row, cols.keep, val(carried?.[KEEP_INPUT_ID] ?? null, undefined, 'input'));
    set(row, cols.comment, val(carried?.[FORECAST_COMMENT_ID] ?? null, undefined, 'input'));
    const vrow = FIRST_LINE_ROW + i;
    const actualRef = (j: number): string | null => (j < model.periods.length ? vq + a1(vrow, periodColumns(vcols, j).actual) : null);
    const budgetRef = (j: number): string | null => (j < model.periods.length ? vq + a1(vrow, periodColumns(vcols, j).budget) : null);
    const actual = (j: number): number | null => (j < model.periods.length ? lv.periods[j].actual : null);
    const budget = (j: number): number => (j < model.periods.length ? lv.periods[j].budget : 0);

    keyCells(line.key, keyCount).forEach((k, c) => set(row, c, val(k)));
    set(row, cols.type, val(lv.type === 'cost' ? vt.typeText.cost : vt.typeText.revenue));
    const ref = (c: number): string => a1(row, c);

    // per-period values, workings, band rows
    let f: CellResult[] = new Array<CellResult>(J).fill('');
    let lower: CellResult[] = f;
    let upper: CellResult[] = f;
    let lowerRange: string | null = null;
    let upperRange: string | null = null;
    const values: (number | null)[] = [];
    if (input.start === null) {
      set(row, cols.method, val(t.methods.budget));
      for (let j = 0; j < J; j++) {
        const act = actualRef(j) ?? '""';
        const hist = j <= axis.asOfIndex;
        const v = hist ? actual(j) : budget(j);
        values.push(v);
        set(row, cols.firstPeriod + j, fx(`=IF(${dateRef(j)}<=${NAMES.asOf},${act},${budgetRef(j) ?? '0'})`, v, amt));
      }
    } else {
      const s = input.start;
      set(row, cols.method, val(t.methods[fc.method]));
      set(row, cols.mape, val(fc.backtest.mape, '0.0'));
      set(row, cols.mase, val(fc.backtest.mase, '0.00'));
      for (const comp of fc.params.components) {
        const input4 = (c: number, v: number): void => set(row, c, val(v, PARAM_FORMAT, 'input'));
        if (comp.method === 'ses') input4(cols.sesAlpha, comp.alpha);
        if (comp.method === 'holtDamped') {
          input4(cols.holtAlpha, comp.alpha);
          input4(cols.holtBeta, comp.beta);
          input4(cols.holtPhi, comp.phi);
        }
        if (comp.method === 'theta') input4(cols.thetaAlpha, comp.alpha);
        if (comp.method === 'croston') input4(cols.crostonAlpha, comp.alpha);
        if (comp.method === 'movingAverage') set(row, cols.window, val(comp.window));
      }
      const seasonal = fc.params.seasonal;
      set(row, cols.season, val(t.seasonKinds[seasonal.kind]));
      if (seasonal.kind !== 'none') {
        seasonal.indices.forEach((v, k) => set(row, cols.firstIndex + ((startSlot + k) % seasonal.period), val(v, PARAM_FORMAT, 'input')));
      }
      const w = lineWorkings(
        {
          cols,
          periodCount: J,
          dateRef,
          asOfName: NAMES.asOf,
          actualRef,
          actual,
          mainRow: row,
          start: s,
          n: input.history.length,
          startSlot,
          fc,
          rowLabel: (id) => t.rows[id],
          keyLabel: line.key.join(' / '),
          amountFormat: amt,
        },
        workRow,
      );
      w.rows.forEach((r, k) => r.forEach((cell, c) => cell && set(workRow + k, c, cell)));
      if (w.slopeRow >= 0) {
        const dRef = a1(w.slopeRow, cols.workScalar);
        const dCell = grid[w.slopeRow][cols.workScalar];
        set(row, cols.trend, fx(`=${dRef}`, dCell && dCell.kind === 'formula' ? dCell.result : 0, PARAM_FORMAT));
      }
      workRow += w.rows.length + 1;
      f = w.values.f;
      lower = w.values.lower;
      upper = w.values.upper;
      lowerRange = `${a1(w.lowerRow, cols.firstPeriod)}:${a1(w.lowerRow, cols.firstPeriod + J - 1)}`;
      upperRange = `${a1(w.upperRow, cols.firstPeriod)}:${a1(w.upperRow, cols.firstPeriod + J - 1)}`;
      for (let j = 0; j < J; j++) {
        const act = actualRef(j) ?? '""';
        const hist = j <= axis.asOfIndex;
        const v = hist ? actual(j) : (f[j] as number);
        values.push(v);
        const other = j >= s ? a1(w.fRow, cols.firstPeriod + j) : '""';
        set(row, cols.firstPeriod + j, fx(`=IF(${dateRef(j)}<=${NAMES.asOf},${act},${other})`, v, amt));
      }
    }

    // full year
    const fyBudget = sheetSum(model.periods.map((_, j) => (fyMask[j] ? budget(j) : null)).filter((x): x is number => x !== null));
    const ytdActual = lv.ytd.actual;
    const restOf = (xs: readonly (CellResult | number | null)[]): number =>
      sheetSum(xs.map((x, j) => (j > axis.asOfIndex && fyMask[j] && typeof x === 'number' ? x : null)).filter((x): x is number => x !== null));
    const outlook = sheetAdd(ytdActual, restOf(values));
    const gap = sheetSub(outlook, fyBudget);
    const gapPct = fyBudget !== 0 ? gap / Math.abs(fyBudget) : null;
    const low = input.start === null ? outlook : sheetAdd(ytdActual, restOf(lower));
    const high = input.start === null ? outlook : sheetAdd(ytdActual, restOf(upper));
    const offTrack = isOffTarget(lv.type, { budget: fyBudget, actual: outlook, variance: gap, variancePct: gapPct }, report.settings);

    if (model.periods.length > 0) {
      const vFirst = vcols.firstPeriod;
      const vLast = vcols.width - 1;
      const vRange = `${vq}${a1(vrow, vFirst)}:${a1(vrow, vLast)}`;
      const vMeasure = `${vq}${a1(MEASURE_HEADER_ROW, vFirst, true)}:${a1(MEASURE_HEADER_ROW, vLast, true)}`;
      const vDates = `${vq}${a1(PERIOD_HEADER_ROW, vFirst, true)}:${a1(PERIOD_HEADER_ROW, vLast, true)}`;
      set(row, cols.fyBudget, fx(`=SUMIFS(${vRange},${vMeasure},${str(vt.measures.budget)},${vDates},">="&${NAMES.yearStart},${vDates},"<"&EDATE(${NAMES.yearStart},12))`, fyBudget, amt));
    } else set(row, cols.fyBudget, val(0, amt));
    set(row, cols.ytdActual, fx(`=${vq}${a1(vrow, vcols.ytdActual)}`, ytdActual, amt));
    const ya = ref(cols.ytdActual);
    const valueRange = `${a1(row, cols.firstPeriod)}:${a1(row, cols.firstPeriod + Math.max(J, 1) - 1)}`;
    if (J > 0) set(row, cols.outlook, fx(`=${ya}+SUMIFS(${valueRange},${restCriteria})`, outlook, amt));
    else set(row, cols.outlook, fx(`=${ya}`, outlook, amt));
    set(row, cols.gap, fx(`=${ref(cols.outlook)}-${ref(cols.fyBudget)}`, gap, amt));
    set(row, cols.gapPct, fx(`=IF(${ref(cols.fyBudget)}<>0,${ref(cols.gap)}/ABS(${ref(cols.fyBudget)}),"")`, gapPct, PCT_FORMAT));
    if (lowerRange && upperRange) {
      set(row, cols.low, fx(`=${ya}+SUMIFS(${lowerRange},${restCriteria})`, low, amt));
      set(row, cols.high, fx(`=${ya}+SUMIFS(${upperRange},${restCriteria})`, high, amt));
    } else {
      set(row, cols.low, fx(`=${ref(cols.outlook)}`, low, amt));
      set(row, cols.high, fx(`=${ref(cols.outlook)}`, high, amt));
    }
    const cond = flagRuleFormula(ref(cols.type), ref(cols.fyBudget), ref(cols.gap), ref(cols.gapPct), vt.typeText.cost);
    set(row, cols.status, fx(`=IF(${cond},${str(t.statusText.off)},${str(t.statusText.on)})`, offTrack ? t.statusText.off : t.statusText.on));
    summaries.push({
      key: [...line.key],
      method: input.start === null ? 'budget' : fc.method,
      fyBudget,
      ytdActual,
      outlook,
      gap,
      gapPct,
      low,
      high,
      offTrack,
      values,
    });
  });

  if (n > 0) writeTotal(set, vt, summaries, cols, FC_FIRST_LINE_ROW + n, amt);

  const conditionalFormats: ConditionalFormatPlan[] = [];
  if (n > 0) {
    const rel = (c: number): string => `$${colToLetters(c)}${FC_FIRST_LINE_ROW + 1}`;
    conditionalFormats.push({
      range: rangeA1(FC_FIRST_LINE_ROW, 0, n, cols.firstPeriod),
      formula: `=${flagRuleFormula(rel(cols.type), rel(cols.fyBudget), rel(cols.gap), rel(cols.gapPct), vt.typeText.cost)}`,
      fill: OFF_TARGET_FILL,
      fontColor: OFF_TARGET_FONT,
    });
    if (J > 0) {
      conditionalFormats.push({
        range: rangeA1(FC_FIRST_LINE_ROW, cols.firstPeriod, n, J),
        formula: `=${colToLetters(cols.firstPeriod)}$${pr + 1}>${NAMES.asOf}`,
        fontColor: FORECAST_FONT,
      });
    }
  }

  const widths: { col: number; width: number }[] = [];
  for (let c = 0; c < keyCount; c++) widths.push({ col: c, width: c === 0 ? 24 : 14 });
  widths.push({ col: cols.type, width: 9 }, { col: cols.method, width: 26 });
  for (const c of [cols.mape, cols.mase]) widths.push({ col: c, width: 9 });
  for (const c of [cols.fyBudget, cols.ytdActual, cols.outlook, cols.gap, cols.low, cols.high]) widths.push({ col: c, width: 13 });
  widths.push({ col: cols.gapPct, width: 8 }, { col: cols.status, width: 11 });
  for (let j = 0; j < J; j++) widths.push({ col: cols.firstPeriod + j, width: 11 });
  for (let c = cols.sesAlpha; c < cols.keep; c++) widths.push({ col: c, width: 9 });
  widths.push({ col: cols.keep, width: 10 }, { col: cols.comment, width: 36 });

  const sheetInputs: InputColumn[] = [];
  if (n > 0) {
    const keyCols = Array.from({ length: keyCount }, (_, c) => c);
    const add = (id: string, col: number): void => {
      sheetInputs.push({ id, col, keyCols, firstRow: FC_FIRST_LINE_ROW, lastRow: FC_FIRST_LINE_ROW + n - 1 });
    };
    const paramCols: Record<(typeof PARAM_INPUT_IDS)[number], number> = {
      sesAlpha: cols.sesAlpha, holtAlpha: cols.holtAlpha, holtBeta: cols.holtBeta, holtPhi: cols.holtPhi, thetaAlpha: cols.thetaAlpha, crostonAlpha: cols.crostonAlpha,
    };
    for (const id of PARAM_INPUT_IDS) add(id, paramCols[id]);
    for (let k = 0; k < axis.seasonLength; k++) add(seasonInputId(k), cols.firstIndex + k);
    add(KEEP_INPUT_ID, cols.keep);
    add(FORECAST_COMMENT_ID, cols.comment);
  }

  // rows must all have the same length: pad (grid rows are created full width)
  const sheet: SheetPlan = {
    name: sheetName,
    role: 'forecast',
    blocks: [{ at: 'A1', cells: grid }],
    conditionalFormats,
    notes,
    inputs: sheetInputs,
    columnWidths: widths,
    freeze: { rows: FC_HEADER_ROW + 1, cols: keyCount },
    tabColor: '#1F4E79',
  };
  return { sheet, sheetName, lineRows, lines: summaries, forecasts: effective };
}

/** The total row under the lines: sums of the full-year columns (the band sums the lines' bands). */
function writeTotal(
  set: (row: number, col: number, cell: PlanCell) => void,
  vt: ReturnType<typeof varianceText>,
  lines: readonly ForecastLineSummary[],
  cols: ForecastColumns,
  row: number,
  amt: string,
): void {
  const first = FC_FIRST_LINE_ROW;
  const last = row - 1;
  const sum = (c: number, pick: (l: ForecastLineSummary) => number): void =>
    set(row, c, fx(`=SUM(${a1(first, c)}:${a1(last, c)})`, sheetSum(lines.map(pick)), amt, 'total'));
  set(row, 0, val(vt.total, undefined, 'total'));
  sum(cols.fyBudget, (l) => l.fyBudget);
  sum(cols.ytdActual, (l) => l.ytdActual);
  sum(cols.outlook, (l) => l.outlook);
  sum(cols.low, (l) => l.low);
  sum(cols.high, (l) => l.high);
  const budget = sheetSum(lines.map((l) => l.fyBudget));
  const outlook = sheetSum(lines.map((l) => l.outlook));
  const gap = sheetSub(outlook, budget);
  const b = a1(row, cols.fyBudget);
  set(row, cols.gap, fx(`=${a1(row, cols.outlook)}-${b}`, gap, amt, 'total'));
  set(row, cols.gapPct, fx(`=IF(${b}<>0,${a1(row, cols.gap)}/ABS(${b}),"")`, budget !== 0 ? gap / Math.abs(budget) : null, PCT_FORMAT, 'total'));
}

/**
 * One WorkbookPlan with both sheets: the variance plan's sheets, names and state, plus the
 * forecast sheet (owned, role "forecast"). The forecast sheet must have been built against
 * that variance sheet.
 */
export function mergeForecastPlan(variance: WorkbookPlan, forecast: ForecastPlan): WorkbookPlan {
  if (!variance.names.some((nm) => nm.name === NAMES.asOf)) throw new Error('the variance plan defines no BP_AsOf');
  if (variance.sheets.some((sp) => sp.name.toLowerCase() === forecast.sheetName.toLowerCase())) {
    throw new Error(`the variance plan already has a sheet named ${forecast.sheetName}`);
  }
  return {
    sheets: [...variance.sheets, forecast.sheet],
    names: variance.names,
    state: {
      ...variance.state,
      ownedSheets: [...variance.state.ownedSheets.filter((o) => o.name.toLowerCase() !== forecast.sheetName.toLowerCase()), { name: forecast.sheetName, role: 'forecast' }],
    },
  };
}

export type { ForecastColumns };
