/**
 * Round 42 cadre43, on 07/12/2026: commune cadres' formal questions, each answered as asked.
 * - After a card on the BHYT premium support (NĐ 188/2025), "hộ cận nghèo ở xã nghèo thì sao": the near-poor members living in a
 *   xã nghèo get 100 % of the premium (NĐ 188/2025 Điều 6 khoản 6, tham khảo), led before the near-poor card. Was the housing
 *   explainer found by search ("xã nghèo" read as "hộ nghèo", the message too long to follow up).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-cadre43');

describe('a poor commune asked after the BHYT card: the 100 % for near-poor members there', () => {
  it.each([
    ['Nghị định 188/2025 hỗ trợ đóng BHYT cho hộ cận nghèo thế nào?', 'hộ cận nghèo ở xã nghèo thì sao'],
    ['bhyt ho ngheo dc ho tro sao', 'ho can ngheo o xa ngheo thi sao'],
    ['Xin hỏi mức hỗ trợ đóng bảo hiểm y tế theo Nghị định 188/2025/NĐ-CP?', 'Còn hộ cận nghèo sống tại xã nghèo?'],
  ])('"%s" then "%s"', async (first, then) => {
    const reply = await DECEMBER.after([first], then);
    expect(reply).toMatch(/^Ở xã nghèo, theo dữ liệu chính sách/u);
    expect(reply).toContain('• Hộ cận nghèo: 100% mức đóng nếu hộ cận nghèo sống ở xã nghèo (Nghị định 188/2025/NĐ-CP Điều 6 khoản 6; tham khảo).');
    expect(reply).not.toContain('Hỗ trợ nhà ở');
    expect(reply).not.toContain('Giải thích ngắn');
  });
});
