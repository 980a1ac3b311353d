/**
 * A fresh clone on a machine without PostgreSQL or Redis: the suites needing them are skipped, and the run says why,
 * naming the cause ("ECONNREFUSED 127.0.0.1:5432", not "Connection is closed."); under REQUIRE_SERVICES=1 (CI) the same
 * run fails instead. Needs neither service: it points the suites at ports nothing listens on.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { closedPort, connectionCause, probePostgres, probeRedis } from '../services.ts';

const run = promisify(execFile);

/** vitest on two service suites with the services' URLs at closed ports: its exit code and what it printed. */
async function runSuites(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'REQUIRE_SERVICES'));
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.config.ts', 'test/store/postgres.test.ts', 'test/store/redis.test.ts'],
      { env: { ...inherited, NO_COLOR: '1', ...env }, timeout: 120_000 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('why service suites are skipped', () => {
  it('names the refused address, for PostgreSQL and for Redis', async () => {
    const [pgPort, redisPort] = [await closedPort(), await closedPort()];
    expect(await probePostgres(`postgres://postgres@127.0.0.1:${pgPort}/test`)).toContain(`(ECONNREFUSED 127.0.0.1:${pgPort})`);
    expect(await probeRedis(`redis://127.0.0.1:${redisPort}`)).toContain(`(ECONNREFUSED 127.0.0.1:${redisPort})`);
  });

  it('names every address tried when a name has several (localhost: ::1 and 127.0.0.1, an AggregateError without message)', () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}:5432`), { code: 'ECONNREFUSED', address, port: 5432 });
    expect(connectionCause(new AggregateError([refused('::1'), refused('127.0.0.1')], ''))).toBe('ECONNREFUSED ::1:5432; ECONNREFUSED 127.0.0.1:5432');
    expect(connectionCause(new Error('password authentication failed for user "postgres"'))).toBe('password authentication failed for user "postgres"');
  });

  it('a run without the services skips their suites saying why; with REQUIRE_SERVICES=1 the same run fails', async () => {
    const [pgPort, redisPort] = [await closedPort(), await closedPort()];
    const env = { TEST_PG_URL: `postgres://postgres@127.0.0.1:${pgPort}/test`, TEST_REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    const [fresh, ci] = await Promise.all([runSuites(env), runSuites({ ...env, REQUIRE_SERVICES: '1' })]);
    expect(fresh.code, fresh.output).toBe(0);
    expect(fresh.output).toContain(`[skipped] PostgreSQL không kết nối được ở ${env.TEST_PG_URL} (ECONNREFUSED 127.0.0.1:${pgPort})`);
    expect(fresh.output).toContain(`[skipped] Redis không kết nối được ở ${env.TEST_REDIS_URL} (ECONNREFUSED 127.0.0.1:${redisPort})`);
    // Every test of both suites skipped, none run (their number grows as the stores gain tests: 12 in round 28, was 10).
    expect(fresh.output).toMatch(/Tests\s+(\d+) skipped \(\1\)/);
    expect(ci.code, ci.output).not.toBe(0);
    expect(ci.output).toContain(`REQUIRE_SERVICES=1 but PostgreSQL không kết nối được ở ${env.TEST_PG_URL} (ECONNREFUSED 127.0.0.1:${pgPort})`);
    expect(ci.output).toContain(`REQUIRE_SERVICES=1 but Redis không kết nối được ở ${env.TEST_REDIS_URL} (ECONNREFUSED 127.0.0.1:${redisPort})`);
    expect(ci.output).not.toMatch(/^\[skipped\]/m);
    expect(ci.output).not.toMatch(/Tests\s+\d+ skipped/);
  });
});
