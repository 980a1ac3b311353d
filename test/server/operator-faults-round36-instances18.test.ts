/**
 * Round 36 (instances18): what an operator does to several instances, over real HTTP with real server processes (src/main.ts)
 * on a PostgreSQL cluster and a Redis server of the suite's own (own-services.ts), so they can be killed and restarted:
 * - one instance SIGKILLed in the middle of a household check: the resident's next message at the other instance goes on
 *   with the same check (consent kept, answers kept, the result, "chi tiết", then "/xoadulieu" with nothing left behind),
 *   with consent (the session in PostgreSQL) and without (the draft in Redis);
 * - Redis restarted (killed, started empty) while two instances serve: nothing saved in PostgreSQL is lost, the log says
 *   Redis went and came back, and a resident whose unsaved answers were only in Redis is told so in Vietnamese, once;
 * - PostgreSQL down when an instance starts: it runs, says so, answers 503 with a Vietnamese sentence, and serves the
 *   conversation begun elsewhere once PostgreSQL is back, without a restart.
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyedHash, OWNER_HASH_KEY } from '../../src/store/shared.ts';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from '../e2e/own-services.ts';
import { chat, ready, session, startInstance, until, type Instance } from '../e2e/process.ts';

const unavailable = ownServicesUnavailable();

/** The answers after consent up to the result: rural, 4 people, 5 million a month, "có" to each of the 12 indicators. */
const CHECK = ['nong thon', '4', '5 trieu', ...Array<string>(12).fill('co')];

describe.skipIf(unavailable !== undefined)(titled('an operator kills instances and restarts Redis and PostgreSQL (round 36, instances18)', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);
  let a: Instance;
  let b: Instance;
  let env: Record<string, string>;

  beforeAll(async () => {
    env = { DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url, RATE_LIMIT_PER_MINUTE: '0' };
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
    [a, b] = instances as [Instance, Instance];
  }, 180_000);

  /** Rows PostgreSQL holds of a web-chat session (its key the keyed hash of `web:<id>`). */
  const sessionRows = async (user: string) => {
    const db = new pg.Client({ connectionString: own.postgres.url });
    await db.connect();
    try {
      const secret = (await db.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value;
      return (await db.query('SELECT 1 FROM sessions WHERE key = $1', [keyedHash(secret)(`web:${user}`)])).rowCount;
    } finally {
      await db.end();
    }
  };

  for (const consent of ['dong y', 'ko luu'] as const) {
    it(`instance killed mid-check (${consent}): the other goes on with the same check, "chi tiet", then "/xoadulieu"`, async () => {
      const user = session(`killed-${consent.replace(' ', '-')}`);
      const killed = await startInstance(env);
      instances.push(killed);
      expect((await chat(killed, user, 'tui muon kiem tra ho ngheo')).text).toContain('lưu');
      await chat(killed, user, consent);
      expect((await chat(killed, user, CHECK[0]!)).text).toContain('Câu 2/15');
      expect((await chat(killed, user, CHECK[1]!)).text).toContain('Câu 3/15');
      killed.child.kill('SIGKILL');
      await killed.exited;

      const next = await chat(a, user, CHECK[2]!);
      expect(next.status).toBe(200);
      expect(next.text).toContain('Câu 4/15');
      let last = next;
      for (const [index, text] of CHECK.slice(3).entries()) last = await chat(index % 2 === 0 ? b : a, user, text);
      expect(last.text).toContain('Kết quả sàng lọc (tham khảo)');
      const detail = await chat(b, user, 'chi tiet');
      expect(detail.status).toBe(200);
      expect(detail.text).toContain('1.250.000');

      expect(await sessionRows(user)).toBe(consent === 'dong y' ? 1 : 0);
      expect((await chat(a, user, '/xoadulieu')).text).toContain('Đã xóa toàn bộ dữ liệu');
      expect(await sessionRows(user)).toBe(0);
      // Nothing of it read back at the other instance: "chi tiết" has no result to show, "4" is no answer.
      const after = await chat(b, user, 'chi tiet');
      expect(after.text).not.toContain('1.250.000');
      expect((await chat(b, user, '4')).text).not.toContain('Câu');
    }, 240_000);
  }

  it('Redis restarted empty while both serve: the consented check keeps its place, an unsaved one is said lost in Vietnamese once', async () => {
    const saved = session('redis-restart-saved');
    const unsaved = session('redis-restart-unsaved');
    for (const [user, consent] of [
      [saved, 'dong y'],
      [unsaved, 'ko luu'],
    ] as const) {
      await chat(a, user, '/kiemtra');
      await chat(b, user, consent);
      expect((await chat(a, user, 'thanh thi')).text).toContain('Câu 2/15');
    }
    await own.redis.kill();
    await own.redis.start();
    for (const instance of [a, b]) {
      await until('redis_back in the log', async () => instance.logs().some((line) => line.event === 'redis_back'), 30_000);
    }
    expect((await chat(b, saved, '3')).text).toContain('Câu 3/15');
    const told = await chat(b, unsaved, '3');
    expect(told.status).toBe(200);
    expect(told.text).toContain('bị gián đoạn');
    expect(told.text).not.toContain('Câu 3/15');
    const again = await chat(a, unsaved, '/kiemtra');
    expect(again.text).not.toContain('bị gián đoạn');
  }, 120_000);

  it('PostgreSQL down when an instance starts: 503 in Vietnamese, then it serves the check begun elsewhere once PostgreSQL is back', async () => {
    const user = session('pg-at-start');
    await chat(a, user, '/kiemtra');
    await chat(a, user, 'dong y');
    expect((await chat(a, user, 'nong thon')).text).toContain('Câu 2/15');
    await own.postgres.stop();
    const late = await startInstance(env);
    instances.push(late);
    expect(late.child.exitCode).toBeNull();
    expect(await ready(late)).toBe(503);
    const refused = await chat(late, user, '4');
    expect(refused.status).toBe(503);
    expect(refused.text).toContain('vui lòng gửi lại');
    await own.postgres.start();
    await until('ready once PostgreSQL is back', async () => (await ready(late)) === 200, 60_000);
    expect((await chat(late, user, '4')).text).toContain('Câu 3/15');
    expect((await chat(b, user, '5 trieu')).text).toContain('Câu 4/15');
  }, 180_000);
});
