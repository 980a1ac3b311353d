/**
 * tryout51 F3, F6: start-up failures said in Vietnamese with what to do, as real `npm start` processes. Before: a database
 * folder under /proc spun for ever (mkdirSync recursive looping on ENOENT) with no word and the CPU busy; a port in use gave
 * Node's "listen EADDRINUSE"; CORS_ORIGIN=foo was taken silently; a dangling link gave a bare "mkdir" error.
 */
import { createServer, type Server } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMain } from './harness.ts';

const held: Server[] = [];
afterEach(async () => {
  for (const server of held.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** `npm start` with `env`, killed after 30 s if still running: its exit code and what it wrote. */
async function start(env: Record<string, string>) {
  const main = startMain({ PORT: '0', ...env });
  const timer = setTimeout(() => main.child.kill('SIGKILL'), 30_000);
  const code = await main.exited;
  clearTimeout(timer);
  return { code, ...main.output() };
}

describe('start-up failures', () => {
  it('a database folder that cannot be made (under /proc) stops at once, naming it, with a log line', async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await start({ DATABASE_PATH: '/proc/lost50-t51/x.db' });
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(stderr).toContain('Không khởi động được: Không tạo được thư mục "/proc/lost50-t51" cho cơ sở dữ liệu (DATABASE_PATH)');
    expect(stderr).toContain('Hãy tạo thư mục ấy trước');
    expect(stdout + stderr).toContain('"event":"startup_failed"');
  }, 40_000);

  it('a database folder that is a link to a volume not mounted says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lost50-link-'));
    symlinkSync(join(folder, 'not-mounted', 'data'), join(folder, 'dangling'));
    const { code, stderr } = await start({ DATABASE_PATH: join(folder, 'dangling', 'bot.db') });
    expect(code).toBe(1);
    expect(stderr).toContain('liên kết (symlink) trỏ tới chỗ không có');
  }, 40_000);

  it('a database file made read-only (chattr +i): what to do, in Vietnamese only', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lost50-ro-'));
    const file = join(folder, 'ro.db');
    writeFileSync(file, '');
    execFileSync('chattr', ['+i', file]);
    try {
      const { code, stderr } = await start({ DATABASE_PATH: file });
      expect(code).toBe(1);
      expect(stderr).toContain(`Không khởi động được: Không mở được hoặc không ghi được tệp cơ sở dữ liệu "${file}" (tệp, thư mục của nó hay ổ đĩa đang chỉ cho đọc, hoặc thiếu quyền)`);
      expect(stderr).toContain(`bỏ thuộc tính chỉ đọc (chattr -i "${file}")`);
      expect(stderr).not.toContain('Database error');
    } finally {
      execFileSync('chattr', ['-i', file]);
    }
  }, 40_000);

  it('a port in use: “Cổng … đang có chương trình khác dùng”, with what to do', async () => {
    const other = createServer();
    held.push(other);
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    const folder = mkdtempSync(join(tmpdir(), 'lost50-port-'));
    const { code, stderr } = await start({ PORT: String(port), DATABASE_PATH: join(folder, 'bot.db') });
    expect(code).toBe(1);
    expect(stderr).toContain(`Không khởi động được: Cổng ${port} (PORT) trên 127.0.0.1 đang có chương trình khác dùng`);
    expect(stderr).toContain('Hãy đặt PORT khác');
    expect(stderr).not.toContain('address already in use');
  }, 40_000);

  it('CORS_ORIGIN=foo is refused at start, naming the variable and what it takes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lost50-cors-'));
    const { code, stderr } = await start({ CORS_ORIGIN: 'foo', DATABASE_PATH: join(folder, 'bot.db') });
    expect(code).toBe(1);
    expect(stderr).toContain('CORS_ORIGIN: giá trị không hợp lệ, cần * (mọi trang) hoặc một nguồn');
  }, 40_000);
});
