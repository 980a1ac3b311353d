/**
 * tryout51 F1: the SQLite database's folder removed (`rm -rf`) while the server runs. Before: every write went into the
 * unlinked file, each request answered 200, /healthz said "ok", nothing was logged, and after a restart the household's
 * consented answers were gone. Now, over real HTTP: /healthz says the store is degraded naming the file, one log line says
 * it, and the resident hears that their answers were not saved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

let server: TestService | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SESSION = 'lost50-folder-removed-0001';

async function say(service: TestService, body: object): Promise<string> {
  const response = await service.postJson('/api/chat', { sessionId: SESSION, ...body });
  expect(response.status).toBe(200);
  const { replies } = (await response.json()) as { replies: { spans?: { text?: string }[] }[] };
  return replies.map((reply) => (reply.spans ?? []).map((span) => span.text ?? '').join('')).join('\n');
}

describe('the database folder removed while the server runs', () => {
  it('/healthz turns degraded naming the file, the log says it once, the resident is told the answers were not saved', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lost50-dbdir-'));
    const databasePath = join(folder, 'data', 't.db');
    server = await startTestService({}, { databasePath });
    await say(server, { text: 'nha toi 4 nguoi o que thu nhap 5 trieu' });
    const consented = await say(server, { action: 'consent:yes' });
    expect(consented).toContain('lưu');
    expect(((await (await server.fetch('/healthz')).json()) as { status: string }).status).toBe('ok');

    rmSync(folder, { recursive: true, force: true });

    // An idle server finds out too: /healthz looks at the file.
    const health = (await (await server.fetch('/healthz')).json()) as { status: string; degraded: string[]; database: { problems?: { reason: string; message: string }[] } };
    expect(health.status).toBe('degraded');
    expect(health.degraded).toContain('store');
    expect(health.database.problems).toEqual([expect.objectContaining({ reason: 'missing', message: expect.stringContaining(`"${databasePath}" không còn ở đường dẫn này`) })]);

    // The next answer of the interview: the resident hears it was not saved (was: on to the next question, as if saved).
    const answer = await say(server, { text: 'ko co viec lam' });
    expect(answer).toMatch(/chưa được lưu/);
    const gone = server.logs().filter((event) => event.event === 'store_file_missing');
    expect(gone).toHaveLength(1);
    expect(gone[0]!.level).toBe('error');
    // Said once, not on every write.
    await say(server, { text: 'khong' });
    expect(server.logs().filter((event) => event.event === 'store_file_missing')).toHaveLength(1);
    // The log never carries what the resident typed.
    expect(server.logLines.join('\n')).not.toContain('viec lam');
  });
});
