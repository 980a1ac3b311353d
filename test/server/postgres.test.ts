/**
 * The real service on PostgreSQL (DATABASE_URL), reached through a TCP proxy this test cuts and
 * restores: an outage for this instance only, the shared server is never restarted. During the
 * outage every chat request gets a Vietnamese 503 and /readyz fails; afterwards the pool reconnects
 * by itself and the conversation continues where it was, nothing lost, nothing answered twice.
 * Also `cli db migrate` and `cli db copy` from an SQLite file.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { createTestDatabase, postgresUnavailable, startTcpProxy, titled } from '../services.ts';
import { startTestService, tempDatabasePath, type TestService } from './harness.ts';

const unavailable = await postgresUnavailable();
const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['src/build/run.mjs', 'cli', ...args], { env: { ...process.env, ...env } });

type ChatTurn = { status: number; text: string; body: Record<string, unknown> };

describe.skipIf(unavailable !== undefined)(titled('PostgreSQL behind the service', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let server: TestService;

  beforeAll(async () => {
    database = await createTestDatabase('service');
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    server = await startTestService({ DATABASE_URL: proxy.url(database.url), RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await database?.drop();
  });

  const chat = async (sessionId: string, text: string): Promise<ChatTurn> => {
    const response = await server.postJson('/api/chat', { sessionId, text });
    const body = (await response.json()) as Record<string, unknown>;
    const replies = (body.replies ?? []) as { spans: { text: string }[] }[];
    return { status: response.status, body, text: replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n') };
  };

  it('reports PostgreSQL in /healthz and is ready', async () => {
    expect(await (await server.fetch('/healthz')).json()).toMatchObject({ status: 'ok', database: { backend: 'postgres', reachable: true } });
    expect((await server.fetch('/readyz')).status).toBe(200);
  });

  it('answers 503 in Vietnamese while the database is cut, then recovers by itself and continues the interview', async () => {
    const user = 'outage-user-0000001';
    await chat(user, '/kiemtra');
    const consent = await chat(user, 'đồng ý');
    expect(consent.text, JSON.stringify(consent.body)).toContain('Câu 1/15');
    expect((await chat(user, 'nông thôn')).text).toContain('Câu 2/15');

    await proxy.cut();
    const during = await chat(user, '4');
    expect(during.status).toBe(503);
    expect((during.body.error as { message: string }).message).toContain('gửi lại');
    const ready = await server.fetch('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', database: { reachable: false } });
    expect((await server.fetch('/healthz')).status).toBe(200);

    await proxy.restore();
    // The message refused during the outage is sent again: answered once, from where the interview was.
    let after: ChatTurn | undefined;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      after = await chat(user, '4');
      if (after.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(after?.status).toBe(200);
    expect(after?.text).toContain('Câu 3/15');
    expect((await server.fetch('/readyz')).status).toBe(200);
    const logs = server.logs();
    expect(logs.some((line) => line.event === 'http_store_unavailable')).toBe(true);
  });
});

describe.skipIf(unavailable !== undefined)(titled('cli db migrate, db copy', unavailable), () => {
  it('copies an SQLite file into an empty PostgreSQL database, once', async () => {
    const file = tempDatabasePath();
    const database = await createTestDatabase('copy');
    try {
      const sqlite = openStore(file.databasePath);
      await sqlite.writeSession('telegram:1', { v: 2, consentAt: '2026-03-01T00:00:00.000Z', province: 'Gia Lai' });
      await sqlite.saveShare({ token: 'tokA', passageId: 'doc#I.1', question: 'hộ nghèo', ownerKey: 'telegram:1' });
      await sqlite.recordQuestion({ answered: false, text: 'giá vàng' });
      await sqlite.recordCheck('near_poor');
      await sqlite.recordFeedback({ passageId: 'doc#I.1', useful: true });
      await sqlite.recordReport({ comment: 'sai số', subject: 'doc#I.1' });
      const before = await sqlite.stats();
      await sqlite.close();

      const migrated = await cli(['db', 'migrate', '--url', database.url]);
      expect(migrated.stdout).toMatch(/Đã áp dụng \d+ bước|phiên bản mới nhất/);
      const copied = await cli(['db', 'copy', '--from', file.databasePath, '--to', database.url]);
      expect(copied.stdout).toContain('sessions: 1');

      const pg = await openPostgresStore(database.url);
      try {
        expect(await pg.readSession('telegram:1')).toEqual({ v: 2, consentAt: '2026-03-01T00:00:00.000Z', province: 'Gia Lai' });
        expect(await pg.loadShare('tokA')).toEqual({ passageId: 'doc#I.1', question: 'hộ nghèo' });
        expect(await pg.stats()).toEqual(before);
        // A report added after the copy gets a new id, not one of the copied rows'.
        await pg.recordReport({ comment: 'mới', subject: 'doc#II' });
        expect((await pg.stats()).reports.map((report) => report.comment)).toEqual(['mới', 'sai số']);
      } finally {
        await pg.close();
      }

      const again = await cli(['db', 'copy', '--from', file.databasePath, '--to', database.url]).catch((error: { code: number; stderr: string }) => error);
      expect('code' in again && again.code).toBe(1);
      expect('stderr' in again && again.stderr).toContain('đã có dữ liệu');
    } finally {
      await database.drop();
      file.remove();
    }
  }, 120_000);
});
