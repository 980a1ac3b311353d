/**
 * Two real server processes (`src/main.ts`, as `npm start` runs it) on different ports, sharing one
 * PostgreSQL database and one Redis key prefix made for this run: a conversation alternating between
 * them completes; the API limit is counted across both; an instance killed with SIGKILL in the middle
 * of an interview loses nothing (with consent: PostgreSQL; without: the draft in Redis); messages of
 * one chat sent to both at once are applied one after the other; the same Telegram update posted to
 * both webhooks is answered once (sendMessage counted at the Bot API emulator), also when the first
 * instance could not reach PostgreSQL (503) and the update is redelivered to the other; with Redis cut
 * (a TCP proxy), rate limits let requests through with a warning, drafts stay in the instance's memory
 * and updates are still answered once (the PostgreSQL claim, the one authority with or without Redis); an instance killed (SIGKILL) after
 * claiming an update and before answering it does not lose it: the redelivery is answered once the
 * claim's lease ran out, not while it runs; a Telegram user's per-user limit is counted across both.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../src/channels/telegram/adapter.ts';
import { DELIVERY_DEFAULTS } from '../../src/chat/ports.ts';
import { BotApiEmulator, webhookTextUpdate as telegramUpdate } from '../channels/telegram/emulator.ts';
import { startInstance, type Instance } from './process.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { keyedHash, OWNER_HASH_KEY } from '../../src/store/shared.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

type Turn = { status: number; text: string };

async function chat(instance: Instance, sessionId: string, message: { text?: string; action?: string }): Promise<Turn> {
  const response = await fetch(new URL('/api/chat', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, ...message }),
  });
  const body = (await response.json()) as { replies?: { spans: { text: string }[] }[] };
  return { status: response.status, text: (body.replies ?? []).map((reply) => reply.spans.map((span) => span.text).join('')).join('\n') };
}

const TELEGRAM_TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';
const TELEGRAM_SECRET = 'telegram-webhook-secret';

async function postUpdate(instance: Instance, update: object): Promise<number> {
  const response = await fetch(new URL('/telegram/webhook', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': TELEGRAM_SECRET },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  return response.status;
}

const session = (label: string) => `${label}-${process.pid}-${Date.now()}`.padEnd(20, 'x').slice(0, 60);

describe.skipIf(unavailable !== undefined)(titled('two instances on PostgreSQL + Redis', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const redis = testRedisPrefix('e2e');
  let redisProxy: Awaited<ReturnType<typeof startTcpProxy>>;
  /** Instance `a` reaches PostgreSQL through this proxy, so its outage can be made for it alone. */
  let pgProxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let telegram: BotApiEmulator;
  let a: Instance;
  let b: Instance;
  const started: Instance[] = [];
  const env = () => ({
    DATABASE_URL: database.url,
    REDIS_URL: redisProxy.url(TEST_REDIS_URL),
    REDIS_KEY_PREFIX: redis.prefix,
    RATE_LIMIT_PER_MINUTE: '30',
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    // Registered by both at start (the emulator only records it); the tests post to each instance.
    TELEGRAM_WEBHOOK_URL: 'http://127.0.0.1:9/telegram/webhook',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
  });
  /** sendMessage calls to one Telegram chat, once they stop coming (answers are sent after the 200). */
  const settledReplies = async (chatId: number): Promise<number> => {
    let count = -1;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const now = telegram.messagesTo(chatId).length;
      if (now === count) return count;
      count = now;
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('e2e');
    const target = new URL(TEST_REDIS_URL);
    redisProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const pgTarget = new URL(database.url);
    pgProxy = await startTcpProxy({ host: pgTarget.hostname, port: Number(pgTarget.port || 5432) });
    telegram = await BotApiEmulator.start({ token: TELEGRAM_TOKEN });
    [a, b] = await Promise.all([startInstance({ ...env(), DATABASE_URL: pgProxy.url(database.url) }), startInstance(env())]);
    started.push(a, b);
  }, 120_000);
  afterAll(async () => {
    for (const instance of started) {
      if (instance.child.exitCode === null) {
        instance.child.kill('SIGTERM');
        await instance.exited;
      }
    }
    await redisProxy?.close();
    await pgProxy?.close();
    await telegram?.close();
    await redis.clear();
    await database?.drop();
  }, 60_000);

  it('both report PostgreSQL and Redis as reachable and are ready', async () => {
    for (const instance of [a, b]) {
      const health = await (await fetch(new URL('/healthz', instance.url))).json();
      expect(health).toEqual({ status: 'ok', degraded: [], database: { backend: 'postgres', reachable: true }, redis: { reachable: true } });
      expect((await fetch(new URL('/readyz', instance.url))).status).toBe(200);
    }
  });

  it('completes a household check alternating between the two instances message by message', async () => {
    const user = session('alternate');
    const steps = ['/kiemtra', 'đồng ý', 'nông thôn', '4', '5 triệu', ...Array<string>(12).fill('có')];
    let last: Turn | undefined;
    for (const [index, text] of steps.entries()) {
      last = await chat(index % 2 === 0 ? a : b, user, { text });
      expect(last.status).toBe(200);
      if (index >= 2 && index < steps.length - 1) expect(last.text).toContain(`Câu ${index}/15`);
      // The consent question says where a draft without consent lives with several instances: Redis, not the database.
      if (index === 0) expect(last.text).toContain('bộ nhớ đệm Redis');
    }
    // 5.000.000 đ / 4 = 1.250.000 đ a person, under the rural line of 2026 (1.500.000 đ): the result is shown.
    expect(last!.text).toContain('Kết quả sàng lọc (tham khảo)');
  });

  it('counts the API limit across both instances', async () => {
    // 30 a minute per address, shared: 20 to each instance → 30 allowed in all, 10 refused.
    const statuses: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const response = await fetch(new URL('/api/standard?date=2026-03-15', index % 2 === 0 ? a.url : b.url));
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(30);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });

  it('keeps one chat’s messages one after the other when they reach both instances at once', async () => {
    const user = session('order');
    await chat(a, user, { text: '/kiemtra' });
    await chat(b, user, { text: 'đồng ý' });
    await chat(a, user, { text: 'nông thôn' });
    await chat(b, user, { text: '4' });
    await chat(a, user, { text: '5 triệu' });
    // Now at question 4/15: eight answers sent at once, half to each instance. Each must land on its own step.
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => chat(index % 2 === 0 ? a : b, user, { text: 'có' })));
    const asked = answers.map((turn) => /Câu (\d+)\/15/.exec(turn.text)?.[1]).map(Number).sort((x, y) => x - y);
    expect(asked).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('an instance killed with SIGKILL mid-interview loses nothing: the next message at the other one continues', async () => {
    const consented = session('kill-yes');
    const declined = session('kill-no');
    const killed = await startInstance(env());
    started.push(killed);
    for (const [user, consent] of [
      [consented, 'đồng ý'],
      [declined, 'không lưu'],
    ] as const) {
      await chat(killed, user, { text: '/kiemtra' });
      await chat(killed, user, { text: consent });
      expect((await chat(killed, user, { text: 'thành thị' })).text).toContain('Câu 2/15');
    }
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect((await chat(a, consented, { text: '3' })).text).toContain('Câu 3/15');
    // The draft of the user who did not consent lives in Redis only (never PostgreSQL), and continues too.
    expect((await chat(b, declined, { text: '3' })).text).toContain('Câu 3/15');
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Sessions are kept under the keyed hash of their key (src/store/shared.ts keyedHash, its key in meta).
      const secret = (await client.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value;
      const { rows } = await client.query<{ value: Record<string, unknown> }>('SELECT value FROM sessions WHERE key = $1', [keyedHash(secret)(`web:${declined}`)]);
      expect(rows[0]?.value.interview).toBeUndefined();
    } finally {
      await client.end();
    }
  });

  it('answers the same Telegram update posted to both webhooks once', async () => {
    // The count a single delivery gives, to compare with (the welcome may be more than one message).
    expect(await postUpdate(a, telegramUpdate(700_001, 7001, '/start'))).toBe(200);
    const once = await settledReplies(7001);
    expect(once).toBeGreaterThan(0);
    // The same update at both at once, then again at each (a platform retry): one answer in all. The one
    // that finds it being handled (under the other's lease) asks Telegram to send it again later (503).
    const update = telegramUpdate(700_002, 7002, '/start');
    const together = await Promise.all([postUpdate(a, update), postUpdate(b, update)]);
    expect(together).toContain(200);
    for (const status of together) expect([200, 503]).toContain(status);
    expect(await postUpdate(b, update)).toBe(200);
    expect(await postUpdate(a, update)).toBe(200);
    expect(await settledReplies(7002)).toBe(once);
    const duplicates = [...a.logs(), ...b.logs()].filter((line) => line.event === 'delivery_duplicate');
    expect(duplicates).toHaveLength(2 + together.filter((status) => status === 200).length - 1);
  });

  it('counts a Telegram user’s updates across both instances (per-user limit in Redis)', async () => {
    // 12 updates in 10 s a user (USER_RATE_LIMIT): 14 sent alternately to both, each instance sees only 7.
    // All at once, so they fall in one window however loaded the machine is.
    const statuses = await Promise.all(
      Array.from({ length: 14 }, (_, index) => postUpdate(index % 2 === 0 ? a : b, telegramUpdate(701_000 + index, 7010, 'hộ nghèo là gì'))),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
    await settledReplies(7010);
    const texts = telegram.messagesTo(7010).map((message) => message.text);
    // One polite reminder for the 13th; the 14th is dropped without another.
    expect(texts.filter((text) => text === TELEGRAM_TEXTS.rateLimited)).toHaveLength(1);
    expect([...a.logs(), ...b.logs()].filter((line) => line.event === 'telegram.rate_limited')).toHaveLength(1);
  });

  it('an instance killed between claiming an update and answering it: the redelivery is answered once the lease ran out', async () => {
    const killed = await startInstance(env());
    started.push(killed);
    const direct = new Redis(TEST_REDIS_URL);
    // Redis names them by the database's keyed hash, as the sessions' rows (src/store/redis.ts).
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const secret = await client.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY]);
    const hashed = keyedHash(secret.rows[0]!.value);
    const lockKey = `${redis.prefix}lock:chat:${hashed('telegram:7005')}`;
    // The claim is PostgreSQL's (round 24: one authority for every instance; was a Redis key).
    const lease = async () =>
      (await client.query<{ lease_until: string | null }>(`SELECT lease_until FROM deliveries WHERE channel = 'telegram' AND id = '700005'`)).rows[0]?.lease_until;
    try {
      // The chat's lock is held, so the instance claims the update and then waits: the moment a crash loses the answer.
      await direct.set(lockKey, 'held-by-the-test', 'PX', 30_000);
      const update = telegramUpdate(700_005, 7005, '/start');
      const first = postUpdate(killed, update).catch(() => 0);
      for (let tries = 0; (await lease()) == null; tries += 1) {
        if (tries > 200) throw new Error('the instance never claimed the update');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      killed.child.kill('SIGKILL');
      await killed.exited;
      await first;
      await direct.del(lockKey);
      // Telegram sends it again: while the dead instance's lease runs it is not answered, and asked for again later.
      expect(await postUpdate(b, update)).toBe(503);
      expect(await settledReplies(7005)).toBe(0);
      const left = Number(await lease()) - Date.now();
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(DELIVERY_DEFAULTS.leaseMs + 1000);
      // The lease runs out (shortened here instead of waiting for it): the next retry is answered, and only once.
      await client.query(`UPDATE deliveries SET lease_until = 1 WHERE channel = 'telegram' AND id = '700005'`);
      expect(await postUpdate(b, update)).toBe(200);
      const answered = await settledReplies(7005);
      expect(answered).toBeGreaterThan(0);
      expect(await postUpdate(a, update)).toBe(200);
      expect(await settledReplies(7005)).toBe(answered);
    } finally {
      direct.disconnect();
      await client.end();
    }
  });

  it('an update refused with 503 (PostgreSQL away) and redelivered to the other instance is answered once', async () => {
    const update = telegramUpdate(700_003, 7003, '/start');
    await pgProxy.cut();
    try {
      expect(await postUpdate(a, update)).toBe(503);
    } finally {
      await pgProxy.restore();
    }
    expect(await settledReplies(7003)).toBe(0);
    // The claim was given back: the retry at the other instance is answered, a later one at `a` is not.
    expect(await postUpdate(b, update)).toBe(200);
    const answered = await settledReplies(7003);
    expect(answered).toBeGreaterThan(0);
    expect(await postUpdate(a, update)).toBe(200);
    expect(await settledReplies(7003)).toBe(answered);
  });

  it('with Redis cut: rate limits let requests through with a warning, drafts stay in memory, chat goes on', async () => {
    // Answered while Redis was there, sent again once it is gone: the database knows it was answered too.
    const before = telegramUpdate(700_006, 7006, '/start');
    expect(await postUpdate(a, before)).toBe(200);
    const answeredBefore = await settledReplies(7006);
    expect(answeredBefore).toBeGreaterThan(0);
    await redisProxy.cut();
    try {
      expect(await postUpdate(b, before)).toBe(200);
      expect(await settledReplies(7006)).toBe(answeredBefore);
      const user = session('redis-down');
      await chat(a, user, { text: '/kiemtra' });
      await chat(a, user, { text: 'không lưu' });
      const turn = await chat(a, user, { text: 'nông thôn' });
      expect(turn.status).toBe(200);
      expect(turn.text).toContain('Câu 2/15');
      const health = await (await fetch(new URL('/healthz', a.url))).json();
      expect(health).toMatchObject({ status: 'degraded', degraded: ['redis'], database: { reachable: true }, redis: { reachable: false } });
      expect((await fetch(new URL('/readyz', a.url))).status).toBe(200);
      const events = a.logs().map((line) => line.event);
      expect(events).toContain('rate_limit_unavailable');
      expect(events).toContain('redis_fallback');
      // De-duplication is the PostgreSQL claim, with Redis or without: one answer for an update sent to both.
      const update = telegramUpdate(700_004, 7004, '/start');
      const together = await Promise.all([postUpdate(a, update), postUpdate(b, update)]);
      expect(together).toContain(200);
      for (const status of together) expect([200, 503]).toContain(status);
      const answered = await settledReplies(7004);
      expect(answered).toBeGreaterThan(0);
      expect(await postUpdate(b, update)).toBe(200);
      expect(await settledReplies(7004)).toBe(answered);
      // The claim never was Redis's (round 24): nothing of it falls back.
      expect(a.logs().filter((line) => line.event === 'redis_fallback').map((line) => line.feature)).not.toContain('deliveries');
    } finally {
      await redisProxy.restore();
    }
  });
});
