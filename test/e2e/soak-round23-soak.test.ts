/**
 * Soak: three real server processes (`src/main.ts`, as `npm start` runs it) on a PostgreSQL cluster and a Redis server
 * of this test's own (own-services.ts), the fake Zalo Bot API over real HTTP. 30 residents at once, half on the web chat
 * (POST /api/chat), half on Zalo (the webhook), each message to a random instance; Zalo messages often delivered twice at
 * once to two instances (a platform retry racing the first). Each asks a question, then starts a household check, with
 * consent ("dong y") or without ("khong luu"), and answers it. Half-way, one instance is killed (SIGKILL) and the rest
 * goes on at the other two. What must hold:
 * - every message is answered exactly once (Zalo: one zalo.replied per message id over all instances, nothing left in
 *   the outbox, no error text); the check's steps come in order (Câu 1/15 … 4/15), none skipped or repeated;
 * - a consented check goes on after the kill; one without consent goes on or says plainly it was lost (DRAFT_LOST);
 * - no 5xx but the documented 503 with Retry-After; no resident's text or id in any instance's log.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZALO_ERROR_TEXT } from '../../src/channels/zalo/bot.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from '../channels/zalo/harness.ts';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { chat, killLeft, session, sleep, startInstance, until, ZALO_TEST_SECRET, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();
const LOST = 'Phần kiểm tra hộ gia đình bạn đang làm dở đã bị gián đoạn do sự cố của máy chủ';
const USERS = 30;

interface Resident {
  id: string;
  channel: 'web' | 'zalo';
  consent: boolean;
  /** What each of its messages got back (web: the reply; Zalo: what was sent to the chat for it). */
  answers: string[];
  /** Zalo message ids it sent. */
  updateIds: string[];
  lost: boolean;
}

/** The residents' messages, in their own words, and what the check must be at after each (undefined: no question yet). */
const before = (consent: boolean) => [
  { text: 'ho ngheo la gi', step: undefined },
  { text: '/kiemtra', step: undefined },
  { text: consent ? 'dong y' : 'khong luu', step: 'Câu 1/15' },
  { text: 'nong thon', step: 'Câu 2/15' },
];
const after = [
  { text: '4', step: 'Câu 3/15' },
  { text: '5 trieu', step: 'Câu 4/15' },
];

describe.skipIf(unavailable !== undefined)(titled('soak: 30 residents on three instances, one killed half-way', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);
  let zalo: FakeZalo;
  let client: pg.Client;
  const statuses: { status: number; retryAfter: string | null }[] = [];

  beforeAll(async () => {
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
    const env = {
      DATABASE_URL: own.postgres.url,
      REDIS_URL: own.redis.url,
      // 15 web residents from one address (the test): the per-address budget would refuse them, not what is soaked here.
      RATE_LIMIT_PER_MINUTE: '0',
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
      ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET,
    };
    // One first (it makes the schema), then the other two.
    instances.push(await startInstance(env));
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
    client = new pg.Client({ connectionString: own.postgres.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    // Before the suite's own hooks (vitest runs after-hooks last registered first): the services go after these.
    await client?.end();
    await killLeft(instances);
    await zalo?.close();
  }, 60_000);

  const alive = () => instances.filter((instance) => instance.child.exitCode === null && instance.child.signalCode === null);
  const pick = (from: Instance[]) => from[Math.floor(Math.random() * from.length)]!;
  /** The log line of a Zalo message answered (messages sent for it), not of a copy dropped as a duplicate. */
  const answered = (line: Record<string, unknown>) => line.event === 'zalo.replied' && Number(line.messages) > 0;
  const logs = () => instances.flatMap((instance) => instance.logs());
  const waiting = async (chatId: string) => Number((await client.query("SELECT count(*) AS n FROM outbox WHERE recipient = $1", [chatId])).rows[0].n);

  /** One web message, sent again to another instance on the documented 503. */
  async function web(resident: Resident, text: string): Promise<string> {
    for (;;) {
      const turn = await chat(pick(alive()), resident.id, text);
      statuses.push(turn);
      if (turn.status === 503) {
        await sleep(500);
        continue;
      }
      expect(turn.status, turn.text).toBe(200);
      return turn.text;
    }
  }

  /** One Zalo message: delivered to a random instance, or to two at once; delivered again on 503; what Zalo got for it. */
  async function zaloMessage(resident: Resident, text: string): Promise<string> {
    const update = zaloUpdate(resident.id, { text });
    const updateId = (update.message as { message_id: string }).message_id;
    resident.updateIds.push(updateId);
    const sentBefore = zalo.sentTo(resident.id).length;
    const replied = () => logs().some((line) => answered(line) && String(line.updateId) === updateId);
    let twice = Math.random() < 0.5;
    for (;;) {
      const live = alive();
      const targets = twice && live.length > 1 ? [live[0]!, live[1]!].sort(() => Math.random() - 0.5) : [pick(live)];
      twice = false;
      const got = await Promise.all(targets.map((instance) => deliver(instance, update)));
      statuses.push(...got);
      if (got.some((turn) => turn.status === 200)) break;
      await sleep(500);
    }
    await until(`the answer to ${updateId}`, async () => replied() && (await waiting(resident.id)) === 0, 20_000);
    return zalo.sentTo(resident.id).slice(sentBefore).join('\n');
  }

  /** postZalo, with the Retry-After of a refusal. */
  async function deliver(instance: Instance, update: object): Promise<{ status: number; retryAfter: string | null }> {
    const response = await fetch(new URL('/zalo/webhook', instance.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Bot-Api-Secret-Token': ZALO_TEST_SECRET },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  }

  const say = (resident: Resident, text: string) => (resident.channel === 'web' ? web(resident, text) : zaloMessage(resident, text));

  it('every message answered once and in order, consented checks survive the kill, nothing personal in the logs', async () => {
    const residents: Resident[] = Array.from({ length: USERS }, (_, index) => ({
      id: index % 2 === 0 ? session(`soak-${index}`) : `z-soak-${process.pid}-${index}`,
      channel: index % 2 === 0 ? 'web' : 'zalo',
      consent: index % 3 !== 0,
      answers: [],
      updateIds: [],
      lost: false,
    }));
    const run = async (resident: Resident, steps: { text: string; step: string | undefined }[]) => {
      for (const { text, step } of steps) {
        if (resident.lost) return;
        const answer = await say(resident, text);
        resident.answers.push(answer);
        if (!resident.consent && step && answer.includes(LOST)) {
          resident.lost = true;
          return;
        }
        if (step) expect(answer, `${resident.id} after “${text}”`).toContain(step);
        else expect(answer, `${resident.id} after “${text}”`).not.toMatch(/Câu \d+\/15/);
      }
    };

    await Promise.all(residents.map((resident) => run(resident, before(resident.consent))));
    const killed = instances[2]!;
    killed.child.kill('SIGKILL');
    await killed.exited;
    await Promise.all(residents.map((resident) => run(resident, after)));

    for (const resident of residents) {
      const all = resident.answers.join('\n');
      if (resident.consent) expect(resident.lost).toBe(false);
      if (!resident.lost) expect(all).toContain('1.250.000 đồng/người/tháng');
      // Each step once, in order.
      const steps = [...all.matchAll(/Câu (\d+)\/15/g)].map((match) => Number(match[1]));
      expect(steps, resident.id).toEqual([...new Set(steps)].sort((x, y) => x - y));
      expect(all).not.toContain(ZALO_ERROR_TEXT);
    }
    // Zalo: one answer per message, over all instances.
    // The copy delivered to a second instance is dropped there (zalo.replied with no messages).
    const replied = logs().filter(answered);
    for (const resident of residents.filter((r) => r.channel === 'zalo')) {
      for (const updateId of resident.updateIds) expect(replied.filter((line) => String(line.updateId) === updateId), updateId).toHaveLength(1);
    }
    for (const { status, retryAfter } of statuses) {
      if (status >= 500) {
        expect(status).toBe(503);
        expect(retryAfter).not.toBeNull();
      }
    }
    const logged = JSON.stringify(logs());
    expect(logged).not.toMatch(/ho ngheo la gi|nong thon|dong y|khong luu|5 trieu|z-soak-|soak-\d/);
    expect(Number((await client.query('SELECT count(*) AS n FROM outbox')).rows[0].n)).toBe(0);
  }, 60_000);
});
