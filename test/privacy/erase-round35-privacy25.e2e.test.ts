/**
 * Round 35 (privacy25), end to end on the embedded SQLite default: a resident tells the household in one message
 * ("nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt"), consents or not, leaves an unanswered question with a
 * name and an address, then asks to delete as residents type it ("xoa het tin nhan cua tui", "xoa du lieu", "tui muon xoa thong
 * tin nha tui") on the web page, Zalo and Telegram: after the confirmation nothing of theirs is left in any table, in the bytes of
 * the file and its WAL, or in a log line, and the check does not go on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../server/harness.ts';
import { startFakeZalo, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { say as sayOnZalo, TOKEN } from '../channels/zalo/harness.ts';
import { buttonsOf, FakeUser, TelegramHarness } from '../channels/telegram/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';

const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt';
const UNANSWERED = 'gia heo hoi hom nay bn 1 ky vay, tui ten Teo o so 12 hem 5 duong Le Loi';
/** What of the resident must be in no row after the erasure (the kept question is masked: its words that stay). */
const KEPT_WORDS = 'gia heo hoi';
/** What of the resident must never be on disk or in a log line, before or after the erasure. */
const NEVER = ['Teo', 'Le Loi', 'hem 5', '5 trieu', 'chua co bhyt'];

/** Rows of the tables that hold a resident's data (counters, meta and the handled updates' keyed hashes aside). */
const residentRows = (path: string) =>
  sqliteTables(path)
    .split('\n')
    .filter((line) => /^(sessions|reports|shares|questions_unanswered|draft_checks): /.test(line))
    .filter((line) => !line.endsWith(': []'));

/** The ids of the answers in the outbox (kept for a retry, or waiting for the platform). */
function outboxIds(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT id FROM outbox').pluck().all() as number[];
  } finally {
    db.close();
  }
}

/**
 * Asks the erasure by `confirm`; afterwards no resident row is left, and of the answers the outbox kept since `since` (this
 * resident's: a web retry's, sealed) only those sent since the erasure (its own) are there.
 */
async function erasedBy<T>(path: string, since: number, confirm: () => Promise<T>): Promise<T> {
  const before = Math.max(0, ...outboxIds(path));
  const done = await confirm();
  expect(residentRows(path)).toEqual([]);
  expect(outboxIds(path).filter((id) => id > since && id <= before)).toEqual([]);
  return done;
}

/** The newest outbox id now: what a resident's erasure leaves alone (other residents' answers). */
const outboxNow = (path: string) => Math.max(0, ...outboxIds(path));

describe('web and Zalo, one service', () => {
  let fake: FakeZalo;
  let service: TestService;
  beforeAll(async () => {
    fake = await startFakeZalo({ token: TOKEN });
    service = await startTestService({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, RATE_LIMIT_PER_MINUTE: '0' }, { tuning: { userRateLimit: { updates: 10_000, windowMs: 1000 } } });
  });
  afterAll(async () => {
    await service?.close();
    await fake?.close();
  });

  type WebReply = { spans: { text: string }[]; buttons?: { label: string; action: string }[][]; erased?: boolean };
  let message = 0;
  const web = async (sessionId: string, body: { text: string } | { action: string }) => {
    const response = await service.postJson('/api/chat', { sessionId, messageId: `msg-round35-${(message += 1)}`, ...body });
    expect(response.status).toBe(200);
    const replies = ((await response.json()) as { replies: WebReply[] }).replies;
    return { text: replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n'), buttons: replies.flatMap((reply) => reply.buttons?.flat() ?? []), erased: replies.some((reply) => reply.erased) };
  };
  const pressed = (buttons: { label: string; action: string }[], label: string) => ({ action: buttons.find((button) => button.label === label)!.action });

  it.each([
    ['xoa het tin nhan cua tui', 'Đồng ý lưu'],
    ['tui muon xoa thong tin nha tui', 'Không lưu'],
  ])('web: "%s" after the household told in one message ("%s")', async (erase, consent) => {
    const session = `round35-web-${consent === 'Đồng ý lưu' ? 'yes' : 'no'}-session`;
    const since = outboxNow(service.databasePath);
    await web(session, { text: UNANSWERED });
    const told = await web(session, { text: HOUSEHOLD });
    await web(session, pressed(told.buttons, consent));
    // A passage's answer with its share link.
    const answer = await web(session, { text: 'chi thi 05 ve giam ngheo noi gi' });
    await web(session, pressed(answer.buttons, 'Chia sẻ'));
    expect(residentRows(service.databasePath).join('\n')).toMatch(/shares: \[\{[^\n]*\nquestions_unanswered: \[\{/);
    const asked = await web(session, { text: erase });
    expect(asked.text).toContain('Bạn muốn xóa toàn bộ dữ liệu');
    const done = await erasedBy(service.databasePath, since, () => web(session, pressed(asked.buttons, 'Xóa hết dữ liệu của tôi')));
    expect(done.text).toContain('Đã xóa toàn bộ dữ liệu');
    expect(done.erased).toBe(true);
    const disk = sqliteBytes(service.databasePath);
    for (const piece of [KEPT_WORDS, ...NEVER]) expect(disk).not.toContain(piece);
    for (const piece of NEVER) expect(service.logLines.join('\n')).not.toContain(piece);
    expect((await web(session, { text: 'khong' })).text).not.toMatch(/Câu \d+\/15/);
  }, 60_000);

  it('Zalo: "xoa du lieu" after the household told in one message and "1" (Đồng ý lưu)', async () => {
    const chat = 'z-round35-erase';
    const since = outboxNow(service.databasePath);
    await sayOnZalo({ fake, service }, chat, UNANSWERED);
    const told = await sayOnZalo({ fake, service }, chat, HOUSEHOLD);
    const consent = new RegExp('^(\\d+)\\. Đồng ý lưu$', 'm').exec(told)![1]!;
    expect(await sayOnZalo({ fake, service }, chat, consent)).toContain('Câu trả lời sẽ được lưu');
    expect(residentRows(service.databasePath).join('\n')).toMatch(/sessions: \[\{[^\n]*\n(?:.*\n)*questions_unanswered: \[\{/);
    const asked = await sayOnZalo({ fake, service }, chat, 'xoa du lieu');
    const confirm = new RegExp('^(\\d+)\\. Xóa hết dữ liệu của tôi$', 'm').exec(asked)![1]!;
    expect(await erasedBy(service.databasePath, since, () => sayOnZalo({ fake, service }, chat, confirm))).toContain('Đã xóa toàn bộ dữ liệu');
    const disk = sqliteBytes(service.databasePath);
    for (const piece of [KEPT_WORDS, ...NEVER]) expect(disk).not.toContain(piece);
    for (const piece of NEVER) expect(service.logLines.join('\n')).not.toContain(piece);
    expect(await sayOnZalo({ fake, service }, chat, 'khong')).not.toMatch(/Câu \d+\/15/);
  }, 60_000);
});

describe('Telegram', () => {
  let directory: string;
  let harness: TelegramHarness;
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'round35-telegram-'));
    harness = await TelegramHarness.start({ mode: 'polling', databasePath: join(directory, 'bot.db') });
  });
  afterAll(() => {
    harness?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('"tui muon xoa thong tin nha tui" after the household told in one message and "Không lưu"', async () => {
    const user = new FakeUser(harness, 3501);
    const databasePath = join(directory, 'bot.db');
    const since = outboxNow(databasePath);
    await user.say(UNANSWERED);
    const told = await user.say(HOUSEHOLD);
    const consent = told.at(-1)!;
    await user.press(buttonsOf(consent).find((button) => button.text === 'Không lưu')!.data!, consent);
    expect(residentRows(databasePath).join('\n')).toMatch(/questions_unanswered: \[\{[^\n]*\ndraft_checks: \[\{/);
    const asked = (await user.say('tui muon xoa thong tin nha tui')).at(-1)!;
    const done = await erasedBy(databasePath, since, () => user.press(buttonsOf(asked).find((button) => button.text === 'Xóa hết dữ liệu của tôi')!.data!, asked));
    expect(done.map((sent) => sent.text).join('\n')).toContain('Đã xóa toàn bộ dữ liệu');
    const disk = sqliteBytes(databasePath);
    for (const piece of [KEPT_WORDS, ...NEVER]) expect(disk).not.toContain(piece);
    for (const piece of NEVER) expect(harness.logLines.join('\n')).not.toContain(piece);
    expect((await user.say('khong')).map((sent) => sent.text).join('\n')).not.toMatch(/Câu \d+\/15/);
  }, 60_000);
});
