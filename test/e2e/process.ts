/**
 * A real server process (`src/main.ts`, as `npm start` runs it) on a free port, for the end-to-end
 * tests that need several instances, a SIGKILL or a SIGTERM: its URL once it listens, its JSON log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { keyedHash, OWNER_HASH_KEY } from '../../src/store/shared.ts';
import { createTestDatabase, testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Instance {
  child: ChildProcess;
  url: string;
  logs(): Record<string, unknown>[];
  exited: Promise<number | null>;
}

/** Kills (SIGKILL) the instances a test left running, and waits for them. */
export async function killLeft(instances: Instance[]): Promise<void> {
  for (const instance of instances) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) continue;
    instance.child.kill('SIGKILL');
    await instance.exited;
  }
}

/** `root`: the checkout whose src/main.ts runs (another commit's, an older server beside new ones). */
export async function startInstance(env: Record<string, string>, root = ROOT): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
    if (url) {
      return {
        child,
        url,
        exited,
        logs: () =>
          stderr
            .split('\n')
            .filter((line) => line.startsWith('{'))
            .map((line) => JSON.parse(line) as Record<string, unknown>),
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`instance did not start: ${stderr.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The Zalo webhook secret the end-to-end instances are started with (ZALO_WEBHOOK_SECRET). */
export const ZALO_TEST_SECRET = 'zalo-webhook-secret-e2e';

/** Posts one Zalo update to an instance's webhook as Zalo does; its HTTP status. */
export async function postZalo(instance: Instance, update: object): Promise<number> {
  const response = await fetch(new URL('/zalo/webhook', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Bot-Api-Secret-Token': ZALO_TEST_SECRET },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  return response.status;
}

/** One web-chat turn at an instance (POST /api/chat): its status, the replies' text (or the error's), its Retry-After. */
export interface Turn {
  status: number;
  text: string;
  retryAfter: string | null;
}

export async function chat(instance: Instance, sessionId: string, text: string): Promise<Turn> {
  const response = await fetch(new URL('/api/chat', instance.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, text }),
  });
  const body = (await response.json()) as { replies?: { spans: { text: string }[] }[]; error?: { message: string } };
  const said = body.replies ? body.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n') : (body.error?.message ?? '');
  return { status: response.status, text: said, retryAfter: response.headers.get('retry-after') };
}

export const health = async (instance: Instance) => (await fetch(new URL('/healthz', instance.url))).json() as Promise<Record<string, unknown>>;
export const ready = async (instance: Instance) => (await fetch(new URL('/readyz', instance.url))).status;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A resident begins a household check without consent ("ko luu") at `instance` and answers up to "Câu 3/15": the last two replies. */
export async function unsavedCheckToQuestion3(instance: Instance, user: string): Promise<{ second: Turn; third: Turn }> {
  await chat(instance, user, 'tui muon kiem tra ho ngheo');
  await chat(instance, user, 'ko luu');
  return { second: await chat(instance, user, 'nong thon'), third: await chat(instance, user, '4') };
}

/** Waits until `probe` holds, trying every 200 ms; throws naming `what` after `timeoutMs`. */
export async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** A web-chat session id of this test run (24 characters at least, as the API asks). */
export const session = (label: string) => `${label}-${process.pid}-${Date.now()}`.padEnd(24, 'x');

/** Two instances on a PostgreSQL database and a Redis key prefix of their own, with a client of each (instancePair). */
export interface InstancePair {
  a: Instance;
  b: Instance;
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  prefix: string;
  db: pg.Client;
  redis: Redis;
  /** The environment both were started with (another instance on the same services). */
  env: Record<string, string>;
  /** The keyed hash the instances name a conversation by (its key in meta), as Redis keys and rows carry it. */
  hashKey(): Promise<(key: string) => string>;
}

/**
 * Starts an InstancePair before the calling suite's tests (API limits off) and removes it after: the instances killed, the
 * database dropped, the prefix's keys deleted. Its fields are set once the suite's beforeAll ran.
 */
export function instancePair(label: string): InstancePair {
  const keys = testRedisPrefix(label);
  const pair = { prefix: keys.prefix } as InstancePair;
  beforeAll(async () => {
    pair.database = await createTestDatabase(label);
    pair.env = { DATABASE_URL: pair.database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keys.prefix, RATE_LIMIT_PER_MINUTE: '0' };
    [pair.a, pair.b] = await Promise.all([startInstance(pair.env), startInstance(pair.env)]);
    pair.db = new pg.Client({ connectionString: pair.database.url });
    await pair.db.connect();
    pair.redis = new Redis(TEST_REDIS_URL);
    pair.hashKey = async () => keyedHash((await pair.db.query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value);
  }, 120_000);
  afterAll(async () => {
    await killLeft([pair.a, pair.b].filter(Boolean));
    await pair.db?.end();
    pair.redis?.disconnect();
    await keys.clear();
    await pair.database?.drop();
  }, 60_000);
  return pair;
}
