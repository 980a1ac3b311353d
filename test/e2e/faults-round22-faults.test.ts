/**
 * Real server processes (`src/main.ts`, as `npm start` runs it) on a PostgreSQL cluster and a Redis server of this test's
 * own (own-services.ts):
 * - PostgreSQL down when the server starts: it starts anyway, degraded (/healthz says store, /readyz 503, a message gets
 *   the Vietnamese 503 with Retry-After as when PostgreSQL goes away while it runs), and connects once PostgreSQL is up,
 *   without a restart. It exited 1 before.
 * - Redis killed while a resident who chose "Không lưu" is mid-check: the next message, at the other instance, is told
 *   plainly that the check was interrupted and how to start again (was: a question out of the blue, "Mình chưa rõ số …"),
 *   and nothing the resident told goes to the database.
 */
import { describe, expect, it } from 'vitest';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { chat, health, ready, session, sleep, startInstance, until, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();
const OUTAGE = 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Tin nhắn của bạn chưa được xử lý, bạn vui lòng gửi lại sau ít giây.';

describe.skipIf(unavailable !== undefined)(titled('round 22 faults: instances on their own PostgreSQL and Redis', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);

  it('npm start while PostgreSQL is down: starts degraded, a resident gets the 503 sentence, connects when PostgreSQL comes up', async () => {
    await own.postgres.stop();
    const instance = await startInstance({ DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url });
    instances.push(instance);
    expect(await ready(instance)).toBe(503);
    expect(await health(instance)).toMatchObject({ status: 'degraded', degraded: ['store'], database: { backend: 'postgres', reachable: false } });
    const user = session('pg-down-at-start');
    const refused = await chat(instance, user, 'nha tui 4 nguoi o que thu nhap 5 trieu co dc ho ngheo ko');
    expect(refused).toEqual({ status: 503, text: OUTAGE, retryAfter: '5' });
    // Answers from the documents need no database.
    const ask = await fetch(new URL('/api/ask', instance.url), { method: 'POST', body: JSON.stringify({ question: 'ho can ngheo dc ho tro bhyt ko' }) });
    expect(ask.status).toBe(200);
    await sleep(2500);
    expect(instance.child.exitCode).toBeNull();
    const events = instance.logs().map((line) => line.event);
    expect(events.filter((event) => event === 'store_unavailable_at_start')).toHaveLength(1);
    expect(events).not.toContain('redis_breaker_open');

    await own.postgres.start();
    await until('ready once PostgreSQL is up', async () => (await ready(instance)) === 200);
    // Its log line comes through the child's stdout, which the test reads on its own time: waited for, not read at once.
    await until('store_connected logged', async () => instance.logs().some((line) => line.event === 'store_connected'));
    expect(await health(instance)).toMatchObject({ status: 'ok', degraded: [], database: { reachable: true }, redis: { reachable: true } });
    // Sent again: answered, the check starts with what the message told.
    const answered = await chat(instance, user, 'nha tui 4 nguoi o que thu nhap 5 trieu co dc ho ngheo ko');
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Đồng ý lưu');
  }, 120_000);

  it('Redis killed while a resident who chose ko luu is mid-check: told plainly at the other instance, starts again, nothing in the database', async () => {
    const env = { DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url };
    const [a, b] = (await Promise.all([startInstance(env), startInstance(env)])) as [Instance, Instance];
    instances.push(a, b);
    // In the middle of a check (the draft in Redis) when Redis dies.
    const midway = session('mid-check-redis-dies');
    await chat(a, midway, '/kiemtra');
    await chat(a, midway, 'ko luu');
    expect((await chat(a, midway, 'o que')).text).toContain('Câu 2/15');
    await own.redis.kill();
    const unread = await chat(b, midway, '4');
    expect(unread.status).toBe(200);
    // Round 23: the check is known to be in progress (its step in the database): told it was lost, not a note before an answer.
    expect(unread.text).toContain('Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn do sự cố của máy chủ');
    expect(unread.text).toContain('/kiemtra');
    // Told once, not at every message.
    expect((await chat(b, midway, 'ho ngheo la gi')).text).not.toContain('sự cố');

    // Starting while Redis is away: the answers live in A's memory; the next message reaches B.
    const user = session('ko-luu-redis-dead');
    await chat(a, user, '/kiemtra');
    expect((await chat(a, user, 'ko luu')).text).toContain('Câu 1/15');
    const lost = await chat(b, user, 'thanh thi');
    expect(lost.status).toBe(200);
    expect(lost.text).toContain('Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn do sự cố của máy chủ');
    expect(lost.text).toContain('Kiểm tra hộ gia đình');
    expect(lost.text).not.toContain('Câu 2/15');
    expect(lost.text).not.toContain('Mình chưa');
    // Starting again at B works, and B does not say it again.
    const again = await chat(b, user, '/kiemtra');
    expect(again.text).not.toContain('do sự cố');
    expect(again.text).toContain('Không lưu');
    expect((await chat(b, user, 'ko luu')).text).toContain('Câu 1/15');
    expect((await chat(b, user, 'thanh thi')).text).toContain('Câu 2/15');
    for (const instance of [a, b]) expect(instance.child.exitCode).toBeNull();
    expect(b.logs().map((line) => line.event)).toContain('draft_lost');

    // Erased at B while Redis is away: done (a command is not held back by the note), and A never reads its older copy.
    const erasing = session('ko-luu-xoa-du-lieu');
    await chat(a, erasing, '/kiemtra');
    await chat(a, erasing, 'ko luu');
    expect((await chat(a, erasing, 'o que')).text).toContain('Câu 2/15');
    const erased = await chat(b, erasing, '/xoadulieu');
    expect(erased.text.startsWith('Lưu ý: phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn do sự cố của máy chủ;')).toBe(true);
    expect(erased.text).toContain('Đã xóa toàn bộ dữ liệu trợ lý lưu về bạn');
    const afterErasure = await chat(a, erasing, '4');
    expect(afterErasure.text).toContain('đã bị gián đoạn do sự cố của máy chủ');
    expect(afterErasure.text).not.toContain('Câu 3/15');

    // Nothing the resident told is in the database: no session holds a check.
    const pg = new (await import('pg')).default.Client({ connectionString: own.postgres.url });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ count: string }>(`SELECT count(*) FROM sessions WHERE value::text LIKE '%interview%' OR value::text LIKE '%answers%'`);
      expect(Number(rows[0]!.count)).toBe(0);
    } finally {
      await pg.end();
    }
    await own.redis.start();
  }, 180_000);
});
