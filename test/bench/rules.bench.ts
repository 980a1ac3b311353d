/**
 * Rules benchmark: evaluations per second in-process (vs. profile validation alone, the floor every
 * check pays), and a 100.000-row CSV batch through the real CLI (vs. a plain csv-parse of the same file).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
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

  const parseStart = process.hrtime.bigint();
  let parsedRows = 0;
  for await (const _record of createReadStream(file).pipe(parse())) parsedRows += 1;
  const parseSeconds = Number(process.hrtime.bigint() - parseStart) / 1e9;

  const batchStart = process.hrtime.bigint();
  const batch = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', file, '--out', join(dir, 'out.csv')], { cwd: root, encoding: 'utf8' });
  const batchSeconds = Number(process.hrtime.bigint() - batchStart) / 1e9;
  if (batch.status !== 0) throw new Error(`batch failed: ${batch.stderr}`);
  console.log(`plain csv-parse (${parsedRows - 1} rows)   ${parseSeconds.toFixed(2)} s`);
  console.log(`cli batch, whole process       ${batchSeconds.toFixed(2)} s`);
  console.log(`ratio batch / plain parse: ${(batchSeconds / parseSeconds).toFixed(1)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
