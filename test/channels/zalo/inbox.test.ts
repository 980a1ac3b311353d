/**
 * The Zalo polling inbox file (updates waiting for the database across a stop): what it keeps is masked,
 * readable by its owner only, kept at most RETENTION.outboxHours, and forgotten at its sender's /xoadulieu.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimInbox, fileInbox, inboxSlotPath, type WaitingUpdate } from '../../../src/channels/zalo/inbox.ts';
import { RETENTION } from '../../../src/privacy/retention.ts';
import { captureLog } from './harness.ts';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});
function inboxFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'zalo-inbox-unit-'));
  directories.push(directory);
  return join(directory, 'bot.db.zalo-inbox.json');
}

const update = (messageId: string, userId: string, text: string, chatId = userId): WaitingUpdate => ({
  chatId,
  messageId,
  message: { channel: 'zalo', userId, text, ...(chatId === userId ? {} : { isGroup: true, chatId }) },
});
const HOUR_MS = 60 * 60 * 1000;

describe('the Zalo inbox file', () => {
  it('keeps the text masked, in a file only its owner reads, and hands it back at the next start', () => {
    const path = inboxFile();
    const log = captureLog();
    fileInbox(path, log.logger).keep(update('m-1', 'u-1', 'tôi là Trần Thị Bé, số 0912 345 678, hỏi hộ cận nghèo'));
    const written = readFileSync(path, 'utf8');
    for (const secret of ['Trần Thị Bé', '0912 345 678']) expect(written).not.toContain(secret);
    expect(written).toContain('hộ cận nghèo');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const [kept] = fileInbox(path, log.logger).kept();
    expect(kept).toMatchObject({ messageId: 'm-1', chatId: 'u-1', message: { channel: 'zalo', userId: 'u-1' } });
    expect(kept!.message.text).toContain('hộ cận nghèo');
    expect(kept!.message.text).not.toContain('0912');
  });

  it('drops at the next start what waited longer than the outbox keeps an answer, saying how many (no text)', () => {
    const path = inboxFile();
    let now = new Date('2026-12-01T08:00:00Z');
    const clock = () => now;
    const log = captureLog();
    const inbox = fileInbox(path, log.logger, clock);
    inbox.keep(update('old', 'u-1', 'câu hỏi cũ'));
    now = new Date(now.getTime() + 2 * HOUR_MS);
    inbox.keep(update('new', 'u-2', 'câu hỏi mới'));
    now = new Date(now.getTime() + (RETENTION.outboxHours - 1) * HOUR_MS);
    expect(fileInbox(path, log.logger, clock).kept().map((kept) => kept.messageId)).toEqual(['new']);
    expect(log.events('zalo.inbox_expired')).toEqual([expect.objectContaining({ updates: 1 })]);
    expect(log.lines.join('\n')).not.toContain('câu hỏi');
    expect(readFileSync(path, 'utf8')).not.toContain('câu hỏi cũ');
    now = new Date(now.getTime() + 2 * HOUR_MS);
    expect(fileInbox(path, log.logger, clock).kept()).toEqual([]);
    expect(existsSync(path)).toBe(false);
  });

  it("forgets one user's updates (private and group) at their /xoadulieu, nobody else's; handled ones leave", () => {
    const path = inboxFile();
    const inbox = fileInbox(path, captureLog().logger);
    inbox.keep(update('m-1', 'u-1', 'riêng'));
    inbox.keep(update('m-2', 'u-1', 'trong nhóm', 'g-9'));
    inbox.keep(update('m-3', 'u-12', 'người khác'));
    expect(inbox.forget('zalo:u-1')).toBe(2);
    expect(inbox.kept().map((kept) => kept.messageId)).toEqual(['m-3']);
    expect(readFileSync(path, 'utf8')).not.toContain('u-1"');
    inbox.drop('m-3');
    expect(existsSync(path)).toBe(false);
  });

  it('a damaged file: its content never reaches the log, and it is moved aside (0600) so the next writes start clean', () => {
    const path = inboxFile();
    // Edited by hand: Node 20's JSON.parse message quotes a short input whole ('Unexpected token…, "Lan 09…" is not valid JSON').
    writeFileSync(path, 'Lan 0912345678', { mode: 0o644 });
    const log = captureLog();
    const clock = () => new Date('2026-12-01T08:00:00Z');
    const inbox = fileInbox(path, log.logger, clock);
    expect(inbox.kept()).toEqual([]);
    const written = log.lines.join('\n');
    for (const secret of ['0912345678', 'Lan 09']) expect(written).not.toContain(secret);
    expect(log.events('zalo.inbox_unreadable')).toEqual([expect.objectContaining({ reason: 'SyntaxError' })]);
    expect(existsSync(path)).toBe(false);
    const aside = readdirSync(dirname(path)).filter((name) => name.startsWith(`${basename(path)}.damaged-`));
    expect(aside).toHaveLength(1);
    const asidePath = join(dirname(path), aside[0]!);
    expect(statSync(asidePath).mode & 0o777).toBe(0o600);
    expect(readFileSync(asidePath, 'utf8')).toContain('0912345678');
    inbox.keep(update('m-2', 'u-2', 'câu hỏi mới'));
    // Read on the same clock: on the real one, an update kept at that fixed time has since expired.
    expect(fileInbox(path, log.logger, clock).kept().map((kept) => kept.messageId)).toEqual(['m-2']);
  });

  it('a file that is JSON but not a list of updates is set aside the same way', () => {
    const path = inboxFile();
    writeFileSync(path, '{"text":"toi ten Lan sdt 0912345678"}');
    const log = captureLog();
    expect(fileInbox(path, log.logger).kept()).toEqual([]);
    expect(log.lines.join('\n')).not.toContain('0912345678');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dirname(path)).some((name) => name.startsWith(`${basename(path)}.damaged-`))).toBe(true);
  });

  it('two instances on one PostgreSQL sharing DATABASE_PATH: neither overwrites the other’s waiting messages, and a restart answers what the dead one kept, once', () => {
    const path = inboxFile();
    const log = captureLog();
    const a = claimInbox(path, log.logger)!;
    const b = claimInbox(path, log.logger)!;
    // Both wait for the database: each keeps the message Zalo handed it (and forgot).
    a.keep(update('m-1', 'u-1', 'hộ nghèo được hỗ trợ gì'));
    b.keep(update('m-2', 'u-2', 'chuẩn cận nghèo 2026'));
    b.keep(update('m-3', 'u-3', 'thủ tục ở UBND xã'));
    // A dies (its lock goes with the process); B goes on.
    a.close();
    b.drop('m-3');
    // A's restart takes A's file (the one no live process holds), not B's.
    const restarted = claimInbox(path, log.logger)!;
    expect(restarted.kept().map((kept) => kept.messageId)).toEqual(['m-1']);
    expect(b.kept().map((kept) => kept.messageId)).toEqual(['m-2']);
    expect(JSON.parse(readFileSync(inboxSlotPath(path, 2), 'utf8')).map((kept: WaitingUpdate) => kept.messageId)).toEqual(['m-2']);
    restarted.close();
    b.close();
  });
});
