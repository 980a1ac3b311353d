/**
 * Zalo run as `npm start` runs it (`src/main.ts`, webhook mode, the fake Zalo Bot API over real HTTP), instances on a
 * PostgreSQL and a Redis of the test's own:
 * - instance A has lost Redis, instance B still has it: a message delivered to A and again to B (A's 200 lost) is answered
 *   once. Was: A claimed it in PostgreSQL, B in Redis, and both answered. The claim is PostgreSQL's alone now.
 * - a message refused by the per-user limit and delivered again after the limit's 10 s window (within the platforms'
 *   24 hours) is refused again, not answered. Was: remembered as refused 10 s only, then answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_LIMIT_TEXT, USER_RATE_LIMIT } from '../../src/channels/user-limit.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from '../channels/zalo/harness.ts';
import { closedPort, titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { postZalo, sleep, startInstance, ZALO_TEST_SECRET, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();

describe.skipIf(unavailable !== undefined)(titled('round 24 faults3: one answer per Zalo message across instances', unavailable), () => {
  const started: Instance[] = [];
  const own = ownServicesForSuite(started);
  let zalo: FakeZalo;
  const env = (redisUrl: string) => ({
    DATABASE_URL: own.postgres.url,
    REDIS_URL: redisUrl,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
    ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET,
  });
  /** Messages Zalo received for a chat, once they stop coming. */
  const settled = async (chat: string) => {
    let count = -1;
    while (zalo.sentTo(chat).length !== count) {
      count = zalo.sentTo(chat).length;
      await sleep(1500);
    }
    return zalo.sentTo(chat);
  };
  /** Log lines of answers sent (zalo.replied with messages) for these updates, at every instance. */
  const answered = (ids: Set<string>) =>
    started.flatMap((instance) => instance.logs()).filter((line) => line.event === 'zalo.replied' && Number(line.messages) > 0 && ids.has(String(line.updateId)));
  const idOf = (update: Record<string, unknown>) => (update.message as { message_id: string }).message_id;
  /** Posts until acknowledged (Zalo retries a 503). */
  const delivered = async (instance: Instance, update: object) => {
    for (let attempt = 0; ; attempt += 1) {
      const status = await postZalo(instance, update);
      if (status === 200) return;
      expect(status).toBe(503);
      if (attempt > 40) throw new Error('delivery never acknowledged');
      await sleep(500);
    }
  };

  beforeAll(async () => {
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
  }, 60_000);
  afterAll(async () => {
    await zalo?.close();
  });

  it('A without Redis, B with it: "ho ngheo dc ho tro j" delivered to A then again to B is answered once', async () => {
    const lostRedis = `redis://127.0.0.1:${await closedPort()}`;
    const [a, b] = (await Promise.all([startInstance(env(lostRedis)), startInstance(env(own.redis.url))])) as [Instance, Instance];
    started.push(a, b);
    const chat = 'z-24f301';
    const first = zaloUpdate(chat, { text: 'ho ngheo dc ho tro j' });
    await delivered(a, first);
    await settled(chat);
    await delivered(b, first);
    // And one delivered to both at once.
    const second = zaloUpdate(chat, { text: 'ho can ngheo dc mien hoc phi ko' });
    await Promise.all([delivered(a, second), delivered(b, second)]);
    await settled(chat);
    const replies = answered(new Set([idOf(first), idOf(second)]));
    expect(replies.map((line) => line.updateId).sort()).toEqual([idOf(first), idOf(second)].sort());
  }, 180_000);

  it('14 messages at A, the 2 refused delivered again to B after the 10 s window: still refused, one polite message', async () => {
    const [a, b] = (await Promise.all([startInstance(env(own.redis.url)), startInstance(env(own.redis.url))])) as [Instance, Instance];
    started.push(a, b);
    const chat = 'z-24f302';
    const updates = Array.from({ length: USER_RATE_LIMIT.updates + 2 }, () => zaloUpdate(chat, { text: 'cho hoi ho ngheo dc ho tro j' }));
    for (const update of updates) await delivered(a, update);
    await settled(chat);
    const ids = new Set(updates.map(idOf));
    const allowed = new Set(answered(ids).map((line) => String(line.updateId)));
    expect(allowed.size).toBe(USER_RATE_LIMIT.updates);
    const refused = updates.filter((update) => !allowed.has(idOf(update)));
    expect(refused).toHaveLength(2);
    // Their 200s lost: Zalo delivers them again, after the limit's window.
    await sleep(USER_RATE_LIMIT.windowMs + 1500);
    for (const update of refused) await delivered(b, update);
    const sent = await settled(chat);
    expect(sent.filter((text) => text === USER_LIMIT_TEXT)).toHaveLength(1);
    expect(answered(ids)).toHaveLength(USER_RATE_LIMIT.updates);
  }, 180_000);
});
