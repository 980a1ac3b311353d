/**
 * The web chat's answer kept for a retried message (POST /api/chat with the same messageId) when the store cannot be read at
 * the retry (degraded: a disk error): the retry is still answered 200 (no reply, as before round 25), logged, never a 500.
 */
import { describe, expect, it } from 'vitest';
import { webChatSuite } from './harness.ts';

describe('round 25 faults4: a retried web message while the kept answer cannot be read', () => {
  const { server, post } = webChatSuite();

  it('"ho ngheo dc gi" sent again: the same answer; the store failing its read: 200 with no reply, logged', async () => {
    const body = { sessionId: 'r25-web-retry-degraded-0001', text: 'ho ngheo dc gi', messageId: 'tin-ho-ngheo-r25' };
    const first = await post(body);
    expect(first.status).toBe(200);
    expect(first.body.replies!.length).toBeGreaterThan(0);
    expect(await post(body)).toEqual(first);
    const store = server().service.app.store;
    const read = store.outboxReplay;
    store.outboxReplay = () => Promise.reject(new Error('disk I/O error'));
    try {
      expect(await post(body)).toEqual({ status: 200, body: { replies: [] } });
    } finally {
      store.outboxReplay = read;
    }
    expect(server().logs().some((line) => line.event === 'web.retry_answer_unread')).toBe(true);
  });
});
