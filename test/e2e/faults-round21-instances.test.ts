/**
 * Two real server processes (`src/main.ts`, as `npm start` runs it) on a PostgreSQL cluster and a Redis server of this
 * test's own (own-services.ts), which the test kills and stops for real while the instances run:
 * - Redis killed (SIGKILL, nothing saved): the chat goes on at both instances, a consented household check keeps its
 *   place; /healthz says degraded redis, /readyz stays 200; the log says redis_unavailable / redis_fallback; no crash.
 *   Redis started again (empty): both use it again (redis_back) without a restart.
 * - PostgreSQL stopped (`pg_ctl stop -m fast`: clients get SQLSTATE 57P01, then refused connections): a message gets
 *   503 with a Vietnamese sentence and Retry-After, /readyz 503, the log says chat_store_unavailable; no crash. Started
 *   again: the same message sent again is answered from the step it was at, nothing saved lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { chat, health, ready, session, sleep, startInstance, until, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();

describe.skipIf(unavailable !== undefined)(titled('instances while their own Redis is killed and their own PostgreSQL stopped', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    const env = { DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url };
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
    [a, b] = instances as [Instance, Instance];
  }, 180_000);

  it('Redis killed: the chat goes on at both, a consented check keeps its place; Redis back: used again', async () => {
    const user = session('redis-killed');
    expect((await chat(a, user, '/kiemtra')).status).toBe(200);
    expect((await chat(b, user, 'đồng ý')).text).toContain('Câu 1/15');
    await own.redis.kill();
    const turn = await chat(a, user, 'nông thôn');
    expect(turn.status).toBe(200);
    expect(turn.text).toContain('Câu 2/15');
    expect((await chat(b, user, '4')).text).toContain('Câu 3/15');
    // Someone starting now without consent: the draft stays in the memory of the instance answering.
    const declined = session('redis-killed-no');
    await chat(b, declined, '/kiemtra');
    await chat(b, declined, 'không lưu');
    expect((await chat(b, declined, 'thành thị')).text).toContain('Câu 2/15');
    for (const instance of instances) {
      expect(await health(instance)).toMatchObject({ status: 'degraded', degraded: ['redis'], redis: { reachable: false } });
      expect(await ready(instance)).toBe(200);
      expect(instance.child.exitCode).toBeNull();
      const events = instance.logs().map((line) => line.event);
      expect(events).toContain('redis_fallback');
    }

    await own.redis.start();
    for (const instance of instances) {
      // Reconnects back off up to REDIS_DEFAULTS.maxReconnectDelayMs per try. A Redis started again before the first retry
      // was refused once left no redis_back (test/store/redis-round22-back.test.ts): the log line comes with the reconnect.
      await until('Redis used again', async () => ((await health(instance)).redis as { reachable: boolean }).reachable);
      await until('redis_back in the log', async () => instance.logs().some((line) => line.event === 'redis_back'), 10_000);
    }
    expect((await chat(a, user, '5 triệu')).text).toContain('1.250.000 đồng/người/tháng');
    expect((await chat(b, declined, '3')).text).toContain('Câu 3/15');
  }, 240_000);

  it('PostgreSQL stopped: 503 with a Vietnamese sentence, no crash; started again: the message sent again goes on from its step', async () => {
    const user = session('pg-stopped');
    await chat(a, user, '/kiemtra');
    await chat(b, user, 'đồng ý');
    expect((await chat(a, user, 'thành thị')).text).toContain('Câu 2/15');
    await own.postgres.stop();
    for (const instance of instances) {
      const refused = await chat(instance, user, '3');
      expect(refused.status).toBe(503);
      expect(refused.text).toBe('Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Tin nhắn của bạn chưa được xử lý, bạn vui lòng gửi lại sau ít giây.');
      expect(refused.retryAfter).toBe('5');
      expect(await ready(instance)).toBe(503);
      expect(await health(instance)).toMatchObject({ status: 'degraded', degraded: ['store'], database: { backend: 'postgres', reachable: false } });
    }
    // Still running a while later (the pool's dropped connections, the timers of the store, none throws).
    await sleep(3000);
    for (const instance of instances) {
      expect(instance.child.exitCode).toBeNull();
      expect(instance.logs().map((line) => line.event)).toContain('chat_store_unavailable');
    }

    await own.postgres.start();
    for (const instance of instances) await until('ready again', async () => (await ready(instance)) === 200);
    // Sent again (the web page keeps the text): answered once, at question 3, as if nothing happened.
    expect((await chat(b, user, '3')).text).toContain('Câu 3/15');
    expect((await chat(a, user, '4 triệu')).text).toContain('4.000.000 đồng/tháng');
  }, 120_000);
});
