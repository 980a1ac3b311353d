/**
 * A PostgreSQL cluster and a Redis server of a test's own (on free ports, data under a temporary folder), to stop,
 * kill and start again: the real faults (a server shutting down sends its clients SQLSTATE 57P01, a restarted Redis
 * is empty) without touching the PostgreSQL and Redis other tests share. `ownServicesUnavailable` says why they cannot
 * run here (no initdb / redis-server), for the suites to skip (or fail under REQUIRE_SERVICES=1, `gate`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { closedPort, gate } from '../services.ts';
import { killLeft, type Instance } from './process.ts';

/** The folder holding initdb and pg_ctl: pg_config's, else the newest under /usr/lib/postgresql. */
function postgresBin(): string | undefined {
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(bin, 'initdb'))) return bin;
  } catch {
    // No pg_config: the Debian layout below.
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user. */
function clusterUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Why the test cannot start a Redis server of its own here, or undefined (throws under REQUIRE_SERVICES=1). */
export function ownRedisUnavailable(): string | undefined {
  return onPath('redis-server') ? undefined : gate('redis-server không có trên máy này (cần để chạy một Redis riêng)');
}

/** Why the test cannot start servers of its own here, or undefined (throws under REQUIRE_SERVICES=1). */
export function ownServicesUnavailable(): string | undefined {
  if (!postgresBin()) return gate('initdb của PostgreSQL không có trên máy này (cần để chạy một cụm PostgreSQL riêng)');
  const redis = ownRedisUnavailable();
  if (redis) return redis;
  if (process.getuid?.() === 0) {
    try {
      clusterUser();
    } catch {
      return gate('chạy bằng root mà không có người dùng postgres để chạy cụm PostgreSQL riêng');
    }
  }
  return undefined;
}

function run(command: string, args: string[], as: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...(as ?? {}) });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${code} ${stderr.slice(-500)}`))));
  });
}

export interface OwnPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** `pg_ctl stop -m fast`: clients get 57P01, then refused connections. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it (if running) and removes its data. */
  remove(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = postgresBin()!;
  const as = clusterUser();
  const folder = mkdtempSync(join(tmpdir(), 'own-postgres-'));
  if (as) chownSync(folder, as.uid, as.gid);
  const data = join(folder, 'data');
  const port = await closedPort();
  await run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'], as);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const start = async () => {
    await run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start'], as);
    running = true;
  };
  const stop = async () => {
    await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], as);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      if (running) await stop().catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface OwnRedis {
  url: string;
  /** SIGKILL: nothing saved (`--save ""`), a start after it is empty. */
  kill(): Promise<void>;
  start(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await closedPort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child = started;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ready to accept connections')) resolve();
      });
      started.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    kill: async () => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

export interface OwnServices {
  postgres: OwnPostgres;
  redis: OwnRedis;
}

/**
 * A suite's own PostgreSQL and Redis, started before its tests and removed after them, together with the instances
 * it started (killed first): the set-up every fault suite had written out. Read the fields inside tests or hooks.
 */
export function ownServicesForSuite(instances: Instance[]): OwnServices {
  const own = {} as OwnServices;
  beforeAll(async () => {
    [own.postgres, own.redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
  }, 180_000);
  afterAll(async () => {
    await killLeft(instances);
    await own.redis?.kill();
    await own.postgres?.remove();
  }, 60_000);
  return own;
}
