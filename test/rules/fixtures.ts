/** Test rule sets: a copy of rules/ with a fixture folder laid over it (see test/rules/fixtures/<name>/README.md). */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULES_DIR } from '../../src/rules/index.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** A temporary rules folder: rules/ + the fixture's replaced files + its `indicators.append.yaml`. Remove with `dispose`. */
export function fixtureRules(name: string): { dir: string; dispose: () => void } {
  const source = join(fixtures, name);
  if (!existsSync(source)) throw new Error(`no rules fixture "${name}"`);
  const dir = mkdtempSync(join(tmpdir(), `rules-${name}-`));
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  for (const file of filesUnder(source)) {
    const path = relative(source, file);
    if (path === 'README.md') continue;
    if (path === 'indicators.append.yaml') appendFileSync(join(dir, 'indicators.yaml'), readFileSync(file, 'utf8'));
    else cpSync(file, join(dir, path));
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
