/**
 * M3 monthly benchmark of the forecast engine.
 *   tsx bench/forecast-m3.ts [--out FILE.csv] [--data DIR] [--limit N]
 * Fits on each series' train values only (horizon 18), scores against test with the same code
 * that scores the original M3 entrants, prints both side by side, and the time per series.
 * --validate scores on the last 18 train values instead (test unused): for design choices.
 */
import * as fs from 'fs';
import * as path from 'path';
import { forecastLine } from '../src/core/forecast';
import { defaultDataDir, formatForecasts, loadEntrants, loadSeries } from './m3/load';
import { coverage, scoreForecasts, type ScoreTable } from './m3/score';

interface Args {
  out?: string;
  data: string;
  limit?: number;
  /** Score on the last 18 train values instead of test (for design choices without looking at test). */
  validate: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { data: defaultDataDir(path.resolve(__dirname, '..')), validate: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') args.out = next();
    else if (a === '--data') args.data = path.resolve(next());
    else if (a === '--limit') args.limit = Number(next());
    else if (a === '--validate') args.validate = true;
    else throw new Error(`unknown option ${a}; usage: forecast-m3 [--out FILE.csv] [--data DIR] [--limit N] [--validate]`);
  }
  return args;
}

const CATEGORIES = ['MICRO', 'INDUSTRY', 'MACRO', 'FINANCE', 'DEMOGRAPHIC', 'OTHER'];
const OURS = 'BudgetPilot';

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(args.data, 'm3-monthly.csv'))) {
    console.error(`M3 data not found in ${args.data} (use --data DIR)`);
    process.exit(1);
  }
  let series = loadSeries(args.data);
  if (args.limit !== undefined) series = series.slice(0, args.limit);
  // --validate: hold out the last h train values and score on them; test is not read at all,
  // and the entrants (who forecast test) are not shown.
  if (args.validate) series = series.map((s) => ({ ...s, train: s.train.slice(0, -s.horizon), test: s.train.slice(-s.horizon) }));
  const entrants = args.validate ? new Map<string, Map<string, number[]>>() : loadEntrants(args.data);

  const ours = new Map<string, number[]>();
  const bands = new Map<string, { lower: number[]; upper: number[] }>();
  const methods = new Map<string, number>();
  const times: number[] = [];
  const t0 = process.hrtime.bigint();
  for (const s of series) {
    const start = process.hrtime.bigint();
    const r = forecastLine(s.train, { horizon: s.horizon, period: 12 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    ours.set(s.id, r.forecast);
    bands.set(s.id, { lower: r.lower, upper: r.upper });
    methods.set(r.method, (methods.get(r.method) ?? 0) + 1);
  }
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const tables: [string, ScoreTable][] = [[OURS, scoreForecasts(series, ours)]];
  for (const [name, byId] of entrants) tables.push([name, scoreForecasts(series, byId)]);
  tables.sort((a, b) => (a[1].get('ALL')?.smape ?? 0) - (b[1].get('ALL')?.smape ?? 0));

  const cats = CATEGORIES.filter((c) => tables[0][1].has(c));
  const counts = cats.map((c) => `${c}=${tables[0][1].get(c)?.count}`).join(' ');
  const what = args.validate ? 'VALIDATION: fit on train minus its last 18, scored on those 18 (test unused)' : 'fit on train only, scored on test';
  console.log(`M3 monthly: ${series.length} series (${counts}), horizon 18, ${what}\n`);
  const head = ['method'.padEnd(14), 'sMAPE'.padStart(7), 'MASE'.padStart(6), ...cats.map((c) => c.slice(0, 8).padStart(9))];
  console.log(head.join(' ') + '   (category columns: sMAPE / MASE)');
  for (const [name, t] of tables) {
    const all = t.get('ALL');
    if (!all) continue;
    const cells = cats.map((c) => {
      const a = t.get(c);
      return a ? `${a.smape.toFixed(2)}/${a.mase.toFixed(2)}`.padStart(9) : ''.padStart(9);
    });
    const mark = name === OURS ? ' <==' : '';
    console.log([name.padEnd(14), all.smape.toFixed(3).padStart(7), all.mase.toFixed(3).padStart(6), ...cells].join(' ') + mark);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`\ntime: ${totalMs.toFixed(0)} ms total, ${(totalMs / series.length).toFixed(3)} ms mean, ${median.toFixed(3)} ms median per series`);
  console.log(`methods chosen: ${[...methods].map(([m, c]) => `${m} ${c}`).join(', ')}`);
  console.log(`80% band coverage of test values: ${(100 * coverage(series, bands)).toFixed(1)}%`);
  if (args.out) {
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, formatForecasts(OURS, series.map((s) => ({ id: s.id, forecast: ours.get(s.id) as number[] }))));
    console.log(`forecasts written to ${args.out}`);
  }
}

main();
