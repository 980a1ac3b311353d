/**
 * Start-up and shutdown: `npm start` (src/main.ts as a child process) refuses a bad variable by
 * name, prints the web-chat address, and exits cleanly on SIGTERM; a close lets an in-flight
 * request finish, and a second server on the same database file sees everything saved.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreStats } from '../../src/store/types.ts';
import { spawnCaptured, startMain, startTestService, tempDatabasePath, until } from './harness.ts';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

describe('npm start (src/main.ts)', () => {
  it('stops start-up on a bad variable, naming it', async () => {
    const main = startMain({ PORT: 'tám nghìn', DATABASE_PATH: tempDatabasePath().databasePath });
    expect(await main.exited).toBe(1);
    expect(main.output().stderr).toMatch(/PORT/);
  });

  it('refuses a second server on the same DATABASE_PATH (exit 1, file and PostgreSQL named) while the first keeps serving', async () => {
    const temp = tempDatabasePath();
    try {
      const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: temp.databasePath };
      const first = startMain(env);
      const url = await until('the address', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(first.output().stdout)?.[0]);
      const second = startMain(env);
      expect(await second.exited).toBe(1);
      expect(second.output().stderr).toContain('Một máy chủ khác đang dùng cơ sở dữ liệu');
      expect(second.output().stderr).toContain(temp.databasePath);
      expect(second.output().stderr).toContain('PostgreSQL');
      expect((await fetch(new URL('/healthz', url))).status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    } finally {
      temp.remove();
    }
  });

  it('creates the database folder, prints the web-chat address, serves, and exits 0 on SIGTERM', async () => {
    const temp = tempDatabasePath();
    try {
      const databasePath = join(dirname(temp.databasePath), 'nested', 'folder', 'bot.db');
      const main = startMain({ PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath });
      const url = await until('the address', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(main.output().stdout)?.[0]);
      const health = await fetch(new URL('/healthz', url));
      expect(await health.json()).toMatchObject({ status: 'ok', database: { backend: 'sqlite', reachable: true } });
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);
      const events = main
        .output()
        .stderr.trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { event: string }).event);
      expect(events).toContain('server_started');
      expect(events.at(-1)).toBe('shutdown_finished');
      expect(existsSync(databasePath)).toBe(true);
    } finally {
      temp.remove();
    }
  });
});

describe('npm start, signalled as a supervisor does', () => {
  // A supervisor (systemd, Docker, a shell script) sends SIGTERM to the process it started: `npm start`
  // itself. npm passes the signal to its child only, so a `sh -c` between them died and left the server
  // running, holding its port (found by an outside tester). The script execs node, so the signal reaches
  // the server and it shuts down as it does when signalled directly.
  it('stops the server when SIGTERM is sent to the npm process, and leaves nothing holding the port', async () => {
    const temp = tempDatabasePath();
    const { child: npm, exited, output } = spawnCaptured('npm', ['start'], { HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: temp.databasePath });
    try {
      const url = await until('the address', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(output().stdout)?.[0], 60_000);
      expect((await fetch(new URL('/healthz', url))).status).toBe(200);
      npm.kill('SIGTERM');
      await exited;
      // The server's own log says it finished shutting down, and its port is closed.
      await until('shutdown_finished in the log', () => (output().stderr.includes('"shutdown_finished"') ? true : undefined), 20_000);
      await expect(fetch(new URL('/healthz', url))).rejects.toThrow();
    } finally {
      npm.kill('SIGKILL');
      temp.remove();
    }
  }, 90_000);
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request and loses nothing saved', async () => {
    const temp = tempDatabasePath();
    try {
      const first = await startTestService({ ADMIN_TOKEN }, { databasePath: temp.databasePath });
      const asked = await first.postJson('/api/ask', { question: 'chuẩn nghèo đa chiều là gì' });
      expect(asked.status).toBe(200);

      // A request whose body is still arriving when the close begins.
      const body = JSON.stringify({ question: 'hỗ trợ nhà ở cho hộ nghèo' });
      const inFlight = new Promise<number>((resolve, reject) => {
        const outgoing = request(
          new URL('/api/ask', first.url),
          { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        outgoing.on('error', reject);
        outgoing.write(body.slice(0, 10));
        setTimeout(() => outgoing.end(body.slice(10)), 200);
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const closing = first.close();
      expect(await inFlight).toBe(200);
      await closing;

      const second = await startTestService({ ADMIN_TOKEN }, { databasePath: temp.databasePath });
      try {
        const stats = (await (
          await second.fetch('/admin/stats', { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })
        ).json()) as StoreStats;
        expect(stats.questionsAsked).toBe(2);
      } finally {
        await second.close();
      }
    } finally {
      temp.remove();
    }
  });
});

describe('errors inside a request', () => {
  it('answer 500 with a Vietnamese message, are logged, and the server keeps serving', async () => {
    const server = await startTestService();
    try {
      // A fault inside the handler (search itself throws). A failing database no longer makes
      // answers fail (they degrade: test/privacy/faults.test.ts), so the fault is put in search.
      server.service.app.search.search = () => {
        throw new Error('search broke');
      };
      const response = await server.postJson('/api/ask', { question: 'hộ nghèo được hỗ trợ gì' });
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/lỗi ở máy chủ/);
      expect(server.logs().some((record) => record.event === 'http_handler_failed')).toBe(true);
      expect((await server.fetch('/healthz')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
