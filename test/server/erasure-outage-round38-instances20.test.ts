/**
 * Round 38 (instances20), as an operator sees it: two real server processes (src/main.ts) on a PostgreSQL cluster and a Redis
 * server of the suite's own (own-services.ts; the shared ones are left alone). Server A reaches Redis through a proxy the test
 * cuts. Redis is stopped, then two residents begin a check without consent at A, which keeps their answers in memory;
 * one of them sends "/xoadulieu" to B (no Redis either); Redis is started again (empty) while A is still cut off. Was: the
 * erasure's mark `user:<keyed hash of the resident>` stayed in PostgreSQL 6 hours after "Đã xóa". Now B settles it within
 * seconds and no row holds the resident's hash; A, back after that, does not write the erased household back (the resident's
 * next answer is no step of the old check), and the other resident's check goes on where it was.
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyedHash, OWNER_HASH_KEY } from '../../src/store/shared.ts';
import { ownServicesForSuite, ownServicesUnavailable } from '../e2e/own-services.ts';
import { chat, session, startInstance, unsavedCheckToQuestion3, until, type Instance } from '../e2e/process.ts';
import { postgresTables } from '../privacy/table-dump.ts';
import { startTcpProxy, titled } from '../services.ts';

const unavailable = ownServicesUnavailable();

describe.skipIf(unavailable !== undefined)(titled('Redis stopped, "/xoadulieu" at the other server, Redis started: no hash of the resident kept (round 38, instances20)', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);
  let a: Instance;
  let b: Instance;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;

  beforeAll(async () => {
    const target = new URL(own.redis.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    const env = { DATABASE_URL: own.postgres.url, RATE_LIMIT_PER_MINUTE: '0' };
    instances.push(...(await Promise.all([startInstance({ ...env, REDIS_URL: proxy.url(own.redis.url) }), startInstance({ ...env, REDIS_URL: own.redis.url })])));
    [a, b] = instances as [Instance, Instance];
    return () => proxy.close();
  }, 180_000);

  const userHash = async (user: string) => {
    const db = new pg.Client({ connectionString: own.postgres.url });
    await db.connect();
    try {
      const secret = (await db.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value;
      return keyedHash(secret)(`web:${user}`);
    } finally {
      await db.end();
    }
  };

  it('Redis tat, "ko luu" "nong thon" "4" o A, "/xoadulieu" o B, Redis bat lai (A van mat): B xoa het dau, A noi lai khong ghi lai ho da xoa', async () => {
    const erased = session('r38-xoa-chi-Hoa');
    const other = session('r38-anh-Tu-ap-2');
    await own.redis.kill();
    // Begun at A while Redis is away: the answers are kept in A's memory only.
    for (const user of [erased, other]) {
      const { second, third } = await unsavedCheckToQuestion3(a, user);
      expect([second.text, third.text]).toEqual([expect.stringContaining('Câu 2/15'), expect.stringContaining('Câu 3/15')]);
    }
    await proxy.cut();
    expect((await chat(b, erased, '/xoadulieu')).text).toContain('Đã xóa toàn bộ dữ liệu');
    const hash = await userHash(erased);
    expect(await postgresTables(own.postgres.url)).toContain(hash);

    await own.redis.start();
    await until('no row holds the erased resident\'s hash', async () => !(await postgresTables(own.postgres.url)).includes(hash), 30_000);

    const synced = () => a.logs().filter((line) => line.event === 'redis_drafts_synced').length;
    const before = synced();
    await proxy.restore();
    await until('A wrote back what it held', async () => synced() > before, 30_000);
    // A back leaves no row naming them either (its copy's row went with the copy).
    expect(await postgresTables(own.postgres.url)).not.toContain(hash);
    // The erased resident's next answer is no step of the old check, at either server.
    expect((await chat(b, erased, 'co')).text).not.toMatch(/Câu \d+\/15/);
    expect((await chat(a, erased, 'co')).text).not.toMatch(/Câu \d+\/15/);
    // The other resident goes on where they were (their copy written back by A).
    expect((await chat(b, other, '5 trieu')).text).toContain('Câu 4/15');
  }, 180_000);
});
