/**
 * Round 26 (privacy6), end to end: a resident gives her name, a phone typed the ways residents type one ("0 912 345 678",
 * "0912 - 345 - 678", "0.9.1.2.3.4.5.6.7.8"), a CCCD, a house address, a date of birth and the industrial park where she
 * works, in a question the assistant cannot answer (kept, masked, for the cadres) and in a "Báo sai" comment; through /api/ask,
 * the web chat (/api/chat), Telegram (the real bot against the Bot API emulator) and Zalo (the fake Zalo platform delivering to
 * the webhook). Read from the bytes of the SQLite file and
 * its WAL and from every log line: none of it is there as typed; the kept text is there masked; and once she deletes it
 * (/api/delete-data with the messageId, the page's "Xóa tin này", /xoadulieu, "/xoatin 1") the bytes hold none of the kept text either.
 * On the old code the phones were kept as typed or labelled "[số giấy tờ]", and the park's name as typed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, FakeUser, TelegramHarness } from '../channels/telegram/harness.ts';
import type { FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { say as sayOnZalo, startZaloConversation } from '../channels/zalo/harness.ts';
import { startTestService, type TestService } from '../server/harness.ts';
import { sqliteBytes } from './table-dump.ts';

/** What she typed that must never be kept: each piece as typed. */
const PERSONAL = ['Nguyen Van Teo', '0 912 345 678', '0912 - 345 - 678', '0.9.1.2.3.4.5.6.7.8', '079123456789', '45 Le Loi', 'Binh Minh', '12/05/1960', 'Song Than', 'Tan Tao'];
/** Questions out of scope (kept for the cadres), each with her data in it. */
const QUESTIONS = [
  'tui la Nguyen Van Teo sdt 0 912 345 678, cccd 079123456789, nha so 45 Le Loi ap Binh Minh, sinh ngay 12/05/1960, lam kcn Song Than, cho hoi lich thi dau bong da tuan nay',
  'zalo tui 0912 - 345 - 678, chong lam khu cong nghiep Tan Tao, giup tui dat ve xe khach di Ca Mau',
];
const REPORT = 'sai roi, tui Nguyen Van Teo goi 0.9.1.2.3.4.5.6.7.8, o ap Binh Minh, lam kcn Song Than ma chua dc';


function expectNoneOf(text: string, where: string) {
  for (const personal of PERSONAL) expect(text.includes(personal), `${personal} in ${where}`).toBe(false);
}

/** Waits until `done` holds (rows are removed from the WAL a moment after the reply). */
async function eventually(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 3000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('the web: /api/ask and the web chat', () => {
  let server: TestService;
  beforeAll(async () => {
    server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('/api/ask keeps the questions masked, phones as phones, the park as a place; /api/delete-data with the messageId leaves no byte of them', async () => {
    for (const [index, question] of QUESTIONS.entries()) {
      expect((await server.postJson('/api/ask', { question, userId: 'chi-lan-26', messageId: `tin-${index}` })).status).toBe(200);
    }
    const kept = sqliteBytes(server.databasePath);
    expect(kept).toContain('lich thi dau bong da');
    expect(kept).toContain('sdt [số điện thoại], cccd [số giấy tờ]');
    expect(kept).toContain('zalo tui [số điện thoại], chong lam khu cong nghiep [địa chỉ]');
    expectNoneOf(kept, 'the database file');
    expectNoneOf(server.logLines.join('\n'), 'a log line');

    for (const index of [0, 1]) {
      expect(await (await server.postJson('/api/delete-data', { userId: 'chi-lan-26', messageId: `tin-${index}` })).json()).toEqual({ deleted: 1 });
    }
    await eventually(() => !sqliteBytes(server.databasePath).includes('lich thi dau bong da'));
    expect(sqliteBytes(server.databasePath)).not.toContain('lich thi dau bong da');
    expect(sqliteBytes(server.databasePath)).not.toContain('ve xe khach di Ca Mau');
  });

  it('the web chat keeps the question masked; "Xóa tin này" (/xoatin with its id) leaves no byte of it', async () => {
    const say = async (text: string, messageId?: string) => {
      const response = await server.postJson('/api/chat', { sessionId: 'web-round26-privacy6', text, ...(messageId ? { messageId } : {}) });
      expect(response.status).toBe(200);
      return JSON.stringify(await response.json());
    };
    await say(QUESTIONS[0]!, 'tinBongDa26');
    const kept = sqliteBytes(server.databasePath);
    expect(kept).toContain('lich thi dau bong da');
    expect(kept).toContain('lam kcn [địa chỉ]');
    expectNoneOf(kept, 'the database file');
    expectNoneOf(server.logLines.join('\n'), 'a log line');

    expect(await say('/xoatin tinBongDa26')).toMatch(/Đã xóa/);
    await eventually(() => !sqliteBytes(server.databasePath).includes('lich thi dau bong da'));
    expect(sqliteBytes(server.databasePath)).not.toContain('lich thi dau bong da');
  });
});

describe('Telegram', () => {
  let directory: string;
  let harness: TelegramHarness;
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'telegram-round26-privacy6-'));
    harness = await TelegramHarness.start({ mode: 'polling', databasePath: join(directory, 'bot.db') });
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('an unanswered question and a "Báo sai" comment are kept masked; /xoadulieu leaves no byte of either', async () => {
    const chi = new FakeUser(harness, 700262626);
    const databasePath = join(directory, 'bot.db');
    await chi.say(QUESTIONS[1]!);
    const [answer] = await chi.say('me tui 72 tuoi co dc tro cap huu tri ko');
    const report = buttonsOf(answer).find((button) => button.text === 'Báo sai');
    expect(report?.data).toBeDefined();
    await chi.press(report!.data!, answer!);
    await chi.say(REPORT);

    const kept = sqliteBytes(databasePath);
    expect(kept).toContain('ve xe khach di Ca Mau');
    expect(kept).toContain('goi [số điện thoại], o ap [địa chỉ], lam kcn [địa chỉ] ma chua dc');
    expectNoneOf(kept, 'the database file');
    expectNoneOf(harness.logLines.join('\n'), 'a log line');

    const asked = await chi.say('/xoadulieu');
    const confirm = asked.flatMap((message) => buttonsOf(message).map((button) => ({ button, message }))).find(({ button }) => /^Xóa/.test(button.text));
    if (confirm) await chi.press(confirm.button.data!, confirm.message);
    await eventually(() => !sqliteBytes(databasePath).includes('ma chua dc') && !sqliteBytes(databasePath).includes('ve xe khach di Ca Mau'));
    expect(sqliteBytes(databasePath)).not.toContain('ma chua dc');
    expect(sqliteBytes(databasePath)).not.toContain('ve xe khach di Ca Mau');
  });
});

describe('Zalo', () => {
  let fake: FakeZalo;
  let service: TestService;
  beforeAll(async () => {
    ({ fake, service } = await startZaloConversation('bi-mat-webhook-zalo-round26-privacy6'));
  });
  afterAll(async () => {
    await service?.close();
    await fake?.close();
  });

  it('an unanswered question is kept masked; "/xoatin 1" leaves no byte of it', async () => {
    const chatId = 'zalo-chi-Lan-2626';
    const say = (text: string) => sayOnZalo({ fake, service }, chatId, text);
    await say(QUESTIONS[0]!);
    const kept = sqliteBytes(service.databasePath);
    expect(kept).toContain('tui la [tên] sdt [số điện thoại], cccd [số giấy tờ]');
    expect(kept).toContain('lam kcn [địa chỉ], cho hoi lich thi dau bong da');
    expectNoneOf(kept, 'the database file');
    expectNoneOf(service.logLines.join('\n'), 'a log line');

    // The list quotes it masked.
    expect(await say('/xoatin')).toMatch(/1\. [^\n]*“tui la \[tên\] sdt \[số điện thoại\], cccd \[số giấy tờ\]/);
    expect(await say('/xoatin 1')).toMatch(/Đã xóa/);
    await eventually(() => !sqliteBytes(service.databasePath).includes('lich thi dau bong da'));
    expect(sqliteBytes(service.databasePath)).not.toContain('lich thi dau bong da');
    expect(service.logLines.join('\n')).not.toContain(chatId);
  });
});
