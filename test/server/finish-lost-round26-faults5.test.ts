/**
 * Round 26 (faults5): the database went away between a web chat message's answer and the write marking it answered (its
 * finish: PostgreSQL restarted mid-batch). The answer went out, but the claim stayed "being answered" in the store until its
 * lease (1 minute) ran out: the page's retries (its answer lost on the way) got 503 for that minute and the message was then
 * answered a second time. Now the instance holds the message as answered until the store takes the finish, with the kept
 * answer, as soon as it is back: a retry then gets the same answer, once.
 */
import { describe, expect, it, vi } from 'vitest';
import { storeDeliveryClaims, StoreUnavailableError, type DeliveryClaim, type KeptAnswer } from '../../src/chat/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { webChatSuite } from './harness.ts';

describe('round 26 faults5: the database away between a web answer and its finish', () => {
  const { server, post } = webChatSuite();

  it('"ho can ngheo dc ho tro j" answered, the database gone at its finish, sent again once it is back: the same answer', async () => {
    const store = server().service.app.store;
    const { finishDelivery, claimDelivery } = store;
    let away = false;
    const gone = () => new StoreUnavailableError('Cơ sở dữ liệu PostgreSQL tạm thời không kết nối được.');
    store.finishDelivery = () => {
      if (away) return Promise.reject(gone());
      // The database goes away right as this message's answer is marked answered.
      away = true;
      return Promise.reject(gone());
    };
    store.claimDelivery = (...args) => (away ? Promise.reject(gone()) : claimDelivery(...args));
    const body = { sessionId: 'r26-faults5-finish-lost-0001', text: 'ho can ngheo dc ho tro j', messageId: 'tin-finish-lost-r26' };
    try {
      const first = await post(body);
      expect(first.status).toBe(200);
      expect(first.body.replies!.length).toBeGreaterThan(0);
      // Its answer lost on the way, the page sends it again while the database is away: wait, in Vietnamese (the page
      // retries by itself); never "not handled yet", which it was.
      const waiting = await post(body);
      expect(waiting.status).toBe(503);
      expect(waiting.body.error?.message).toMatch(/^Tin nhắn này đang được trả lời\. Bạn chờ/);
      // The database is back: a few retries (the page's, a second apart) get the same answer, not a second one.
      away = false;
      store.finishDelivery = finishDelivery;
      let again = await post(body);
      for (let tries = 0; again.status === 503 && tries < 5; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        again = await post(body);
      }
      expect(again).toEqual(first);
      expect(server().logs().filter((line) => line.event === 'web.retry_answered_again').length).toBeGreaterThan(0);
      // No log line carries what the resident typed.
      expect(server().logLines.join('\n')).not.toContain('ho can ngheo dc ho tro j');
    } finally {
      store.finishDelivery = finishDelivery;
      store.claimDelivery = claimDelivery;
    }
  });

  it('"nop giay o dau" reaching the instance as the database goes (nothing answered, the claim not given back): answered once it is back', async () => {
    const store = server().service.app.store;
    const { readSession, releaseDelivery } = store;
    let away = true;
    const gone = () => new StoreUnavailableError('Cơ sở dữ liệu PostgreSQL tạm thời không kết nối được.');
    store.readSession = (...args) => (away ? Promise.reject(gone()) : readSession(...args));
    store.releaseDelivery = (...args) => (away ? Promise.reject(gone()) : releaseDelivery(...args));
    const body = { sessionId: 'r26-faults5-release-lost-0002', text: 'nop giay o dau', messageId: 'tin-release-lost-r26' };
    try {
      const first = await post(body);
      expect(first.status).toBe(503);
      expect(first.body.error?.message).toContain('chưa được xử lý');
      // The database is back: the page's next retry is answered (was 503 "đang được trả lời" for the claim's minute).
      away = false;
      const again = await post(body);
      expect(again.status).toBe(200);
      expect(again.body.replies!.length).toBeGreaterThan(0);
      expect(await post(body)).toEqual(again);
    } finally {
      store.readSession = readSession;
      store.releaseDelivery = releaseDelivery;
    }
  });
});

describe('round 26 faults5: a Zalo answer whose finish the database did not take', () => {
  it('"nha tui 5 nguoi" redelivered: waits until the finish is written, then dropped; the answer is never kept late (sent twice)', async () => {
    let away = false;
    const finishes: { id: string; keep?: KeptAnswer }[] = [];
    const gone = () => new StoreUnavailableError('Cơ sở dữ liệu PostgreSQL tạm thời không kết nối được.');
    const claims = storeDeliveryClaims(
      {
        claimDelivery: async (_channel, id) => {
          if (away) throw gone();
          return finishes.some((finish) => finish.id === id) ? 'done' : 'claimed';
        },
        finishDelivery: async (_channel, id, keep) => {
          if (away) throw gone();
          finishes.push({ id, ...(keep ? { keep } : {}) });
          return keep ? 1 : undefined;
        },
        releaseDelivery: async () => undefined,
        renewDelivery: async () => true,
      },
      () => new Date(),
      silentLogger,
    );
    const claim = (await claims.claim('zalo', 'msg-5-nguoi')) as DeliveryClaim;
    away = true;
    await expect(claim.finish({ recipient: 'zalo-user-1', messages: '[]', leaseMs: 60_000 })).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await claims.claim('zalo', 'msg-5-nguoi')).toBe('in-progress');
    // The database back, Zalo delivers it again (a few times): in progress until the finish is written, then done.
    away = false;
    await vi.waitFor(async () => expect(await claims.claim('zalo', 'msg-5-nguoi')).toBe('done'));
    expect(finishes).toEqual([{ id: 'msg-5-nguoi' }]);
  });
});
