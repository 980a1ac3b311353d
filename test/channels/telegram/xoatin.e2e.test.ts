/**
 * /xoatin on Telegram, end to end (the real app and bot against the Bot API emulator): a resident deletes one message she
 * sent, by the list's button; what it left (an unanswered question, kept masked) goes from the database, the other
 * message's stays, no byte of the file or its WAL holds it (not even the bot's own list reply quoting it, kept in the
 * outbox until sent and removed after the erasure), and no log line holds what she typed.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, FakeUser, TelegramHarness } from './harness.ts';

describe('Telegram: /xoatin deletes one message she sent', () => {
  let directory: string;
  let harness: TelegramHarness;
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'telegram-xoatin-'));
    harness = await TelegramHarness.start({ mode: 'polling', databasePath: join(directory, 'bot.db') });
  });
  afterAll(async () => {
    await harness.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('"lich cup dien xom tui" then "/xoatin", "Xóa tin 1": that question leaves the file, the list quoting it too, the earlier one stays; the log has neither', async () => {
    const chi = new FakeUser(harness, 700111222);
    const kept = 'gia lua nam nay bao nhieu 1 ky vay ban';
    const erased = 'lich cup dien xom tui tuan nay khi nao vay ban';
    await chi.say(kept);
    await chi.say(erased);
    const unanswered = () => {
      const db = new Database(join(directory, 'bot.db'), { readonly: true });
      try {
        return db.prepare('SELECT text FROM questions_unanswered').pluck().all() as string[];
      } finally {
        db.close();
      }
    };
    expect(unanswered().sort()).toEqual([erased, kept].sort());

    const [list] = await chi.say('/xoatin');
    expect(list!.text).toContain(`1. `);
    expect(list!.text).toContain('lich cup dien xom tui');
    const first = buttonsOf(list).find((button) => button.text === 'Xóa tin 1');
    expect(first?.data).toMatch(/^dm:/);
    const confirmed = await chi.press(first!.data!, list!);
    expect(confirmed.map((message) => message.text).join('\n')).toMatch(/Đã xóa/);

    expect(unanswered()).toEqual([kept]);
    const onDisk = () =>
      ['', '-wal']
        .map((suffix) => {
          try {
            return readFileSync(join(directory, `bot.db${suffix}`)).toString('utf8');
          } catch {
            return '';
          }
        })
        .join('');
    // The answers sent are removed from the outbox together, at most OUTBOX.sentFlushMs (200 ms) after.
    for (let waited = 0; onDisk().includes(erased) && waited < 3000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    expect(onDisk()).not.toContain(erased);
    const log = harness.logLines.join('\n');
    for (const typed of [erased, kept, 'cup dien', '700111222']) expect(log).not.toContain(typed);
  });
});
