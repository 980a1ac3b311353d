/**
 * Round 37 (privacy28) attack pass: twenty messages as residents type them (names, phone numbers split oddly, CCCD, Southern and
 * Central addresses, illnesses in slang, prison), each after an everyday question (kept as unanswered when the chat reads no household nor illness told in it), sent on the web
 * page, /api/ask, Zalo and Telegram (the emulator); no piece that identifies the person or says their health or offence is in any
 * row of the SQLite file, its bytes or the logs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say as sayOnZalo, startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { FakeUser, TelegramHarness } from '../channels/telegram/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';
import { piecesIn } from './message-leaks.ts';

/** Typed (after "gia vang hom nay, "), and what of it must never be kept. */
const ATTACKS: readonly (readonly [string, readonly string[]])[] = [
  ['tui ten Tran Thi Be Bay, sdt 0903.xxx.456 o ap Phu Hoa xa Tan Thanh', ['Tran Thi', 'xxx.456', 'Phu Hoa', 'Tan Thanh']],
  ['em la Út Hiền, zalo: 09 03 12 34 56, nhà ở kiệt 45 Trưng Nữ Vương', ['Hiền', '12 34 56', 'Trưng Nữ']],
  ['so cccd 079 190 012 345 cua ba tui, ba tui bi tieu duong', ['079 190', 'tieu duong']],
  ['chi Nam o thon 4 xa Duy Phuoc, dt +84 (0) 912 345 678', ['Nam o', 'thon 4', 'Duy Phuoc', '912 345']],
  ['anh hai tui bị ung thư gan', ['ung thư']],
  ['me tui bi benh lao, nha o to 7 khu pho 3 phuong 5', ['benh lao', 'to 7', 'pho 3', 'phuong 5']],
  ['o xóm Bàu, chú Tư bị tai biến', ['Bàu', 'tai biến']],
  ['tui la Hoang Van Nam, so cmnd 201 234 567, o kiet 12 Le Duan', ['Hoang', '201 234', 'Le Duan']],
  ['chong tui chich choac, nghien ma tuy 5 nam, vo tui bi HIV', ['chich choac', 'nghien', 'HIV']],
  ['con tui bi tam than phan liet', ['tam than', 'phan liet']],
  ['ba noi tui bi tieu duong type 2, so bhyt HN4797912345678', ['tieu duong', 'HN4797912345678']],
  ['ong xa tui o tu 2 nam roi, tui so 0 9 1 2 3 4 5 6 7 8', ['o tu 2', '0 9 1 2']],
  ['em gai tui bi tram cam, email hoa.nt @ gmail.com', ['tram cam', 'hoa.nt']],
  ['nha tui hem 34/12 Nguyen Trai, sdt khong chin mot hai ba bon nam sau bay tam', ['34/12', 'Nguyen Trai', 'chin mot hai']],
  ['cau Ba tui bi dot quy, o ap 3 Long Hoa', ['dot quy', 'ap 3', 'Long Hoa']],
  ['o xa Hoa Tien huyen Hoa Vang, co tui ten Mai bi suy than chay than', ['Hoa Tien', 'Hoa Vang', 'Mai', 'suy than']],
  // The number whole, as typed and in digits only: a bare "0912" is in millisecond times ("seen_at":1796572290912…) of any row.
  ['me tui bi K, sdt 0912-345-678, o thon Phu Loc', ['bi K', '0912-345', '345-678', '0912345678', 'Phu Loc']],
  ['con trai tui bi bai nao, tui ten Le Thi Thu o kp 3 p Binh Tri Dong', ['bai nao', 'Le Thi', 'kp 3', 'Binh Tri']],
  ['anh tui di tu ve, bi nghien ruou, o hem 5', ['tu ve', 'nghien ruou', 'hem 5']],
  ['me tui bi benh gan, so tai khoan agribank 5100 2055 12345', ['benh gan', '5100 2055']],
];
const QUESTION = 'gia vang hom nay';
const asked = ATTACKS.map(([typed]) => `${QUESTION}, ${typed}`);

describe('twenty attacks on every channel: nothing identifying kept', () => {
  let zalo: ZaloConversation;
  let directory: string;
  let telegram: TelegramHarness;
  beforeAll(async () => {
    zalo = await startWebAndZalo();
    directory = mkdtempSync(join(tmpdir(), 'telegram-privacy28-'));
    telegram = await TelegramHarness.start({ mode: 'polling', databasePath: join(directory, 'bot.db') });
  });
  afterAll(async () => {
    await stop(zalo);
    await telegram?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const leaks = (kept: string) => piecesIn(ATTACKS, kept);

  it('web page, /api/ask and Zalo: none of the pieces in rows, file bytes or logs', async () => {
    for (const [at, text] of asked.entries()) {
      expect((await zalo.service.postJson('/api/chat', { sessionId: 'round37-privacy28-attack', messageId: `round37-p28-attack-${at}`, text })).status).toBe(200);
      expect((await zalo.service.postJson('/api/ask', { question: text, userId: 'round37-privacy28-attack' })).status).toBe(200);
      await sayOnZalo(zalo, 'z-round37-privacy28-attack', text);
    }
    const rows = sqliteTables(zalo.service.databasePath);
    // Those the chat reads as a household or an illness told are answered, not kept; the rest are, masked.
    expect(rows).toContain('"text":"gia vang hom nay, ');
    expect(leaks(rows)).toEqual([]);
    expect(leaks(sqliteBytes(zalo.service.databasePath))).toEqual([]);
    expect(leaks(zalo.service.logLines.join('\n'))).toEqual([]);
  }, 240_000);

  it('Telegram: none of the pieces in rows, file bytes or logs', async () => {
    const user = new FakeUser(telegram, 700222333);
    for (const text of asked) await user.say(text);
    const databasePath = join(directory, 'bot.db');
    const rows = sqliteTables(databasePath);
    expect(rows).toContain('"text":"gia vang hom nay, ');
    expect(leaks(rows)).toEqual([]);
    expect(leaks(sqliteBytes(databasePath))).toEqual([]);
    expect(leaks(telegram.logLines.join('\n'))).toEqual([]);
  }, 240_000);
});
