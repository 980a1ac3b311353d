/**
 * Two instances on one PostgreSQL (webhook), Telegram's local emulator over HTTP. A resident in a household check (saved
 * with consent) answers "4" (Câu 2/15: how many people); instance A takes the update and is killed (SIGKILL) while it
 * handles it, before the answer is written as given. Telegram sends the update again (its delivery to A got no answer):
 * instance B leaves it (503) while A's claim lasts (DELIVERY_DEFAULTS.leaseMs, 60 s), then answers it once. A had saved
 * the step ("4" people) before it died: B shows the question waiting (Câu 3, income), and the check goes on from there.
 * Was: "4" read a second time, as Câu 3's income ("“4” là 4 nghìn đồng hay 4 triệu đồng?"); at a question taking a bare
 * number it would have been saved as that answer.
 */
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DELIVERY_DEFAULTS } from '../../../src/chat/ports.ts';
import { startMain, startTestService, until } from '../../server/harness.ts';
import { postgresUnavailable, titled } from '../../services.ts';
import { webhookTextUpdate } from './emulator.ts';
import { postgresWebhookSuite } from './postgres-webhook.ts';

const unavailable = await postgresUnavailable();
const CHAT = 8811;

describe.skipIf(unavailable !== undefined)(titled('an update whose instance died while handling it (PostgreSQL, two instances)', unavailable), () => {
  const suite = postgresWebhookSuite('inflight', 'telegram-webhook-secret-inflight');
  const { post } = suite;
  const texts = () => suite.texts(CHAT);
  const say = (url: string, id: number, text: string) => suite.say(url, id, CHAT, text);

  it('"4" cut short by a kill is answered once, by the other instance, at Câu 2 → Câu 3', async () => {
    const { telegram, client, directory } = suite;
    const shared = suite.env();
    const b = (suite.b = await startTestService(shared, { databasePath: join(directory, 'b.db') }));
    await say(b.url, 6001, '/kiemtra');
    await say(b.url, 6002, 'đồng ý');
    expect(await say(b.url, 6003, 'nông thôn')).toContain('Câu 2/15');

    const a = startMain({ ...shared, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(directory, 'a.db'), LOG_LEVEL: 'info' });
    const locker = new pg.Client({ connectionString: suite.database.url });
    await locker.connect();
    try {
      const aUrl = await until('instance A started', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(a.output().stdout)?.[0], 120_000);
      // A's handling of "4" stops where the answer is written as given (its outbox row): A is killed there.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE outbox IN ACCESS EXCLUSIVE MODE');
      const sent = texts().length;
      const first = post(aUrl, webhookTextUpdate(6004, CHAT, '4')).then((response) => response.status, () => 'killed');
      const waiting = await suite.lockWaiters();
      a.child.kill('SIGKILL');
      await a.exited;
      // The server would finish the statement of a client gone (it does not look at the socket while it waits): ended
      // with its client, as when the process dies between two statements.
      for (const pid of waiting) await client.query('SELECT pg_terminate_backend($1)', [pid]);
      await locker.query('ROLLBACK');
      expect(await first).toBe('killed');
      expect(texts().length).toBe(sent);

      // Telegram sends it again, to B, every few seconds until it gets a 200.
      const statuses: number[] = [];
      const started = Date.now();
      for (;;) {
        const status = (await post(b.url, webhookTextUpdate(6004, CHAT, '4'))).status;
        statuses.push(status);
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      // 503 while A's claim lasted (DELIVERY_DEFAULTS.leaseMs), then answered.
      expect(statuses.length).toBeGreaterThan(1);
      expect(statuses.slice(0, -1).every((status) => status === 503)).toBe(true);
      expect(Date.now() - started).toBeLessThan(DELIVERY_DEFAULTS.leaseMs + 30_000);
      const answer = (await telegram.waitFor(() => texts().length > sent && texts(), 60_000)).slice(sent).join('\n');
      // A had saved "4" as the number of people: it is not read again as Câu 3's income ("4 nghìn hay 4 triệu?").
      expect(answer).toMatch(/^Câu 3\/15\. Thu nhập của cả hộ/);
      expect(answer).not.toContain('“4”');
      expect(b.logs().some((record) => record.event === 'delivery_turn_repeated')).toBe(true);
      // Telegram sends it once more: a duplicate, nothing sent.
      const once = texts().length;
      expect((await post(b.url, webhookTextUpdate(6004, CHAT, '4'))).status).toBe(200);
      expect(texts().length).toBe(once);
      // The check goes on from there: 4 people, 4 triệu a month.
      expect(await say(b.url, 6005, '4 triệu')).toContain('1.000.000 đồng/người/tháng');
    } finally {
      await locker.end().catch(() => undefined);
      if (a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
    }
  }, 400_000);
});
