/**
 * Rules benchmark: evaluations per second in-process (vs. profile validation alone, the floor every
 * check pays). The 100.000-row list through `cli batch` (CSV and XLSX) is rules-batch.bench.ts.
 */
import { checkHousehold, loadRules, validateProfile } from '../../src/rules/index.ts';
import { households } from './households.ts';

const EVALUATIONS = 50_000;
const rules = loadRules();

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
const validationRate = perSecond('validation only', () => profiles.forEach((p) => validateProfile(p, rules.indicatorIds)));
const checkRate = perSecond('checkHousehold (full)', () => profiles.forEach((p) => checkHousehold(rules, p)));
console.log(`ratio full check / validation: ${(validationRate / checkRate).toFixed(2)}× the time of validation alone`);
