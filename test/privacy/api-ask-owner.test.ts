/**
 * Round 7: /api/ask questions that could not be answered are kept like the chat's, with an owner who can delete them
 * (the API's userId), and not kept at all when no userId is sent. Read from the SQLite file itself.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../server/harness.ts';

let server: TestService;
beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

function keptQuestions(): { text: string; owner: string }[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT text, owner FROM questions_unanswered').all() as { text: string; owner: string }[];
  } finally {
    db.close();
  }
}

const UNANSWERED = 'tui la Nguyen Van Ba sdt 0912345678, cho hoi lich thi dau bong da tuan nay';

describe('/api/ask keeps an unanswered question only with an owner who can delete it (round 7)', () => {
  it('keeps nothing of a question sent without userId', async () => {
    const response = await server.postJson('/api/ask', { question: UNANSWERED });
    expect(response.status).toBe(200);
    expect(keptQuestions()).toEqual([]);
  });

  it('keeps it masked under the userId\'s keyed hash, and /api/delete-data removes it', async () => {
    expect((await server.postJson('/api/ask', { question: UNANSWERED, userId: 'nguoi-dung-7' })).status).toBe(200);
    expect((await server.postJson('/api/ask', { question: UNANSWERED, userId: 'nguoi-khac-8' })).status).toBe(200);
    const kept = keptQuestions();
    expect(kept).toHaveLength(2);
    for (const row of kept) {
      expect(row.text).not.toMatch(/Nguyen|0912345678/);
      expect(row.text).toContain('lich thi dau bong da');
      expect(row.owner).not.toMatch(/nguoi|api|^$/);
    }
    const deleted = await server.postJson('/api/delete-data', { userId: 'nguoi-dung-7' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: 1 });
    // The other user's question stays.
    expect(keptQuestions()).toHaveLength(1);
  });

  it('a question sent with a messageId is deleted alone by /api/delete-data with that messageId (as "Xóa tin này"); the other stays, the log holds neither', async () => {
    const user = 'nguoi-dung-9';
    const first = 'cho hoi lich cup dien xom tui tuan nay khi nao';
    const second = 'gia lua nam nay bao nhieu 1 ky vay ban';
    expect((await server.postJson('/api/ask', { question: first, userId: user, messageId: 'tin-001' })).status).toBe(200);
    expect((await server.postJson('/api/ask', { question: second, userId: user, messageId: 'tin-002' })).status).toBe(200);
    const texts = () => keptQuestions().map((row) => row.text);
    expect(texts()).toEqual(expect.arrayContaining([first, second]));

    const deleted = await server.postJson('/api/delete-data', { userId: user, messageId: 'tin-001' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: 1 });
    expect(texts()).not.toContain(first);
    expect(texts()).toContain(second);
    // Another user's message id names nothing of this one's.
    expect(await (await server.postJson('/api/delete-data', { userId: 'nguoi-khac-8', messageId: 'tin-002' })).json()).toEqual({ deleted: 0 });
    expect(texts()).toContain(second);
    const log = server.logLines.join('\n');
    for (const typed of [first, second, 'tin-001', user]) expect(log).not.toContain(typed);
    expect(server.logs().some((record) => record.event === 'message_deleted' && record.channel === 'api' && record.questions === 1)).toBe(true);
  });

  it('refuses a messageId that is not 1–64 letters, digits, "-" or "_", or one without a userId, naming the field', async () => {
    for (const [path, body, field] of [
      ['/api/ask', { question: 'ho ngheo', userId: 'a', messageId: 'x y' }, 'messageId'],
      ['/api/ask', { question: 'ho ngheo', messageId: 'tin-1' }, 'userId'],
      ['/api/delete-data', { userId: 'a', messageId: '' }, 'messageId'],
    ] as const) {
      const response = await server.postJson(path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { field?: string } }).error.field).toBe(field);
    }
  });

  it('refuses a userId that is not 1–64 letters, digits, "-" or "_", naming the field', async () => {
    for (const [path, body] of [['/api/ask', { question: 'ho ngheo', userId: 'a:b' }], ['/api/delete-data', {}]] as const) {
      const response = await server.postJson(path, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { field?: string } }).error.field).toBe('userId');
    }
  });
});
