/**
 * One line's forecast as cell formulas that follow BP_AsOf: the "workings" rows below the
 * forecast sheet's lines. Every recurrence is written per period column as
 *   IF(date <= BP_AsOf, update, carry)
 * so the history is whatever lies on or before BP_AsOf: type September's actual, move BP_AsOf
 * to September, and every level, trend and forecast moves with no add-in. After the last column
 * each state row holds its final value (L_n, B_n, M_n, ...), which the forecast formulas read.
 *
 * The recurrences are those of src/core/forecast (README "Cell recurrences"), on 1-based
 * positions t counted from the line's first history period. Each formula is written next to the
 * TypeScript value it yields (the same arithmetic, in the same order); the forecast, lower and
 * upper cells carry the engine's own numbers (evaluateForecast), which the tests compare.
 */
import { colToLetters, toA1 } from '../a1';
import type { CoreParams, LineForecast } from '../forecast/types';
import { regressOnTime } from '../forecast/stats';
import type { PlanCell } from './types';
import type { ForecastColumns } from './forecast-layout';
import type { WorkingsRowId } from './forecast-strings';

export type CellResult = number | string;

/** What the workings writer needs to know about the sheet and the line. */
export interface WorkingsContext {
  cols: ForecastColumns;
  /** Number of period columns. */
  periodCount: number;
  /** Absolute-row reference to period j's date header, e.g. "P$9". */
  dateRef: (j: number) => string;
  /** The as-of name ("BP_AsOf"). */
  asOfName: string;
  /** Formula reference to period j's actual (a number or ""), or null past the model's periods. */
  actualRef: (j: number) => string | null;
  /** Period j's actual as the workbook sees it (null: blank). */
  actual: (j: number) => number | null;
  /** 0-based sheet row of the line in the main table (its parameter cells). */
  mainRow: number;
  /** First period index of the history, and the history length at build time. */
  start: number;
  n: number;
  /** Calendar slot (0-based month or quarter of the year) of the history's first period. */
  startSlot: number;
  fc: LineForecast;
  /** Row labels. */
  rowLabel: (id: WorkingsRowId) => string;
  /** Text written in column A of every workings row (the line's key, for finding it). */
  keyLabel: string;
  amountFormat: string;
}

export interface WorkingsOutput {
  rows: PlanCell[][];
  /** Sheet-relative rows (0-based, offset from the block's first row) of the forecast, lower and upper rows. */
  fRow: number;
  lowerRow: number;
  upperRow: number;
  /** Offset row of the regression slope scalar (for the "trend" column), or -1. */
  slopeRow: number;
  /** forecast/lower/upper results by period column ("" where not a forecast). */
  values: { f: CellResult[]; lower: CellResult[]; upper: CellResult[] };
}

const PARAM_FORMAT = '0.0000';

function letters(col: number): string {
  return colToLetters(col);
}

/**
 * Writes the workings rows for one line, starting at sheet row `firstRow` (0-based). The caller
 * places the returned rows there (same columns as the main table).
 */
export function lineWorkings(ctx: WorkingsContext, firstRow: number): WorkingsOutput {
  const { cols, periodCount: J, start: s, n, fc } = ctx;
  const p = fc.params;
  const seasonal = p.seasonal;
  const width = cols.width;
  const rows: PlanCell[][] = [];
  const H = (j: number): string => `${ctx.dateRef(j)}<=${ctx.asOfName}`;
  const hist = (j: number): boolean => j >= s && j - s < n;
  const col = (j: number): number => cols.firstPeriod + j;
  const last = J - 1;

  /** Adds a row; returns its 0-based sheet row. */
  const addRow = (id: WorkingsRowId): number => {
    const r = new Array<PlanCell>(width).fill(null);
    r[0] = { kind: 'value', value: ctx.keyLabel, style: 'note' };
    r[cols.workName] = { kind: 'value', value: ctx.rowLabel(id), style: 'note' };
    rows.push(r);
    return firstRow + rows.length - 1;
  };
  const put = (row: number, c: number, cell: PlanCell): void => {
    rows[row - firstRow][c] = cell;
  };
  const fx = (formula: string, result: CellResult, format?: string): PlanCell => {
    const c: PlanCell = { kind: 'formula', formula, result };
    if (format !== undefined) c.format = format;
    return c;
  };
  const ref = (row: number, j: number): string => letters(col(j)) + (row + 1);
  const absRef = (row: number, c: number): string => toA1(row, c, true);
  const endRef = (row: number): string => absRef(row, col(last));
  const scalarRef = (row: number): string => absRef(row, cols.workScalar);
  const rangeOf = (row: number, from = s, to = last): string => `${absRef(row, col(from))}:${absRef(row, col(to))}`;
  const param = (c: number): string => absRef(ctx.mainRow, c);

  // t: positions from the history's first period
  const tRow = addRow('t');
  for (let j = s; j < J; j++) put(tRow, col(j), { kind: 'value', value: j - s + 1 });
  const tRef = (j: number): string => ref(tRow, j);

  // seasonal index cell of period j (position-aligned, shown by calendar slot in the main row)
  const period = seasonal.kind === 'none' ? 1 : seasonal.period;
  const indexOf = (j: number): number => seasonal.indices[(((j - s) % period) + period) % period];
  const sRef = (j: number): string => param(cols.firstIndex + ((ctx.startSlot + ((((j - s) % period) + period) % period)) % period));

  // a: the (deseasonalised) history; "" after BP_AsOf so regressions and counts ignore it
  const aRow = addRow('a');
  const a: CellResult[] = new Array<CellResult>(J).fill('');
  for (let j = s; j < J; j++) {
    const act = ctx.actualRef(j);
    const y = act === null ? '0' : `N(${act})`;
    const expr = seasonal.kind === 'multiplicative' ? `${y}/${sRef(j)}` : seasonal.kind === 'additive' ? `${y}-${sRef(j)}` : y;
    if (hist(j)) {
      const v = j < J ? (ctx.actual(j) ?? 0) : 0;
      a[j] = seasonal.kind === 'multiplicative' ? v / indexOf(j) : seasonal.kind === 'additive' ? v - indexOf(j) : v;
    }
    put(aRow, col(j), fx(`=IF(${H(j)},${expr},"")`, a[j], ctx.amountFormat));
  }
  const aRef = (j: number): string => ref(aRow, j);
  const aNum = (j: number): number => a[j] as number;
  const aHist: number[] = [];
  for (let j = s; j < s + n; j++) aHist.push(aNum(j));

  const nRow = addRow('n');
  put(nRow, cols.workScalar, fx(`=COUNT(${rangeOf(aRow)})`, n));
  const N = scalarRef(nRow);

  let cdRows: { c: number; d: number } | null = null;
  const regression = (): { c: number; d: number } => {
    if (cdRows) return cdRows;
    const line = regressOnTime(aHist);
    const cRow = addRow('c');
    put(cRow, cols.workScalar, fx(`=IF(${N}>=2,INTERCEPT(${rangeOf(aRow)},${rangeOf(tRow)}),IF(${N}=1,${aRef(s)},0))`, line.intercept, PARAM_FORMAT));
    const dRow = addRow('d');
    put(dRow, cols.workScalar, fx(`=IF(${N}>=2,SLOPE(${rangeOf(aRow)},${rangeOf(tRow)}),0)`, n < 2 ? 0 : line.slope, PARAM_FORMAT));
    cdRows = { c: cRow, d: dRow };
    return cdRows;
  };

  /** A smoothing row: first = value at s (if history), update(j) = expression text and value. */
  const stateRow = (
    id: WorkingsRowId,
    initRef: string | null,
    initValue: number,
    update: (j: number, prevRef: string, prev: number) => [string, number],
  ): { row: number; values: number[] } => {
    const row = addRow(id);
    const values = new Array<number>(J).fill(0);
    for (let j = s; j < J; j++) {
      const prevRef = j === s ? (initRef ?? '0') : ref(row, j - 1);
      const prev = j === s ? initValue : values[j - 1];
      const [expr, v] = update(j, prevRef, prev);
      values[j] = hist(j) ? v : prev;
      put(row, col(j), fx(`=IF(${H(j)},${expr},${prevRef})`, values[j], ctx.amountFormat));
    }
    return { row, values };
  };

  /** Per component: the forecast expression for period column j (adjusted scale). */
  const parts: ((j: number) => string)[] = [];
  for (const comp of p.components) parts.push(componentRows(comp));

  function componentRows(comp: CoreParams): (j: number) => string {
    switch (comp.method) {
      case 'ses': {
        const al = param(cols.sesAlpha);
        const L = stateRow('sesL', null, 0, (j, pr, pv) =>
          j === s ? [aRef(j), aNum(j)] : [`${al}*${aRef(j)}+(1-${al})*${pr}`, comp.alpha * aNum(j) + (1 - comp.alpha) * pv],
        );
        return () => endRef(L.row);
      }
      case 'holtDamped': {
        const al = param(cols.holtAlpha);
        const be = param(cols.holtBeta);
        const ph = param(cols.holtPhi);
        const k = Math.min(comp.initWindow, J - s);
        const init = regressOnTime(aHist, 0, Math.min(n, comp.initWindow));
        const l0Row = addRow('holtL0');
        const b0Row = addRow('holtB0');
        const ra = rangeOf(aRow, s, s + k - 1);
        const rt = rangeOf(tRow, s, s + k - 1);
        const l0 = init.intercept;
        const b0 = Math.min(n, comp.initWindow) < 2 ? 0 : init.slope;
        put(l0Row, cols.workScalar, fx(`=IF(${N}>=2,INTERCEPT(${ra},${rt}),IF(${N}=1,${aRef(s)},0))`, l0, PARAM_FORMAT));
        put(b0Row, cols.workScalar, fx(`=IF(${N}>=2,SLOPE(${ra},${rt}),0)`, b0, PARAM_FORMAT));
        const lRow = addRow('holtL');
        const bRow = addRow('holtB');
        const Lv = new Array<number>(J).fill(0);
        const Bv = new Array<number>(J).fill(0);
        for (let j = s; j < J; j++) {
          const lp = j === s ? scalarRef(l0Row) : ref(lRow, j - 1);
          const bp = j === s ? scalarRef(b0Row) : ref(bRow, j - 1);
          const lpv = j === s ? l0 : Lv[j - 1];
          const bpv = j === s ? b0 : Bv[j - 1];
          if (hist(j)) {
            Lv[j] = comp.alpha * aNum(j) + (1 - comp.alpha) * (lpv + comp.phi * bpv);
            Bv[j] = comp.beta * (Lv[j] - lpv) + (1 - comp.beta) * comp.phi * bpv;
          } else {
            Lv[j] = lpv;
            Bv[j] = bpv;
          }
          put(lRow, col(j), fx(`=IF(${H(j)},${al}*${aRef(j)}+(1-${al})*(${lp}+${ph}*${bp}),${lp})`, Lv[j], ctx.amountFormat));
          put(bRow, col(j), fx(`=IF(${H(j)},${be}*(${ref(lRow, j)}-${lp})+(1-${be})*${ph}*${bp},${bp})`, Bv[j], ctx.amountFormat));
        }
        const dRow = addRow('holtD');
        const Dv = new Array<number>(J).fill(0);
        for (let j = s; j < J; j++) {
          const prevRef = j === s ? null : ref(dRow, j - 1);
          const prev = j === s ? 0 : Dv[j - 1];
          Dv[j] = hist(j) ? 0 : prev + Math.pow(comp.phi, j - s + 1 - n);
          const pow = `POWER(${ph},${tRef(j)}-${N})`;
          put(dRow, col(j), fx(`=IF(${H(j)},0,${prevRef === null ? pow : `${prevRef}+${pow}`})`, Dv[j], PARAM_FORMAT));
        }
        return (j) => `${endRef(lRow)}+${ref(dRow, j)}*${endRef(bRow)}`;
      }
      case 'theta': {
        const al = param(cols.thetaAlpha);
        const cd = regression();
        const c = scalarRef(cd.c);
        const d = scalarRef(cd.d);
        const line = regressOnTime(aHist);
        const slope = n < 2 ? 0 : line.slope;
        const zRow = addRow('thetaZ');
        const Z = new Array<CellResult>(J).fill('');
        for (let j = s; j < J; j++) {
          if (hist(j)) Z[j] = 2 * aNum(j) - (line.intercept + slope * (j - s + 1));
          put(zRow, col(j), fx(`=IF(${H(j)},2*${aRef(j)}-(${c}+${d}*${tRef(j)}),"")`, Z[j], ctx.amountFormat));
        }
        const M = stateRow('thetaM', null, 0, (j, pr, pv) =>
          j === s
            ? [ref(zRow, j), Z[j] as number]
            : [`${al}*${ref(zRow, j)}+(1-${al})*${pr}`, comp.alpha * (Z[j] as number) + (1 - comp.alpha) * pv],
        );
        return (j) => `0.5*(${c}+${d}*${tRef(j)})+0.5*${endRef(M.row)}`;
      }
      case 'linearTrend': {
        const cd = regression();
        return (j) => `${scalarRef(cd.c)}+${scalarRef(cd.d)}*${tRef(j)}`;
      }
      case 'runRate': {
        const row = addRow('mean');
        let sum = 0;
        for (const v of aHist) sum += v;
        put(row, cols.workScalar, fx(`=IFERROR(AVERAGE(${rangeOf(aRow)}),0)`, n === 0 ? 0 : sum / n, ctx.amountFormat));
        return () => scalarRef(row);
      }
      case 'movingAverage': {
        const w = Math.max(1, comp.window);
        const row = addRow('maW');
        const W = new Array<number>(J).fill(0);
        for (let j = s; j < J; j++) {
          const lo = Math.max(s, j - w + 1);
          const prevRef = j === s ? '0' : ref(row, j - 1);
          if (hist(j)) {
            let sum = 0;
            for (let i = lo; i <= j; i++) sum += aNum(i);
            W[j] = sum / (j - lo + 1);
          } else W[j] = j === s ? 0 : W[j - 1];
          put(row, col(j), fx(`=IF(${H(j)},AVERAGE(${ref(aRow, lo)}:${ref(aRow, j)}),${prevRef})`, W[j], ctx.amountFormat));
        }
        return () => endRef(row);
      }
      case 'seasonalNaive': {
        const P = comp.period;
        const lastRow = addRow('lastA');
        const lastA = n > 0 ? aNum(s + n - 1) : 0;
        put(lastRow, cols.workScalar, fx(`=IF(${N}>0,INDEX(${rangeOf(aRow)},${N}),0)`, lastA, ctx.amountFormat));
        const lastRef = scalarRef(lastRow);
        const row = addRow('snF');
        const F = new Array<CellResult>(J).fill('');
        for (let j = s; j < J; j++) {
          let formula: string;
          if (j - P < s) {
            formula = `=IF(${H(j)},"",${lastRef})`;
            if (!hist(j)) F[j] = lastA;
          } else {
            formula = `=IF(${H(j)},"",IF(${N}<${P},${lastRef},IF(${H(j - P)},${aRef(j - P)},${ref(row, j - P)})))`;
            if (!hist(j)) F[j] = n < P ? lastA : hist(j - P) ? aNum(j - P) : F[j - P];
          }
          put(row, col(j), fx(formula, F[j], ctx.amountFormat));
        }
        return (j) => ref(row, j);
      }
      case 'croston': {
        const al = param(cols.crostonAlpha);
        const aR = rangeOf(aRow);
        let sum = 0;
        let count = 0;
        for (const v of aHist) if (v > 0) {
          sum += v;
          count++;
        }
        const z0 = count > 0 ? sum / count : 0;
        const p0 = count > 0 ? n / count : 1;
        const z0Row = addRow('crZ0');
        const p0Row = addRow('crP0');
        put(z0Row, cols.workScalar, fx(`=IFERROR(AVERAGEIFS(${aR},${aR},">0"),0)`, z0, ctx.amountFormat));
        put(p0Row, cols.workScalar, fx(`=IFERROR(${N}/COUNTIFS(${aR},">0"),1)`, p0, PARAM_FORMAT));
        const qRow = addRow('crQ');
        const zRow = addRow('crZ');
        const pRow = addRow('crP');
        const Q = new Array<number>(J).fill(1);
        const Zv = new Array<number>(J).fill(0);
        const Pv = new Array<number>(J).fill(0);
        for (let j = s; j < J; j++) {
          if (j === s) put(qRow, col(j), { kind: 'value', value: 1 });
          else {
            Q[j] = hist(j) ? (aNum(j - 1) > 0 ? 1 : Q[j - 1] + 1) : Q[j - 1];
            put(qRow, col(j), fx(`=IF(${H(j)},IF(${aRef(j - 1)}>0,1,${ref(qRow, j - 1)}+1),${ref(qRow, j - 1)})`, Q[j]));
          }
          const zp = j === s ? scalarRef(z0Row) : ref(zRow, j - 1);
          const pp = j === s ? scalarRef(p0Row) : ref(pRow, j - 1);
          const zpv = j === s ? z0 : Zv[j - 1];
          const ppv = j === s ? p0 : Pv[j - 1];
          const sale = hist(j) && aNum(j) > 0;
          Zv[j] = sale ? comp.alpha * aNum(j) + (1 - comp.alpha) * zpv : zpv;
          Pv[j] = sale ? comp.alpha * Q[j] + (1 - comp.alpha) * ppv : ppv;
          put(zRow, col(j), fx(`=IF(${H(j)},IF(${aRef(j)}>0,${al}*${aRef(j)}+(1-${al})*${zp},${zp}),${zp})`, Zv[j], ctx.amountFormat));
          put(pRow, col(j), fx(`=IF(${H(j)},IF(${aRef(j)}>0,${al}*${ref(qRow, j)}+(1-${al})*${pp},${pp}),${pp})`, Pv[j], PARAM_FORMAT));
        }
        return () => `IFERROR((1-${al}/2)*${endRef(zRow)}/${endRef(pRow)},0)`;
      }
    }
  }

  // band half-widths by step h (constants from the backtest), then forecast, lower, upper
  const bw = p.bandWidth.length > 0 ? p.bandWidth : [0];
  const wRow = addRow('w');
  bw.forEach((w, i) => {
    if (i < J) put(wRow, col(i), { kind: 'value', value: w, format: ctx.amountFormat });
  });
  const hMax = Math.min(bw.length, J);
  const wRange = `${absRef(wRow, col(0))}:${absRef(wRow, col(hMax - 1))}`;

  const fRow = addRow('f');
  const lowerRow = addRow('lower');
  const upperRow = addRow('upper');
  const values = { f: new Array<CellResult>(J).fill(''), lower: new Array<CellResult>(J).fill(''), upper: new Array<CellResult>(J).fill('') };
  const floor = p.floor;
  for (let j = s; j < J; j++) {
    const exprs = parts.map((part) => part(j));
    const g = exprs.length === 1 ? exprs[0] : `AVERAGE(${exprs.join(',')})`;
    // a component expression like L+D*B needs brackets before it is multiplied by the index
    const gp = /^[$A-Z0-9]+$/.test(g) || g.startsWith('AVERAGE(') || g.startsWith('IFERROR(') ? g : `(${g})`;
    const r = seasonal.kind === 'multiplicative' ? `${gp}*${sRef(j)}` : seasonal.kind === 'additive' ? `${gp}+${sRef(j)}` : g;
    const f = floor === null ? r : `MAX(${floor},${r})`;
    const w = `INDEX(${wRange},MIN(${tRef(j)}-${N},${hMax}))`;
    const fr = ref(fRow, j);
    const lo = floor === null ? `${fr}-${w}` : `MAX(${floor},${fr}-${w})`;
    if (!hist(j)) {
      const h = j - s + 1 - n;
      values.f[j] = fc.forecast[h - 1];
      values.lower[j] = fc.lower[h - 1];
      values.upper[j] = fc.upper[h - 1];
    }
    put(fRow, col(j), fx(`=IF(${H(j)},"",${f})`, values.f[j], ctx.amountFormat));
    put(lowerRow, col(j), fx(`=IF(${H(j)},"",${lo})`, values.lower[j], ctx.amountFormat));
    put(upperRow, col(j), fx(`=IF(${H(j)},"",${fr}+${w})`, values.upper[j], ctx.amountFormat));
  }
  const slopeRow = (cdRows as { c: number; d: number } | null)?.d ?? -1;
  return { rows, fRow, lowerRow, upperRow, slopeRow, values };
}
