/**
 * Three real server processes (`src/main.ts`, as `npm start` runs it) started at the same moment against one empty
 * PostgreSQL database (and one Redis key prefix): the migrations run once (node-pg-migrate's advisory lock; the
 * others wait and find nothing left to do), every instance becomes ready, they share one keyed-hash secret, and a
 * conversation goes on across all three.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_HASH_KEY } from '../../src/store/shared.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { killLeft, startInstance, type Instance } from './process.ts';

const unavailable = (await postgresUnavailable()) ?? (await redisUnavailable());
const MIGRATIONS = readdirSync(fileURLToPath(new URL('../../src/store/migrations', import.meta.url))).filter((name) => name.endsWith('.sql'));

describe.skipIf(unavailable !== undefined)(titled('instances started together on an empty database', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const redis = testRedisPrefix('migrate21');
  let instances: Instance[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('migrate21');
    const env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redis.prefix };
    instances = await Promise.all([startInstance(env), startInstance(env), startInstance(env)]);
  }, 180_000);
  afterAll(async () => {
    await killLeft(instances);
    await redis.clear();
    await database?.drop();
  }, 60_000);

  it('migrate once, all ready, one secret, one conversation across the three', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM pgmigrations ORDER BY run_on, id');
      expect(rows.map((row) => `${row.name}.sql`)).toEqual([...MIGRATIONS].sort());
      const secrets = await client.query('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY]);
      expect(secrets.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    // One instance applied them all; the others found them applied.
    const migrated = instances.flatMap((instance) => instance.logs().filter((line) => line.event === 'db_migrated'));
    expect(migrated).toHaveLength(1);
    expect(migrated[0]!.migrations).toHaveLength(MIGRATIONS.length);
    for (const instance of instances) {
      expect(instance.child.exitCode).toBeNull();
      expect((await fetch(new URL('/readyz', instance.url))).status).toBe(200);
    }
    // The same resident at each instance in turn, with consent: each step lands on the next question.
    const sessionId = `migrate21-${process.pid}-${Date.now()}`.padEnd(24, 'x');
    const steps = ['/kiemtra', 'đồng ý', 'nông thôn', '4'];
    const texts: string[] = [];
    for (const [index, text] of steps.entries()) {
      const response = await fetch(new URL('/api/chat', instances[index % instances.length]!.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sessionId, text }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { replies: { spans: { text: string }[] }[] };
      texts.push(body.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n'));
    }
    expect(texts[2]).toContain('Câu 2/15');
    expect(texts[3]).toContain('Câu 3/15');
  }, 60_000);
});
