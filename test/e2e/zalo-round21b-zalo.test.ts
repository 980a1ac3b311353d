/**
 * Zalo run as `npm start` runs it (`src/main.ts`, webhook mode, the fake Zalo Bot API over real HTTP):
 * - one resident's phone (or a script) flooding the webhook with "ho ngheo la gi" is limited per user like Telegram
 *   (USER_RATE_LIMIT: 12 messages in 10 s): one polite message for the whole flood, one log line without the text;
 *   with REDIS_URL the budget is shared by two instances on one Redis (7 messages to each, still 12 answered in all);
 *   without it, counted in the instance's memory; another user is answered meanwhile;
 * - the database away: `zalo.outbox_unavailable` once when it goes (was every look, OUTBOX.intervalMs = 5 s), and
 *   `zalo.outbox_back` once when it is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX } from '../../src/channels/outbox.ts';
import { USER_LIMIT_TEXT, USER_RATE_LIMIT } from '../../src/channels/user-limit.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from '../channels/zalo/harness.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { killLeft, postZalo, startInstance, ZALO_TEST_SECRET, type Instance } from './process.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FLOOD_TEXT = 'ho ngheo la gi';

/** What Zalo received for one chat, once it stops coming (answers are sent after the 200). */
async function settled(zalo: FakeZalo, chatId: string): Promise<string[]> {
  let count = -1;
  for (;;) {
    await sleep(1500);
    const now = zalo.sentTo(chatId).length;
    if (now === count) return zalo.sentTo(chatId);
    count = now;
  }
}

const zaloEnv = (zalo: FakeZalo) => ({
  ZALO_BOT_TOKEN: ZALO_TOKEN,
  ZALO_API_ROOT: zalo.apiRoot,
  ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
  ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET,
});

/**
 * 14 messages of one user, all at once (one window however loaded the machine is), alternately to `instances`; then the
 * answers counted: USER_RATE_LIMIT.updates answered, one polite message for the 13th, nothing for the 14th.
 */
async function flood(zalo: FakeZalo, instances: Instance[], chat: string): Promise<void> {
  const updates = Array.from({ length: USER_RATE_LIMIT.updates + 2 }, () => zaloUpdate(chat, { text: FLOOD_TEXT }));
  const statuses = await Promise.all(updates.map((update, index) => postZalo(instances[index % instances.length]!, update)));
  // Refused ones too: the platform must not send them again.
  expect(statuses.every((status) => status === 200)).toBe(true);
  const texts = await settled(zalo, chat);
  expect(texts.filter((text) => text === USER_LIMIT_TEXT)).toHaveLength(1);
  const logs = instances.flatMap((instance) => instance.logs());
  const limited = logs.filter((line) => line.event === 'zalo.rate_limited');
  expect(limited).toHaveLength(1);
  // No personal text and no user in the line.
  expect(JSON.stringify(limited)).not.toContain(FLOOD_TEXT);
  expect(JSON.stringify(limited)).not.toContain(chat);
  const ids = new Set(updates.map((update) => (update.message as { message_id: string }).message_id));
  const answered = logs.filter((line) => line.event === 'zalo.replied' && ids.has(String(line.updateId)));
  expect(answered).toHaveLength(USER_RATE_LIMIT.updates);
}

describe('Zalo per-user limit without Redis: counted in the instance', () => {
  let zalo: FakeZalo;
  let instance: Instance;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'zalo-round21b-'));
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
    instance = await startInstance({ ...zaloEnv(zalo), DATABASE_PATH: join(folder, 'zalo.db') });
  }, 120_000);
  afterAll(async () => {
    await killLeft(instance ? [instance] : []);
    await zalo?.close();
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('a phone flooding the webhook gets 12 answers and one polite message; another resident is answered meanwhile', async () => {
    await flood(zalo, [instance], 'z-21b01');
    expect(await postZalo(instance, zaloUpdate('z-21b02', { text: FLOOD_TEXT }))).toBe(200);
    const other = await settled(zalo, 'z-21b02');
    expect(other.length).toBeGreaterThan(0);
    expect(other).not.toContain(USER_LIMIT_TEXT);
  }, 120_000);
});

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

describe.skipIf(unavailable !== undefined)(titled('Zalo on two instances (PostgreSQL + Redis): one budget per user, one outage line', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const redis = testRedisPrefix('zalo21b');
  let zalo: FakeZalo;
  let a: Instance;
  let b: Instance;
  const started: Instance[] = [];
  const env = () => ({ ...zaloEnv(zalo), DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redis.prefix });

  beforeAll(async () => {
    database = await createTestDatabase('zalo21b');
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
    [a, b] = await Promise.all([startInstance(env()), startInstance(env())]);
    started.push(a, b);
  }, 120_000);
  afterAll(async () => {
    await killLeft(started);
    await zalo?.close();
    await redis.clear();
    await database?.drop();
  }, 60_000);

  it('a Zalo user’s messages spread over both instances share one budget in Redis', async () => {
    // Each instance sees 7: under the budget for each alone, over it together.
    await flood(zalo, [a, b], 'z-21b11');
  }, 120_000);

  it('the database away: zalo.outbox_unavailable once (not every 5 s), zalo.outbox_back once it is back', async () => {
    const pgTarget = new URL(database.url);
    const proxy = await startTcpProxy({ host: pgTarget.hostname, port: Number(pgTarget.port || 5432) });
    try {
      const cut = await startInstance({ ...env(), DATABASE_URL: proxy.url(database.url) });
      started.push(cut);
      const events = (name: string) => cut.logs().filter((line) => line.event === name);
      // The first look at the outbox found the database.
      await sleep(1000);
      expect(events('zalo.outbox_unavailable')).toEqual([]);
      await proxy.cut();
      // Three looks and more with the database away.
      await sleep(3 * OUTBOX.intervalMs + 1000);
      const lost = events('zalo.outbox_unavailable');
      expect(lost).toHaveLength(1);
      // A code and a short message, never a stack.
      expect(Object.keys(lost[0]!)).not.toContain('stack');
      expect(JSON.stringify(lost[0])).not.toMatch(/\n\s+at /);
      // The reminder is a minute away (OUTBOX.unavailableReminderMs).
      expect(events('zalo.outbox_still_unavailable')).toEqual([]);
      expect(events('zalo.outbox_back')).toEqual([]);
      await proxy.restore();
      const deadline = Date.now() + 2 * OUTBOX.intervalMs + 10_000;
      while (events('zalo.outbox_back').length === 0 && Date.now() < deadline) await sleep(250);
      const back = events('zalo.outbox_back');
      expect(back).toHaveLength(1);
      expect(back[0]!.failedLooks).toBeGreaterThanOrEqual(3);
      expect(events('zalo.outbox_unavailable')).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  }, 120_000);
});
