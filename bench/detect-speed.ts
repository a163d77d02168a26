/**
 * Detection speed: builds wide budget grids of 1k / 5k / 20k lines x 24 months (Budget and
 * Actual per month, a title, a unit note, some text and error cells, subtotal rows) and prints
 * the median time of several runs of detectBudget for each, and the growth ratios.
 * Target (issue 3): 5k lines under 1 s median, linear growth.
 *
 *   npx tsx bench/detect-speed.ts [--runs N]
 */
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
        const letters = colLetters(c);
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

function colLetters(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
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

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 7 : 7;
  const sizes = [1000, 5000, 20000];
  const medians: number[] = [];
  console.log(`detectBudget speed, ${MONTHS} months x (Budget + Actual), median of ${runs} runs (after 1 warm-up)`);
  for (const n of sizes) {
    const grid = makeGrid(n);
    const warm = detectBudget(grid);
    if (!warm.model || warm.model.lines.length !== n) {
      throw new Error(`bench grid of ${n} lines read ${warm.model?.lines.length ?? 0} lines`);
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
      `${String(n).padStart(6)} lines: median ${med.toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; ${(med * 1000 / n).toFixed(1)} µs/line; CPU median ${median(cpu).toFixed(1)} ms; ${warm.problems.length} problems)`,
    );
  }
  console.log(`ratio 5k/1k: ${(medians[1] / medians[0]).toFixed(2)} (linear = 5.00)`);
  console.log(`ratio 20k/5k: ${(medians[2] / medians[1]).toFixed(2)} (linear = 4.00)`);
  const target = medians[1] < 1000;
  console.log('(wall times on a shared machine vary with load; the CPU time of this process is printed beside them)');
  console.log(`target 5k lines < 1000 ms median: ${target ? 'met' : 'NOT met'}`);
}

if (require.main === module) main();
