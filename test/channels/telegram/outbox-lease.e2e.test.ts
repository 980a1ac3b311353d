/**
 * Two instances on one PostgreSQL (webhook), Telegram's local emulator over HTTP. Instance A answers a question
 * and is killed (SIGKILL) while Telegram has not yet taken its answer: the answer is in the outbox under A's lease.
 * Before, that lease was TELEGRAM_DELIVERY.messageDeadlineMs + 60 s (≈ 16 min): the resident waited 16 minutes for
 * instance B. Now A renews a short lease (OUTBOX.leaseMs, 60 s) while it is alive, so B leaves the answer
 * alone past the first lease's end, and takes it within one lease of A's death; the person gets it once.
 * Both instances run with OUTBOX_LEASE_SECONDS=10 (renewed every third of it), so the test waits ~10 s per lease, not 60.
 * No timing thresholds: each step waits for the database row or the emulator's record. The test and both instances read one
 * clock, the machine's: a store adds to it no difference its look at the server's clock cannot show (clock-round27-faults6),
 * so comparing a lease with the test's Date.now() is exact (each instance used to add its own share of a slow round trip:
 * a check against the test's clock once failed by 43 ms under load).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTBOX } from '../../../src/channels/outbox.ts';
import { startMain, startTestService, until } from '../../server/harness.ts';
import { postgresUnavailable, titled } from '../../services.ts';
import { webhookTextUpdate } from './emulator.ts';
import { postgresWebhookSuite } from './postgres-webhook.ts';

const unavailable = await postgresUnavailable();
const LEASE_SECONDS = 10;

describe.skipIf(unavailable !== undefined)(titled('an answer held by an instance that died (PostgreSQL, two instances)', unavailable), () => {
  const suite = postgresWebhookSuite('lease', 'telegram-webhook-secret-lease');
  const { post } = suite;
  const outboxRows = async () => (await suite.client.query<{ id: string; lease_until: string }>('SELECT id, lease_until FROM outbox ORDER BY id')).rows;

  it('is sent by the other instance within one short lease of the death, once; while the holder lives, never by the other', async () => {
    const { telegram, directory } = suite;
    const shared = { ...suite.env(), OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS) };
    const b = (suite.b = await startTestService(shared, { databasePath: join(directory, 'b.db') }));
    // The answer as B gives it (the same core): what the person must receive, once.
    expect((await post(b.url, webhookTextUpdate(5001, 8801, '/start'))).status).toBe(200);
    const reference = await telegram.waitFor(() => telegram.messagesTo(8801).length > 0 && telegram.messagesTo(8801).map((message) => message.text), 60_000);

    const a = startMain({ ...shared, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(directory, 'a.db'), LOG_LEVEL: 'info' });
    try {
      const aUrl = await until('instance A started', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(a.output().stdout)?.[0], 120_000).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${a.output().stderr.slice(-2000)}`);
      });
      // Telegram takes nothing more from A: its first message is never answered.
      telegram.holdNext('sendMessage');
      const calls = telegram.callsOf('sendMessage').length;
      void post(aUrl, webhookTextUpdate(5002, 8802, '/start')).catch(() => undefined);
      await telegram.waitFor(() => telegram.callsOf('sendMessage').length > calls, 60_000);
      const [kept] = await outboxRows();
      expect(kept).toBeDefined();
      const firstLease = Number(kept!.lease_until);
      // A's lease is the one set by OUTBOX_LEASE_SECONDS, not the 60 s default.
      expect(firstLease).toBeLessThanOrEqual(Date.now() + LEASE_SECONDS * 1000);
      // A is alive and still sending: it renews its lease (heartbeat) past the first lease's end, and B
      // (looking every OUTBOX.intervalMs) leaves the answer alone all along.
      for (;;) {
        const [row] = await outboxRows();
        if (Number(row!.lease_until) > firstLease && Date.now() > firstLease + OUTBOX.intervalMs) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(telegram.messagesTo(8802)).toEqual([]);
      const lastLease = Number((await outboxRows())[0]!.lease_until);

      a.child.kill('SIGKILL');
      await a.exited;
      // B takes it once the last renewed lease ran out: the whole answer, once.
      await telegram.waitFor(() => telegram.messagesTo(8802).length >= reference.length, LEASE_SECONDS * 1000 * 3);
      for (;;) {
        if ((await outboxRows()).length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(telegram.messagesTo(8802).map((message) => message.text)).toEqual(reference);
      expect(b.logs().some((record) => record.event === 'telegram.outbox_sent')).toBe(true);
      // Not before A's last lease ended (A was alive until then as far as anyone knew).
      expect(Date.now()).toBeGreaterThanOrEqual(lastLease);
    } finally {
      if (a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
    }
  }, 400_000);
});
