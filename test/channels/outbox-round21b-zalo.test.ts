/**
 * The outbox's look with the database away for three minutes (watchOutbox, a look every 10 ms of test time, a clock
 * the test moves): `zalo.outbox_unavailable` once, `zalo.outbox_still_unavailable` at most once a minute
 * (OUTBOX.unavailableReminderMs), `zalo.outbox_back` once; was a line per look (every 5 s per channel and instance).
 */
import { describe, expect, it } from 'vitest';
import { OUTBOX, SentAnswers, watchOutbox } from '../../src/channels/outbox.ts';
import type { Logger } from '../../src/log.ts';
import type { Outbox } from '../../src/store/types.ts';

function recorder() {
  const lines: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  const write = (level: string) => (event: string, fields: Record<string, unknown> = {}) => void lines.push({ level, event, fields });
  const log: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: () => log };
  return { log, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchOutbox with the database away', () => {
  it('logs the loss once, a reminder a minute, the return once', async () => {
    let now = 5_000_000;
    let away = false;
    let looks = 0;
    let failed = 0;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const outbox: Pick<Outbox, 'outboxTake' | 'outboxDone' | 'outboxRenew'> = {
      outboxTake: async () => {
        looks += 1;
        // Each look is 5 s later, as OUTBOX.intervalMs.
        now += OUTBOX.intervalMs;
        // Three minutes of looks with the database away: the first at the loss, the 37th 180 s later.
        if (away && failed < 37) {
          failed += 1;
          throw refused;
        }
        return [];
      },
      outboxDone: async () => undefined,
      outboxRenew: async () => undefined,
    };
    const { log, lines } = recorder();
    const sender = watchOutbox({
      channel: 'zalo',
      outbox,
      leases: new SentAnswers(outbox, log, 'zalo'),
      send: async () => 0,
      logger: log,
      intervalMs: 5,
      now: () => now,
    });
    const until = async (predicate: () => boolean) => {
      for (let tries = 0; !predicate(); tries += 1) {
        if (tries > 2000) throw new Error('too slow');
        await sleep(5);
      }
    };
    await until(() => looks >= 3);
    away = true;
    await until(() => lines.some((line) => line.event === 'zalo.outbox_back'));
    await sender.stop();
    const events = lines.map((line) => line.event);
    expect(events.filter((event) => event === 'zalo.outbox_unavailable')).toHaveLength(1);
    expect(events.filter((event) => event === 'zalo.outbox_still_unavailable')).toHaveLength(3);
    expect(events.filter((event) => event === 'zalo.outbox_back')).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', event: 'zalo.outbox_unavailable', fields: { code: 'ECONNREFUSED', reminderSeconds: 60 } });
    expect(lines.find((line) => line.event === 'zalo.outbox_back')!.fields.failedLooks).toBe(37);
  });
});
