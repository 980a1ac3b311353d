/**
 * Round 28 (privacy10), over real HTTP (POST /api/chat): a resident who sent the same unanswered question in more than
 * 100 messages (pressing "Gửi" again and again on a slow phone) presses "Xóa tin này" under the first of them:
 * the question kept is deleted. Was: the store held the newest 100 messages' refs only, so the first said "Trợ lý
 * không lưu gì từ tin này" while its text was still kept.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;
/** More sends than the 100 refs a row once held. */
const MANY_SENDS = 101;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

async function chat(sessionId: string, message: { text: string; messageId: string }): Promise<string> {
  const response = await server.postJson('/api/chat', { sessionId, ...message });
  expect(response.status).toBe(200);
  return ((await response.json()) as { replies: Reply[] }).replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');
}

const question = 'gia heo hoi hom nay bn 1 ky vay ad';
/** `question` sent MANY_SENDS times, in messages tinHeo0000, tinHeo0001… */
async function sendMany(sessionId: string): Promise<void> {
  for (let index = 0; index < MANY_SENDS; index += 1) await chat(sessionId, { text: question, messageId: `tinHeo${String(index).padStart(4, '0')}` });
}

describe('"Xóa tin này" under the oldest of many sends of one question', () => {
  it('deletes the question kept', async () => {
    const sessionId = randomBytes(18).toString('base64url');
    await sendMany(sessionId);
    expect((await server.service.app.store.stats()).unansweredQuestions.map((entry) => entry.text)).toContain(question);

    const said = await chat(sessionId, { text: '/xoatin tinHeo0000', messageId: 'tinXoa0001' });
    expect(said).toContain('Đã xóa những gì tin này để lại trong trợ lý');
    expect((await server.service.app.store.stats()).unansweredQuestions.map((entry) => entry.text)).not.toContain(question);
  });
  it('on a greeting sent after them deletes nothing and says so (mend28b: was the question deleted, "Đã xóa…")', async () => {
    const sessionId = randomBytes(18).toString('base64url');
    await sendMany(sessionId);
    await chat(sessionId, { text: 'chao ad', messageId: 'tinChao0001' });

    for (const id of ['tinChao0001', 'tinGoBua999']) {
      const said = await chat(sessionId, { text: `/xoatin ${id}`, messageId: `tinXoa-${id}` });
      expect(said).toContain('Trợ lý không lưu gì từ tin này');
    }
    expect((await server.service.app.store.stats()).unansweredQuestions.map((entry) => entry.text)).toContain(question);
  });
});
