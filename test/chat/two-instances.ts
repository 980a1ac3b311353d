/**
 * Two instances of the app on one new PostgreSQL database and one Redis key prefix (each test run its own), their log lines
 * kept: what the tests of races between instances start from. `close()` closes both and removes the database and the keys.
 */
import { Redis } from 'ioredis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createLogger } from '../../src/log.ts';
import { createTestDatabase, testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

export async function openTwoInstances(label: string, now: () => Date, lines: string[]): Promise<{ a: App; b: App; prefix: string; close(): Promise<void> }> {
  const database = await createTestDatabase(label.replace(/[^a-z0-9]/gi, ''));
  const redis = testRedisPrefix(label);
  const open = () =>
    createApp({
      databasePath: join(tmpdir(), `unused-${label}.db`),
      databaseUrl: database.url,
      now,
      redisUrl: TEST_REDIS_URL,
      redisKeyPrefix: redis.prefix,
      logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    });
  const a = await open();
  const b = await open();
  return {
    a,
    b,
    prefix: redis.prefix,
    close: async () => {
      await a.close();
      await b.close();
      await redis.clear();
      await database.drop();
    },
  };
}

/** openTwoInstances for a suite: opened before its tests, closed after them; `direct` a plain client on the same Redis. */
export function twoInstances(label: string, now: () => Date) {
  const lines: string[] = [];
  const direct = new Redis(TEST_REDIS_URL);
  let opened: Awaited<ReturnType<typeof openTwoInstances>> | undefined;
  const get = () => opened ?? (() => { throw new Error('two instances not opened yet'); })();
  beforeAll(async () => {
    opened = await openTwoInstances(label, now, lines);
  }, 30_000);
  afterAll(async () => {
    await opened?.close();
    direct.disconnect();
  });
  return {
    lines,
    direct,
    get a() {
      return get().a;
    },
    get b() {
      return get().b;
    },
    get prefix() {
      return get().prefix;
    },
  };
}
