/**
 * The web chat's POST /api/chat sent again with the same message id (a cheap phone's connection dropped before the answer
 * came, and the page tries again), over real HTTP to real server processes on a PostgreSQL and a Redis of the test's own:
 * answered once. At the same instance the retry gets the same answer again; at another instance it is not handled again
 * (the claim is PostgreSQL's). Was: each retry was a new message, the interview's answer "4" taken for the next question too.
 * Without a message id the API answers as before.
 */
import { describe, expect, it } from 'vitest';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { session, startInstance, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();

/** One POST /api/chat with the body as given: its status and the replies' text. */
async function post(instance: Instance, body: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL('/api/chat', instance.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await response.json()) as { replies?: { spans: { text: string }[] }[] };
  return { status: response.status, text: (data.replies ?? []).map((reply) => reply.spans.map((span) => span.text).join('')).join('\n') };
}

describe.skipIf(unavailable !== undefined)(titled('round 24 faults3: a web chat message retried with its id is answered once', unavailable), () => {
  const started: Instance[] = [];
  const own = ownServicesForSuite(started);

  it('"4" sent, its answer lost, sent again to the same instance and to another: one step of the check, the same answer', async () => {
    const env = { DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url };
    const [a, b] = (await Promise.all([startInstance(env), startInstance(env)])) as [Instance, Instance];
    started.push(a, b);
    const sessionId = session('r24-web-retry');
    let turn = 0;
    const say = (instance: Instance, text: string, messageId = `tin-${(turn += 1)}-${Date.now()}`) => post(instance, { sessionId, text, messageId });
    await say(a, '/kiemtra');
    expect((await say(a, 'ko luu')).text).toContain('Câu 1/15');
    expect((await say(a, 'nong thon')).text).toContain('Câu 2/15');
    const first = await say(a, '4', 'tin-bon-nguoi-01');
    expect(first.status).toBe(200);
    expect(first.text).toContain('Câu 3/15');
    // The same request again at the same instance: the same answer, not a second step.
    const again = await say(a, '4', 'tin-bon-nguoi-01');
    expect(again).toEqual(first);
    // And at the other instance: not handled again.
    const elsewhere = await say(b, '4', 'tin-bon-nguoi-01');
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.text).not.toContain('Câu 4/15');
    // The check goes on from where it was: the next answer is question 3's.
    const next = await say(b, '5 trieu');
    expect(next.text).toContain('Câu 4/15');
  }, 120_000);

  it('without a message id the API works as before: each request a message', async () => {
    const env = { DATABASE_URL: own.postgres.url, REDIS_URL: own.redis.url };
    const instance = await startInstance(env);
    started.push(instance);
    const sessionId = session('r24-web-no-id');
    expect((await post(instance, { sessionId, text: 'ho ngheo dc ho tro j' })).status).toBe(200);
    const twice = [await post(instance, { sessionId, text: '/kiemtra' }), await post(instance, { sessionId, text: 'ko luu' }), await post(instance, { sessionId, text: 'ko luu' })];
    expect(twice.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(twice[1]!.text).toContain('Câu 1/15');
  }, 120_000);
});
