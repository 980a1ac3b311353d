/**
 * Starts the real service (createApp on a temporary database, the channels whose tokens are set,
 * the HTTP server on a free loopback port) exactly as `npm start` does, and collects its log lines.
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { startService, type Service, type ServiceTuning } from '../../src/server/service.ts';

export interface TestService {
  service: Service;
  url: string;
  databasePath: string;
  logLines: string[];
  /** Log records as objects, for assertions on events. */
  logs(): Record<string, unknown>[];
  fetch(path: string, init?: RequestInit): Promise<Response>;
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** How many unanswered questions the service's SQLite file keeps with this text (masked as the store keeps them). */
export function unansweredKept(databasePath: string, text: string): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM questions_unanswered WHERE text = ?').pluck().get(text) as number;
  } finally {
    db.close();
  }
}

export function tempDatabasePath(): { databasePath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tro-ly-server-'));
  return { databasePath: join(dir, 'bot.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestService(
  env: Record<string, string> = {},
  options: { databasePath?: string; tuning?: ServiceTuning } = {},
): Promise<TestService> {
  const temp = options.databasePath ? undefined : tempDatabasePath();
  const databasePath = options.databasePath ?? temp!.databasePath;
  const logLines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, ...env });
  const service = await startService(config, logger, options.tuning);
  const request = async (path: string, init?: RequestInit) => {
    try {
      return await fetch(new URL(path, service.url), init);
    } catch (error) {
      // The server runs in this process: a test that blocks the event loop (spawnSync of the CLI, for seconds on a loaded
      // machine) lets the server's keep-alive timer close a pooled connection just as fetch reuses it, and fetch fails with
      // ECONNRESET before the server read anything. Sent again once on a new connection; any other failure is the test's.
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
      return fetch(new URL(path, service.url), init);
    }
  };
  let closed = false;
  return {
    service,
    url: service.url,
    databasePath,
    logLines,
    logs: () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>),
    fetch: request,
    postJson: (path, body, headers = {}) =>
      request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    async close() {
      if (closed) return;
      closed = true;
      await service.close();
      temp?.remove();
    },
  };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm start` as a child process (src/main.ts), with only PATH and `env` in its environment. */
export function startMain(env: Record<string, string>) {
  return spawnCaptured(process.execPath, ['--import', 'tsx', 'src/main.ts'], env);
}

/** A command started with only PATH and `env`, its stdout and stderr kept as text, and a promise of its exit code. */
export function spawnCaptured(command: string, args: string[], env: Record<string, string>, cwd: string = ROOT) {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

export async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type ChatAnswer = { status: number; body: { replies?: unknown[]; error?: { message?: string } } };

/**
 * A suite on one test service (started before its tests, closed after, no per-minute limit): the service, and POST /api/chat
 * to it as the web page sends it (the status and the JSON answer: its replies, or its error).
 */
export function webChatSuite(): { server: () => TestService; post: (body: object) => Promise<ChatAnswer> } {
  let server: TestService | undefined;
  beforeAll(async () => {
    server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    server: () => server!,
    post: async (body) => {
      const response = await server!.postJson('/api/chat', body);
      return { status: response.status, body: (await response.json()) as ChatAnswer['body'] };
    },
  };
}
