/** `npm run chat` as a user scripts it: piped input, one message per line, replies on stdout, exit at EOF. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function runChat(input: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // Without LOG_LEVEL the terminal chat logs warnings and errors only, so stderr stays quiet.
    const { LOG_LEVEL: _ignored, ...inherited } = process.env;
    const child = spawn('npm', ['run', '--silent', 'chat', '--', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm run chat', () => {
  it('reads piped messages, prints the replies with numbered choices, keeps the session, exits at EOF', async () => {
    folder = mkdtempSync(join(tmpdir(), 'chat-cli-'));
    const input = ['/start', '', 'mục tiêu giảm tỷ lệ hộ tái nghèo hằng năm', 'giá vàng hôm nay', '/kiemtra nt 1.4tr bhyt nuoc nhatieu', '/kiemtra', '2'].join('\n');
    const { code, stdout, stderr } = await runChat(`${input}\n`, [], { DATABASE_PATH: join(folder, 'bot.db') });
    expect(stderr).not.toContain('"level":"error"');
    expect(code).toBe(0);
    expect(stdout).toContain('Trợ lý Giảm nghèo');
    expect(stdout).toContain('1. Hỏi về chính sách');
    expect(stdout).toContain('Nguồn:');
    expect(stdout).toContain('ngoài phạm vi');
    expect(stdout).toContain('HỘ NGHÈO');
    // "2" pressed the second consent button ("Không lưu"): the first question follows.
    expect(stdout).toContain('Câu 1/15');
    // The empty line got a short prompt instead of nothing.
    expect(stdout).toContain('Mình chưa đọc được nội dung tin nhắn');
  });

  it('prints one JSON line per message with --json', async () => {
    folder = mkdtempSync(join(tmpdir(), 'chat-cli-'));
    const { code, stdout } = await runChat('/start\nho ngheo la gi\n', ['--json', '--db', join(folder, 'bot.db')]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { message: string; replies: unknown[] });
    expect(lines.map((line) => line.message)).toEqual(['/start', 'ho ngheo la gi']);
    expect(lines[0]!.replies.length).toBeGreaterThan(0);
  });

  it('stops with a clear message naming the file when the database is corrupt', async () => {
    folder = mkdtempSync(join(tmpdir(), 'chat-cli-'));
    const path = join(folder, 'bot.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'not a database at all '.repeat(100));
    const { code, stderr } = await runChat('/start\n', ['--db', path]);
    expect(code).toBe(1);
    expect(stderr).toContain('bị hỏng');
    expect(stderr).toContain(path);
  });
});
