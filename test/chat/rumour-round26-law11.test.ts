/**
 * Round 26 (law helper law11, 05/12/2026): a rumour on what the health insurance card pays for the near-poor. NQ 261/2025/QH15
 * [M] (updates-2026.md): near-poor members to get 100 % of covered costs; its start date is [?]. Was a short reply saying only
 * "đây là mức quỹ bảo hiểm y tế chi trả … khác với mức Nhà nước hỗ trợ đóng" (neither the 100 % nor that its start is unknown).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026 09:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'round26law11-rumour');

describe('"ba con noi ho can ngheo di kham benh dc tra 100% tu nam nay, thiet hong"', () => {
  it('says the 100 % as reported, that its start is not known, and its source', async () => {
    const text = await first('ba con noi ho can ngheo di kham benh dc tra 100% tu nam nay, thiet hong');
    expect(text).toMatch(/100% chi phí khám chữa bệnh[^.]*\(tham khảo\)/);
    expect(text).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
    // The benefit card since round 40 mend40b ("100% từ" no longer read as a post's length): its basis said as "Căn cứ".
    expect(text).toContain('Căn cứ: Nghị quyết 261/2025/QH15');
    // Never "từ năm nay" confirmed as a start.
    expect(text).not.toMatch(/từ năm nay|từ 01\/01\/2026[^.]*100%/);
    // Short for a phone: one line for the near-poor, no card of every class.
    // Within a phone's screen (SHORT_TEXT_DEFAULTS.phoneChars): the benefit card with where to go and the menu (was < 700 for the
    // rumour's two lines, before round 40 mend40b read "100% từ" as the benefit asked).
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});
