/**
 * What a PostgreSQL session write costs (`npm run bench -- session-write`): the store's writeSession of a turn (readAt given:
 * the user's erasure lock, shared, then the write checked against their erasure, one call of the database function under_erasure_lock, its values bound: one round trip) against a
 * plain single-statement upsert of the same row (one round trip), in one run, interleaved, one writer after another and
 * CONCURRENCY at once; and the form of round 32 (BEGIN, lock, write, COMMIT: four round trips). Ratios to the baseline.
 */
import { performance } from 'node:perf_hooks';
import { groupSessionKey } from '../../src/chat/ports.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { erasureName } from '../../src/store/shared.ts';
import { createTestDatabase, postgresUnavailable } from '../services.ts';

const WRITES = 400;
const ROUNDS = 3;
const CONCURRENCY = 8;

const reason = await postgresUnavailable();
if (reason) {
  console.log(`session-write bench skipped: ${reason}`);
  process.exit(0);
}

const database = await createTestDatabase('session_write_bench');
const store = await openPostgresStore(database.url);
const keys = Array.from({ length: 200 }, (_, index) => groupSessionKey(`zalo:u-bench-${index}`, 'nhom-ap-2'));
const session = (index: number) => ({ v: 3, step: 'hoi-thu-nhap', said: `nha tui ${index % 7} nguoi thu nhap 6 trieu`, answers: { q1: 'ko', q2: 'co' } });
const owner = (key: string) => store.hashKey(key.split('|')[0]!);

type Write = (index: number) => Promise<void>;
const forms: Record<string, Write> = {
  'plain upsert (baseline, 1 statement)': async (index) => {
    const key = keys[index % keys.length]!;
    await store.pool.query(
      `INSERT INTO sessions (key, value, updated_at, owner) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, owner = excluded.owner`,
      [store.hashKey(key), JSON.stringify(session(index)), Date.now(), owner(key)],
    );
  },
  'writeSession with readAt (1 query: lock; checked write)': async (index) => {
    const key = keys[index % keys.length]!;
    const readAt = store.now().getTime();
    await store.readSession(key).catch(() => undefined);
    await store.writeSession(key, session(index), { readAt });
  },
  'BEGIN, lock, checked write, COMMIT (4 round trips, round 32)': async (index) => {
    const key = keys[index % keys.length]!;
    const erasure = store.hashKey(erasureName(key.split('|')[0]!));
    const client = await store.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 32))', [erasure]);
      await client.query(
        `INSERT INTO sessions (key, value, updated_at, owner)
         SELECT $1, $2::jsonb, $3::bigint, $4 WHERE NOT EXISTS (SELECT 1 FROM user_erasures WHERE owner = $5 AND erased_at > $6::bigint)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, owner = excluded.owner`,
        [store.hashKey(key), JSON.stringify(session(index)), Date.now(), owner(key), erasure, Date.now() - 1000],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  },
};
// writeSession's own read is measured apart so the ratio is the write's alone.
const readOnly: Write = async (index) => void (await store.readSession(keys[index % keys.length]!).catch(() => undefined));

async function run(write: Write, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < WRITES) await write(next++);
    }),
  );
  return (performance.now() - start) / WRITES;
}

try {
  for (const write of Object.values(forms)) await run(write, CONCURRENCY);
  for (const concurrency of [1, CONCURRENCY]) {
    const best: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, write] of Object.entries(forms)) best[name] = Math.min(best[name] ?? Infinity, await run(write, concurrency));
      best.read = Math.min(best.read ?? Infinity, await run(readOnly, concurrency));
    }
    const base = best['plain upsert (baseline, 1 statement)']!;
    console.log(`\n${concurrency} writer(s) at once, ${WRITES} writes, best of ${ROUNDS} (ms per write):`);
    for (const name of Object.keys(forms)) {
      const ms = name.startsWith('writeSession') ? best[name]! - best.read! : best[name]!;
      console.log(`  ${name.padEnd(62)} ${ms.toFixed(3)} ms  ×${(ms / base).toFixed(2)}`);
    }
    console.log(`  ${'(readSession alone, taken off writeSession)'.padEnd(62)} ${best.read!.toFixed(3)} ms`);
  }
} finally {
  await store.close();
  await database.drop();
}
