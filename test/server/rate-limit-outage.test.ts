/**
 * The log of the rate limits' store (Redis) lost and back (limiterOutage): one line at the loss, at most one reminder per
 * HTTP_DEFAULTS.rateLimitReminderMs while it stays away, one line at its return; never a stack, a key or an address.
 */
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { HTTP_DEFAULTS } from '../../src/server/defaults.ts';
import { limiterOutage } from '../../src/server/rate-limit.ts';

function recorder() {
  const lines: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  const write = (level: string) => (event: string, fields: Record<string, unknown> = {}) => void lines.push({ level, event, fields });
  const log: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: () => log };
  return { log, lines };
}

describe('limiterOutage', () => {
  it('a 3-minute outage with a request every second: the loss, two reminders a minute apart, the return', () => {
    let now = 1_000_000;
    const outage = limiterOutage(HTTP_DEFAULTS.rateLimitReminderMs, () => now);
    const { log, lines } = recorder();
    const refused = new Error('Stream isn\'t writeable and enableOfflineQueue options is false');
    outage.answered(log);
    expect(lines).toEqual([]);
    for (let second = 0; second < 150; second += 1) {
      outage.failed(log, refused);
      outage.failed(log, refused);
      now += 1000;
    }
    expect(lines.map((line) => line.event)).toEqual(['rate_limit_unavailable', 'rate_limit_still_unavailable', 'rate_limit_still_unavailable']);
    // ioredis gives no code: the error's name stands for it.
    expect(lines[0]).toMatchObject({ level: 'warn', fields: { code: 'Error', message: refused.message } });
    expect(lines[1]!.fields).toMatchObject({ downSeconds: 60, skippedChecks: 121 });
    expect(lines[2]!.fields).toMatchObject({ downSeconds: 120, skippedChecks: 241 });
    outage.answered(log);
    outage.answered(log);
    expect(lines.slice(3)).toEqual([{ level: 'info', event: 'rate_limit_back', fields: { downSeconds: 150, skippedChecks: 300 } }]);
    expect(JSON.stringify(lines)).not.toContain('stack');

    // Lost again later: a new first line.
    outage.failed(log, Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }));
    expect(lines.at(-1)).toMatchObject({ event: 'rate_limit_unavailable', fields: { code: 'ECONNREFUSED' } });
  });

  it('a long message is cut, so a store error cannot flood one line either', () => {
    const { log, lines } = recorder();
    limiterOutage(60_000, () => 0).failed(log, new Error('x'.repeat(5000)));
    expect(String(lines[0]!.fields.message).length).toBeLessThanOrEqual(160);
  });
});
