/**
 * Zalo with several instances (`src/main.ts` as `npm start` runs it, webhook mode, the fake Zalo Bot API), on one
 * PostgreSQL database and one Redis key prefix made for this run:
 * - a resident's household check over Zalo alternating between two instances message by message keeps its consent
 *   and its place; the same message delivered to both is answered once;
 * - an instance killed (SIGKILL) after the message was marked answered and before Zalo took the answer (the fake holds
 *   sendMessage): the answer was kept in the outbox by the same write, so the other instance sends it once the dead
 *   one's lease ran out, once; before, it was lost (the redelivery is a duplicate, nothing sent it again);
 * - Zalo refusing the answer for a while (HTTP 500 past the retries): the answer waits in the outbox and goes once Zalo
 *   takes it again; before, it was dropped (log zalo.send_failed);
 * - Zalo refusing it while the instance's database is away too (its rest cannot be handed back as a new item): the kept
 *   answer stays in the outbox, not removed once the database is back, and goes once its lease ran out.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX } from '../../src/channels/outbox.ts';
import { ZALO_ERROR_TEXT } from '../../src/channels/zalo/bot.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from '../channels/zalo/harness.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { killLeft, postZalo, startInstance, ZALO_TEST_SECRET, type Instance } from './process.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(unavailable !== undefined)(titled('Zalo on two instances (PostgreSQL + Redis): nothing lost', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const redis = testRedisPrefix('zalo21');
  let zalo: FakeZalo;
  let client: pg.Client;
  let a: Instance;
  let b: Instance;
  const started: Instance[] = [];
  const env = () => ({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: redis.prefix,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    // Registered by each at start (the fake only records it); the tests post to each instance.
    ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
    ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET,
  });
  /** What Zalo received for one chat, once it stops coming (answers are sent after the 200). */
  const settled = async (chatId: string): Promise<string[]> => {
    let count = -1;
    for (;;) {
      await sleep(1500);
      const now = zalo.sentTo(chatId).length;
      if (now === count) return zalo.sentTo(chatId);
      count = now;
    }
  };
  /** Outbox rows waiting for a Zalo chat. */
  const waiting = async (chatId: string) =>
    (await client.query<{ lease_until: string }>("SELECT lease_until FROM outbox WHERE channel = 'zalo' AND recipient = $1", [chatId])).rows;

  beforeAll(async () => {
    database = await createTestDatabase('zalo21');
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
    [a, b] = await Promise.all([startInstance(env()), startInstance(env())]);
    started.push(a, b);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await killLeft(started);
    await zalo?.close();
    await redis.clear();
    await database?.drop();
  }, 60_000);

  it('a household check over Zalo alternating between the instances keeps consent and place; a message sent to both is answered once', async () => {
    const chat = 'z-21001';
    const steps = ['/kiemtra', 'dong y', 'nong thon', '4', '5 trieu'];
    for (const [index, text] of steps.entries()) {
      expect(await postZalo(index % 2 === 0 ? a : b, zaloUpdate(chat, { text }))).toBe(200);
    }
    const texts = await settled(chat);
    const all = texts.join('\n');
    expect(all).toContain('Câu trả lời sẽ được lưu tối đa 30 ngày');
    expect(all).toContain('Câu 3/15');
    // 5.000.000 đồng / 4 people: the summary of what was understood, before the living conditions.
    expect(all).toContain('1.250.000 đồng/người/tháng');
    expect(texts.at(-1)).toContain('Câu 4/15');
    // The next answer, "có", sent to both at once (a platform retry racing the first): one answer, question 5.
    const update = zaloUpdate(chat, { text: 'co' });
    const statuses = await Promise.all([postZalo(a, update), postZalo(b, update)]);
    expect(statuses).toContain(200);
    for (const status of statuses) expect([200, 503]).toContain(status);
    expect(await postZalo(b, update)).toBe(200);
    const after = (await settled(chat)).slice(texts.length);
    expect(after.filter((text) => text.includes('Câu 5/15'))).toHaveLength(1);
    expect(after.join('\n')).not.toContain('Câu 6/15');
    expect(after).not.toContain(ZALO_ERROR_TEXT);
  }, 120_000);

  it('an instance killed after answering and before Zalo took the answer: the other instance sends it, once', async () => {
    const reference = 'z-21002';
    expect(await postZalo(a, zaloUpdate(reference, { text: '/start' }))).toBe(200);
    const once = await settled(reference);
    expect(once.join('\n')).toContain('Trợ lý Giảm nghèo');

    const killed = await startInstance(env());
    started.push(killed);
    const chat = 'z-21003';
    zalo.failNext('sendMessage', 'hold');
    const update = zaloUpdate(chat, { text: '/start' });
    expect(await postZalo(killed, update)).toBe(200);
    // The answer is on its way (held by "Zalo"): the message was marked answered just before.
    await zalo.waitFor('the held sendMessage', () => zalo.callsOf('sendMessage').some((call) => call.body.chat_id === chat), 30_000);
    const kept = await waiting(chat);
    expect(kept).toHaveLength(1);
    expect(Number(kept[0]!.lease_until)).toBeGreaterThan(Date.now());
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(zalo.sentTo(chat)).toEqual([]);
    // Zalo sends the message again (it got no 200 in time): answered already, dropped, not answered a second time.
    expect(await postZalo(b, update)).toBe(200);
    await sleep(1500);
    expect(zalo.sentTo(chat)).toEqual([]);
    // The dead instance's lease runs out (shortened here instead of waiting OUTBOX.leaseMs): a live one sends it.
    await client.query("UPDATE outbox SET lease_until = 0 WHERE channel = 'zalo' AND recipient = $1", [chat]);
    await zalo.waitFor('the kept answer', () => zalo.sentTo(chat).length >= once.length, OUTBOX.intervalMs + 30_000);
    expect(await settled(chat)).toEqual(once);
    expect([...a.logs(), ...b.logs()].filter((line) => line.event === 'zalo.outbox_sent')).toHaveLength(1);
    expect(await waiting(chat)).toEqual([]);
  }, 120_000);

  it('Zalo refusing the answer past its retries: it waits in the outbox and goes once Zalo takes it again', async () => {
    const reference = 'z-21004';
    expect(await postZalo(b, zaloUpdate(reference, { text: 'ho ngheo la gi' }))).toBe(200);
    const once = await settled(reference);
    expect(once.length).toBeGreaterThan(0);

    const chat = 'z-21005';
    // Four attempts a message (1 s, 2 s, 4 s apart): all refused.
    zalo.failNext('sendMessage', 'http-500', 4);
    expect(await postZalo(b, zaloUpdate(chat, { text: 'ho ngheo la gi' }))).toBe(200);
    await zalo.waitFor('the answer once Zalo takes it', () => zalo.sentTo(chat).length >= once.length, 60_000);
    expect(await settled(chat)).toEqual(once);
    const events = b.logs().map((line) => line.event);
    expect(events).toContain('zalo.reply_kept');
    expect(events).not.toContain('zalo.send_failed');
    expect(await waiting(chat)).toEqual([]);
  }, 120_000);

  it('Zalo refusing the answer while the database is away too: the kept answer stays and goes once its lease ran out', async () => {
    const pgTarget = new URL(database.url);
    const proxy = await startTcpProxy({ host: pgTarget.hostname, port: Number(pgTarget.port || 5432) });
    try {
      const cut = await startInstance({ ...env(), DATABASE_URL: proxy.url(database.url) });
      started.push(cut);
      const reference = 'z-21006';
      expect(await postZalo(a, zaloUpdate(reference, { text: '/start' }))).toBe(200);
      const once = await settled(reference);

      const chat = 'z-21007';
      const attempts = () => zalo.callsOf('sendMessage').filter((call) => call.body.chat_id === chat).length;
      zalo.failNext('sendMessage', 'http-500', 4);
      expect(await postZalo(cut, zaloUpdate(chat, { text: '/start' }))).toBe(200);
      // Answered and kept (the database was there); Zalo refuses the first attempt: the database goes away meanwhile.
      await zalo.waitFor('the first attempt', () => attempts() >= 1);
      await proxy.cut();
      await zalo.waitFor('the four attempts', () => attempts() >= 4, 30_000);
      await zalo.waitFor('send_failed in the log', () => cut.logs().some((line) => line.event === 'zalo.send_failed'), 10_000);
      await proxy.restore();
      // Past a look of the instance's outbox (OUTBOX.intervalMs) with the database back: the answer is still kept.
      await sleep(OUTBOX.intervalMs + 2000);
      expect(zalo.sentTo(chat)).toEqual([]);
      expect(await waiting(chat)).toHaveLength(1);
      // Its lease runs out (shortened here instead of waiting OUTBOX.leaseMs): sent once, in full.
      await client.query("UPDATE outbox SET lease_until = 0 WHERE channel = 'zalo' AND recipient = $1", [chat]);
      await zalo.waitFor('the kept answer', () => zalo.sentTo(chat).length >= once.length, OUTBOX.intervalMs + 30_000);
      expect(await settled(chat)).toEqual(once);
      expect(await waiting(chat)).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, 120_000);
});
