/**
 * A server process (`src/main.ts`, SQLite, drafts in Redis) whose Redis is away while a resident answers a household check
 * kept without consent: the answers are held in its memory. Stopped deliberately (SIGTERM: an update) while Redis comes
 * back, it writes those answers back to Redis before it exits, so the check goes on where it was at the next start (or any
 * instance). Was: the memory went with the process, the older draft in Redis was marked stale, and the resident was told
 * the check was interrupted "do sự cố của máy chủ" and had to start again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { chat, killLeft, session, sleep, startInstance, until, type Instance } from './process.ts';

const unavailable = await redisUnavailable();

describe.skipIf(unavailable !== undefined)(titled('round 25 faults4: drafts held while Redis was away are written back at SIGTERM', unavailable), () => {
  const folder = mkdtempSync(join(tmpdir(), 'r25-stop-redis-'));
  const keys = testRedisPrefix('r25-stop-redis');
  const instances: Instance[] = [];
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  beforeAll(async () => {
    const target = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  });
  afterAll(async () => {
    await killLeft(instances);
    await proxy?.close();
    await keys.clear();
    rmSync(folder, { recursive: true, force: true });
  });

  it('a check answered while Redis was away, SIGTERM as Redis comes back: after the restart "5 trieu" is question 3\'s answer', async () => {
    const env = { DATABASE_PATH: join(folder, 'bot.db'), REDIS_URL: proxy.url(TEST_REDIS_URL), REDIS_KEY_PREFIX: keys.prefix, RATE_LIMIT_PER_MINUTE: '0' };
    const first = await startInstance(env);
    instances.push(first);
    const user = session('r25-stop-redis');
    // Redis away for the whole check: its answers are held in the instance's memory only.
    await proxy.cut();
    await chat(first, user, '/kiemtra');
    expect((await chat(first, user, 'ko luu')).text).toContain('Câu 1/15');
    expect((await chat(first, user, 'nong thon')).text).toContain('Câu 2/15');
    expect((await chat(first, user, 'nha tui 4 nguoi')).text).toContain('Câu 3/15');
    await until('the draft held in memory (redis_fallback)', async () => first.logs().some((line) => line.event === 'redis_fallback' && line.feature === 'drafts'), 10_000);
    first.child.kill('SIGTERM');
    await sleep(300);
    await proxy.restore();
    expect(await first.exited).toBe(0);
    expect(first.logs().filter((line) => line.event === 'redis_drafts_flushed_at_stop').map(({ drafts, left }) => ({ drafts, left }))).toEqual([{ drafts: 1, left: 0 }]);

    const second = await startInstance(env);
    instances.push(second);
    const next = await chat(second, user, '5 trieu');
    expect(next.status).toBe(200);
    expect(next.text).not.toContain('bị gián đoạn');
    expect(next.text).toContain('Câu 4/15');
  }, 120_000);
});
