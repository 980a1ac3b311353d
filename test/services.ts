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

/**
 * Why a connection failed, naming the cause: the system error and the address tried ("ECONNREFUSED 127.0.0.1:5432"), each
 * address of a name that has several (Node tries ::1 and 127.0.0.1 for localhost and gives an AggregateError with an empty
 * message), else the client's message ("password authentication failed for user …").
 */
export function connectionCause(error: unknown): string {
  const errors = error instanceof AggregateError && error.errors.length > 0 ? error.errors : [error];
  return errors
    .map((each: unknown) => {
      if (!(each instanceof Error)) return String(each);
      const { code, address, port } = each as NodeJS.ErrnoException & { address?: string; port?: number };
      if (code && address) return `${code} ${address}${port ? `:${port}` : ''}`;
      return each.message || code || each.name;
    })
    .join('; ');
}

/** A loopback port nothing listens on (taken from the system, then closed): a service that is not there. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Why PostgreSQL at `url` cannot be used by the tests, or undefined when it can. */
export async function probePostgres(url = PG_ADMIN_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL không kết nối được ở ${url} (${connectionCause(error)})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why Redis at `url` cannot be used by the tests, or undefined when it can. */
export async function probeRedis(url = TEST_REDIS_URL): Promise<string | undefined> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // ioredis rejects connect() with "Connection is closed." only: the cause is the socket's error, emitted before.
  let failure: unknown;
  redis.on('error', (error: unknown) => (failure ??= error));
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return `Redis không kết nối được ở ${url} (${connectionCause(failure ?? error)})`;
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
