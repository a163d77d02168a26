/**
 * Detection speed: the wide layout first, then stacked measure rows (two rows per line) and a
 * long table (one Budget row and two Actual deal rows per line and month, read with SUMIFS
 * sources). Builds wide budget grids of 1k / 5k / 20k lines x 24 months (Budget and
 * Actual per month, a title, a unit note, some text and error cells, subtotal rows) and prints
 * the median time of several runs of detectBudget for each, and the growth ratios.
 * Target (issue 3): 5k lines under 1 s median, linear growth.
 *
 *   npx tsx bench/detect-speed.ts [--runs N] [--only wide|stacked|long]
 */
import { colToLetters } from '../src/core/a1';
import { detectBudget } from '../src/core/detect';
import type { CellValue, CellValueType, Grid } from '../src/core/grid';

const MONTHS = 24;

export function makeGrid(lines: number): Grid {
  const header: CellValue[] = ['Region', 'Product', 'Rep', 'Type'];
  for (let m = 0; m < MONTHS; m++) {
    const y = 2025 + Math.floor(m / 12);
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m % 12];
    header.push(`${mon}-${String(y).slice(2)} Budget`, `${mon}-${String(y).slice(2)} Actual`);
  }
  const width = header.length;
  const values: CellValue[][] = [['FY2025-2026 Sales Budget'], ['in thousands'], header];
  const formulas: (string | number | boolean)[][] = [['FY2025-2026 Sales Budget'], ['in thousands'], header.slice()];
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < lines; i++) {
    const row: CellValue[] = [`R${i % 7}`, `P${i % 13}`, `Rep ${i}`, i % 5 === 0 ? 'Expense' : 'Revenue'];
    for (let m = 0; m < MONTHS; m++) {
      const b = Math.round(1000 + rnd() * 9000);
      row.push(b, m < 18 ? Math.round(b * (0.8 + rnd() * 0.4)) : '');
    }
    if (i % 97 === 5) row[6] = 'n/a';
    if (i % 101 === 7) row[7] = '#N/A';
    if (i % 89 === 3) row[8] = '1,234';
    values.push(row);
    formulas.push(row.slice());
    if (i % 250 === 249) {
      // a subtotal row summing the 250 lines above in every value column
      const top = values.length - 250 + 1;
      const bottom = values.length;
      const sub: CellValue[] = [`R${i % 7}`, 'Subtotal', '', ''];
      const subF: (string | number | boolean)[] = sub.slice();
      for (let c = 4; c < width; c++) {
        sub.push(0);
        const letters = colToLetters(c);
        subF.push(`=SUM(${letters}${top}:${letters}${bottom})`);
      }
      values.push(sub);
      formulas.push(subF);
    }
  }
  for (const r of values) while (r.length < width) r.push('');
  for (const r of formulas) while (r.length < width) r.push('');
  const numberFormats = values.map((r) => r.map(() => 'General'));
  const valueTypes: CellValueType[][] = values.map((r) =>
    r.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : v === '#N/A' ? 'Error' : 'String')),
  );
  return { sheet: 'Budget', origin: { row: 0, col: 0 }, values, formulas, numberFormats, valueTypes };
}

/** Run with node --expose-gc (NODE_OPTIONS=--expose-gc) to start each run from a collected heap. */
function collectGarbage(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Stacked: Region | Rep | Measure | 24 month columns; a Budget row and an Actual row per line. */
export function makeStackedGrid(lines: number): Grid {
  const header: CellValue[] = ['Region', 'Rep', 'Measure'];
  for (let m = 0; m < MONTHS; m++) header.push(`${MON[m % 12]}-${String(2025 + Math.floor(m / 12)).slice(2)}`);
  const values: CellValue[][] = [['FY2025-2026 Sales by rep'], header];
  let seed = 777;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < lines; i++) {
    const b: CellValue[] = [`R${i % 7}`, `Rep ${i}`, 'Budget'];
    const a: CellValue[] = [`R${i % 7}`, `Rep ${i}`, 'Actual'];
    for (let m = 0; m < MONTHS; m++) {
      const x = Math.round(1000 + rnd() * 9000);
      b.push(x);
      a.push(m < 18 ? Math.round(x * (0.8 + rnd() * 0.4)) : '');
    }
    values.push(b, a);
  }
  return plainGrid('Stacked', values);
}

/** Long: Date | Region | Rep | Scenario | Amount; per line and month one Budget row and two Actual rows (18 months of actuals). */
export function makeLongGrid(lines: number): Grid {
  const values: CellValue[][] = [['Date', 'Region', 'Rep', 'Scenario', 'Amount']];
  const formats: string[][] = [['General', 'General', 'General', 'General', 'General']];
  let seed = 4242;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let m = 0; m < MONTHS; m++) {
    const y = 2025 + Math.floor(m / 12);
    const first = Date.UTC(y, m % 12, 1) / 86400000 + 25569;
    for (let i = 0; i < lines; i++) {
      const x = Math.round(1000 + rnd() * 9000);
      values.push([first, `R${i % 7}`, `Rep ${i}`, 'Budget', x]);
      formats.push(['yyyy-mm-dd', 'General', 'General', 'General', 'General']);
      if (m >= 18) continue;
      const part = Math.round(x * 0.4);
      values.push([first + 3, `R${i % 7}`, `Rep ${i}`, 'Actual', part], [first + 17, `R${i % 7}`, `Rep ${i}`, 'Actual', Math.round(x * (0.4 + rnd() * 0.4))]);
      formats.push(['yyyy-mm-dd', 'General', 'General', 'General', 'General'], ['yyyy-mm-dd', 'General', 'General', 'General', 'General']);
    }
  }
  const g = plainGrid('Data', values);
  g.numberFormats = formats;
  return g;
}

function plainGrid(sheet: string, values: CellValue[][]): Grid {
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  for (const r of values) while (r.length < width) r.push('');
  return {
    sheet,
    origin: { row: 0, col: 0 },
    values,
    formulas: values.map((r) => r.slice()),
    numberFormats: values.map((r) => r.map(() => 'General')),
    valueTypes: values.map((r) => r.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String'))),
  };
}

function measure(label: string, make: (n: number) => Grid, sizes: number[], runs: number): number[] {
  const medians: number[] = [];
  console.log(`${label}, median of ${runs} runs (after 1 warm-up)`);
  for (const n of sizes) {
    const grid = make(n);
    const warm = detectBudget(grid);
    if (!warm.model || warm.model.lines.length !== n) {
      throw new Error(`${label}: bench grid of ${n} lines read ${warm.model?.lines.length ?? 0} lines (${warm.problems[0]?.message ?? ''})`);
    }
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      collectGarbage();
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      detectBudget(grid);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c1 = process.cpuUsage(c0);
      cpu.push((c1.user + c1.system) / 1000);
    }
    const med = median(times);
    medians.push(med);
    console.log(
      `${String(n).padStart(6)} lines (${grid.values.length} rows): median ${med.toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; ${(med * 1000 / n).toFixed(1)} µs/line; CPU median ${median(cpu).toFixed(1)} ms; ${warm.problems.length} problems)`,
    );
  }
  for (let i = 1; i < sizes.length; i++) {
    console.log(`ratio ${sizes[i] / 1000}k/${sizes[i - 1] / 1000}k: ${(medians[i] / medians[i - 1]).toFixed(2)} (linear = ${(sizes[i] / sizes[i - 1]).toFixed(2)})`);
  }
  return medians;
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 7 : 7;
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
  const sizes = [1000, 5000, 20000];
  if (!only || only === 'wide') {
    const medians = measure(`wide: detectBudget speed, ${MONTHS} months x (Budget + Actual)`, makeGrid, sizes, runs);
    console.log('(wall times on a shared machine vary with load; the CPU time of this process is printed beside them)');
    console.log(`target 5k lines < 1000 ms median: ${medians[1] < 1000 ? 'met' : 'NOT met'}`);
  }
  if (!only || only === 'stacked') {
    const medians = measure(`stacked: ${MONTHS} months, a Budget and an Actual row per line`, makeStackedGrid, sizes, runs);
    console.log(`target 5k lines < 1000 ms median: ${medians[1] < 1000 ? 'met' : 'NOT met'}`);
  }
  if (!only || only === 'long') {
    // 5k lines x 24 months = 300k records; 20k lines would be 1.2M rows (beyond a usual sheet).
    const medians = measure(`long table: ${MONTHS} months, 1 Budget + 2 Actual records per line and month (SUMIFS sources)`, makeLongGrid, [1000, 5000], Math.min(runs, 5));
    console.log(`target 5k lines < 1000 ms median: ${medians[1] < 1000 ? 'met' : 'NOT met'}`);
  }
}

if (require.main === module) main();
