/**
 * Speed of fitting and choosing: 1k / 5k / 10k lines x 36 months (synthetic sales lines:
 * level, trend, season, noise, some intermittent and some with returns), horizon 12.
 *   tsx bench/forecast-speed.ts [--runs N]
 * Prints the median of N runs per size and the growth ratio against 1k lines.
 */
import * as os from 'os';
import { forecastLine } from '../src/core/forecast';
import { prng as rng } from '../scripts/prng';


export function syntheticLines(count: number, months: number, seed = 42): number[][] {
  const r = rng(seed);
  const lines: number[][] = [];
  for (let i = 0; i < count; i++) {
    const level = 1000 + r() * 50000;
    const trend = (r() - 0.4) * level * 0.01;
    const amp = r() * 0.4;
    const phase = Math.floor(r() * 12);
    const kind = r();
    const line: number[] = [];
    for (let t = 0; t < months; t++) {
      const season = 1 + amp * Math.sin((2 * Math.PI * (t + phase)) / 12);
      let v = (level + trend * t) * season * (1 + (r() - 0.5) * 0.3);
      if (kind < 0.1 && r() < 0.5) v = 0; // intermittent
      if (kind > 0.95 && r() < 0.1) v = -v * 0.2; // a return
      line.push(Math.round(v));
    }
    lines.push(line);
  }
  return lines;
}

/** Wall-clock ms, and CPU ms of this process (steadier on a shared, loaded machine). */
function timeRun(lines: number[][]): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const l of lines) forecastLine(l, { horizon: 12, period: 12 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const c = process.cpuUsage(cpu0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5;
  const sizes = [1000, 5000, 10000];
  timeRun(syntheticLines(2000, 36, 7)); // warm-up (JIT)
  const medians: number[] = [];
  const cpuMedians: number[] = [];
  console.log(`forecastLine, 36 months of history, horizon 12, median of ${runs} runs (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
  for (const size of sizes) {
    const lines = syntheticLines(size, 36);
    const times: { wall: number; cpu: number }[] = [];
    for (let k = 0; k < runs; k++) times.push(timeRun(lines));
    const m = median(times.map((t) => t.wall));
    const c = median(times.map((t) => t.cpu));
    medians.push(m);
    cpuMedians.push(c);
    console.log(
      `${String(size).padStart(6)} lines: median ${m.toFixed(0)} ms wall, ${c.toFixed(0)} ms CPU (${((m * 1000) / size).toFixed(1)} µs/line wall), runs ${times.map((t) => t.wall.toFixed(0)).join(' ')}`,
    );
  }
  const ratio = (xs: number[], i: number): string => (xs[i] / xs[0]).toFixed(2);
  console.log(`growth (wall): 5k/1k = ${ratio(medians, 1)}, 10k/1k = ${ratio(medians, 2)}; (CPU): 5k/1k = ${ratio(cpuMedians, 1)}, 10k/1k = ${ratio(cpuMedians, 2)} (linear: 5 and 10)`);
}

main();
