/**
 * Round 21b tryout (the resident on a small phone): while the consent question of a household check waits, every answer ended
 * with the same sentence "Để bắt đầu kiểm tra, bạn chọn “Đồng ý lưu” hoặc “Không lưu” … số người, thu nhập… mình sẽ hỏi ngay
 * sau đó." It is said in full once; after that one short line with the same buttons. The consent reply (what is kept, for how
 * long, Luật 91/2025/QH15) is shown as before, and a new check says the sentence in full again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, expectBriefConsent, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
// A household told in one message gets its class first, then the consent in brief (round 43 resid46).
const CONSENT = 'Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.';
const IN_FULL = 'Để bắt đầu kiểm tra, bạn chọn “Đồng ý lưu” hoặc “Không lưu” (câu trả lời chỉ giữ tạm) giúp mình; số người, thu nhập… mình sẽ hỏi ngay sau đó.';
const SHORT = '(Bạn chưa chọn: “Đồng ý lưu” / “Không lưu” để bắt đầu kiểm tra.)';

describe('the consent question while it waits', () => {
  it('is said in full after the first question asked, then in one short line, the buttons each time', async () => {
    harness = await openHarness({ now: DECEMBER });
    const consent = await harness.say('nha tui 4 nguoi o que thu nhap 6 trieu');
    expect(consent.text).toContain('÷ 4 người = 1.500.000 đồng/người/tháng, ở nông thôn');
    expect(consent.text).toContain(CONSENT);
    expectBriefConsent(consent.text);

    const first = await harness.say('ho ngheo dc vay von lai suat bao nhieu');
    expect(first.replies.at(-1)?.spans.map((span) => span.text).join('')).toBe(IN_FULL);

    const second = await harness.say('con ho can ngheo dc ho tro bhyt ko');
    // The answer, then the short line (was: the full sentence again).
    expect(second.replies.length).toBeGreaterThan(1);
    expect(second.text).not.toContain(IN_FULL);
    expect(second.replies.at(-1)?.spans.map((span) => span.text).join('')).toBe(SHORT);
    expect(second.buttons.map((button) => button.label)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu', 'Hủy']));

    const third = await harness.say('con nha o thi sao ban');
    expect(third.text).not.toContain(IN_FULL);
    expect(third.replies.at(-1)?.spans.map((span) => span.text).join('')).toBe(SHORT);

    // A number that is no choice: the short line with the choices by number.
    const typed = await harness.say('7');
    expect(typed.text).toContain(`${SHORT} Gõ số: 1. Đồng ý lưu · 2. Không lưu · 3. Hủy.`);

    // The buttons still start the check, with the household told.
    const started = await harness.press(actionOf(typed, 'Không lưu'));
    expect(started.text).toContain('Câu trả lời chỉ giữ tạm trong cuộc trò chuyện này');
    expect(started.text).toContain('Số người: 4');
  });

  it('a new check says it in full again', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 6 trieu');
    await harness.say('ho ngheo dc vay von lai suat bao nhieu');
    expect((await harness.say('con ho can ngheo dc ho tro bhyt ko')).text).toContain(SHORT);
    const cancelled = await harness.say('/huy');
    expect(cancelled.text).toContain('Đã dừng phần kiểm tra');
    expect((await harness.say('nha tui 3 nguoi thu nhap 4 trieu')).text).toContain(CONSENT);
    const again = await harness.say('ho ngheo dc vay von lai suat bao nhieu');
    expect(again.text).toContain(IN_FULL);
    expect(again.text).not.toContain(SHORT);
  });
});
