/**
 * Round 38 (instances20): a real server process of round 32 beside a new one, one PostgreSQL database and one Redis (a rolling
 * upgrade), for the erasure guarantee: a resident's "ko luu" check drafted at the old server O, "/xoadulieu" at the new server B
 * while B is cut off from Redis: O never goes on with the erased check (while the erasure is unsettled O reads no draft of
 * anyone: another resident is told their check was interrupted), and once Redis is back at B the erasure settles within
 * seconds, no `user:` mark left. The old server is another checkout: OLD_SERVER_ROOT, a worktree of a round-32 commit with
 * node_modules linked (no install), e.g. `git worktree add --detach /tmp/old 33f1b856 && cp -al node_modules /tmp/old/`;
 * without it the suite is skipped (CI builds no older commit). O starts first (its migrations, then B's).
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { chat, killLeft, session, startInstance, unsavedCheckToQuestion3, until, type Instance } from '../e2e/process.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

const root = process.env.OLD_SERVER_ROOT;
const missing = root ? ((await postgresUnavailable()) ?? (await redisUnavailable())) : 'OLD_SERVER_ROOT không được đặt (cần một bản checkout vòng 32)';
const instances: Instance[] = [];
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await killLeft(instances);
  for (const drop of drops.reverse()) await drop();
});

describe.skipIf(missing !== undefined)(titled('a real round-32 server beside a new one: "/xoadulieu" without Redis (round 38, instances20)', missing), () => {
  it('"ko luu" o may cu O toi Cau 3; "/xoadulieu" o B (mat Redis): O khong hoi Cau 4; Redis ve B: xong trong vai giay, khong con dau user:', async () => {
    const database = await createTestDatabase('old32_r38');
    drops.push(database.drop);
    const keys = testRedisPrefix('old32_r38');
    drops.push(keys.clear);
    const target = new URL(TEST_REDIS_URL);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    drops.push(() => proxy.close());
    const env = { DATABASE_URL: database.url, REDIS_KEY_PREFIX: keys.prefix, RATE_LIMIT_PER_MINUTE: '0' };
    const old = await startInstance({ ...env, REDIS_URL: TEST_REDIS_URL }, root);
    instances.push(old);
    const b = await startInstance({ ...env, REDIS_URL: proxy.url(TEST_REDIS_URL) });
    instances.push(b);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    drops.push(() => db.end());
    const count = async (sql: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`)).rows[0]!.n;

    const erased = session('old32-chi-Lan');
    const other = session('old32-anh-Ba');
    for (const user of [erased, other]) {
      const { second, third } = await unsavedCheckToQuestion3(old, user);
      expect([second.text, third.text]).toEqual([expect.stringContaining('Câu 2/15'), expect.stringContaining('Câu 3/15')]);
    }
    await proxy.cut();
    expect((await chat(b, erased, '/xoadulieu')).text).toContain('Đã xóa toàn bộ dữ liệu');
    expect(await count('erasures_unsettled')).toBe(1);
    expect((await chat(old, erased, '5 trieu')).text).not.toMatch(/Câu \d+\/15/);
    expect((await chat(old, other, '5 trieu')).text).toContain('bị gián đoạn');

    await proxy.restore();
    await until('the erasure settled', async () => (await count('erasures_unsettled')) === 0, 30_000);
    expect(await count("draft_marks WHERE draft LIKE 'user:%'")).toBe(0);
    expect((await chat(old, erased, 'co')).text).not.toMatch(/Câu \d+\/15/);
    expect((await chat(old, other, '/kiemtra')).text).not.toContain('bị gián đoạn');
  }, 180_000);
});
