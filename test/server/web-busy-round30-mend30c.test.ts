/**
 * Round 30 (mend30c): a web message sent without its id (an API client, no "Gửi lại" by itself) whose instance lost the
 * chat lock to another instance answering another message of the same chat (ChatCore.handle: DeliveryInProgressError,
 * nothing saved). Was: 200 with no reply at all (then, with the core's fix alone, "trang sẽ tự nhận câu trả lời", which no
 * page does without an id). Now 503 telling the sender to send it again; a message with its id keeps the in-progress 503
 * (the page retries it by itself). Real HTTP; the core's refusal is the one the two-instance test
 * (test/chat/lock-lost-round30-mend30c.test.ts) produces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_RETRY } from '../../src/channels/web/routes.ts';
import { DeliveryInProgressError } from '../../src/chat/ports.ts';
import { startTestService, type TestService } from './harness.ts';

describe('web: a message not handled because another message of the chat was answered elsewhere', () => {
  let server: TestService;
  beforeAll(async () => {
    server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
    server.service.app.core.handle = () => Promise.reject(new DeliveryInProgressError());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('"co dc ho tro tien dien ko" khong co messageId: 503 bao gui lai (was: 200 khong co cau tra loi / "trang se tu nhan")', async () => {
    const response = await server.postJson('/api/chat', { sessionId: 'Tab-chu-Tu-Ben-Tre-0912345', text: 'co dc ho tro tien dien ko' });
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe(String(WEB_RETRY.inProgressRetryAfterSeconds));
    const body = (await response.json()) as { error?: { message?: string } };
    expect(body.error?.message).toBe(WEB_RETRY.chatBusyMessage);
    expect(body.error?.message).toContain('gửi lại');
  });

  it('the same with its messageId (the page): the in-progress 503, the page retries by itself', async () => {
    const response = await server.postJson('/api/chat', { sessionId: 'Tab-chu-Tu-Ben-Tre-0912345', text: 'co dc ho tro tien dien ko', messageId: 'msg-r30-mend30c-01' });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error?: { message?: string } };
    expect(body.error?.message).toContain('trang sẽ tự nhận câu trả lời');
  });
});
