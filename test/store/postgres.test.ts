/**
 * PostgreSQL's counters, as SQLite's (test/store/sqlite.test.ts): counted in memory, written in one statement
 * within STORE_DEFAULTS.counterFlushMs and at close, and kept while PostgreSQL is unreachable (reached
 * through a TCP proxy this test cuts) until it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Logger } from '../../src/log.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { STORE_DEFAULTS } from '../../src/store/shared.ts';
import { createTestDatabase, postgresUnavailable, startTcpProxy, titled } from '../services.ts';

const unavailable = await postgresUnavailable();

describe.skipIf(unavailable !== undefined)(titled('PostgreSQL counters', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('counters');
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** The counters table as it is in the database (a connection of its own). */
  const written = async (): Promise<Record<string, number>> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; value: string }>('SELECT name, value FROM counters');
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.value)]));
    } finally {
      await client.end();
    }
  };
  const clearCounters = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('DELETE FROM counters').finally(() => client.end());
  };
  const waitFlush = () => new Promise((done) => setTimeout(done, STORE_DEFAULTS.counterFlushMs + 300));

  it('counts in memory and writes the counts together: within STORE_DEFAULTS.counterFlushMs, and at close', async () => {
    const store = await openPostgresStore(database.url);
    await Promise.all([
      store.recordCheck('poor'),
      store.recordCheck('poor'),
      store.recordQuestion({ answered: true, text: 'hộ nghèo là gì' }),
      store.recordQuestion({ answered: false, text: 'giá vàng', ownerKey: 'web:a' }),
    ]);
    // Not written yet, but counted: stats adds what is in memory.
    expect(await written()).toEqual({});
    expect(await store.stats()).toMatchObject({ questionsAsked: 2, questionsUnanswered: 1, checksByClass: { poor: 2 } });
    // The unanswered text is written at once (the cadres' list), as before.
    expect((await store.stats()).unansweredQuestions.map((row) => row.text)).toEqual(['giá vàng']);
    await waitFlush();
    expect(await written()).toEqual({ 'check:poor': 2, questions_asked: 2, questions_unanswered: 1 });
    await store.recordCheck('near_poor');
    await store.recordCheck('poor');
    await store.close();
    expect(await written()).toEqual({ 'check:poor': 3, 'check:near_poor': 1, questions_asked: 2, questions_unanswered: 1 });
    await expect(store.recordCheck('poor')).rejects.toThrow(/đã đóng/);
    await clearCounters();
  });

  it('keeps counting while PostgreSQL is unreachable, says so once, and writes the counts once it is back', async () => {
    const target = new URL(database.url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const warnings: string[] = [];
    const infos: { event: string; fields?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      debug: () => {},
      info: (event: string, fields?: Record<string, unknown>) => void infos.push({ event, fields }),
      warn: (event: string) => void warnings.push(event),
      error: (event: string) => void warnings.push(event),
      child: () => logger,
    };
    const store = await openPostgresStore(proxy.url(database.url), { logger, poolSize: 2 });
    try {
      await proxy.cut();
      // Answered and counted while the database is away: nothing asks PostgreSQL, nothing fails.
      await store.recordCheck('poor');
      await store.recordQuestion({ answered: true, text: 'hộ nghèo là gì' });
      // Three timed tries fail: one warning for the outage, not one a second.
      for (let i = 0; i < 3; i++) await waitFlush();
      expect(warnings.filter((event) => event === 'store_counts_not_written')).toHaveLength(1);
      await proxy.restore();
      await waitFlush();
      expect(await written()).toEqual({ 'check:poor': 1, questions_asked: 1 });
      const recovered = infos.filter((line) => line.event === 'store_counts_written_again');
      expect(recovered).toHaveLength(1);
      expect(recovered[0]?.fields?.failedTries).toBeGreaterThanOrEqual(3);
      expect(await store.stats()).toMatchObject({ questionsAsked: 1, checksByClass: { poor: 1 } });
    } finally {
      await store.close();
      await proxy.close();
    }
  });
});
