/**
 * Real server processes (`src/main.ts`, as `npm start` runs it) on a PostgreSQL cluster and a Redis server of this test's
 * own (own-services.ts), a resident who chose "Không lưu" in the middle of a household check:
 * - Redis killed between two messages and started again EMPTY: the next message is told plainly that the check was lost
 *   and how to start again (was: the check gone without a word, the answer "4" taken for a new question).
 * - One instance without Redis (drafts in its memory) killed and started again: the same (was: silent).
 * - Redis back with an older copy of the draft (restored from before the last answer): told the check was lost, not asked
 *   again from the older step as if the last answer had never been sent (was: silently taken up from the older copy).
 * - Redis away: only the resident with a check in progress hears of it; someone who only asked a question hears nothing
 *   (was: the "Lưu ý: máy chủ đang gặp sự cố với bộ nhớ tạm" line went to every conversation without consent).
 * What the database keeps of such a check is content-free (a keyed hash, a step number, a time): no answer, no text.
 */
import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { keyedHash, OWNER_HASH_KEY } from '../../src/store/shared.ts';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { chat, health, session, startInstance, until, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();
const LOST = 'Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn do sự cố của máy chủ';

describe.skipIf(unavailable !== undefined)(titled('round 23 faults2: a check without consent lost to Redis or a restart', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);
  const started = async (env: Record<string, string>) => {
    const instance = await startInstance(env);
    instances.push(instance);
    return instance;
  };
  /** Everything PostgreSQL holds in its tables, as text (rows of every table of the public schema). */
  const databaseText = async () => {
    const client = new pg.Client({ connectionString: own.postgres.url });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
      const texts: string[] = [];
      for (const { name } of tables) texts.push(JSON.stringify((await client.query(`SELECT * FROM "${name}"`)).rows));
      return texts.join('\n');
    } finally {
      await client.end();
    }
  };

  it('Redis killed between two answers and back empty: told the check was lost and how to start again, not a new question', async () => {
    const instance = await started({ DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url });
    const user = session('redis-back-empty');
    await chat(instance, user, '/kiemtra');
    expect((await chat(instance, user, 'ko luu')).text).toContain('Câu 1/15');
    expect((await chat(instance, user, 'o que')).text).toContain('Câu 2/15');
    // Someone who only asked a question, without consent: nothing of theirs is lost.
    const asker = session('redis-back-asker');
    expect((await chat(instance, asker, 'ho can ngheo dc ho tro j')).status).toBe(200);
    await own.redis.kill();
    await own.redis.start();
    await until('Redis used again', async () => ((await health(instance)).redis as { reachable: boolean }).reachable);
    const lost = await chat(instance, user, '4');
    expect(lost.status).toBe(200);
    expect(lost.text).toContain(LOST);
    expect(lost.text).toContain('/kiemtra');
    expect(lost.text).not.toContain('Câu 3/15');
    // Said once: starting again works.
    const again = await chat(instance, user, '/kiemtra');
    expect(again.text).not.toContain('do sự cố');
    expect((await chat(instance, user, 'hok luu')).text).toContain('Câu 1/15');
    expect((await chat(instance, user, 'thanh thi')).text).toContain('Câu 2/15');
    expect((await chat(instance, asker, 'ho ngheo la gi')).text).not.toContain('sự cố');
    // Nothing the resident told is in the database, and the log holds no text of theirs.
    const kept = await databaseText();
    expect(kept).not.toMatch(/interview|answers|thanh thi|"area"|rural|urban/);
    const logged = JSON.stringify(instance.logs());
    expect(logged).toContain('draft_lost');
    expect(logged).not.toMatch(/ko luu|hok luu|thanh thi|ho can ngheo/);
  }, 120_000);

  it('one instance without Redis killed mid-check and started again: told the check was lost', async () => {
    const env = { DATABASE_URL: own.postgres.url };
    const first = await started(env);
    const user = session('memory-restart');
    await chat(first, user, '/kiemtra');
    await chat(first, user, 'k luu');
    expect((await chat(first, user, 'nong thon')).text).toContain('Câu 2/15');
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await started(env);
    const lost = await chat(second, user, '5');
    expect(lost.text).toContain(LOST);
    expect(lost.text).not.toContain('Câu 3/15');
    expect((await chat(second, user, 'ho ngheo dc mien hoc phi ko')).text).not.toContain('do sự cố');
    expect(await databaseText()).not.toMatch(/interview|answers|nong thon|rural/);
  }, 120_000);

  it('Redis back with an older copy of the draft (restored from before the last answer): told the check was lost, not taken up from there', async () => {
    const instance = await started({ DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url });
    await until('Redis reachable', async () => ((await health(instance)).redis as { reachable: boolean }).reachable);
    const user = session('redis-older-copy');
    const client = new pg.Client({ connectionString: own.postgres.url });
    await client.connect();
    const secret = (await client.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value;
    await client.end();
    const draftKey = `tro-ly:draft:${keyedHash(secret)(`web:${user}`)}`;
    const direct = new Redis(own.redis.url);
    try {
      await chat(instance, user, '/kiemtra');
      await chat(instance, user, 'ko luu');
      expect((await chat(instance, user, 'o que')).text).toContain('Câu 2/15');
      const older = await direct.get(draftKey);
      expect(older).not.toBeNull();
      expect((await chat(instance, user, '4')).text).toContain('Câu 3/15');
      await direct.set(draftKey, older!, 'PX', 60_000);
      const lost = await chat(instance, user, '5 trieu');
      expect(lost.text).toContain(LOST);
      expect(lost.text).not.toContain('Câu 3/15');
      expect(await direct.get(draftKey)).toBeNull();
    } finally {
      direct.disconnect();
    }
  }, 120_000);

  it('Redis away: the note goes only to a resident with a check in progress, not to one who only asked', async () => {
    const instance = await started({ DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url });
    await until('Redis reachable', async () => ((await health(instance)).redis as { reachable: boolean }).reachable);
    const checking = session('redis-away-checking');
    await chat(instance, checking, '/kiemtra');
    await chat(instance, checking, 'ko luu');
    expect((await chat(instance, checking, 'o que')).text).toContain('Câu 2/15');
    const asker = session('redis-away-asker');
    expect((await chat(instance, asker, 'chuan ngheo 2026 la bn')).status).toBe(200);
    await own.redis.kill();
    try {
      const asked = await chat(instance, asker, 'ho can ngheo dc ho tro j');
      expect(asked.status).toBe(200);
      expect(asked.text).not.toContain('sự cố');
      expect(asked.text).not.toContain('bộ nhớ tạm');
      const told = await chat(instance, checking, '4');
      expect(told.text).toContain(LOST);
      expect(told.text).not.toContain('Câu 3/15');
    } finally {
      await own.redis.start();
    }
  }, 120_000);
});
