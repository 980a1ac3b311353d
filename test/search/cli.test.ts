/** `cli search` run as a user or a script runs it: a real process, its stdout, stderr and exit code. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[], input?: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'search', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const RESULT_FIELDS = ['docId', 'docNumber', 'title', 'issuer', 'date', 'section', 'text', 'snippet', 'score', 'citation', 'passageId'];

describe('cli search', () => {
  it('keeps the script contract through npm: nothing but a JSON array on stdout', () => {
    const child = spawnSync('npm', ['run', '--silent', 'cli', '--', 'search', '--json', '--limit', '2', 'hộ cận nghèo được hỗ trợ bảo hiểm y tế'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    const results = JSON.parse(child.stdout) as Record<string, unknown>[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    for (const result of results) {
      for (const field of RESULT_FIELDS) expect(result).toHaveProperty(field);
      expect(typeof result.text).toBe('string');
      expect(typeof result.score).toBe('number');
    }
  });

  it('prints a readable Vietnamese listing with citations', () => {
    const { status, stdout } = cli(['lam sao de ho ngheo duoc vay von']);
    expect(status).toBe(0);
    expect(stdout).toContain('Kết quả cho');
    expect(stdout).toContain('Nguồn:');
    expect(stdout).toMatch(/«[^»]+»/);
  });

  it('says so, and points to the commune, when nothing answers', () => {
    const { status, stdout } = cli(['giá vàng hôm nay']);
    expect(status).toBe(0);
    expect(stdout).toContain('Không tìm thấy');
    expect(stdout).toContain('UBND cấp xã');
  });

  it('answers one JSON array per input line with --stdin, in order, bad lines included', () => {
    const lines = ['hộ nghèo vay vốn', '', 'giá vàng hôm nay', '😀😀', '\u0001\u0002', 'x'.repeat(100_000), 'nuoc sach ve sinh'];
    const { status, stdout } = cli(['--json', '--stdin', '--limit', '3'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const arrays = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { text: string }[]);
    expect(arrays).toHaveLength(lines.length);
    expect(arrays[0]!.length).toBeGreaterThan(0);
    expect(arrays.slice(1, 6)).toEqual([[], [], [], [], []]);
    expect(arrays[6]!.some((result) => /nước sinh hoạt|nước sạch/i.test(result.text))).toBe(true);
  });

  it('gives [] for empty, emoji-only and control-character questions in --json mode', () => {
    for (const question of ['', '   ', '🙏🙏', '\u0007\u0008']) {
      const { status, stdout } = cli(['--json', question]);
      expect(status).toBe(0);
      expect(stdout.trim()).toBe('[]');
    }
  });

  it('refuses a 100 KB question with a clear message and valid JSON', () => {
    // ASCII, so the argument stays under the kernel's 128 KiB limit for one argument.
    const question = 'ho ngheo '.repeat(11_500);
    expect(question.length).toBeGreaterThan(100_000);
    const { status, stdout, stderr } = cli(['--json', question]);
    expect(status).toBe(2);
    expect(stdout.trim()).toBe('[]');
    expect(stderr).toContain('Tin nhắn quá dài');
    // 'ho ngheo ' × 11.500 = 103.500 characters, written with the thousands separator.
    expect(stderr).toContain('(tối đa 2.000 ký tự, tin này có 103.500 ký tự)');
  });

  it('explains bad options instead of crashing', () => {
    const badLimit = cli(['--json', '--limit', 'ba', 'hộ nghèo']);
    expect(badLimit.status).toBe(2);
    expect(badLimit.stdout).toBe('');
    expect(badLimit.stderr).toContain('--limit');
    const unknown = cli(['--tinh', 'x', 'hộ nghèo']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('search --help');
    const empty = cli([]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('chưa nhập câu hỏi');
  });

  it('filters by province and document', () => {
    const { stdout } = cli(['--json', '--limit', '10', '--only-province', 'Hung Yen', 'mục tiêu giảm nghèo']);
    const results = JSON.parse(stdout) as { province: string; docId: string }[];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.province).toBe('Hưng Yên');
    const docId = results[0]!.docId;
    const inDoc = JSON.parse(cli(['--json', '--limit', '10', '--doc', docId, 'giảm nghèo']).stdout) as { docId: string }[];
    expect(inDoc.length).toBeGreaterThan(0);
    for (const result of inDoc) expect(result.docId).toBe(docId);
  });
});
