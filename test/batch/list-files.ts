/**
 * A suite's list files, as a commune's cadre hands them to `cli batch`, in a folder of their own removed after the suite (round 37
 * lists21, round 38 lists22): `check` writes one and reads it in process, `cli` runs the command itself on 06/12/2026.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { loadRules, type RuleSet } from '../../src/rules/index.ts';
import { openList, runList } from '../../src/batch/run.ts';
import { cellValue, type ResultSink } from '../../src/batch/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function listFiles(label: string) {
  const work = mkdtempSync(join(tmpdir(), `${label}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const rules = loadRules();

  /** The file as `cli batch` reads it, in process (under `ruleSet`, the data's own unless a test moves a date): its result rows by column, the notes, the outcome. */
  async function check(name: string, bytes: Uint8Array, ruleSet: RuleSet = rules) {
    const path = join(work, name);
    writeFileSync(path, bytes);
    const source = openList(path, statSync(path).size);
    if (typeof source === 'string') throw new Error(source);
    let header: readonly string[] = [];
    const rows: Record<string, string>[] = [];
    const sink: ResultSink = {
      header: (columns) => void (header = columns),
      row: (cells) => void rows.push(Object.fromEntries(header.map((column, at) => [column, String(cellValue(cells[at] ?? ''))]))),
      problem: () => {},
      finish: async () => {},
      abort: async () => {},
    };
    const outcome = await runList(ruleSet, source, sink, { defaultDate: '2026-12-06', onProblem: () => {} });
    return { rows, notes: outcome.notes, outcome };
  }

  /** `cli batch` with `args`, on 06/12/2026: its exit status and what it wrote. */
  function cli(args: string[]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', ...args, '--date', '06/12/2026'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  return { work, check, cli };
}
