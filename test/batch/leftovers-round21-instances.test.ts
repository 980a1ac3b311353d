/**
 * A household list being checked when its process is killed (SIGKILL, power cut) leaves nothing behind for long: the
 * server's upload folder (the list as sent, with names and incomes) is removed when a server starts again on the
 * machine, and `cli batch --out`'s temporary result file when the next run writes the same file. Before, both stayed
 * on disk for good (hidden file `.ket-qua.csv.<pid>.tmp`, `/tmp/tro-ly-danh-sach-…`), the earlier result file intact.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { killLeft, startInstance, type Instance } from '../e2e/process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'leftovers-round21-'));
/** The servers' temporary folder (TMPDIR): their own, so no other test's server start cleans it meanwhile. */
const temporary = join(work, 'tmp');
mkdirSync(temporary);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A commune's list of `rows` households (names and incomes: personal data); `family` names them, to find this list. */
function householdList(rows: number, family = 'Nguyễn'): string {
  const lines = ['ma_ho,ho_ten,khu_vuc,so_nguoi,thu_nhap_binh_quan'];
  for (let index = 0; index < rows; index += 1) lines.push(`H${index},${family} Văn ${index},nông thôn,${1 + (index % 7)},${1_000_000 + (index % 9) * 150_000}`);
  return `${lines.join('\n')}\n`;
}

/** Waits until `probe` finds something (every 5 ms), at most `timeoutMs`. */
async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The servers' upload folders in their temporary folder now. */
const uploadFolders = () => readdirSync(temporary).filter((name) => name.startsWith('tro-ly-danh-sach-'));

/** What the upload folder `name` holds of the list sent (empty when it is gone or not written yet). */
function sentList(name: string): string {
  try {
    return readFileSync(join(temporary, name, 'danh-sach'), 'utf8');
  } catch {
    return '';
  }
}

describe('a list being checked when its process is killed', () => {
  const started: Instance[] = [];
  afterAll(async () => {
    await killLeft(started);
    rmSync(work, { recursive: true, force: true });
  });

  it('POST /api/batch: the list a killed server was checking is removed when a server starts again', async () => {
    const env = { DATABASE_PATH: join(work, 'bot.db'), TMPDIR: temporary };
    const killed = await startInstance(env);
    started.push(killed);
    const family = `Họ${randomUUID().slice(0, 8)}`;
    const list = householdList(20_000, family);
    const upload = fetch(new URL('/api/batch?date=02/12/2026', killed.url), { method: 'POST', body: list }).catch(() => undefined);
    // The list is written whole before it is checked: its last row there, the server is checking it.
    const folder = await until('the upload folder', () => uploadFolders().find((name) => sentList(name).includes(`${family} Văn 19999`)));
    killed.child.kill('SIGKILL');
    await killed.exited;
    await upload;
    // What the killed server was checking is still there: the list as sent.
    expect(sentList(folder)).toContain(`${family} Văn 19999`);

    const next = await startInstance(env);
    started.push(next);
    expect(existsSync(join(temporary, folder))).toBe(false);
    // Logged before the server listens, on stderr (it may reach the test after the address on stdout).
    const removed = await until('the log line', () => next.logs().find((line) => line.event === 'batch_leftovers_removed'), 10_000);
    expect(removed.folders).toBe(1);
    // The restarted server checks lists as before, and leaves nothing of them.
    const response = await fetch(new URL('/api/batch?date=02/12/2026', next.url), { method: 'POST', body: householdList(3) });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('H2');
    expect(uploadFolders().filter((name) => name.startsWith(`tro-ly-danh-sach-${next.child.pid}-`))).toEqual([]);
  }, 120_000);

  it('cli batch --out: a run killed mid-list leaves the earlier result; the next run removes its temporary file and says so', async () => {
    const input = join(work, 'danh-sach.csv');
    const out = join(work, 'ket-qua.csv');
    writeFileSync(input, householdList(3));
    const runBatch = (extra: string[] = []) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', input, '--out', out, '--date', '02/12/2026', ...extra], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdout.resume();
      return { child, exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))), stderr: () => stderr };
    };
    expect(await runBatch().exited).toBe(0);
    const earlier = readFileSync(out, 'utf8');

    writeFileSync(input, householdList(150_000));
    const killed = runBatch(['--force']);
    const temp = join(work, `.ket-qua.csv.${killed.child.pid}.tmp`);
    await until('the temporary result file', () => existsSync(temp) || undefined);
    killed.child.kill('SIGKILL');
    await killed.exited;
    // Nothing saved lost: the earlier result is whole; the killed run's partial rows wait in the hidden file.
    expect(readFileSync(out, 'utf8')).toBe(earlier);
    expect(existsSync(temp)).toBe(true);

    writeFileSync(input, householdList(3));
    const next = runBatch(['--force']);
    expect(await next.exited).toBe(0);
    expect(existsSync(temp)).toBe(false);
    expect(next.stderr()).toContain(`Đã xóa tệp tạm “.ket-qua.csv.${killed.child.pid}.tmp” (kết quả dở dang, có dữ liệu hộ) của một lần chạy trước bị dừng giữa chừng.`);
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(earlier);
  }, 120_000);
});
