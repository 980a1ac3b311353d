/**
 * Round 41 (helper lists41): `cli batch` printing its results to stdout (no --out) when stdout cannot take them: redirected
 * to a full disk (ENOSPC; /dev/full) or piped into a reader that stops early (EPIPE: `| head`). Was “Lỗi: ENOSPC: no space
 * left on device, write” or “Lỗi: write EPIPE”, status 1 (or an uncaught EPIPE when stderr shared the pipe), nothing said of
 * the rows. Now a Vietnamese sentence, the code for the operator, status 2, no summary, and only rows stdout took whole
 * said as printed.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'stdout-round41-lists41-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const list = join(work, 'danh-sach.csv');
const lines = ['Mã hộ,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân'];
for (let index = 0; index < 6_000; index += 1) lines.push(`H${index},Nguyễn Văn ${index},nông thôn,${1 + (index % 7)},${1_000_000 + (index % 9) * 150_000}`);
writeFileSync(list, `${lines.join('\n')}\n`);

/**
 * `cli batch danh-sach.csv` with stdout `out` (a file descriptor), or a pipe read until `cut` bytes then closed; `together`: stderr
 * into the same pipe (`2>&1 | head`).
 */
function run(out: { fd: number } | { cut: number; together?: boolean }) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', list, '--date', '07/12/2026'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'fd' in out ? out.fd : 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  if ('cut' in out) {
    const reader = child.stdout!;
    // `2>&1 | head`: stderr goes where stdout went, and is closed with it.
    const close = () => {
      reader.destroy();
      if (out.together) child.stderr!.destroy();
    };
    reader.on('data', (data: Buffer) => {
      stdout += data.toString('latin1');
      if (stdout.length >= out.cut) close();
    });
  }
  if (!('cut' in out && out.together)) child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('cli batch ra stdout khi o dia day hay ong dan bi dong: noi ro, ma thoat 2, khong bao dong nao da xong ma chua in', () => {
  it('stdout on a full disk (> /dev/full): said in Vietnamese, ENOSPC for the operator, status 2, no summary (was “Lỗi: ENOSPC …”, status 1)', async () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    const result = await run({ fd });
    closeSync(fd);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không in hết được kết quả ra stdout: ổ đĩa đã đầy (hết chỗ trống). Kết quả in ra bị cắt giữa chừng (có thể dừng giữa một dòng); chưa có tổng hợp.');
    expect(result.stderr).toContain('Hãy chạy lại cả danh sách và ghi kết quả ra tệp (--out ket-qua.csv).');
    expect(result.stderr).toContain('(Chi tiết kỹ thuật cho người quản trị: ENOSPC)');
    expect(result.stderr).not.toMatch(/Lỗi: |Tổng hợp:|\n\s+at /);
  }, 120_000);

  it('a reader that stops early (| head): EPIPE said, status 2, only rows it got whole said as printed (was “Lỗi: write EPIPE”, status 1)', async () => {
    const result = await run({ cut: 2_500_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không in hết được kết quả ra stdout: chương trình nhận kết quả (sau dấu “|”) đã đóng trước khi nhận hết.');
    expect(result.stderr).toContain('(Chi tiết kỹ thuật cho người quản trị: EPIPE)');
    expect(result.stderr).not.toMatch(/Lỗi: |Tổng hợp:|\n\s+at /);
    const said = /chắc chắn in trọn chỉ (\d+) dòng kết quả đầu \(đến dòng (\d+) của danh sách\)/.exec(result.stderr);
    expect(said).not.toBeNull();
    // Every row said printed reached the reader whole: its line is among the rows received, the rows before it too.
    const received = result.stdout.split('\n').slice(1, -1).map((row) => row.split(',')[0]);
    expect(Number(said![1])).toBeGreaterThan(0);
    expect(received.slice(0, Number(said![1])).at(-1)).toBe(said![2]);
  }, 120_000);

  it('stderr in the same closed pipe (2>&1 | head): no crash, status 2 (was an uncaught EPIPE, status 1)', async () => {
    const result = await run({ cut: 50, together: true });
    expect(result.status).toBe(2);
  }, 120_000);
});
