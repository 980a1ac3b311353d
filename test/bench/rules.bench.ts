/**
 * Rules benchmark: evaluations per second in-process (vs. profile validation alone, the floor every
 * check pays), and a 100.000-row CSV batch through the real `npm run cli -- batch` (compiled; dist/
 * is built first) vs. a plain csv-parse of the same file, each a whole process of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHousehold, INDICATOR_IDS, loadRules, validateProfile } from '../../src/rules/index.ts';

const ROWS = 100_000;
const EVALUATIONS = 50_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const rules = loadRules();

/** Deterministic pseudo-random households (same every run, so runs compare). */
function* households(count: number) {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const dates = ['2025-06-01', '2026-03-15', '2027-02-01'];
  for (let i = 0; i < count; i += 1) {
    yield {
      date: dates[i % dates.length]!,
      area: next() < 0.7 ? ('rural' as const) : ('urban' as const),
      members: 1 + Math.floor(next() * 7),
      monthlyIncomePerPerson: Math.floor(next() * 4_000_000),
      deprivations: INDICATOR_IDS.filter(() => next() < 0.15),
    };
  }
}

function perSecond(label: string, run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = EVALUATIONS / seconds;
  console.log(`${label.padEnd(28)} ${Math.round(rate).toLocaleString('en-US')} /s`);
  return rate;
}

const profiles = [...households(EVALUATIONS)];
profiles.slice(0, 5_000).forEach((p) => checkHousehold(rules, p)); // warm-up: let the JIT settle first
const validationRate = perSecond('validation only', () => profiles.forEach((p) => validateProfile(p)));
const checkRate = perSecond('checkHousehold (full)', () => profiles.forEach((p) => checkHousehold(rules, p)));
console.log(`ratio full check / validation: ${(validationRate / checkRate).toFixed(2)}× the time of validation alone`);

const dir = mkdtempSync(join(tmpdir(), 'rules-bench-'));
try {
  const file = join(dir, 'xa.csv');
  const lines = ['ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut,ngay'];
  let i = 0;
  for (const h of households(ROWS)) {
    i += 1;
    lines.push(`H${i},${h.area === 'rural' ? 'nt' : 'tt'},${h.members},${h.monthlyIncomePerPerson},${h.deprivations.join(' ')},${h.date}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`\nCSV: ${ROWS.toLocaleString('en-US')} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB`);

  // The baseline: plain node reading the file through csv-parse, nothing else.
  const parseScript = `import { createReadStream } from 'node:fs'; import { parse } from 'csv-parse';
    let rows = 0; for await (const _ of createReadStream(process.argv[1]).pipe(parse())) rows += 1; console.log(rows);`;
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the CLI would not take the compiled path');
  const timed = (command: string, args: string[]) => {
    const started = process.hrtime.bigint();
    const child = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${child.stderr}`);
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, stdout: child.stdout };
  };
  // Interleaved, twice each; the faster of each pair.
  const parseRuns: number[] = [];
  const batchRuns: number[] = [];
  let parsedRows = 0;
  for (let run = 0; run < 2; run += 1) {
    const parsed = timed(process.execPath, ['--input-type=module', '-e', parseScript, file]);
    parsedRows = Number(parsed.stdout.trim());
    parseRuns.push(parsed.seconds);
    batchRuns.push(timed('npm', ['run', '--silent', 'cli', '--', 'batch', file, '--out', join(dir, 'out.csv')]).seconds);
  }
  const parseSeconds = Math.min(...parseRuns);
  const batchSeconds = Math.min(...batchRuns);
  console.log(`plain csv-parse, own process (${parsedRows - 1} rows)   ${parseSeconds.toFixed(2)} s`);
  console.log(`npm run cli -- batch, whole process  ${batchSeconds.toFixed(2)} s`);
  console.log(`ratio batch / plain parse: ${(batchSeconds / parseSeconds).toFixed(1)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
