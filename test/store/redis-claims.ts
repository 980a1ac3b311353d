/**
 * Two instances' Redis state on one Redis key prefix (each test its own), a SQLite store behind both, and a plain client on
 * the same Redis: what the tests of Redis delivery claims start from. `close()` closes them and removes the keys and the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { silentLogger } from '../../src/log.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

export async function redisClaimsPair(label: string) {
  const folder = mkdtempSync(join(tmpdir(), `${label}-`));
  const keys = testRedisPrefix(label);
  const store = openStore(join(folder, 'bot.db'));
  const open = () => openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
  const [sharedA, sharedB] = [await open(), await open()];
  const direct = new Redis(TEST_REDIS_URL);
  return {
    store,
    keys,
    sharedA,
    sharedB,
    direct,
    close: async () => {
      await sharedA.close();
      await sharedB.close();
      direct.disconnect();
      await keys.clear();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
