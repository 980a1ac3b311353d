/**
 * The validated rule set kept between starts (.cache/rules/, issue 11 cold start): what comes back from
 * the cache equals a fresh validation; a changed or broken rules file misses it; a damaged cache file
 * is only a slower start.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, loadRules, RulesFileError } from '../../src/rules/index.ts';

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

function copyOfRules() {
  work = mkdtempSync(join(tmpdir(), 'rules-cache-'));
  const dir = join(work, 'rules');
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  return { dir, cache: join(work, 'cache') };
}

const cacheFiles = (cache: string) => readdirSync(cache).filter((name) => name.startsWith('rules-'));

describe('the rules cache', () => {
  it('gives back what validation gives, from one file', () => {
    const { dir, cache } = copyOfRules();
    const fresh = loadRules(dir, null);
    expect(loadRules(dir, cache)).toEqual(fresh);
    expect(cacheFiles(cache)).toHaveLength(1);
    const cached = loadRules(dir, cache);
    expect(cached).toEqual(fresh);
    expect(cached.indicatorById.get('health_insurance')).toBe(cached.indicators.find((i) => i.id === 'health_insurance'));
  });

  it('misses when a rules file changes, and still refuses a broken one', () => {
    const { dir, cache } = copyOfRules();
    loadRules(dir, cache);
    const file = join(dir, 'standards', '2027-2030.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('value: 2200000', 'value: 2300000'));
    const changed = loadRules(dir, cache);
    expect(changed.standards.at(-1)!.bands[0]!.upTo!.rural.value).toBe(2_300_000);
    expect(cacheFiles(cache)).toHaveLength(1);
    writeFileSync(file, text.replace('value: 2200000', 'value: hai triệu'));
    expect(() => loadRules(dir, cache)).toThrow(RulesFileError);
  });

  it('validates again when the cached file is damaged', () => {
    const { dir, cache } = copyOfRules();
    const fresh = loadRules(dir, cache);
    writeFileSync(join(cache, cacheFiles(cache)[0]!), '{"indicators": [');
    expect(loadRules(dir, cache)).toEqual(fresh);
  });
});
