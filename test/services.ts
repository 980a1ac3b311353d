/**
 * The shared PostgreSQL and Redis for tests. Each run makes its own uniquely named databases and Redis
 * key prefix and removes them afterwards (other developers and CI use the same servers). When a
 * service cannot be reached its suites are skipped with the reason in their name and a warning, or
 * fail when REQUIRE_SERVICES=1 (set by .ci/run), so CI never passes without running them; the same
 * holds for the tests that need a small tmpfs or the sqlite3 tool (`gate`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

/** The maintenance database tests connect to for CREATE/DROP DATABASE. */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REQUIRED = process.env.REQUIRE_SERVICES === '1';

const unique = () => `${process.pid}_${randomBytes(4).toString('hex')}`;

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL không kết nối được ở ${PG_ADMIN_URL} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function probeRedis(): Promise<string | undefined> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return `Redis không kết nối được ở ${TEST_REDIS_URL} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    redis.disconnect();
  }
}

/**
 * A missing service or capability (PostgreSQL, Redis, a mountable tmpfs, the sqlite3 tool): its reason,
 * logged as skipped, or a failure when REQUIRE_SERVICES=1 (CI, whose machines have them all).
 */
export function gate(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  if (REQUIRED) throw new Error(`REQUIRE_SERVICES=1 but ${reason}`);
  process.stderr.write(`[skipped] ${reason}\n`);
  return reason;
}

/** Why PostgreSQL suites cannot run here, or undefined when they can (throws when REQUIRE_SERVICES=1). */
export const postgresUnavailable = async () => gate(await probePostgres());
export const redisUnavailable = async () => gate(await probeRedis());

/** A suite title that says why it was skipped. */
export const titled = (title: string, reason: string | undefined) => (reason ? `${title} (skipped: ${reason})` : title);

/** A new empty database for this run; `drop()` removes it (forcing out any connection left). */
export async function createTestDatabase(label = 'test'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `tro_ly_${label}_${unique()}`.toLowerCase();
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A unique Redis key prefix for this run; `clear()` deletes every key under it. */
export function testRedisPrefix(label = 'test'): { prefix: string; clear(): Promise<void> } {
  const prefix = `tro-ly-${label}-${unique()}:`;
  return {
    prefix,
    clear: async () => {
      const redis = new Redis(TEST_REDIS_URL);
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
          cursor = next;
          if (keys.length > 0) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}

/**
 * A TCP proxy in front of a shared server (PostgreSQL, Redis) that a test can cut and restore, so an
 * outage is simulated for this test's instances only, never for other developers' tests.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<{
  port: number;
  url(base: string): string;
  /** Drops every connection and refuses new ones until `restore()`. */
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}> {
  const { createServer, connect } = await import('node:net');
  const sockets = new Set<import('node:net').Socket>();
  let port = 0;
  const makeServer = () =>
    createServer((client) => {
      const upstream = connect(target.port, target.host);
      sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
  let server = makeServer();
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as import('node:net').AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.close(() => resolve());
    });
  await listen();
  return {
    get port() {
      return port;
    },
    url: (base) => {
      const url = new URL(base);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut: stop,
    restore: async () => {
      server = makeServer();
      await listen();
    },
    close: stop,
  };
}
