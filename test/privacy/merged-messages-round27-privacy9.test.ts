/**
 * Round 27 (privacy9): a question kept (masked) from two messages is one row. Only the latest message's id was kept with it,
 * so "Xóa tin này" on the EARLIER bubble answered "Trợ lý không lưu gì từ tin này" while its text was still kept under the
 * latest: the resident was told nothing was kept when something was (Luật 91/2025/QH15). Now every message that sent it is
 * kept with the row: deleting either deletes the text, the reply says so, and deleting the other then truly finds nothing.
 * Over HTTP on the real service: the web page (/api/chat), /api/ask with /api/delete-data, a file whose two questions a
 * remask made one; SQLite, and PostgreSQL (skipped with the reason when absent; required under REQUIRE_SERVICES=1).
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import { RETENTION } from '../../src/privacy/retention.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { startZaloConversation, say as sayOnZalo } from '../channels/zalo/harness.ts';
import { startTestService, tempDatabasePath, type TestService } from '../server/harness.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const textOf = (replies: Reply[]) => replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');

async function chat(server: TestService, sessionId: string, message: { text: string; messageId?: string }): Promise<string> {
  const response = await server.postJson('/api/chat', { sessionId, ...message });
  expect(response.status).toBe(200);
  return textOf(((await response.json()) as { replies: Reply[] }).replies);
}

interface Backend {
  name: string;
  unavailable?: string;
  start(): Promise<{ server: TestService; kept(): Promise<string[]> }>;
}

const sqliteKept = (path: string) => async () => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT text FROM questions_unanswered').pluck().all() as string[];
  } finally {
    db.close();
  }
};

const sqlite: Backend = {
  name: 'SQLite',
  start: async () => {
    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
    cleanups.push(() => server.close());
    return { server, kept: sqliteKept(server.databasePath) };
  },
};

const pgReason = await postgresUnavailable();
const postgres: Backend = {
  name: 'PostgreSQL',
  ...(pgReason ? { unavailable: pgReason } : {}),
  start: async () => {
    const database = await createTestDatabase('merged27');
    cleanups.push(database.drop);
    const server = await startTestService({ DATABASE_URL: database.url, RATE_LIMIT_PER_MINUTE: '0' });
    cleanups.push(() => server.close());
    return {
      server,
      kept: async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          return (await client.query<{ text: string }>('SELECT text FROM questions_unanswered')).rows.map((row) => row.text);
        } finally {
          await client.end();
        }
      },
    };
  },
};

const GONE = 'Đã xóa những gì tin này để lại trong trợ lý: câu hỏi chưa trả lời được';
const NOTHING = 'Trợ lý không lưu gì từ tin này';

for (const backend of [sqlite, postgres]) {
  describe.skipIf(backend.unavailable !== undefined)(titled(`a question sent twice: deleting either message deletes it (${backend.name})`, backend.unavailable), () => {
    it('web: "gia heo hoi hom nay bn 1 ky vay" sent twice, "Xóa tin này" on the earlier bubble deletes it and says so; the later then keeps nothing', async () => {
      const { server, kept } = await backend.start();
      const sessionId = randomBytes(18).toString('base64url');
      const question = 'ba con oi gia heo hoi hom nay bn 1 ky vay';
      await chat(server, sessionId, { text: question, messageId: 'tinGiaHeo01' });
      await chat(server, sessionId, { text: 'tui muon coi da banh toi nay o dau', messageId: 'tinDaBanh02' });
      // Nobody answered: she sends it again, word for word.
      await chat(server, sessionId, { text: question, messageId: 'tinGiaHeo03' });
      expect((await kept()).filter((text) => text === question)).toHaveLength(1);

      const earlier = await chat(server, sessionId, { text: '/xoatin tinGiaHeo01' });
      expect(earlier).toContain(GONE);
      expect(earlier).toContain('bạn đã gửi câu hỏi này 2 lần; trợ lý giữ một lần, nay đã xóa, không còn ở tin nào khác');
      expect(earlier).not.toContain(NOTHING);
      expect(await kept()).not.toContain(question);
      // The other message's question is its own.
      expect(await kept()).toContain('tui muon coi da banh toi nay o dau');
      // The later bubble's text went with it: nothing is left to delete, and that is what she is told.
      expect(await chat(server, sessionId, { text: '/xoatin tinGiaHeo03' })).toContain(NOTHING);
      expect(server.logLines.join('\n')).not.toMatch(/gia heo hoi|tinGiaHeo0/);
    });

    it('/api/ask twice with userId, /api/delete-data with the first messageId: the question is deleted ("deleted": 1, not 0)', async () => {
      const { server, kept } = await backend.start();
      const question = 'cho hoi lich cup dien xom tui tuan nay khi nao';
      for (const messageId of ['hoi-1', 'hoi-2']) expect((await server.postJson('/api/ask', { question, userId: 'can-bo-xa-27', messageId })).status).toBe(200);
      expect(await kept()).toEqual([question]);
      const response = await server.postJson('/api/delete-data', { userId: 'can-bo-xa-27', messageId: 'hoi-1' });
      expect(await response.json()).toEqual({ deleted: 1 });
      expect(await kept()).toEqual([]);
    });
  });
}

describe('two questions a remask made one (SQLite file of schema 11): the earlier bubble deletes it', () => {
  it('"goi tui 0 912 345 678" and "goi tui 0912 - 345 - 678" read alike now; "Xóa tin này" on the first deletes the row', async () => {
    const { databasePath, remove } = tempDatabasePath();
    cleanups.push(async () => remove());
    const sessionId = randomBytes(18).toString('base64url');
    // Kept by the previous version: two asks whose phones its masker read otherwise, each under its own message.
    const store = openStore(databasePath);
    const typed = ['goi tui 0 912 345 678 nha, cho hoi lich thi dau bong da', 'goi tui 0912 - 345 - 678 nha, cho hoi lich thi dau bong da'];
    // (Recorded as two other texts, then given the texts as the old masker left them.)
    for (const index of [0, 1]) await store.recordQuestion({ answered: false, text: `cau hoi so ${index + 1}`, ownerKey: `web:${sessionId}`, messageId: `tinBongDa0${index + 1}` });
    await store.close();
    const old = new Database(databasePath);
    const rows = old.prepare('SELECT rowid FROM questions_unanswered ORDER BY text').pluck().all() as number[];
    expect(rows).toHaveLength(2);
    // The first asked yesterday, the second now.
    const asked = [new Date(Date.now() - 86_400_000).toISOString(), new Date().toISOString()];
    for (const [index, rowid] of rows.entries()) old.prepare('UPDATE questions_unanswered SET text = ?, last_asked = ? WHERE rowid = ?').run(typed[index], asked[index], rowid);
    old.pragma('user_version = 11');
    old.close();

    const server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' }, { databasePath });
    cleanups.push(() => server.close());
    const kept = sqliteKept(databasePath);
    expect(await kept()).toEqual(['goi tui [số điện thoại] nha, cho hoi lich thi dau bong da']);
    const earlier = await chat(server, sessionId, { text: '/xoatin tinBongDa01' });
    expect(earlier).toContain(GONE);
    expect(await kept()).toEqual([]);
  });
});

describe('Zalo (no message ids, no buttons): "/xoatin" then "/xoatin 1" on a question sent twice', () => {
  it('lists it once and says it was sent twice and is kept nowhere else now', async () => {
    const { fake, service } = await startZaloConversation('bi-mat-webhook-zalo-round27-privacy9');
    cleanups.push(async () => {
      await service.close();
      await fake.close();
    });
    const say = (text: string) => sayOnZalo({ fake, service }, 'zalo-co-Tu-2727', text);
    const question = 'lich cup dien xom tui tuan nay khi nao vay ban';
    await say(question);
    await say(question);
    const list = await say('/xoatin');
    expect(list).toMatch(/1\. [^\n]*lich cup dien xom tui/);
    expect(list).not.toMatch(/2\. /);
    const deleted = await say('/xoatin 1');
    expect(deleted).toContain('bạn đã gửi câu hỏi này 2 lần; trợ lý giữ một lần, nay đã xóa, không còn ở tin nào khác');
    expect(await sqliteKept(service.databasePath)()).toEqual([]);
    expect(await say('/xoatin')).toContain('Trợ lý không lưu gì từ các tin bạn đã gửi');
  });
});

describe('"Trợ lý lưu gì về tôi?" on the web page says how to delete one message and what the browser keeps', () => {
  it('"bot co luu j cua tui ko": "Xóa tin này", /xoatin, a question sent several times, the browser\'s id and unsent messages', async () => {
    const { server } = await sqlite.start();
    // In brief first (round 39 mend39a), the whole notice after "chi tiết".
    const id = randomBytes(18).toString('base64url');
    expect(await chat(server, id, { text: 'bot co luu j cua tui ko' })).toContain('Trợ lý lưu gì về bạn');
    const said = await chat(server, id, { text: 'chi tiết' });
    expect(said).toContain('bấm “Xóa tin này” dưới tin bạn gửi');
    expect(said).toContain('gõ /xoatin');
    expect(said).toContain('xóa tin nào trong số đó cũng xóa câu hỏi ấy');
    expect(said).toContain(`tin chưa gửi được vì mất mạng (tối đa ${RETENTION.unsentHours} giờ`);
  });
});
