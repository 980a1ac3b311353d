/**
 * Round 40 (helper lost40): a result file that cannot be written, or a run killed while writing it, loses nothing saved.
 * - A full disk (ENOSPC) or a read-only folder (EROFS) under `cli batch --out`: was “Lỗi: ENOSPC: no space left on device,
 *   write”, exit status 1; a workbook (.xlsx) left its temporary file with the households' rows, or, its folder read-only,
 *   ended with status 0 and no word, no file. Now a Vietnamese sentence, the code for the operator, status 2, no file left
 *   half-written, an earlier result under the same name whole.
 * - POST /api/batch on a server whose disk is full: a 503 saying so in Vietnamese, a log line with the code (was no such answer).
 * - `cli batch --out ket-qua.xlsx` killed (SIGKILL) while writing: the earlier result whole, the next run removes the
 *   temporary workbook and says so (the .csv case: leftovers-round21-instances).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestService } from '../server/harness.ts';
// @ts-expect-error: a plain module of the tests (its preload use needs no build), no types.
import { failDisk } from './disk-faults.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FAULTS = fileURLToPath(new URL('./disk-faults.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'faults-round40-lost40-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A commune's list of `rows` households (names and incomes). */
function householdList(rows: number): string {
  const lines = ['Mã hộ,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân'];
  for (let index = 0; index < rows; index += 1) lines.push(`H${index},Nguyễn Văn ${index},nông thôn,${1 + (index % 7)},${1_000_000 + (index % 9) * 150_000}`);
  return `${lines.join('\n')}\n`;
}

/** `cli batch` of `list` to `out` on 02/12/2026, on a disk failing as `fault` says (none: a sound disk). */
function cli(list: string, out: string, fault?: 'full' | 'readonly', extra: string[] = []) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...(fault ? ['--import', FAULTS] : []), 'src/cli.ts', 'batch', list, '--out', out, '--date', '02/12/2026', ...extra], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...(fault ? { DISK_FAULT: fault } : {}) },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

const leftovers = () => readdirSync(work).filter((name) => name.endsWith('.tmp'));

describe('o dia day, thu muc chi doc: cli batch noi ro bang tieng Viet, ma thoat 2, khong de tep do dang', () => {
  const list = join(work, 'danh-sach.csv');
  writeFileSync(list, householdList(3_000));

  for (const kind of ['csv', 'xlsx'] as const) {
    it(`--out ket-qua.${kind}, the disk full mid-list: said, status 2, the earlier result whole (was “Lỗi: ENOSPC …”, status 1)`, () => {
      const out = join(work, `ket-qua-day.${kind}`);
      expect(cli(list, out).status).toBe(0);
      const earlier = readFileSync(out);
      const run = cli(list, out, 'full', ['--force']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `Không ghi được tệp kết quả: ổ đĩa đã đầy (hết chỗ trống). Tệp “${out}” chưa được ghi (phần đã ghi dở đã xóa, không để lại tệp dở dang); tệp danh sách không bị đổi. Hãy dọn bớt ổ đĩa hoặc chọn thư mục khác cho --out, rồi chạy lại cả danh sách.`,
      );
      expect(run.stderr).toContain('(Chi tiết kỹ thuật cho người quản trị: ENOSPC)');
      expect(run.stderr).not.toMatch(/Lỗi: ENOSPC|\n\s+at /);
      expect(readFileSync(out).equals(earlier)).toBe(true);
      expect(leftovers()).toEqual([]);
    }, 120_000);

    it(`--out ket-qua.${kind} in a read-only folder: said, status 2, no file (was “Lỗi: EROFS …” status 1${kind === 'xlsx' ? ', or status 0 and nothing' : ''})`, () => {
      const out = join(work, `ket-qua-chi-doc.${kind}`);
      const run = cli(list, out, 'readonly');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`Không ghi được tệp kết quả: ổ đĩa hay thư mục ấy chỉ cho đọc, không cho ghi. Tệp “${out}” chưa được ghi`);
      expect(run.stderr).toContain('(Chi tiết kỹ thuật cho người quản trị: EROFS)');
      expect(existsSync(out)).toBe(false);
      expect(leftovers()).toEqual([]);
    }, 120_000);
  }
});

describe('cli batch --help: ma thoat 2 cung la khi khong ghi duoc tep ket qua', () => {
  it('the exit statuses say a result file not written (disk full, read-only folder) is 2, with nothing half-written left', () => {
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', '--help'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(`${help.stdout}${help.stderr}`).toContain('tệp kết quả bị từ chối hay không ghi được:\nổ đĩa đầy, thư mục chỉ đọc; khi ấy không để lại tệp dở dang).');
  }, 60_000);
});

describe('POST /api/batch khi o dia may chu day: 503 noi ro, co dong log', () => {
  it('a list sent while the server’s disk is full is answered 503 in Vietnamese, logged with its code (was no such answer)', async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
    const restore = failDisk('full');
    try {
      const response = await server.fetch('/api/batch?date=02/12/2026&format=xlsx', { method: 'POST', body: householdList(3_000) });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('Máy chủ chưa ghi được kết quả (ổ đĩa của máy chủ đầy hoặc không ghi được)');
      expect(server.logs().find((line) => line.event === 'batch_unwritable')).toMatchObject({ code: 'ENOSPC' });
      // Nothing of the households in the log.
      expect(server.logLines.join('\n')).not.toContain('Nguyễn Văn');
    } finally {
      restore();
      await server.close();
    }
  }, 120_000);
});

describe('cli batch --out ket-qua.xlsx bi giet (SIGKILL) khi dang ghi: tep ket qua khong bao gio do dang', () => {
  it('the earlier result stays whole; the next run removes the temporary workbook and says so', async () => {
    const list = join(work, 'danh-sach-lon.csv');
    const out = join(work, 'ket-qua-giet.xlsx');
    writeFileSync(list, householdList(3));
    expect(cli(list, out).status).toBe(0);
    const earlier = readFileSync(out);
    writeFileSync(list, householdList(150_000));
    const killed = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', list, '--out', out, '--force', '--date', '02/12/2026'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => killed.on('exit', resolve));
    const temp = join(work, `.ket-qua-giet.xlsx.${killed.pid}.tmp`);
    for (const deadline = Date.now() + 60_000; !existsSync(temp); ) {
      if (Date.now() > deadline) throw new Error('no temporary workbook');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    killed.kill('SIGKILL');
    await exited;
    expect(readFileSync(out).equals(earlier)).toBe(true);
    expect(existsSync(temp)).toBe(true);

    writeFileSync(list, householdList(3));
    const next = cli(list, out, undefined, ['--force']);
    expect(next.status).toBe(0);
    expect(next.stderr).toContain(`Đã xóa tệp tạm “.ket-qua-giet.xlsx.${killed.pid}.tmp” (kết quả dở dang, có dữ liệu hộ) của một lần chạy trước bị dừng giữa chừng.`);
    expect(leftovers()).toEqual([]);
  }, 180_000);
});
