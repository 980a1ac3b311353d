/**
 * What a Redis that is away costs the instances using it (REDIS_URL): each feature falls back, said in the log once per
 * REDIS_DEFAULTS.fallbackWarnEveryMs, not once per request. Needs no Redis: the URL points at a port nothing listens on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { closedPort } from '../services.ts';

/** A logger keeping its lines (event and fields). */
function keptLines() {
  const lines: { event: string; fields?: Record<string, unknown> }[] = [];
  const write = (event: string, fields?: Record<string, unknown>) => void lines.push({ event, ...(fields ? { fields } : {}) });
  const logger: Logger = { debug: write, info: write, warn: write, error: write, child: () => logger };
  return { lines, logger };
}

afterEach(() => vi.useRealTimers());

describe('Redis away', () => {
  it("drafts of residents typing 'ko luu' keep working from memory; the fallback is logged once per REDIS_DEFAULTS.fallbackWarnEveryMs", async () => {
    const store = openStore(':memory:');
    const { lines, logger } = keptLines();
    const shared = await openRedisState(`redis://127.0.0.1:${await closedPort()}`, 'tro-ly-away:', logger, { hashKey: store.hashKey, staleDrafts: store });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const fallbacks = () => lines.filter((line) => line.event === 'redis_fallback' && line.fields?.feature === 'drafts').length;
      const key = 'zalo:u-co-Ba-Tra-Vinh';
      const draft = { interview: { awaitingConsent: false, position: 2, area: 'rural', members: 3, answers: {} } };
      await shared.drafts.set(key, draft);
      expect(await shared.drafts.get(key)).toEqual(draft);
      for (let turn = 0; turn < 20; turn += 1) await shared.drafts.get(`web:tab-${turn}-xxxxxxxxxxxxxxxx`);
      expect(fallbacks()).toBe(1);
      vi.advanceTimersByTime(REDIS_DEFAULTS.fallbackWarnEveryMs - 1000);
      await shared.drafts.get('web:tab-later-xxxxxxxxxxxxxxxx');
      expect(fallbacks()).toBe(1);
      vi.advanceTimersByTime(1000);
      await shared.drafts.get('web:tab-a-minute-on-xxxxxxxxxxx');
      expect(fallbacks()).toBe(2);
    } finally {
      vi.useRealTimers();
      await shared.close();
      await store.close();
    }
  });
});
