/**
 * Round 20 (privacy): `npm run cli -- privacy erase --channel <kênh> --user <mã>` reaches the draft of a resident who did not
 * consent to keep their household check (Luật 91/2025/QH15: they may have it deleted). With REDIS_URL the draft lives in Redis
 * (6 hours): the command deletes it and says how many keys went (was "Lệnh này không xóa: bản nháp … (bộ nhớ máy chủ hay
 * Redis …)", the draft left); Redis away: the draft is marked in the database, so the servers delete it when Redis is back
 * (exit 3). Without Redis the draft is in the running server's memory: the command says so plainly (lost at a restart or
 * after 6 hours idle, /xoadulieu now). Run as the operator runs it (src/build/run.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { closedPort, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { privacyCommand } from '../operator.ts';


const ME = 'zalo:84123';
const OTHER = 'zalo:84999';
/** A household check typed "nha tui 5 nguoi o ap 3, thang kiem dc 4 trieu" and "Không lưu" pressed: the draft. */
const DRAFT = { area: 'rural', members: 5, income: { amount: 4_000_000, perPerson: false } };
const ERASE = ['erase', '--channel', 'zalo', '--user', '84123'];

const dir = mkdtempSync(join(tmpdir(), 'tro-ly-erase20-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli privacy erase without Redis: the draft is in the running server', () => {
  it('says the draft is in the server memory, gone at a restart or after 6 hours, and /xoadulieu clears it now', async () => {
    const file = join(dir, 'memory.db');
    await openStore(file).close();
    const result = await privacyCommand({ DATABASE_PATH: file }, ERASE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('trong bộ nhớ của máy chủ trợ lý đang chạy (không có REDIS_URL): lệnh này không với tới được.');
    expect(result.stdout).toContain('Nó mất khi máy chủ khởi động lại, hoặc sau 6 giờ không dùng; người đó gõ /xoadulieu để xóa ngay.');
  });

  it('Redis away: marks the draft in the database for the servers to delete, exit 3', async () => {
    const file = join(dir, 'away.db');
    await openStore(file).close();
    const result = await privacyCommand({ DATABASE_PATH: file, REDIS_URL: `redis://127.0.0.1:${await closedPort()}`, REDIS_KEY_PREFIX: 'tro-ly-away:' }, ERASE);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('chưa kết nối được');
    expect(result.stdout).toContain('máy chủ trợ lý xóa nó khi Redis kết nối lại');
    const store = openStore(file);
    try {
      expect(await store.staleDrafts({ hash: store.hashKey(ME), limit: 1 })).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});

const redisSkip = await redisUnavailable();
describe.skipIf(redisSkip !== undefined)(titled('cli privacy erase with REDIS_URL', redisSkip), () => {
  const keys = testRedisPrefix('erase20');
  afterAll(() => keys.clear());

  it("deletes the resident's draft from Redis and says so; another resident's draft stays", async () => {
    const file = join(dir, 'redis.db');
    const write = openStore(file);
    const shared = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: (key) => write.hashKey(key), staleDrafts: write });
    await shared.drafts.set(ME, DRAFT);
    await shared.drafts.set(OTHER, DRAFT);
    await shared.close();
    await write.close();

    const result = await privacyCommand({ DATABASE_PATH: file, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keys.prefix }, ERASE);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`- Redis (${keys.prefix}): bản nháp kiểm tra hộ của người chưa đồng ý lưu: 1 khóa đã xóa.`);

    const read = openStore(file);
    const after = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: (key) => read.hashKey(key), staleDrafts: read });
    try {
      expect(await after.drafts.get(ME)).toBeUndefined();
      expect(await after.drafts.get(OTHER)).toEqual(DRAFT);
      // A draft started after the erasure is kept (the mark is older than it by more than the clocks' allowance,
      // REDIS_DEFAULTS.staleMarkSkewMs: the mark now stays until it expires, instances16).
      await sleep(REDIS_DEFAULTS.staleMarkSkewMs + 150);
      await after.drafts.set(ME, { ...DRAFT, members: 3 });
      expect(await after.drafts.get(ME)).toEqual({ ...DRAFT, members: 3 });
    } finally {
      await after.close();
      await read.close();
    }

    const again = await privacyCommand({ DATABASE_PATH: file, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keys.prefix }, ['erase', '--channel', 'zalo', '--user', '84999']);
    expect(again.stdout).toContain('1 khóa đã xóa.');
  });
});
