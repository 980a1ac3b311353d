/**
 * /xoatin on Zalo, end to end over HTTP (the real service against the fake Zalo platform delivering to /zalo/webhook): Zalo
 * has no buttons, so the resident types '/xoatin' and then the number of the message; what that message left (an
 * unanswered question, kept masked) leaves the database and the file, the other one stays, and no log line holds what
 * she typed or her Zalo id.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { say as sayOnZalo, startZaloConversation } from '../channels/zalo/harness.ts';
import type { TestService } from '../server/harness.ts';

let fake: FakeZalo;
let service: TestService;
beforeAll(async () => {
  ({ fake, service } = await startZaloConversation('bi-mat-webhook-zalo-xoatin'));
});
afterAll(async () => {
  await service?.close();
  await fake?.close();
});

const say = (chatId: string, text: string) => sayOnZalo({ fake, service }, chatId, text);

const unanswered = () => {
  const db = new Database(service.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT text FROM questions_unanswered').pluck().all() as string[];
  } finally {
    db.close();
  }
};
const onDisk = () =>
  ['', '-wal']
    .map((suffix) => {
      try {
        return readFileSync(`${service.databasePath}${suffix}`).toString('utf8');
      } catch {
        return '';
      }
    })
    .join('');

describe('Zalo: /xoatin deletes one message she sent', () => {
  it("'/xoatin' lists it, '/xoatin 1' deletes it: gone from the database and the file, the other stays, the log holds neither", async () => {
    const chatId = 'zalo-chi-Hanh-4455';
    const kept = 'gia lua nam nay bao nhieu 1 ky vay ban';
    const erased = 'lich cup dien xom tui tuan nay khi nao vay ban';
    await say(chatId, kept);
    await say(chatId, erased);
    expect(unanswered().sort()).toEqual([erased, kept].sort());

    const list = await say(chatId, '/xoatin');
    expect(list).toMatch(/1\. [^\n]*lich cup dien xom tui/);
    const confirmed = await say(chatId, '/xoatin 1');
    expect(confirmed).toMatch(/Đã xóa/);
    expect(unanswered()).toEqual([kept]);
    for (let waited = 0; onDisk().includes(erased) && waited < 3000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    expect(onDisk()).not.toContain(erased);
    // Asked again: nothing of it is listed any more.
    expect(await say(chatId, '/xoatin')).not.toContain('lich cup dien');
    const log = service.logLines.join('\n');
    for (const typed of [erased, kept, 'cup dien', chatId]) expect(log).not.toContain(typed);
  });
});
