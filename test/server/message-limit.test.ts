/**
 * Round 10: one limit on what a person sends (INPUT_DEFAULTS.maxMessageChars), the same Vietnamese notice everywhere (the limit,
 * the length sent, what to do) and a log line of the length only. Before: /api/ask refused at 1.000, the chat at 2.000, cli
 * search at 4.096, cli check --text never, and a 3.000-character "a a a …" got `[]` from cli search with no message at all.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NOTICE = /^Tin nhắn quá dài \(tối đa 2\.000 ký tự, tin này có 2\.999 ký tự\) nên trợ lý chưa đọc\. Bạn hãy rút gọn, chỉ giữ điều muốn hỏi, hoặc tách thành từng câu hỏi ngắn rồi gửi lần lượt\.$/;
/** What a tester pasted: "a a a …", 2.999 characters. */
const PASTE = Array.from({ length: 1500 }, () => 'a').join(' ');
/** A long but real question, over the old /api/ask limit (1.000) and under the chat's (2.000). */
const LONG_QUESTION = `${'Thưa ban, nhà tui ở quê, ba má già yếu, con đi học xa, ruộng thì ít, năm nay mất mùa, '.repeat(14)}vay ho can ngheo dc ko`;

let server: TestService;
beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

const errorOf = async (response: Response) => ((await response.json()) as { error: { field?: string; message: string } }).error;

describe('one limit, one notice', () => {
  it('/api/ask: the 3.000-character paste gets the chat’s notice, logged by its length only', async () => {
    const response = await server.postJson('/api/ask', { question: PASTE });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.field).toBe('question');
    expect(error.message).toMatch(NOTICE);
    const logged = server.logs().filter((line) => line.event === 'message_too_long');
    expect(logged).toContainEqual(expect.objectContaining({ channel: 'api', chars: 2999 }));
    expect(JSON.stringify(server.logs())).not.toContain('a a a a a');
  });

  it('/api/ask: a real question of 1.200 characters is answered as the chat would read it (was refused at 1.000)', async () => {
    expect(LONG_QUESTION.length).toBeGreaterThan(1000);
    expect(LONG_QUESTION.length).toBeLessThan(2000);
    const response = await server.postJson('/api/ask', { question: LONG_QUESTION });
    expect(response.status).toBe(200);
  });

  it('/api/chat (the web page): the same notice for the paste', async () => {
    const response = await server.postJson('/api/chat', { sessionId: 'outreach10-limit-0001', text: PASTE });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(NOTICE);
    const logged = server.logs().filter((line) => line.event === 'message_too_long');
    expect(logged).toContainEqual(expect.objectContaining({ channel: 'web', chars: 2999 }));
  });

  it('cli search: the paste is refused with the notice (was `[]` and nothing said)', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'search', '--json', PASTE], { cwd: root, encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stdout.trim()).toBe('[]');
    expect(child.stderr.trim()).toMatch(NOTICE);
  });

  it('cli check --text: the paste is refused with the notice (was "Chưa đủ để kiểm tra")', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', '--text', PASTE], { cwd: root, encoding: 'utf8' });
    expect(`${child.stdout}${child.stderr}`).toContain('Tin nhắn quá dài (tối đa 2.000 ký tự, tin này có 2.999 ký tự)');
    expect(`${child.stdout}${child.stderr}`).not.toContain('Chưa đủ để kiểm tra');
  });
});
