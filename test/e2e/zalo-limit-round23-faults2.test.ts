/**
 * Zalo run as `npm start` runs it (`src/main.ts`, webhook mode, the fake Zalo Bot API over real HTTP), two instances on a
 * PostgreSQL and a Redis of the test's own: a phone flooding instance A gets 12 answers and one polite message; then the
 * platform delivers all 14 again to instance B (their 200s lost: A killed, the connection cut). Those A is still answering
 * get 503 and come again later, as Zalo retries; those answered are duplicates; the two refused by the per-user limit are
 * refused again, without a second polite message. Was: the refused ones were let through on redelivery and answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_LIMIT_TEXT, USER_RATE_LIMIT } from '../../src/channels/user-limit.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from '../channels/zalo/harness.ts';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { postZalo, sleep, startInstance, ZALO_TEST_SECRET, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();
const FLOOD_TEXT = 'cho hoi ho ngheo dc ho tro j';

describe.skipIf(unavailable !== undefined)(titled('Zalo per-user limit: a refused message delivered again stays refused', unavailable), () => {
  const started: Instance[] = [];
  const own = ownServicesForSuite(started);
  let zalo: FakeZalo;

  beforeAll(async () => {
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
  }, 60_000);
  afterAll(async () => {
    await zalo?.close();
  });

  it('14 messages at A, all delivered again at B (503 while A answers, then again): 12 answers, one polite message', async () => {
    const env = {
      DATABASE_URL: own.postgres.url,
      REDIS_URL: own.redis.url,
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
      ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET,
    };
    const [a, b] = (await Promise.all([startInstance(env), startInstance(env)])) as [Instance, Instance];
    started.push(a, b);
    const chat = 'z-23f201';
    const updates = Array.from({ length: USER_RATE_LIMIT.updates + 2 }, () => zaloUpdate(chat, { text: FLOOD_TEXT }));
    expect((await Promise.all(updates.map((update) => postZalo(a, update)))).every((status) => status === 200)).toBe(true);
    // Delivered again at B, each until it is acknowledged (Zalo retries a 503).
    let waiting = updates;
    const statuses = new Set<number>();
    for (let attempt = 0; waiting.length > 0; attempt += 1) {
      if (attempt > 40) throw new Error('redeliveries not acknowledged');
      const answered = await Promise.all(waiting.map((update) => postZalo(b, update)));
      answered.forEach((status) => statuses.add(status));
      waiting = waiting.filter((_, index) => answered[index] !== 200);
      if (waiting.length > 0) await sleep(500);
    }
    expect([...statuses].every((status) => status === 200 || status === 503)).toBe(true);
    // A duplicate is acknowledged with nothing sent (zalo.replied with 0 messages): an answer is a line with messages.
    // What Zalo received for the chat, once it stops coming.
    let count = -1;
    while (zalo.sentTo(chat).length !== count) {
      count = zalo.sentTo(chat).length;
      await sleep(1500);
    }
    expect(zalo.sentTo(chat).filter((text) => text === USER_LIMIT_TEXT)).toHaveLength(1);
    const ids = new Set(updates.map((update) => (update.message as { message_id: string }).message_id));
    const replied = [a, b].flatMap((instance) => instance.logs()).filter((line) => line.event === 'zalo.replied' && Number(line.messages) > 0 && ids.has(String(line.updateId)));
    expect(replied).toHaveLength(USER_RATE_LIMIT.updates);
    expect(new Set(replied.map((line) => line.updateId)).size).toBe(USER_RATE_LIMIT.updates);
    const limited = [a, b].flatMap((instance) => instance.logs()).filter((line) => line.event === 'zalo.rate_limited');
    expect(limited).toHaveLength(1);
    expect(JSON.stringify(limited)).not.toContain(FLOOD_TEXT);
  }, 180_000);
});
