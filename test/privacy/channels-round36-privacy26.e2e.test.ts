/**
 * Round 36 (privacy26), end to end over HTTP on the embedded SQLite default: a "Báo sai" comment on the web page, on Zalo and on
 * Telegram, naming a district or a commune typed in lower case ("huyen cho moi", "quan go vap") and an illness by its short form
 * ("k gan", "tbmmn"): what is kept is masked, in every table and in the bytes of the file and its WAL, and no log line holds them.
 * Before round 36 those words were kept as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, tempDatabasePath, type TestService } from '../server/harness.ts';
import { startFakeZalo, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { say as sayOnZalo, TOKEN } from '../channels/zalo/harness.ts';
import { buttonsOf, FakeUser, TelegramHarness } from '../channels/telegram/harness.ts';
import { sqliteBytes, sqliteTables } from './table-dump.ts';

const COMMENT = 'sai roi, nha tui o xa an phu huyen cho moi, ba tui bi k gan, me bi tbmmn, chi tui o phuong 5 quan go vap';
/** What of them must be in no row, no byte of the file and no log line. */
const NEVER = ['cho moi', 'k gan', 'tbmmn', 'go vap'];
/** What the kept comment still says: the words around the masked ones. */
const KEPT = `sai roi, nha tui o xa [địa chỉ] huyen [địa chỉ], ba tui bi [sức khỏe], me bi [sức khỏe], chi tui o phuong [địa chỉ] quan [địa chỉ]`;

function leaks(path: string, logs: readonly string[]): string[] {
  const [rows, bytes, log] = [sqliteTables(path), sqliteBytes(path), logs.join('\n')];
  return NEVER.flatMap((piece) => [rows.includes(piece) ? `row: ${piece}` : [], bytes.includes(piece) ? `bytes: ${piece}` : [], log.includes(piece) ? `log: ${piece}` : []].flat());
}

describe('web and Zalo on one service, Telegram on its own file', () => {
  let fake: FakeZalo;
  let service: TestService;
  let telegram: TelegramHarness;
  const telegramFile = tempDatabasePath();
  beforeAll(async () => {
    fake = await startFakeZalo({ token: TOKEN });
    service = await startTestService({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, RATE_LIMIT_PER_MINUTE: '0' }, { tuning: { userRateLimit: { updates: 10_000, windowMs: 1000 } } });
    telegram = await TelegramHarness.start({ mode: 'polling', databasePath: telegramFile.databasePath });
  });
  afterAll(async () => {
    telegram?.close();
    telegramFile.remove();
    await service?.close();
    await fake?.close();
  });

  type WebReply = { spans: { text: string }[]; buttons?: { label: string; action: string }[][] };
  let message = 0;
  const web = async (sessionId: string, body: { text: string } | { action: string }) => {
    const response = await service.postJson('/api/chat', { sessionId, messageId: `msg-round36-${(message += 1)}`, ...body });
    expect(response.status).toBe(200);
    const replies = ((await response.json()) as { replies: WebReply[] }).replies;
    return replies.flatMap((reply) => reply.buttons?.flat() ?? []);
  };

  it('web: a "Báo sai" comment is kept masked', async () => {
    const session = 'round36-privacy26-web-session';
    const buttons = await web(session, { text: 'ho can ngheo co dc bhyt mien phi ko' });
    await web(session, { action: buttons.find((button) => button.label === 'Báo sai')!.action });
    await web(session, { text: COMMENT });
    expect(sqliteTables(service.databasePath)).toContain(KEPT);
    expect(leaks(service.databasePath, service.logLines)).toEqual([]);
  }, 60_000);

  it('Zalo: a "Báo sai" comment typed after its number is kept masked', async () => {
    const chat = 'z-round36-privacy26';
    const answer = await sayOnZalo({ fake, service }, chat, 'ho can ngheo co dc bhyt mien phi ko');
    await sayOnZalo({ fake, service }, chat, /^(\d+)\. Báo sai$/m.exec(answer)![1]!);
    await sayOnZalo({ fake, service }, chat, COMMENT);
    expect(sqliteTables(service.databasePath).split(KEPT).length).toBe(3);
    expect(leaks(service.databasePath, service.logLines)).toEqual([]);
  }, 60_000);

  it('Telegram: a "Báo sai" comment after the button is kept masked', async () => {
    const user = new FakeUser(telegram, 3601);
    const answer = (await user.say('ho can ngheo co dc bhyt mien phi ko')).at(-1)!;
    await user.press(buttonsOf(answer).find((button) => button.text === 'Báo sai')!.data!, answer);
    await user.say(COMMENT);
    expect(sqliteTables(telegramFile.databasePath)).toContain(KEPT);
    expect(leaks(telegramFile.databasePath, telegram.logLines)).toEqual([]);
  }, 60_000);
});
