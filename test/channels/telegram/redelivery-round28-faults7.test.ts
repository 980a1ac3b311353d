/**
 * Two instances on one PostgreSQL (webhook), Telegram's local emulator over HTTP, round 28. Instance A takes an update and
 * is killed (SIGKILL) after it saved the turn, before it wrote the update answered (its outbox row); Telegram sends the
 * update again, to B:
 * - B takes over within the claim's short lease (DELIVERY_DEFAULTS.leaseMs, 15 s; its holder renews it while alive), not a
 *   minute later;
 * - the last answer of a check with consent ("k", Câu 15/15): B shows the result A had reached, counted once; was the "k"
 *   routed again after the check was over (a second, different reply);
 * - a side question in the middle of the check ("chuan ngheo la gi" at Câu 4): B answers the question again and the check
 *   stays at Câu 4; was only the question waiting (the answer asked for lost), all saved a second time.
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
const CHAT = 8812;

describe.skipIf(unavailable !== undefined)(titled('an update redelivered after its instance saved it and died (PostgreSQL, two instances)', unavailable), () => {
  const suite = postgresWebhookSuite('redelivery', 'telegram-webhook-secret-redelivery');
  const { post } = suite;
  const texts = () => suite.texts(CHAT);
  let next = 7001;
  /** Sends `text` as a new update to `url` and waits for the answer's messages. */
  const say = (url: string, text: string) => suite.say(url, next++, CHAT, text);
  const checksCounted = async () => {
    const { rows } = await suite.client.query<{ value: string }>(`SELECT coalesce(sum(value), 0) AS value FROM counters WHERE name LIKE 'check:%'`);
    return Number(rows[0]!.value);
  };
  /**
   * `text` sent as update `id` to a fresh instance A, killed where it writes the update answered; then Telegram's
   * redelivery to B every 2 s until a 200. Resolves to B's answer and how long the redelivery waited.
   */
  const killedThenRedelivered = async (text: string) => {
    const id = next++;
    const a = startMain({ ...suite.env(), PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(suite.directory, `a-${id}.db`), LOG_LEVEL: 'info' });
    const locker = new pg.Client({ connectionString: suite.database.url });
    await locker.connect();
    try {
      const aUrl = await until('instance A started', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(a.output().stdout)?.[0], 120_000);
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE outbox IN ACCESS EXCLUSIVE MODE');
      const sent = texts().length;
      const first = post(aUrl, webhookTextUpdate(id, CHAT, text)).then((response) => response.status, () => 'killed');
      const waiting = await suite.lockWaiters();
      a.child.kill('SIGKILL');
      await a.exited;
      for (const pid of waiting) await suite.client.query('SELECT pg_terminate_backend($1)', [pid]);
      await locker.query('ROLLBACK');
      expect(await first).toBe('killed');
      expect(texts().length).toBe(sent);
      const started = Date.now();
      const statuses: number[] = [];
      for (;;) {
        const status = (await post(suite.b!.url, webhookTextUpdate(id, CHAT, text))).status;
        statuses.push(status);
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      const waited = Date.now() - started;
      expect(statuses.slice(0, -1).every((status) => status === 503)).toBe(true);
      const answer = (await suite.telegram.waitFor(() => texts().length > sent && texts(), 60_000)).slice(sent).join('\n');
      // Telegram sends it once more: a duplicate, nothing sent.
      const once = texts().length;
      expect((await post(suite.b!.url, webhookTextUpdate(id, CHAT, text))).status).toBe(200);
      expect(texts().length).toBe(once);
      return { answer, waited };
    } finally {
      await locker.end().catch(() => undefined);
      if (a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
    }
  };

  it('a side question mid-check is answered again, the check still at Câu 4; the last answer shows the result once; each taken over within the short lease', async () => {
    suite.b ??= await startTestService(suite.env(), { databasePath: join(suite.directory, 'b.db') });
    const b = suite.b.url;
    await say(b, '/kiemtra');
    await say(b, 'đồng ý');
    await say(b, 'nông thôn');
    await say(b, '4');
    expect(await say(b, '4 triệu')).toContain('Câu 4/15');

    const side = await killedThenRedelivered('chuan ngheo la gi');
    expect(side.answer).toMatch(/chuẩn nghèo/i);
    expect(side.answer).toContain('Câu 4/15');
    // A's lease ran out within DELIVERY_DEFAULTS.leaseMs of its last renewal (was 60 s).
    expect(DELIVERY_DEFAULTS.leaseMs).toBeLessThanOrEqual(15_000);
    expect(side.waited).toBeLessThan(DELIVERY_DEFAULTS.leaseMs + 10_000);
    for (let step = 4; step < 15; step++) expect(await say(b, 'k')).toContain(`Câu ${step + 1}/15`);

    const counted = await checksCounted();
    const last = await killedThenRedelivered('k');
    expect(last.answer).toContain('Kết quả sàng lọc (tham khảo): HỘ CẬN NGHÈO');
    expect(last.answer).not.toMatch(/Mình chưa rõ/);
    expect(last.waited).toBeLessThan(DELIVERY_DEFAULTS.leaseMs + 10_000);
    // A counted the result before it died (its counters are written every second) or not: B does not count it again.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await checksCounted()).toBeLessThanOrEqual(counted + 1);
    // The conversation goes on from the result.
    expect(await say(b, '1')).toMatch(/tạm tính|lý do/i);
  }, 400_000);
});
