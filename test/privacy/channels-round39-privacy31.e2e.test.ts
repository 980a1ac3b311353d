/**
 * Round 39 (privacy31), end to end over real HTTP against the local Zalo platform (fake-zalo-server, the service polling it) and
 * the local Telegram Bot API emulator (the bot polling it), each on the embedded SQLite default: a resident asks an everyday question,
 * presses "Báo sai" and types, as the comment that is kept, a former district of the north said with no "huyện", their name, a phone
 * number and an illness or a stay in prison; then the stored rows, the file's bytes and the log lines hold none of the raw text, and
 * the comment is there masked (what the chat answers as a household told is not kept at all). Round 38 checked districts on the web page and /api/ask only; before round 39
 * "hoang hoa", "Lục Ngạn", "yen dung", "huyet ap", "tien su benh", "ở tù" were kept as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say as sayOnZalo, startWebAndZalo, stop, type ZaloConversation } from '../channels/zalo/harness.ts';
import { buttonsOf, FakeUser, TelegramHarness } from '../channels/telegram/harness.ts';
import { tempDatabasePath } from '../server/harness.ts';
import { keptLeaks, type PersonalMessage } from './message-leaks.ts';
import { MASKS } from '../../src/privacy/mask.ts';

const { address: A, name: N, phone: P, health: H, offence: O } = MASKS;

/** Typed, as kept, and what of it must be in no row, byte or log line. */
const SENT: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'gia vang hom nay, tui ten Nguyen Van Tuan o hoang hoa thanh hoa, sdt 0912 345 678, me bi huyet ap',
    `gia vang hom nay, tui ten ${N} o ${A} thanh hoa, sdt ${P}, me bi ${H}`,
    ['Nguyen Van', 'hoang hoa', '345 678', 'huyet ap'],
  ],
  [
    'xo so hom nay, em o Lục Ngạn, ten toi la Tran Thi Mai, dt 0987.654.321, ong noi co tien su benh',
    `xo so hom nay, em o ${A}, ten toi la ${N}, dt ${P}, ong noi co ${H}`,
    ['Lục Ngạn', 'Tran Thi', '654.321', 'tien su benh'],
  ],
  [
    'thoi tiet mai sao, tui o xa tui ten la Hung, nha o yen dung, chồng ở tù tháng 3 mới ra',
    `thoi tiet mai sao, tui o xa tui ten la ${N}, nha o ${A}, chồng ${O} tháng 3 mới ra`,
    ['ten la Hung', 'yen dung', 'ở tù'],
  ],
];
const PIECES: readonly PersonalMessage[] = SENT.map(([typed, , pieces]) => [typed, pieces]);

describe('Zalo and Telegram over HTTP: a district, a name, a phone and an illness are kept masked, never raw', () => {
  let zalo: ZaloConversation;
  let telegram: TelegramHarness;
  const telegramFile = tempDatabasePath();
  beforeAll(async () => {
    zalo = await startWebAndZalo();
    telegram = await TelegramHarness.start({ mode: 'polling', databasePath: telegramFile.databasePath });
  });
  afterAll(async () => {
    await telegram?.close();
    telegramFile.remove();
    await stop(zalo);
  });

  it('Zalo: each kept masked; nothing raw in rows, file bytes or logs', async () => {
    for (const [at, [typed]] of SENT.entries()) {
      const chat = `z-round39-privacy31-${at}`;
      const answer = await sayOnZalo(zalo, chat, 'ho can ngheo co dc bhyt mien phi ko');
      await sayOnZalo(zalo, chat, /^(\d+)\. Báo sai$/m.exec(answer)![1]!);
      expect(await sayOnZalo(zalo, chat, typed), typed).not.toBe('');
    }
    const { rows, found } = keptLeaks(zalo.service.databasePath, zalo.service.logLines, PIECES);
    for (const [, kept] of SENT) expect(rows, kept).toContain(JSON.stringify(kept));
    expect(found).toEqual({ rows: [], bytes: [], logs: [] });
  }, 120_000);

  it('Telegram: each kept masked; nothing raw in rows, file bytes or logs', async () => {
    for (const [at, [typed]] of SENT.entries()) {
      const user = new FakeUser(telegram, 3901 + at);
      const answer = (await user.say('ho can ngheo co dc bhyt mien phi ko')).at(-1)!;
      await user.press(buttonsOf(answer).find((button) => button.text === 'Báo sai')!.data!, answer);
      expect((await user.say(typed)).length, typed).toBeGreaterThan(0);
    }
    const { rows, found } = keptLeaks(telegramFile.databasePath, telegram.logLines, PIECES);
    for (const [, kept] of SENT) expect(rows, kept).toContain(JSON.stringify(kept));
    expect(found).toEqual({ rows: [], bytes: [], logs: [] });
  }, 120_000);
});
