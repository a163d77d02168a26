/**
 * Where the CLI's time goes on large budgets. Writes a wide budget workbook of N lines x M months
 * (Budget and Actual per month, 3 dimensions + Type; actuals for the first M-6 months), then runs
 * the steps of `budget-pilot analyze [--forecast]` one by one, timing each, and prints the median
 * per step over the runs, with the process's peak memory (max RSS) and the load average (the
 * machine is shared: compare CPU with wall time).
 *
 *   npx tsx bench/cli-speed.ts [--lines 1000,5000] [--months 24] [--runs 3] [--forecast]
 *
 * Steps: load (ExcelJS reads the file), read grid (XlsxHost.readGrid of the budget sheet),
 * detect, variance (TypeScript numbers), plan (variance WorkbookPlan), fit + forecast plan (with
 * --forecast), render (XlsxHost.applyPlan: plan cells into ExcelJS), save (ExcelJS writes .xlsx).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planVariance, resolveSettings } from '../src/app';
import { fitForecasts } from '../src/app/forecast';
import type { AnalysisContext } from '../src/app/analyze';
import { detectBudget } from '../src/core/detect';
import { buildForecastPlan, mergeForecastPlan } from '../src/core/plan/forecast-sheet';
import { computeVariance } from '../src/core/variance/compute';
import { XlsxHost } from '../src/host/xlsx';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const LINES = arg('--lines', '1000,5000').split(',').map(Number);
const MONTHS = Number(arg('--months', '24'));
const RUNS = Number(arg('--runs', '3'));
const FORECAST = process.argv.includes('--forecast');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

async function makeWorkbook(lines: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  const header = ['Region', 'Product', 'Rep', 'Type'];
  for (let m = 0; m < MONTHS; m++) {
    const label = `${MON[m % 12]}-${25 + Math.floor(m / 12)}`;
    header.push(`${label} Budget`, `${label} Actual`);
  }
  ws.addRow(header);
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < lines; i++) {
    const row: (string | number | null)[] = [`R${i % 7}`, `P${i % 13}`, `Rep ${i}`, i % 5 === 0 ? 'Expense' : 'Revenue'];
    for (let m = 0; m < MONTHS; m++) {
      const b = Math.round(1000 + rnd() * 9000 * (1 + 0.3 * Math.sin((m / 12) * 2 * Math.PI)));
      row.push(b, m < MONTHS - 6 ? Math.round(b * (0.8 + rnd() * 0.4)) : null);
    }
    ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

interface Timing {
  [step: string]: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function once(file: string, out: string): Promise<{ wall: Timing; cpu: Timing; cells: number }> {
  const wall: Timing = {};
  const cpu: Timing = {};
  const step = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await f();
    const c = process.cpuUsage(c0);
    wall[name] = performance.now() - t0;
    cpu[name] = (c.user + c.system) / 1000;
    return r;
  };
  const host = await step('load', () => XlsxHost.fromFile(file));
  const grid = await step('read grid', () => host.readGrid('Budget'));
  const detect = await step('detect', () => detectBudget(grid));
  const model = detect.model;
  if (!model) throw new Error('no budget read');
  const variance = await step('variance', () => computeVariance(model, resolveSettings(model, {}).settings));
  const ctx: AnalysisContext = {
    analysis: { sheet: 'Budget', detect, variance, settingsFrom: resolveSettings(model, {}).from },
    sheets: await host.listSheets(),
    state: null,
    ownedVariance: null,
  };
  const vp = await step('plan', () => planVariance(ctx));
  let plan = vp.plan;
  if (FORECAST) {
    const { forecasts } = await step('fit', () => fitForecasts(model, variance));
    const fp = await step('forecast plan', () => buildForecastPlan(model, variance, forecasts, { varianceSheetName: vp.sheetName }));
    plan = mergeForecastPlan(vp.plan, fp);
  }
  const applied = await step('render', () => host.applyPlan(plan));
  await step('save', () => host.saveAs(out));
  return { wall, cpu, cells: applied.cellsWritten };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-cli-speed-'));
  console.log(`CLI speed: ${MONTHS} months, ${RUNS} run(s) per size${FORECAST ? ', with --forecast' : ''}; ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  try {
    for (const lines of LINES) {
      const file = path.join(dir, `budget-${lines}.xlsx`);
      await makeWorkbook(lines, file);
      const size = fs.statSync(file).size;
      const runs: Awaited<ReturnType<typeof once>>[] = [];
      for (let r = 0; r < RUNS; r++) runs.push(await once(file, path.join(dir, `out-${lines}.xlsx`)));
      const steps = Object.keys(runs[0].wall);
      const outSize = fs.statSync(path.join(dir, `out-${lines}.xlsx`)).size;
      console.log(`\n${lines} lines x ${MONTHS} months (input ${(size / 1e6).toFixed(1)} MB, output ${(outSize / 1e6).toFixed(1)} MB, ${runs[0].cells.toLocaleString('en-US')} cells written)`);
      console.log('  step            wall ms (median)   cpu ms (median)');
      let total = 0;
      let totalCpu = 0;
      for (const s of steps) {
        const w = median(runs.map((r) => r.wall[s]));
        const c = median(runs.map((r) => r.cpu[s]));
        total += w;
        totalCpu += c;
        console.log(`  ${s.padEnd(15)} ${w.toFixed(0).padStart(10)}   ${c.toFixed(0).padStart(15)}`);
      }
      console.log(`  ${'total'.padEnd(15)} ${total.toFixed(0).padStart(10)}   ${totalCpu.toFixed(0).padStart(15)}`);
      console.log(`  peak memory so far (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${os.loadavg()[0].toFixed(1)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
