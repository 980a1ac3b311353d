/**
 * Round 30 (faults9): the web chat on two instances behind a load balancer, one PostgreSQL. A resident's message ("ho ngheo
 * dc vay von ko", POST /api/chat with its messageId) reached A, whose event loop then blocked past the message's 15-s claim;
 * the page, with no answer, sent it again and the retry reached B, which took the claim over. When A woke up its claim was
 * no longer its own (fencing): it saved and sent nothing. Was: A's request got 200 with no reply at all, the resident left
 * without an answer and without a word. Now A gives B's answer when B has kept it already, else a 503 saying in Vietnamese
 * to send the message again (the page does so by itself, then offers "Gửi lại"), and a log line (no text). Real HTTP, two
 * services as `npm start` runs them; the 15 s are passed by expiring A's claim in the table.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_RETRY } from '../../src/channels/web/routes.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';
import { startTestService, type TestService } from './harness.ts';
import { hold } from '../hold.ts';

const unavailable = await postgresUnavailable();

type Answer = { status: number; retryAfter: string | null; body: { replies?: { text?: string }[]; error?: { message?: string } } };

describe.skipIf(unavailable !== undefined)(titled('round 30 faults9: a web message whose claim went to another instance', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: TestService;
  let b: TestService;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase('claim_lost30');
    a = await startTestService({ DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '0' });
    b = await startTestService({ DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '0' });
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  }, 60_000);
  afterAll(async () => {
    await admin?.end();
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const post = async (server: TestService, body: object): Promise<Answer> => {
    const response = await server.postJson('/api/chat', body);
    return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: (await response.json()) as Answer['body'] };
  };
  /** Holds the instance's next session read (its event loop blocked mid-turn). */
  const block = (server: TestService) => {
    const held = hold();
    const store = server.service.app.store;
    const read = store.readSession;
    store.readSession = async (key) => {
      store.readSession = read;
      held.reach();
      await held.gate;
      return read(key);
    };
    return held;
  };
  /** The 15-s claim of the web messages run out (A blocked that long). */
  const leaseRunsOut = () => admin.query("UPDATE deliveries SET lease_until = 0 WHERE channel = 'web' AND lease_until IS NOT NULL");

  it('"ho ngheo dc vay von ko": A wakes while B still answers it: 503 saying to send it again (was 200 with no reply); the resend gets B\'s answer', async () => {
    const body = { sessionId: 'r30-faults9-claim-lost-0001', text: 'ho ngheo dc vay von ko', messageId: 'tin-vay-von-r30' };
    const atA = block(a);
    const fromA = post(a, body);
    await atA.reached;
    await leaseRunsOut();
    // The page's retry reaches B, which takes the message over and is answering it.
    const atB = block(b);
    const fromB = post(b, body);
    await atB.reached;
    atA.open();
    const lost = await fromA;
    expect(lost.status).toBe(503);
    expect(lost.retryAfter).toBe(String(WEB_RETRY.inProgressRetryAfterSeconds));
    expect(lost.body.error?.message).toBe(WEB_RETRY.claimLostMessage);
    expect(lost.body.error?.message).toContain('gửi lại tin nhắn');
    atB.open();
    const answered = await fromB;
    expect(answered.status).toBe(200);
    expect(answered.body.replies!.length).toBeGreaterThan(0);
    // The resend (at either instance) gets B's answer, once: not a second answer.
    expect(await post(a, body)).toEqual(answered);
    expect(await post(b, body)).toEqual(answered);
    const logged = a.logs().filter((line) => line.event === 'web.claim_lost');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ answered: false });
    expect(a.logLines.join('\n')).not.toContain('vay von');
  }, 30_000);

  it('"nha tui 4 nguoi thu nhap 5 trieu la ho gi": B answered it before A woke: A gives B\'s answer, and says so in the log', async () => {
    const body = { sessionId: 'r30-faults9-claim-lost-0002', text: 'nha tui 4 nguoi o que thu nhap 5 trieu 1 thang la ho gi', messageId: 'tin-4-nguoi-r30' };
    const atA = block(a);
    const fromA = post(a, body);
    await atA.reached;
    await leaseRunsOut();
    const answered = await post(b, body);
    expect(answered.status).toBe(200);
    expect(answered.body.replies!.length).toBeGreaterThan(0);
    atA.open();
    expect(await fromA).toEqual(answered);
    const logged = a.logs().filter((line) => line.event === 'web.claim_lost');
    expect(logged.at(-1)).toMatchObject({ answered: true });
    expect(a.logLines.join('\n')).not.toContain('5 trieu');
  }, 30_000);
});
