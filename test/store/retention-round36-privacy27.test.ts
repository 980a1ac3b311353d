/**
 * Round 36 (privacy27): the newest kept data has its limit applied, with the clock moved. A resident's last erasure
 * (`user_erasures`: a keyed hash and a time, round 33–34) lives as long as a draft (RETENTION.draftIdleHours), and an update refused
 * by the per-user limit (`refused_updates`) the platforms' redelivery window: kept a minute before, gone a minute after, on SQLite
 * (rows read from the file) and PostgreSQL. In Redis, the keys rounds 33–36 added (a user's set of group-chat drafts `drafts:`,
 * the erasure `erased:`, a counted update `counted:`) each expire within that limit. No test moved the clock over them before.
 */
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DRAFT_IDLE_MS } from '../../src/chat/session.ts';
import { silentLogger } from '../../src/log.ts';
import { REDELIVERY_MS } from '../../src/privacy/retention.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

const MINUTE_MS = 60_000;
const folder = mkdtempSync(join(tmpdir(), 'retention-round36-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
  rmSync(folder, { recursive: true, force: true });
});

/** A store on a clock the test moves, and how many rows each table named holds (read past the store). */
interface Opened {
  store: Store;
  rows(table: 'user_erasures' | 'refused_updates'): Promise<number>;
}

const backends: { name: string; skip?: string; open(now: () => Date): Promise<Opened> }[] = [
  {
    name: 'SQLite',
    open: async (now) => {
      const path = join(folder, 'bot.db');
      const store = openStore(path, { now });
      drops.push(() => store.close());
      return {
        store,
        rows: async (table) => {
          const db = new Database(path, { readonly: true });
          try {
            return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
          } finally {
            db.close();
          }
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    ...((await postgresUnavailable()) ? { skip: await postgresUnavailable() } : {}),
    open: async (now) => {
      const database = await createTestDatabase('retention36');
      const store = await openPostgresStore(database.url, { now });
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      drops.push(database.drop, () => client.end(), () => store.close());
      return { store, rows: async (table) => Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n) };
    },
  },
];

describe.each(backends)('$name: the newest tables are purged at their limit', (backend) => {
  it.skipIf(backend.skip !== undefined)(titled("a resident's last erasure after 6 hours, a refused update after its redelivery window", backend.skip), async () => {
    let clock = Date.parse('2026-12-06T08:00:00Z');
    const { store, rows } = await backend.open(() => new Date(clock));
    await store.eraseUser('zalo:84912345678');
    await store.markRefused('telegram', '770001');
    expect([await rows('user_erasures'), await rows('refused_updates')]).toEqual([1, 1]);

    clock += Math.min(DRAFT_IDLE_MS, REDELIVERY_MS) - MINUTE_MS;
    await store.scrubNow();
    expect([await rows('user_erasures'), await rows('refused_updates')]).toEqual([1, 1]);

    clock += DRAFT_IDLE_MS - Math.min(DRAFT_IDLE_MS, REDELIVERY_MS) + 2 * MINUTE_MS;
    await store.scrubNow();
    expect([await rows('user_erasures'), await rows('refused_updates')]).toEqual([0, 1]);
    clock += REDELIVERY_MS;
    await store.scrubNow();
    expect(await rows('refused_updates')).toBe(0);
  }, 60_000);
});

const redisSkip = await redisUnavailable();

describe.skipIf(redisSkip !== undefined)(titled('Redis: the keys of rounds 33–36 expire within their limit', redisSkip), () => {
  it("a group chat's draft, its user's set of group drafts, their erasure and a counted update", async () => {
    const keys = testRedisPrefix('retention36');
    const store = openStore(join(folder, 'redis.db'));
    const shared = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const direct = new Redis(TEST_REDIS_URL);
    drops.push(keys.clear, async () => direct.disconnect(), () => shared.close(), () => store.close());
    const user = 'telegram:700336001';
    await shared.drafts.set(`${user}:chat:-100200300`, { interview: { awaitingConsent: false, position: 1, answers: {} } });
    await shared.counters(10_000, 'telegram').firstCount('880036');
    const ttls = async () => {
      const found = new Map<string, number>();
      for (const name of await direct.keys(`${keys.prefix}*`)) found.set(name.slice(keys.prefix.length), await direct.pttl(name));
      return found;
    };
    const before = await ttls();
    await shared.drafts.deleteUser(user);
    const all = new Map([...before, ...(await ttls())]);
    const limits: [prefix: string, maxMs: number][] = [
      ['drafts:', DRAFT_IDLE_MS],
      ['erased:', DRAFT_IDLE_MS],
      ['counted:', 10_000],
    ];
    for (const [prefix, limit] of limits) {
      const named = [...all].filter(([name]) => name.startsWith(prefix));
      expect(named.length, `${prefix}: no key written`).toBeGreaterThan(0);
      for (const [name, ttl] of named) {
        expect(ttl, `${name} never expires`).toBeGreaterThan(0);
        expect(ttl, `${name} outlives its limit`).toBeLessThanOrEqual(limit);
      }
    }
  }, 60_000);
});
