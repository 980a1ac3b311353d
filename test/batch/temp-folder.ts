/**
 * `cli batch` run with its own TMPDIR holding the folder a killed run left (`tro-ly-danh-sach-999999-abcdef`), the names it
 * creates there watched: what the temporary-folder tests (round 36 privacy27, round 43 speed47) look at.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface TempWatchedRun {
  run: SpawnSyncReturns<string>;
  /** The TMPDIR given to the run. */
  temp: string;
  /** The folder a killed run left, made before the run. */
  killed: string;
  /** Names created in `temp` while the run went. */
  created: string[];
}

/** Runs `cli batch <input> --out <out> --date 02/12/2026` with TMPDIR = `<work>/tmp`; `leftBehind` is written into the killed run's folder. */
export async function batchWatchingTemp(work: string, input: string, out: string, leftBehind?: { name: string; text: string }): Promise<TempWatchedRun> {
  const temp = join(work, 'tmp');
  mkdirSync(temp);
  const killed = join(temp, 'tro-ly-danh-sach-999999-abcdef');
  mkdirSync(killed);
  if (leftBehind) writeFileSync(join(killed, leftBehind.name), leftBehind.text);
  const created: string[] = [];
  const watcher = watch(temp, (_event, name) => void (name && created.push(name)));
  const run = spawnSync(process.execPath, [join(ROOT, 'src/build/run.mjs'), 'cli', 'batch', input, '--out', out, '--date', '02/12/2026'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TMPDIR: temp },
  });
  await new Promise((settle) => setTimeout(settle, 200));
  watcher.close();
  return { run, temp, killed, created };
}
