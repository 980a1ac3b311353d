/**
 * src/build/run.mjs chooses between the built dist/bundle/ and the TypeScript sources (through tsx):
 * dist/ only when dist/.built is newer than every file in src/, so `npm start` never runs stale code; sources it runs
 * unbuilt have their lexicon checked first, as the build does.
 * Tested on a small project tree in a temporary folder, with the real run.mjs and the real tsx.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let root: string;

function run(entry: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'src/build/run.mjs'), entry, ...args], { encoding: 'utf8' });
}

function touch(path: string, secondsAgo: number) {
  const at = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, at, at);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'run-mjs-'));
  mkdirSync(join(root, 'src/build'), { recursive: true });
  mkdirSync(join(root, 'src/text/lexicon'), { recursive: true });
  mkdirSync(join(root, 'dist/bundle'), { recursive: true });
  cpSync(join(repo, 'src/build/run.mjs'), join(root, 'src/build/run.mjs'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(root, 'src/cli.ts'), "const from: string = 'src';\nconsole.log(from, process.argv.slice(2).join(' '));\n");
  writeFileSync(join(root, 'src/text/lexicon/check.ts'), 'export function checkLexicon(): void {}\n');
  writeFileSync(join(root, 'dist/bundle/cli.js'), "console.log('dist', process.argv.slice(2).join(' '));\n");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('src/build/run.mjs', () => {
  it('runs dist/ when it was built after every source file, with the arguments after the entry', () => {
    for (const file of ['src/cli.ts', 'src/build/run.mjs', 'src/text/lexicon/check.ts']) touch(join(root, file), 60);
    writeFileSync(join(root, 'dist/.built'), 'now\n');
    const result = run('cli', 'search', '--json');
    expect(result.stdout).toBe('dist search --json\n');
    expect(result.status).toBe(0);
  });

  it('runs the TypeScript sources when a source file is newer than the build', () => {
    writeFileSync(join(root, 'dist/.built'), 'earlier\n');
    touch(join(root, 'dist/.built'), 60);
    const result = run('cli', 'check');
    expect(result.stdout).toBe('src check\n');
    expect(result.status).toBe(0);
  });

  it('runs the TypeScript sources when there is no build yet', () => {
    expect(run('cli').stdout).toBe('src \n');
  });

  it('refuses to run unbuilt sources whose lexicon has a bad entry, naming it', () => {
    const bad = 'src/text/lexicon/spoken.ts: "0.forms.0": viết thường, NFC, một dấu cách giữa các từ';
    writeFileSync(join(root, 'src/text/lexicon/check.ts'), `export function checkLexicon(): void {\n  throw new Error(${JSON.stringify(bad)});\n}\n`);
    const result = run('cli');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Từ điển sai: ${bad}`);
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown entry with a Vietnamese usage line', () => {
    const result = run('other');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cách dùng');
  });
});

describe('src/build/build.mjs', () => {
  it('does not fail a production install that has no TypeScript compiler, and says so', () => {
    const bare = mkdtempSync(join(tmpdir(), 'build-mjs-'));
    try {
      mkdirSync(join(bare, 'src/build'), { recursive: true });
      cpSync(join(repo, 'src/build/build.mjs'), join(bare, 'src/build/build.mjs'));
      const result = spawnSync(process.execPath, [join(bare, 'src/build/build.mjs')], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('Không có TypeScript');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
