/**
 * The web chat's POST /api/chat sent again with the same message id after its answer was lost on the way (a cheap phone's
 * connection dropped), reaching ANOTHER instance behind the load balancer: two real server processes over HTTP sharing one
 * PostgreSQL database and one Redis prefix. The retry gets the same answer as the first request; was 200 with no reply at
 * all (the answer was kept in the answering instance's memory only). Kept sealed: the shared database holds no word of it.
 * And on the embedded SQLite, a retry after the instance restarted gets it too (was: nothing, the memory gone).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { killLeft, session, startInstance, until, type Instance } from './process.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());

/** One POST /api/chat: its status and the replies' text. */
async function post(instance: Instance, body: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL('/api/chat', instance.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await response.json()) as { replies?: { spans: { text: string }[] }[] };
  return { status: response.status, text: (data.replies ?? []).map((reply) => reply.spans.map((span) => span.text).join('')).join('\n') };
}

describe.skipIf(unavailable !== undefined)(titled('round 25 faults4: a web chat retry reaching another instance gets the same answer', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const redisKeys = testRedisPrefix('r25-web-retry');
  const started: Instance[] = [];
  let db: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase('r25_web_retry');
    db = new pg.Client({ connectionString: database.url });
  }, 60_000);
  afterAll(async () => {
    await killLeft(started);
    await db?.end();
    await redisKeys.clear();
    await database?.drop();
  }, 60_000);

  it('"4" answered at A, its answer lost, sent again to B: the same "Câu 3/15", the check not moved on; nothing readable kept', async () => {
    const env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redisKeys.prefix, RATE_LIMIT_PER_MINUTE: '0' };
    const [a, b] = (await Promise.all([startInstance(env), startInstance(env)])) as [Instance, Instance];
    started.push(a, b);
    const sessionId = session('r25-web-retry');
    let turn = 0;
    const say = (instance: Instance, text: string, messageId = `tin-${(turn += 1)}-${Date.now()}`) => post(instance, { sessionId, text, messageId });
    await say(a, '/kiemtra');
    expect((await say(a, 'ko luu')).text).toContain('Câu 1/15');
    expect((await say(a, 'nong thon')).text).toContain('Câu 2/15');
    const first = await say(a, 'nha tui 4 nguoi', 'tin-bon-nguoi-r25');
    expect(first.status).toBe(200);
    expect(first.text).toContain('Câu 3/15');
    const elsewhere = await say(b, 'nha tui 4 nguoi', 'tin-bon-nguoi-r25');
    expect(elsewhere).toEqual(first);
    await until('web.retry_answered_again in B\'s log', async () => b.logs().some((line) => line.event === 'web.retry_answered_again'), 10_000);
    // The check goes on from where it was at either instance: the next answer is question 3's.
    expect((await say(b, '5 trieu')).text).toContain('Câu 4/15');
    // Kept sealed under the session and message ids, which the database never holds.
    await db.connect();
    const { rows } = await db.query<{ messages: string }>("SELECT messages FROM outbox WHERE channel = 'web'");
    expect(rows.length).toBeGreaterThan(0);
    for (const { messages } of rows) {
      expect(messages.startsWith('s1:')).toBe(true);
      expect(messages).not.toContain('Câu');
      expect(messages).not.toContain(sessionId);
    }
  }, 180_000);
});

describe('round 25 faults4: on SQLite a web chat retry after a restart gets the same answer', () => {
  const started: Instance[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'r25-web-retry-'));
  afterAll(async () => {
    await killLeft(started);
    rmSync(folder, { recursive: true, force: true });
  });

  it('answered, the instance killed and started again on the same file, the retry gets the answer', async () => {
    const env = { DATABASE_PATH: join(folder, 'bot.db'), RATE_LIMIT_PER_MINUTE: '0' };
    const before = await startInstance(env);
    started.push(before);
    const sessionId = session('r25-web-sqlite');
    const body = { sessionId, text: 'ho can ngheo dc ho tro j', messageId: 'tin-ho-tro-r25-01' };
    const first = await post(before, body);
    expect(first.status).toBe(200);
    expect(first.text.length).toBeGreaterThan(50);
    before.child.kill('SIGKILL');
    await before.exited;
    const after = await startInstance(env);
    started.push(after);
    expect(await post(after, body)).toEqual(first);
  }, 180_000);
});
