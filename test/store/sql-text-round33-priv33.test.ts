/**
 * Round 33 (priv33): no personal value is ever part of an SQL text sent to PostgreSQL (Luật 91/2025: logs hold no personal
 * text). The texts are what pg_stat_activity shows and what the server log writes with a failing statement
 * (log_min_error_statement) or any statement logging; the values go as bound parameters. Was: the erasure and the session
 * writes under the erasure lock wrote them in as literals (the raw platform id in the erasure's outbox match, the household's
 * stored answers in a group's session write).
 */
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { groupSessionKey } from '../../src/chat/ports.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const skip = await postgresUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});

/** The SQL texts sent by any pg client while `run` runs (parameters apart). */
async function sqlTexts(run: () => Promise<unknown>): Promise<string[]> {
  const texts: string[] = [];
  const original = pg.Client.prototype.query;
  const sent = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const [first] = args;
    texts.push(typeof first === 'string' ? first : String((first as { text?: unknown }).text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    await run();
  } finally {
    sent.mockRestore();
  }
  return texts;
}

describe.skipIf(skip !== undefined)(titled('PostgreSQL: no personal value in SQL text (round 33, priv33)', skip), () => {
  it('a group turn "nha tui 5 nguoi, chong chay xe om 4 trieu" then "xoa du lieu cua tui": the id, the answers and the words never in SQL text', async () => {
    const database = await createTestDatabase('sqltextpriv33');
    drops.push(database.drop);
    let clock = Date.parse('2026-12-06T08:00:00Z');
    const now = () => new Date(clock);
    const store = await openPostgresStore(database.url, { now });
    drops.push(() => store.close());
    const user = 'zalo:u-chi-Nam-Soc-Trang-0912345678';
    const group = groupSessionKey(user, 'nhom-ap-Tan-Hung');
    const phrase = 'chong chay xe om 4 trieu';
    const session = { v: 3, step: 'hoi-thu-nhap', said: `nha tui 5 nguoi, ${phrase}`, answers: { members: 5, income: 4_000_000, place: 'Soc Trang' } };
    const written = await sqlTexts(async () => {
      await store.writeSession(group, session);
      clock += 1000;
      const readAt = now().getTime();
      expect(await store.readSession(group)).toMatchObject({ step: 'hoi-thu-nhap' });
      await store.writeSession(group, { ...session, step: 'hoi-nha' }, { readAt, erasing: true });
    });
    expect(await store.readSession(group)).toMatchObject({ step: 'hoi-nha', said: `nha tui 5 nguoi, ${phrase}` });
    clock += 1000;
    let erased;
    const erasing = await sqlTexts(async () => {
      erased = await store.eraseUser(user);
    });
    expect(erased).toMatchObject({ sessions: 1 });
    expect(await store.readSession(group)).toBeUndefined();
    expect(written.length).toBeGreaterThan(0);
    expect(erasing.length).toBeGreaterThan(0);
    for (const text of [...written, ...erasing]) {
      for (const personal of [user, 'u-chi-Nam-Soc-Trang-0912345678', '0912345678', phrase, 'Soc Trang', '4000000', 'hoi-thu-nhap']) {
        expect(text).not.toContain(personal);
      }
    }
  });
});
