/**
 * Round 25 (phones6), end to end over HTTP: the real service against the local Zalo platform (typed numbers, no buttons) and
 * the real grammY bot against the local Bot API emulator (buttons). The answers made shorter this round are walked as a
 * resident would: "bhyt co dc free ko" and what it says to type for the other classes, the loan card, a household told in
 * one message to its consent question and the interview, and a provisional result to its "Chi tiết".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../server/harness.ts';
import { startFakeZalo, type FakeZalo } from './zalo/fake-zalo-server.ts';
import { say as sayOnZalo, TOKEN } from './zalo/harness.ts';
import { buttonsOf, FakeUser, TelegramHarness } from './telegram/harness.ts';
import type { SentMessage } from './telegram/emulator.ts';

const TYPED_AT_ONCE = { tuning: { userRateLimit: { updates: 10_000, windowMs: 1000 } } };
const HOUSEHOLD = 'nha tui 4 nguoi o que, thu nhap 1tr2 moi nguoi, nha chat, ko co bhyt';

describe('Zalo, long polling: the shorter answers, walked by typing', () => {
  let fake: FakeZalo;
  let service: TestService;
  beforeAll(async () => {
    fake = await startFakeZalo({ token: TOKEN });
    service = await startTestService({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot }, TYPED_AT_ONCE);
  });
  afterAll(async () => {
    await service?.close();
    await fake?.close();
  });

  const say = (chatId: string, text: string) => sayOnZalo({ fake, service }, chatId, text);
  const numberOf = (shown: string, label: string) => new RegExp(`^(\\d+)\\. ${label}$`, 'm').exec(shown)?.[1];

  it('"bhyt co dc free ko": one message, poor and near-poor first, and the typed question for the others answers them', async () => {
    const before = fake.sentTo('z-bhyt').length;
    const answer = await say('z-bhyt', 'bhyt co dc free ko');
    expect(fake.sentTo('z-bhyt').length - before).toBe(1);
    expect(answer.length).toBeLessThanOrEqual(1300);
    expect(answer).toMatch(/Hộ nghèo: Ngân sách nhà nước đóng 100%/);
    expect(answer).toMatch(/Hộ cận nghèo: [^\n]*tối thiểu 70%/);
    const typed = /gõ “bhyt ho moi thoat ngheo” hoặc “(bhyt ho co muc song trung binh)”/.exec(answer)?.[1];
    expect(typed, answer).toBeDefined();
    expect(await say('z-bhyt', typed!)).toMatch(/Hộ có mức sống trung bình: [^\n]*tối thiểu 30%/);
  });

  it('the loan card names where to ask once', async () => {
    const answer = await say('z-loan', 'vay von uu dai lai suat bao nhieu');
    expect(answer.match(/Ngân hàng Chính sách xã hội tại xã/g)).toHaveLength(1);
    expect(answer).not.toContain('hỏi Ngân hàng Chính sách xã hội hoặc tổ tiết kiệm');
  });

  it('a household told in one message: estimate and consent in one message, "1" consents and the interview goes on', async () => {
    const before = fake.sentTo('z-home').length;
    const first = await say('z-home', HOUSEHOLD);
    expect(first.length).toBeLessThanOrEqual(1560);
    expect(first).toContain('còn lại là hộ cận nghèo');
    expect(first).toContain('gõ /xoadulieu');
    for (const part of fake.sentTo('z-home').slice(before)) expect(part.length).toBeLessThanOrEqual(2000);
    const next = await say('z-home', numberOf(first, 'Đồng ý lưu')!);
    expect(next).toContain('Câu trả lời sẽ được lưu');
  });

  it('a provisional result says the number of "Chi tiết", and typing it shows the reasons', async () => {
    const result = await say('z-quick', '/kiemtra nt 1.2tr 4ng bhyt');
    const number = numberOf(result, 'Chi tiết');
    expect(result).toContain(`Kết quả tạm tính (gõ ${number} để xem lý do)`);
    expect(await say('z-quick', number!)).toMatch(/Tính theo chuẩn: /);
  });
});

describe('Telegram, long polling: the same answers with buttons', () => {
  let directory: string;
  let harness: TelegramHarness;
  let user: FakeUser;
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'phones6-telegram-'));
    harness = await TelegramHarness.start({ mode: 'polling', databasePath: join(directory, 'bot.db') });
    user = new FakeUser(harness, 2501);
  });
  afterAll(() => {
    harness?.close();
    rmSync(directory, { recursive: true, force: true });
  });
  const textOf = (messages: SentMessage[]) => messages.map((message) => message.text).join('\n');

  it('"bhyt co dc free ko", then the question it says to type', async () => {
    const answer = textOf(await user.say('bhyt co dc free ko'));
    expect(answer).toMatch(/Hộ nghèo: Ngân sách nhà nước đóng 100%/);
    const typed = /gõ “(bhyt ho moi thoat ngheo)”/.exec(answer)?.[1];
    expect(typed, answer).toBeDefined();
    expect(textOf(await user.say(typed!))).toContain('Hộ mới thoát nghèo: Không có mức hỗ trợ chung cả nước');
  });

  it('a household told in one message: the consent question with its buttons, "Đồng ý lưu" pressed', async () => {
    const sent = await user.say(HOUSEHOLD);
    const consent = sent.at(-1)!;
    // Round 39 short32: the consent after a household told is one paragraph ("…; xóa, rút lại đồng ý: gõ /xoadulieu.").
    expect(textOf(sent)).toContain('xóa, rút lại đồng ý: gõ /xoadulieu.');
    expect(buttonsOf(consent).map((button) => button.text)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));
    expect(textOf(await user.press('consent:yes', consent))).toContain('Câu trả lời sẽ được lưu');
  });

  it('a provisional result: "bấm “Chi tiết”", its button there', async () => {
    const sent = await user.say('/kiemtra nt 1.2tr 4ng bhyt');
    expect(textOf(sent)).toContain('Kết quả tạm tính (bấm “Chi tiết” để xem lý do)');
    expect(buttonsOf(sent.at(-1)!).map((button) => button.text)).toContain('Chi tiết');
  });
});
