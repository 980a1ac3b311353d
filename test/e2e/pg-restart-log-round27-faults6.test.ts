/**
 * An instance (`src/main.ts`, as `npm start` runs it) on a PostgreSQL of the test's own, restarted while it serves: the
 * log says the connections were lost once (code and message, no address, no text) and once that they are back, with how
 * many were dropped. Was one `db_connection_lost` per idle connection of the pool (5 per instance for one restart here,
 * up to STORE_DEFAULTS.pgPoolSize), the same line again and again, nothing when it was over.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { titled } from '../services.ts';
import { ownServicesForSuite, ownServicesUnavailable } from './own-services.ts';
import { chat, ready, session, startInstance, until, type Instance } from './process.ts';

const unavailable = ownServicesUnavailable();

describe.skipIf(unavailable !== undefined)(titled('round 27 faults6: one log line when PostgreSQL restarts under an instance', unavailable), () => {
  const instances: Instance[] = [];
  const own = ownServicesForSuite(instances);
  let instance: Instance;

  beforeAll(async () => {
    instance = await startInstance({ DATABASE_URL: own.postgres.url });
    instances.push(instance);
  }, 180_000);

  it('residents asking at once, PostgreSQL restarted: one db_connection_lost, one db_connection_back, answers again', async () => {
    // Several connections open in the pool (residents asking at the same time).
    const asked = await Promise.all(Array.from({ length: 8 }, (_, n) => chat(instance, session(`pool-${n}`), 'ho ngheo dc ho tro j ko')));
    expect(asked.every((turn) => turn.status === 200)).toBe(true);
    await own.postgres.stop();
    await own.postgres.start();
    await until('ready again', async () => (await ready(instance)) === 200);
    const after = await chat(instance, session('after'), 'ho can ngheo dc ho tro j ko');
    expect(after.status).toBe(200);
    await until('db_connection_back in the log', async () => instance.logs().some((line) => line.event === 'db_connection_back'), 10_000);

    const events = instance.logs().map((line) => line.event);
    expect(events.filter((event) => event === 'db_connection_lost')).toHaveLength(1);
    expect(events.filter((event) => event === 'db_connection_back')).toHaveLength(1);
    const lost = instance.logs().find((line) => line.event === 'db_connection_lost')!;
    expect(lost).toMatchObject({ code: '57P01', message: expect.stringContaining('terminating connection') });
    const back = instance.logs().find((line) => line.event === 'db_connection_back')!;
    expect(back.lostConnections).toBeGreaterThan(1);
    expect(JSON.stringify(instance.logs())).not.toContain('ho ngheo');
    expect(instance.child.exitCode).toBeNull();
  }, 180_000);
});
