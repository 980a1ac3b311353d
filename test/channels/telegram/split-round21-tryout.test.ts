/**
 * Round 21 (tryout): a long answer in a Telegram group, split into several messages as Telegram needs, keeps its heading with the
 * lines under it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXT_LIMIT } from '../../../src/channels/telegram/html.ts';
import { buttonsOf, FakeUser, TelegramHarness } from './harness.ts';

let dir: string;
let harness: TelegramHarness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-split-round21-'));
  harness = await TelegramHarness.start({ mode: 'polling', databasePath: join(dir, 'bot.db') });
});

afterAll(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('"Chi tiết từng khoản" of the near-poor supports, pressed in an outreach group', () => {
  it('the first message holds the heading and the first supports (was: a message of the heading alone, the list in the next)', async () => {
    const staff = new FakeUser(harness, 3101, { id: -100_321, title: 'Tuyên truyền ấp 3' });
    const [list] = await staff.say('@TroLyGiamNgheoBot ho can ngheo dc ho tro nhung gi');
    const detail = buttonsOf(list).find((button) => button.text === 'Chi tiết từng khoản');
    expect(detail?.data).toBeDefined();
    const sent = await staff.press(detail!.data!, list!);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent[0]!.text).toMatch(/^Hỗ trợ cho hộ cận nghèo \(áp dụng ngày \d{2}\/\d{2}\/\d{4}\):\n• Hỗ trợ đóng bảo hiểm y tế: /);
    for (const message of sent) {
      expect(message.html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(message.text.split('\n').filter((line) => line.trim() !== '').length, message.text).toBeGreaterThan(1);
    }
    // Nothing lost in the split: every support of the list has its line.
    const all = sent.map((message) => message.text).join('\n');
    for (const name of ['Hỗ trợ đóng bảo hiểm y tế', 'Vay vốn tín dụng chính sách', 'Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)', 'Các hỗ trợ khác']) {
      expect(all).toContain(`• ${name}: `);
    }
  });
});
