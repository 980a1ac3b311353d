/**
 * PostgreSQL refusing connections when the server starts: the log line `store_unavailable_at_start` names the cause's code
 * (ECONNREFUSED), what an operator looks up, with no password of the address and no personal text. Was: its code field
 * said "StoreUnavailableError" (the wrapper's name), the same for a refused connection, a wrong port or a database starting.
 */
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { openPostgresOrWait } from '../../src/store/waiting.ts';
import { closedPort } from '../services.ts';

describe('store_unavailable_at_start', () => {
  it('says ECONNREFUSED for a PostgreSQL that refuses, never the wrapper name nor the password', async () => {
    const lines: [string, Record<string, unknown> | undefined][] = [];
    const note = (event: string, fields?: Record<string, unknown>) => void lines.push([event, fields]);
    const logger: Logger = { debug: note, info: note, warn: note, error: note, child: () => logger };
    const store = await openPostgresOrWait(`postgres://tro_ly:mat-khau-bi-mat@127.0.0.1:${await closedPort()}/tro_ly`, { logger, retryMs: 60_000 });
    try {
      const [, fields] = lines.find(([event]) => event === 'store_unavailable_at_start')!;
      expect(fields?.code).toBe('ECONNREFUSED');
      expect(JSON.stringify(lines)).not.toContain('mat-khau-bi-mat');
    } finally {
      await store.close();
    }
  });
});
