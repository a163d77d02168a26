/**
 * Checks that the cell recurrences documented in src/core/forecast/methods/*.ts reproduce the
 * engine's numbers in a real spreadsheet engine. For a spread of M3 series (every 12th, 119) and
 * some hand-made edge lines, it writes each line's chosen method as plain portable formulas
 * (one row per state: S, a, SES level, Holt level/trend, theta line and level, components,
 * combination, floor, band), recalculates the workbook in LibreOffice and compares every forecast,
 * lower and upper cell with forecastLine() to 1e-9 relative.
 *   tsx bench/m3/formula-check.ts [--data DIR] [--keep DIR]
 * This is the engine's own proof of the documented recurrences; the product's forecast sheet
 * (its layout, names and labels) is built elsewhere.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { colToLetters } from '../../src/core/a1';
import { forecastLine } from '../../src/core/forecast';
import type { CoreMethodId, LineForecast } from '../../src/core/forecast';
import { evaluateForecast } from '../../src/core/forecast/evaluate';
import { fitCore } from '../../src/core/forecast/fit';
import { adjust } from '../../src/core/forecast/seasonality';
import { recalcXlsx, hasLibreOffice } from '../../tests/support/libreoffice';
import { defaultDataDir, loadSeries } from './load';

const BOGUS = -987654.321;

interface Case {
  name: string;
  history: number[];
  horizon: number;
  profile?: number[];
  /** Force one core method (with the season the engine chose) instead of the engine's choice. */
  force?: CoreMethodId;
}

const ALL_CORE: CoreMethodId[] = ['seasonalNaive', 'linearTrend', 'ses', 'holtDamped', 'theta', 'runRate', 'movingAverage', 'croston'];

/** The engine's result, or the same line with one forced core method (to cover every method). */
function resultFor(c: Case): LineForecast {
  const r = forecastLine(c.history, { horizon: c.horizon, period: 12, seasonalProfile: c.profile });
  if (!c.force) return r;
  const seasonal = c.force === 'seasonalNaive' || c.force === 'croston' ? { kind: 'none' as const, period: 1, indices: [], source: 'none' as const } : r.params.seasonal;
  const comp = fitCore(adjust(c.history, seasonal), [c.force], 12).get(c.force);
  if (!comp) throw new Error(`no params for ${c.force}`);
  const params = { ...r.params, seasonal, components: [comp] };
  return { ...r, method: c.force, params, ...evaluateForecast(c.history, params, c.horizon) };
}

interface Expect {
  name: string;
  method: string;
  row: { f: number; lo: number; up: number };
  result: LineForecast;
}

/** A1 of row r (0-based) and history/horizon column index j (1-based position), absolute. */
const ref = (r: number, j: number): string => `$${colToLetters(j)}$${r + 1}`;

function writeCase(ws: ExcelJS.Worksheet, base: number, c: Case, r: LineForecast): { rows: number; f: number; lo: number; up: number } {
  const n = c.history.length;
  const H = c.horizon;
  const p = r.params;
  const s = p.seasonal;
  const set = (row: number, col: number, v: number | string | null, formula?: string): void => {
    const cell = ws.getCell(row + 1, col + 1);
    if (formula !== undefined) cell.value = { formula, result: BOGUS };
    else cell.value = v;
  };
  const R = { t: base, y: base + 1, S: base + 2, a: base + 3, sesL: base + 4, hL: base + 5, hB: base + 6, z: base + 7, m: base + 8, par: base + 9 };
  set(R.t, 0, `${c.name} t`);
  for (let t = 1; t <= n + H; t++) set(R.t, t, t);
  set(R.y, 0, 'y');
  c.history.forEach((v, i) => set(R.y, i + 1, v));
  // params row: B..: indices (period cells)
  set(R.par, 0, 'S idx');
  s.indices.forEach((v, k) => set(R.par, k + 1, v));
  const idxCell = (t: number): string => ref(R.par, ((t - 1) % s.period) + 1);
  set(R.S, 0, 'S');
  if (s.kind !== 'none') for (let t = 1; t <= n + H; t++) set(R.S, t, null, idxCell(t));
  set(R.a, 0, 'a');
  for (let t = 1; t <= n; t++) {
    const y = ref(R.y, t);
    const f = s.kind === 'multiplicative' ? `${y}/${ref(R.S, t)}` : s.kind === 'additive' ? `${y}-${ref(R.S, t)}` : `${y}`;
    set(R.a, t, null, f);
  }
  const aRange = `${ref(R.a, 1)}:${ref(R.a, n)}`;
  const tRange = `${ref(R.t, 1)}:${ref(R.t, n)}`;
  // scratch params in column n+H+2 onwards of the params row
  let pc = Math.max(s.period, 1) + 2;
  const param = (label: string, value: number | null, formula?: string): string => {
    set(R.par, pc, label);
    set(R.par, pc + 1, value, formula);
    const at = ref(R.par, pc + 1);
    pc += 2;
    return at;
  };
  let row = base + 10;
  const compRows: number[] = [];
  for (const comp of p.components) {
    const cr = row++;
    compRows.push(cr);
    set(cr, 0, comp.method);
    if (comp.method === 'ses') {
      const al = param('ses alpha', comp.alpha);
      set(R.sesL, 0, 'ses L');
      set(R.sesL, 1, null, ref(R.a, 1));
      for (let t = 2; t <= n; t++) set(R.sesL, t, null, `${al}*${ref(R.a, t)}+(1-${al})*${ref(R.sesL, t - 1)}`);
      for (let h = 1; h <= H; h++) set(cr, h, null, ref(R.sesL, n));
    } else if (comp.method === 'holtDamped') {
      const al = param('holt alpha', comp.alpha);
      const be = param('beta', comp.beta);
      const ph = param('phi', comp.phi);
      const k = Math.min(n, comp.initWindow);
      const l0 = param('L0', null, k < 2 ? ref(R.a, 1) : `INTERCEPT(${ref(R.a, 1)}:${ref(R.a, k)},${ref(R.t, 1)}:${ref(R.t, k)})`);
      const b0 = param('B0', null, k < 2 ? '0' : `SLOPE(${ref(R.a, 1)}:${ref(R.a, k)},${ref(R.t, 1)}:${ref(R.t, k)})`);
      set(R.hL, 0, 'holt L');
      set(R.hB, 0, 'holt B');
      for (let t = 1; t <= n; t++) {
        const pl = t === 1 ? l0 : ref(R.hL, t - 1);
        const pb = t === 1 ? b0 : ref(R.hB, t - 1);
        set(R.hL, t, null, `${al}*${ref(R.a, t)}+(1-${al})*(${pl}+${ph}*${pb})`);
        set(R.hB, t, null, `${be}*(${ref(R.hL, t)}-${pl})+(1-${be})*${ph}*${pb}`);
      }
      const dr = row++;
      set(dr, 0, 'D');
      for (let h = 1; h <= H; h++) {
        set(dr, h, null, h === 1 ? `POWER(${ph},1)` : `${ref(dr, h - 1)}+POWER(${ph},${h})`);
        set(cr, h, null, `${ref(R.hL, n)}+${ref(dr, h)}*${ref(R.hB, n)}`);
      }
    } else if (comp.method === 'theta') {
      const al = param('theta alpha', comp.alpha);
      const cc = param('c', null, `INTERCEPT(${aRange},${tRange})`);
      const dd = param('d', null, `SLOPE(${aRange},${tRange})`);
      set(R.z, 0, 'theta Z');
      set(R.m, 0, 'theta M');
      for (let t = 1; t <= n; t++) {
        set(R.z, t, null, `2*${ref(R.a, t)}-(${cc}+${dd}*${ref(R.t, t)})`);
        set(R.m, t, null, t === 1 ? ref(R.z, 1) : `${al}*${ref(R.z, t)}+(1-${al})*${ref(R.m, t - 1)}`);
      }
      for (let h = 1; h <= H; h++) set(cr, h, null, `0.5*(${cc}+${dd}*${ref(R.t, n + h)})+0.5*${ref(R.m, n)}`);
    } else if (comp.method === 'linearTrend') {
      for (let h = 1; h <= H; h++) set(cr, h, null, `INTERCEPT(${aRange},${tRange})+SLOPE(${aRange},${tRange})*${ref(R.t, n + h)}`);
    } else if (comp.method === 'runRate') {
      for (let h = 1; h <= H; h++) set(cr, h, null, `AVERAGE(${aRange})`);
    } else if (comp.method === 'movingAverage') {
      const k = Math.min(n, Math.max(1, comp.window));
      for (let h = 1; h <= H; h++) set(cr, h, null, `AVERAGE(${ref(R.a, n - k + 1)}:${ref(R.a, n)})`);
    } else if (comp.method === 'croston') {
      const al = param('croston alpha', comp.alpha);
      const yRange = `${ref(R.y, 1)}:${ref(R.y, n)}`;
      const z0 = param('Z0', null, `IFERROR(AVERAGEIFS(${yRange},${yRange},">0"),0)`);
      const p0 = param('P0', null, `IFERROR(${n}/COUNTIFS(${yRange},">0"),1)`);
      // reuse the SES/theta scratch rows: Q in sesL, Z in z, P in m (a croston line has no other component there)
      set(R.sesL, 0, 'croston Q');
      set(R.z, 0, 'croston Z');
      set(R.m, 0, 'croston P');
      for (let t = 1; t <= n; t++) {
        const yt = ref(R.y, t);
        set(R.sesL, t, null, t === 1 ? '1' : `IF(${ref(R.y, t - 1)}>0,1,${ref(R.sesL, t - 1)}+1)`);
        const pz = t === 1 ? z0 : ref(R.z, t - 1);
        const pp = t === 1 ? p0 : ref(R.m, t - 1);
        set(R.z, t, null, `IF(${yt}>0,${al}*${yt}+(1-${al})*${pz},${pz})`);
        set(R.m, t, null, `IF(${yt}>0,${al}*${ref(R.sesL, t)}+(1-${al})*${pp},${pp})`);
      }
      for (let h = 1; h <= H; h++) set(cr, h, null, `IFERROR((1-${al}/2)*${ref(R.z, n)}/${ref(R.m, n)},0)`);
    } else if (comp.method === 'seasonalNaive') {
      for (let h = 1; h <= H; h++) {
        const src = n < comp.period ? n : n + h - comp.period * Math.ceil(h / comp.period);
        set(cr, h, null, ref(R.a, src));
      }
    }
  }
  const g = row++;
  const rr = row++;
  const f = row++;
  const w = row++;
  const lo = row++;
  const up = row++;
  set(g, 0, 'G');
  set(rr, 0, 'R');
  set(f, 0, 'F');
  set(w, 0, 'band w');
  set(lo, 0, 'lower');
  set(up, 0, 'upper');
  for (let h = 1; h <= H; h++) {
    const parts = compRows.map((cr) => ref(cr, h));
    set(g, h, null, parts.length === 1 ? parts[0] : `AVERAGE(${parts.join(',')})`);
    const S = ref(R.S, n + h);
    set(rr, h, null, s.kind === 'multiplicative' ? `${ref(g, h)}*${S}` : s.kind === 'additive' ? `${ref(g, h)}+${S}` : ref(g, h));
    set(f, h, null, p.floor === null ? ref(rr, h) : `MAX(${p.floor},${ref(rr, h)})`);
    set(w, h, p.bandWidth[h - 1]);
    set(lo, h, null, p.floor === null ? `${ref(f, h)}-${ref(w, h)}` : `MAX(${p.floor},${ref(f, h)}-${ref(w, h)})`);
    set(up, h, null, `${ref(f, h)}+${ref(w, h)}`);
  }
  return { rows: row - base + 1, f, lo, up };
}

function edgeCases(): Case[] {
  const pattern = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.2, 1.0, 0.8];
  const wave = (t: number): number => Math.sin(t * 1.7) * 7;
  return [
    { name: 'returns', history: Array.from({ length: 48 }, (_, t) => 100 * pattern[t % 12] - 70 + wave(t)), horizon: 12 },
    { name: 'intermittent', history: Array.from({ length: 36 }, (_, t) => (t % 5 === 0 ? 40 + (t % 3) * 10 : 0)), horizon: 12 },
    { name: 'flat', history: new Array(36).fill(250), horizon: 12 },
    { name: 'zeros', history: new Array(30).fill(0), horizon: 6 },
    { name: 'short-profile', history: [100, 120, 90, 110, 105, 130, 98, 101], horizon: 12, profile: pattern.map((v) => v * 1000) },
    { name: 'short', history: [10, 20, 35, 18, 22, 30, 25], horizon: 5 },
    { name: 'three', history: [5, 9, 7], horizon: 4 },
    { name: 'one', history: [42], horizon: 3 },
    { name: 'falling', history: Array.from({ length: 30 }, (_, t) => 300 - 11 * t + wave(t)), horizon: 18 },
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!hasLibreOffice()) {
    console.error('LibreOffice (soffice) not found: nothing checked');
    process.exit(1);
  }
  const dataDir = opt('--data') ?? defaultDataDir(path.resolve(__dirname, '..', '..'));
  const series = loadSeries(dataDir).filter((_, i) => i % 12 === 0);
  const cases: Case[] = [...series.map((s) => ({ name: s.id, history: s.train, horizon: s.horizon })), ...edgeCases()];
  const m3Count = series.length;
  // every core method on its own, on a few M3 series and two edge lines
  for (const c of [...cases.slice(0, 3), cases[m3Count], cases[m3Count + 1], cases[m3Count + 4]])
    for (const m of ALL_CORE) cases.push({ ...c, name: `${c.name}/${m}`, force: m });

  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  const ws = wb.addWorksheet('Calc');
  const expects: Expect[] = [];
  let base = 0;
  for (const c of cases) {
    const result = resultFor(c);
    const at = writeCase(ws, base, c, result);
    expects.push({ name: c.name, method: result.method, row: at, result });
    base += at.rows + 1;
  }
  const dir = opt('--keep') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bp-fcheck-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'forecast-formulas.xlsx');
  await wb.xlsx.writeFile(file);
  const t0 = Date.now();
  const [out] = recalcXlsx([file], { outDir: path.join(dir, 'out') });
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const sheet = back.getWorksheet('Calc');
  if (!sheet) throw new Error('Calc sheet missing after recalculation');
  let cells = 0;
  let worst = 0;
  const failures: string[] = [];
  const methods = new Map<string, number>();
  for (const e of expects) {
    methods.set(e.method, (methods.get(e.method) ?? 0) + 1);
    const rows: [string, number, number[]][] = [
      ['forecast', e.row.f, e.result.forecast],
      ['lower', e.row.lo, e.result.lower],
      ['upper', e.row.up, e.result.upper],
    ];
    for (const [what, r, values] of rows) {
      values.forEach((want, i) => {
        const got = sheet.getCell(r + 1, i + 2).result;
        cells++;
        const rel = typeof got === 'number' ? Math.abs(got - want) / Math.max(Math.abs(want), Math.abs(got), 1e-300) : Infinity;
        const ok = typeof got === 'number' && (got === want || rel <= 1e-9 || Math.abs(got - want) < 1e-12);
        if (typeof got === 'number' && got !== want && Math.abs(got - want) >= 1e-12) worst = Math.max(worst, rel);
        if (!ok) failures.push(`${e.name} (${e.method}) ${what} h=${i + 1}: LibreOffice ${String(got)}, engine ${want}`);
      });
    }
  }
  console.log(`${cases.length} lines (${series.length} M3 series as chosen by the engine, edge lines, and every core method forced on 6 lines), ${cells} forecast/band cells, recalculated in ${Date.now() - t0} ms`);
  console.log(`methods: ${[...methods].map(([m, k]) => `${m} ${k}`).join(', ')}`);
  console.log(`worst relative difference: ${worst.toExponential(2)}`);
  if (failures.length) {
    console.log(`${failures.length} cells differ by more than 1e-9 relative:`);
    for (const f of failures.slice(0, 20)) console.log('  ' + f);
    process.exit(1);
  }
  console.log('every cell agrees to 1e-9 relative');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
