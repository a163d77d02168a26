/**
 * Writes the issue-3 fixture corpus (tests/corpus/fixtures.ts) as .xlsx files, each beside its
 * expected report (<name>.expected.json), computed from the description and not by the detector.
 * With --check it also runs `budget-pilot analyze` on each and prints what differs.
 *
 * Usage: tsx scripts/make-corpus.ts [OUT_DIR (default tests/.out/corpus)] [--check] [--only NAME]
 */
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from '../tests/corpus/fixtures';
import { runFixture, writeFixture } from '../tests/corpus/run';

async function mainCorpus(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1));
  const dir = path.resolve(positional[0] ?? path.join('tests', '.out', 'corpus'));
  fs.mkdirSync(dir, { recursive: true });
  let failures = 0;
  for (const f of CORPUS) {
    if (only && f.name !== only) continue;
    if (!check) {
      const { file, expected } = await writeFixture(f, dir);
      fs.writeFileSync(path.join(dir, `${f.name}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
      console.log(`${path.relative(process.cwd(), file)}  (${expected.lines.length} lines, ${expected.periods.length} periods, ${expected.problems.length} problems)`);
      continue;
    }
    const run = await runFixture(f, dir);
    fs.writeFileSync(path.join(dir, `${f.name}.expected.json`), JSON.stringify(run.expected, null, 2) + '\n');
    const ok = run.mismatches.length === 0;
    if (!ok) failures++;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${f.name}${f.supported ? '' : ' (marked unsupported)'}`);
    for (const m of run.mismatches) console.log(`    - ${m}`);
  }
  return check && failures > 0 ? 1 : 0;
}

mainCorpus(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
