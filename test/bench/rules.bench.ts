/**
 * Rules benchmark, on the compiled code that `npm start` and `npm run cli` run (dist/, built first):
 * households per second through the batch path (`assessHousehold`: validation, class, counts, supports,
 * class under the next standard; then `assessmentLines`: the row's two text columns) and the full path
 * (`checkHousehold`: every explanation, as /api/check and the chat), each against the bare classification
 * (income band + deprivation count → class, no validation, no text) measured in the same rounds,
 * interleaved; the best of three rounds each. The 100.000-row list through `cli batch` is rules-batch.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { households } from './households.ts';

type Rules = typeof import('../../src/rules/index.ts');
type StandardModule = typeof import('../../src/rules/standard.ts');

const root = fileURLToPath(new URL('../../', import.meta.url));
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('npm run build failed');
const dist = (path: string) => import(new URL(`../../dist/${path}`, import.meta.url).href);
const { assessHousehold, assessmentLines, checkHousehold, loadRules, lookupStandard, validateProfile } = (await dist('rules/index.js')) as Rules;
const { bandFor, classOfBand } = (await dist('rules/standard.js')) as StandardModule;

const COUNT = 100_000;
const ROUNDS = 3;
const rules = loadRules();
const profiles = [...households(COUNT)];
const standards = new Map(profiles.map((p) => [p.date, lookupStandard(rules, p.date)]));

let sink = 0;
const paths: Record<string, () => void> = {
  'bare classification (baseline)': () => {
    for (const p of profiles) {
      const found = standards.get(p.date)!;
      if (found.ok) sink += classOfBand(bandFor(found.value.standard, p.area, p.monthlyIncomePerPerson).band, p.deprivations.length).length;
    }
  },
  'validation only': () => {
    for (const p of profiles) sink += validateProfile(p, rules.indicatorIds).ok ? 1 : 0;
  },
  'batch path: assessHousehold': () => {
    for (const p of profiles) sink += assessHousehold(rules, p).ok ? 1 : 0;
  },
  'batch row: + assessmentLines': () => {
    for (const p of profiles) {
      const outcome = assessHousehold(rules, p);
      if (outcome.ok) sink += assessmentLines(rules, outcome.value).reasons.own.length;
    }
  },
  'full: checkHousehold': () => {
    for (const p of profiles) sink += checkHousehold(rules, p).ok ? 1 : 0;
  },
};

const best = new Map<string, number>();
for (const run of Object.values(paths)) run(); // warm-up: let the JIT settle first
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [label, run] of Object.entries(paths)) {
    const start = process.hrtime.bigint();
    run();
    const rate = COUNT / (Number(process.hrtime.bigint() - start) / 1e9);
    best.set(label, Math.max(best.get(label) ?? 0, rate));
  }
}
const baseline = best.get('bare classification (baseline)')!;
console.log(`${COUNT.toLocaleString('en-US')} households (dates ${[...standards.keys()].join(', ')}), best of ${ROUNDS} interleaved rounds; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const [label, rate] of best) {
  console.log(`${label.padEnd(32)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} /s   ${(baseline / rate).toFixed(1).padStart(6)}× the time of the bare classification`);
}
if (sink === 0) console.log('(nothing computed?)');
