/**
 * Round 33 (short23, 06/12/2026): answers kept within a cheap phone's message.
 * - "xa ben co phat tien cho ho ngheo ko", "bển xã có phát tiền cho hộ nghèo hông": the line that other money handed out is not
 *   in the data (chưa rõ, whom to ask), then the class's short list, the rest counted and one "chi tiết" away; was the whole
 *   card after that line, about 1.730 characters.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-short23');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('money said handed out to the poor class, in one short message', () => {
  it.each(['xa ben co phat tien cho ho ngheo ko', 'bển xã có phát tiền cho hộ nghèo hông'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Tiền và hỗ trợ hộ nghèo .*Khoản tiền phát thêm cho hộ nghèo ngoài các khoản này thì dữ liệu không có \(chưa rõ\); bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã\./);
    expect(text).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 06/12/2026)');
    expect(text).toContain('- Hỗ trợ đóng bảo hiểm y tế:');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain(CADRE);
    expect(text).toMatch(/chi tiết/i);
    expect(text).toContain('\n\nBạn có thể gõ:');
    const message = text.slice(0, text.indexOf('\n\nBạn có thể gõ:'));
    expect(message).toContain('Gõ “Chi tiết từng khoản”');
    expect(message.length).toBeLessThanOrEqual(1000);
  });
});
