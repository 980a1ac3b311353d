/**
 * What lives in Redis (REDIS_URL) is named like the database's rows: by the store's keyed hash (src/store/shared.ts
 * keyedHash), never by a raw web session id (which works as a password), a Telegram/Zalo user id or an IP address; and
 * every key expires within the retention the README gives its kind (drafts 6 hours idle, rate limits their window,
 * the chat lock 15 seconds, answered deliveries RETENTION.deliveryDays).
 */
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DELIVERY_DEFAULTS } from '../../src/chat/ports.ts';
import { DRAFT_IDLE_MS } from '../../src/chat/session.ts';
import { silentLogger, type Logger } from '../../src/log.ts';
import { RETENTION } from '../../src/privacy/retention.ts';
import { openRedisState, REDIS_DEFAULTS, sealDrafts, type SharedState } from '../../src/store/redis.ts';
import { DAY_MS } from '../../src/store/shared.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { StaleDraftMarks, Store } from '../../src/store/types.ts';
import { redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

const unavailable = await redisUnavailable();

describe.skipIf(unavailable !== undefined)(titled('Redis keys', unavailable), () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-keys-'));
  const keys = testRedisPrefix('keys');
  let store: Store;
  let shared: SharedState;
  let direct: Redis;
  beforeAll(async () => {
    store = openStore(join(folder, 'bot.db'));
    shared = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    direct = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await shared?.close();
    await store?.close();
    direct?.disconnect();
    await keys.clear();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Every key under this run's prefix (without it) with its time to live (ms; -1 none). */
  const stored = async (): Promise<Map<string, number>> => {
    const found = new Map<string, number>();
    let cursor = '0';
    do {
      const [next, names] = await direct.scan(cursor, 'MATCH', `${keys.prefix}*`, 'COUNT', 500);
      cursor = next;
      for (const name of names) found.set(name.slice(keys.prefix.length), await direct.pttl(name));
    } while (cursor !== '0');
    return found;
  };

  it('names no raw session id, user id or address, and each key expires within its documented retention', async () => {
    const sessionId = 'Tab7QxVn2p-Lan-0912345678';
    const webKey = `web:${sessionId}`;
    const telegramUser = '700123456';
    const address = '203.0.113.77';
    // A resident who did not consent: the draft of her check ("nha tui 4 nguoi, o que") waits in Redis.
    await shared.drafts.set(webKey, { interview: { awaitingConsent: false, position: 2, members: 4, area: 'rural', answers: {} } });
    await shared.drafts.set(`telegram:${telegramUser}`, { interview: { awaitingConsent: false, position: 1, answers: {} } });
    await shared.rateLimiters({ name: 'session', perMinute: 30 }).hit(sessionId);
    await shared.rateLimiters({ name: 'address', perMinute: 60 }).hit(address);
    await shared.counters(10_000, 'telegram').incr(`telegram:${telegramUser}`);
    const claims = shared.deliveryClaims(store);
    const claim = await claims.claim('telegram', '880001');
    if (typeof claim !== 'object' || !('finish' in claim)) throw new Error(`the delivery was not claimed: ${JSON.stringify(claim)}`);
    let whileLocked = new Map<string, number>();
    await shared.chatLock.run(`telegram:${telegramUser}`, async () => {
      whileLocked = await stored();
    });
    await claim.finish();
    const all = new Map([...whileLocked, ...(await stored())]);
    const names = [...all.keys()];
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const raw of [sessionId, telegramUser, address, '880001']) expect(names.filter((name) => name.includes(raw))).toEqual([]);

    // Named by the same keyed hash as the session's row in the database.
    await store.writeSession(webKey, { v: 3, province: 'Vĩnh Long' });
    const db = new Database(join(folder, 'bot.db'), { readonly: true });
    const sessionRow = db.prepare('SELECT key FROM sessions').pluck().get() as string;
    db.close();
    expect(sessionRow).toBe(store.hashKey(webKey));
    expect(names).toContain(`draft:${sessionRow}`);

    const retention: [kind: string, maxMs: number][] = [
      ['draft:', DRAFT_IDLE_MS],
      ['draftv:', DRAFT_IDLE_MS],
      ['draftt:', DRAFT_IDLE_MS],
      ['rate:', 60_000],
      ['count:', 10_000],
      ['lock:chat:', REDIS_DEFAULTS.chatLockTtlMs],
      ['lockv:chat:', DRAFT_IDLE_MS],
      ['erased:', DRAFT_IDLE_MS],
      ['delivery:', RETENTION.deliveryDays * DAY_MS],
      ['deliveryv:', DRAFT_IDLE_MS],
    ];
    for (const [name, ttl] of all) {
      const kind = retention.find(([prefix]) => name.startsWith(prefix));
      expect(kind, `${name}: a kind of key the README does not give a retention`).toBeDefined();
      expect(ttl, `${name} never expires`).toBeGreaterThan(0);
      expect(ttl, `${name} outlives its retention`).toBeLessThanOrEqual(kind![1]);
    }
    // An answered delivery is kept as long as the database keeps its claims, no longer.
    expect(REDIS_DEFAULTS.deliveryClaimTtlMs).toBe(RETENTION.deliveryDays * DAY_MS);
    expect(DELIVERY_DEFAULTS.leaseMs).toBeLessThan(REDIS_DEFAULTS.deliveryClaimTtlMs);
  });

  it('a delivery claim in Redis is renewed while handled (heartbeat): its time to live goes back up to the lease, until finished', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const claim = await shared.deliveryClaims(store).claim('telegram', '880555');
      if (typeof claim !== 'object' || !('finish' in claim)) throw new Error(`the delivery was not claimed: ${JSON.stringify(claim)}`);
      // This claim's own key: the first test's answered 880001 also has a 'delivery:telegram:' key, which no heartbeat renews.
      const name = `delivery:telegram:${store.hashKey('telegram:880555')}`;
      expect((await stored()).has(name)).toBe(true);
      await direct.pexpire(`${keys.prefix}${name}`, 1_000);
      await vi.advanceTimersByTimeAsync(DELIVERY_DEFAULTS.renewMs);
      await vi.waitFor(async () => expect(await direct.pttl(`${keys.prefix}${name}`)).toBeGreaterThan(DELIVERY_DEFAULTS.leaseMs - 2_000));
      await claim.finish();
      expect(await direct.pttl(`${keys.prefix}${name}`)).toBeGreaterThan(DELIVERY_DEFAULTS.leaseMs);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a draft of 'nha tui 4 nguoi o Gia Lai, thu nhap 6.123.457 1 thang' without consent is sealed in Redis: its value names neither; the assistant reads it back", async () => {
    const key = 'telegram:700111222';
    const draft = { v: 3, interview: { awaitingConsent: false, position: 3, area: 'rural', province: 'Gia Lai', members: 4, income: { amount: 6_123_457, perPerson: false }, answers: { water_source: 'yes' } } };
    await shared.drafts.set(key, draft);
    const value = (await direct.get(`${keys.prefix}draft:${store.hashKey(key)}`))!;
    for (const told of ['Gia Lai', '6123457', 'rural', 'water_source', 'members']) expect(value).not.toContain(told);
    expect(await shared.drafts.get(key)).toEqual(draft);
    // A damaged value opens nothing (GCM's tag): no draft is read from it.
    await direct.set(`${keys.prefix}draft:${store.hashKey(key)}`, `${value.slice(0, -4)}${value.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`, 'PX', 60_000);
    expect(await shared.drafts.get(key)).toBeUndefined();
    await shared.drafts.delete(key);
  });

  it('keys of the older format (named by the raw id) move to the hashed name when read, and the raw-named key is gone', async () => {
    const lines: string[] = [];
    const logged = { ...silentLogger, info: (event: string, fields?: Record<string, unknown>) => void lines.push(JSON.stringify({ event, ...fields })) };
    const migrating = await openRedisState(TEST_REDIS_URL, keys.prefix, logged, { hashKey: store.hashKey, staleDrafts: store });
    try {
      // Written by the older version: chi Tư's check without consent ("nha tui 5 nguoi, o que lam ruong"), an answered update.
      const webKey = 'web:TabChiTu-0987654321';
      const draft = { interview: { awaitingConsent: false, position: 3, members: 5, area: 'rural', answers: {} } };
      await direct.set(`${keys.prefix}draft:${webKey}`, JSON.stringify(draft), 'PX', 60_000);
      await direct.set(`${keys.prefix}delivery:telegram:880777`, 'done', 'PX', 3_600_000);
      const zaloKey = 'zalo:u-ong-Bay';
      await direct.set(`${keys.prefix}draft:${zaloKey}`, JSON.stringify(draft), 'PX', 60_000);

      expect(await migrating.drafts.get(webKey)).toEqual(draft);
      expect(await direct.exists(`${keys.prefix}draft:${webKey}`)).toBe(0);
      // Sealed once read (sealDrafts): the older plain value is not kept.
      expect(await direct.get(`${keys.prefix}draft:${store.hashKey(webKey)}`)).toMatch(/^s1:[\w-]+$/);
      expect(await direct.pttl(`${keys.prefix}draft:${store.hashKey(webKey)}`)).toBeLessThanOrEqual(DRAFT_IDLE_MS);
      // Read again: from the hashed key.
      expect(await migrating.drafts.get(webKey)).toEqual(draft);

      // An update answered before the upgrade and delivered again is still answered once; its claim is renamed.
      expect(await migrating.deliveryClaims(store).claim('telegram', '880777')).toBe('done');
      expect(await direct.exists(`${keys.prefix}delivery:telegram:880777`)).toBe(0);
      const renamed = `${keys.prefix}delivery:telegram:${store.hashKey('telegram:880777')}`;
      expect(await direct.get(renamed)).toBe('done');
      expect(await direct.pttl(renamed)).toBeLessThanOrEqual(3_600_000);

      // An erasure (/xoadulieu deletes the drafts) takes the raw-named draft too, read or not.
      await migrating.drafts.delete(zaloKey);
      expect(await direct.exists(`${keys.prefix}draft:${zaloKey}`)).toBe(0);
      expect(await migrating.drafts.get(zaloKey)).toBeUndefined();

      expect([...(await stored()).keys()].filter((name) => name.includes('TabChiTu') || name.includes('880777') || name.includes('ong-Bay'))).toEqual([]);
      expect(lines.filter((line) => line.includes('redis_legacy_key_migrated'))).toHaveLength(2);
      for (const raw of ['TabChiTu', '880777']) expect(lines.join('\n')).not.toContain(raw);
    } finally {
      await migrating.close();
    }
  });

  it('a draft read back and deleted by the conversation key, as before', async () => {
    await shared.drafts.set('zalo:u-77', { interview: { awaitingConsent: false, position: 0, answers: {} } });
    expect(await shared.drafts.get('zalo:u-77')).toMatchObject({ interview: { position: 0 } });
    await shared.drafts.delete('zalo:u-77');
    expect(await shared.drafts.get('zalo:u-77')).toBeUndefined();
    expect([...(await stored()).keys()].filter((name) => name.startsWith('draft:') && name.endsWith(store.hashKey('zalo:u-77')))).toEqual([]);
  });
});

describe.skipIf(unavailable !== undefined)(titled('Redis lost mid-conversation, then back', unavailable), () => {
  const folder = mkdtempSync(join(tmpdir(), 'redis-outage-'));
  const keys = testRedisPrefix('outage');
  const target = new URL(TEST_REDIS_URL);
  let store: Store;
  let direct: Redis;
  beforeAll(() => {
    store = openStore(join(folder, 'bot.db'));
    direct = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await store?.close();
    direct?.disconnect();
    await keys.clear();
    rmSync(folder, { recursive: true, force: true });
  });

  /** A shared state through a proxy this test cuts (never the shared Redis itself), with its log lines. */
  const throughProxy = async (marks: StaleDraftMarks = store) => {
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const lines: string[] = [];
    const write = (level: string) => (event: string, fields?: Record<string, unknown>) => void lines.push(JSON.stringify({ level, event, ...fields }));
    const logger: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: () => logger };
    const shared = await openRedisState(proxy.url(TEST_REDIS_URL), keys.prefix, logger, { hashKey: store.hashKey, staleDrafts: marks });
    /** Restores the proxy and waits until the client is connected again. */
    const back = async () => {
      await proxy.restore();
      const deadline = Date.now() + 20_000;
      while (!(await shared.ping()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(await shared.ping()).toBe(true);
    };
    return { proxy, shared, lines, back };
  };
  const inRedis = (key: string) => direct.get(`${keys.prefix}draft:${store.hashKey(key)}`);
  const told = (income: number, answers: Record<string, string>) => ({
    v: 3,
    interview: { awaitingConsent: false, position: 4, area: 'rural', members: 5, income: { amount: income, perPerson: false }, answers },
  });

  it('/xoadulieu while Redis is away: the draft kept there before is not read back once Redis returns, and is deleted from it', async () => {
    const { proxy, shared, lines, back } = await throughProxy();
    try {
      const key = 'telegram:700246810';
      // 'nha tui 5 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt' told without consent: a draft, in Redis.
      await shared.drafts.set(key, told(6_000_000, { health_insurance: 'yes' }));
      expect(await inRedis(key)).not.toBeNull();
      await proxy.cut();
      await shared.drafts.delete(key);
      expect(await shared.drafts.get(key)).toBeUndefined();
      await back();
      // What the old code did: the erased household read back from Redis, and left there for up to 6 hours.
      expect(await shared.drafts.get(key)).toBeUndefined();
      const deadline = Date.now() + 10_000;
      while ((await inRedis(key)) !== null && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(await inRedis(key)).toBeNull();
      expect(lines.join('\n')).not.toContain('6000000');
    } finally {
      await shared.close();
      await proxy.close();
    }
  });

  it("/xoadulieu while Redis is away and the process stops before it returns: no other instance reads the draft, and the next one to start deletes it", async () => {
    const { proxy, shared } = await throughProxy();
    const key = 'zalo:u-chi-Nam-3344';
    try {
      // 'nha tui 4 nguoi, chong chay xe om thang dc 5 trieu, ko luu dau nha' told without consent: a draft, in Redis.
      await shared.drafts.set(key, told(5_000_000, { health_insurance: 'no' }));
      await proxy.cut();
      await shared.drafts.delete(key);
    } finally {
      // The process stops (a deploy, a crash) before Redis is back: what it kept in memory is gone with it.
      await shared.close();
      await proxy.close();
    }
    expect(await inRedis(key)).not.toBeNull();
    // Another instance reads it: what the old code did was give the erased household back (left up to 6 hours).
    const other = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    try {
      expect(await other.drafts.get(key)).toBeUndefined();
      expect(await inRedis(key)).toBeNull();
      // A check begun again after the erasure is kept as usual.
      const again = told(3_000_000, {});
      await other.drafts.set(key, again);
      expect(await other.drafts.get(key)).toEqual(again);
    } finally {
      await other.close();
    }
    expect(await store.staleDrafts({ limit: 10 })).toEqual([]);
  });

  it('an instance starting after such an erasure deletes the draft from Redis without anyone reading it; a draft written after the erasure stays', async () => {
    const { proxy, shared } = await throughProxy();
    const erased = 'telegram:700135799';
    const later = 'web:Tab-anh-Sau-0903';
    try {
      await shared.drafts.set(erased, told(6_500_000, { water_source: 'yes' }));
      await shared.drafts.set(later, told(4_000_000, {}));
      await proxy.cut();
      await shared.drafts.delete(erased);
      await shared.drafts.delete(later);
    } finally {
      await shared.close();
      await proxy.close();
    }
    // Meanwhile another instance, which Redis never left, wrote a new draft for the second conversation, a second later (a draft's
    // age is read from its time to live, so one written within a round trip of the erasure counts as older and goes: the erasure
    // wins a tie; under load a round trip can take tens of milliseconds).
    await new Promise((done) => setTimeout(done, 1_000));
    const newer = told(2_000_000, { housing_quality: 'no' });
    await direct.set(`${keys.prefix}draft:${store.hashKey(later)}`, sealDrafts(store.hashKey).seal(later, JSON.stringify(newer)), 'PX', DRAFT_IDLE_MS);
    const starting = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    try {
      const deadline = Date.now() + 10_000;
      while ((await inRedis(erased)) !== null && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(await inRedis(erased)).toBeNull();
      expect(await starting.drafts.get(later)).toEqual(newer);
      expect(await store.staleDrafts({ limit: 10 })).toEqual([]);
    } finally {
      await starting.close();
    }
  });

  it('/xoadulieu counts each group chat’s draft once, one kept in memory while Redis was away and another in Redis: 2 (mend28b: was 1)', async () => {
    // The marks' reads held back while the test says: the drafts kept in memory are not yet written to Redis when it returns.
    let release = () => {};
    let held: Promise<void> | undefined;
    const marks: StaleDraftMarks = {
      now: () => store.now(),
      markDraftStale: (hash, at) => store.markDraftStale(hash, at),
      staleDrafts: async (options) => {
        await held;
        return store.staleDrafts(options);
      },
      staleDraftCleared: (hash, at) => store.staleDraftCleared(hash, at),
    };
    const { proxy, shared, back } = await throughProxy(marks);
    try {
      const user = 'zalo:u-co-Ba-Ca-Mau';
      // 'nha tui 6 nguoi, thu nhap 5 trieu' told in the commune's group chat (in Redis), then in the hamlet's while Redis is away.
      await shared.drafts.set(`${user}:chat:nhom-xa`, told(5_000_000, {}));
      await proxy.cut();
      await shared.drafts.set(`${user}:chat:nhom-ap`, told(5_000_000, { health_insurance: 'no' }));
      held = new Promise((resolve) => (release = resolve));
      await back();
      expect(await shared.drafts.deleteUser(user)).toBe(2);
      release();
      expect(await shared.drafts.get(`${user}:chat:nhom-xa`)).toBeUndefined();
      expect(await shared.drafts.get(`${user}:chat:nhom-ap`)).toBeUndefined();
    } finally {
      release();
      await shared.close();
      await proxy.close();
    }
  });

  it('answers given while Redis is away are not lost when it returns: the older draft in Redis is not read instead, and Redis gets the newer one', async () => {
    const { proxy, shared, back } = await throughProxy();
    try {
      const key = 'zalo:u-anh-Tu';
      await shared.drafts.set(key, told(6_000_000, { health_insurance: 'yes' }));
      await proxy.cut();
      // The next two answers, and an income corrected ('thu nhap 4 trieu thoi'), while Redis is away: kept in memory.
      const newer = told(4_000_000, { health_insurance: 'yes', housing_quality: 'no', water_source: 'yes' });
      await shared.drafts.set(key, newer);
      expect(await shared.drafts.get(key)).toEqual(newer);
      await back();
      expect(await shared.drafts.get(key)).toEqual(newer);
      // Redis holds the newer one for the other instances (sealed), the older is gone.
      const deadline = Date.now() + 10_000;
      const readByAnother = async () => {
        const other = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
        try {
          return await other.drafts.get(key);
        } finally {
          await other.close();
        }
      };
      while (JSON.stringify(await readByAnother()) !== JSON.stringify(newer) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
      expect(await readByAnother()).toEqual(newer);
    } finally {
      await shared.close();
      await proxy.close();
    }
  });
});
