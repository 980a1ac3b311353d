/**
 * Round 25 (short7): answers on the right topic but too long on a cheap phone, as residents type them. Each leads with what was
 * asked (source, status), a few lines, then one line saying what to type for the rest.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T23:30:00Z'), 'short7');

/** What the phone shows: the answer's text (its numbered choices excluded, as the measures of earlier rounds). */
const PHONE_CHARS = 950;

describe('"dang ky ho ngheo o dau": where to file first, the steps one typed question away', () => {
  // Was the whole procedure card, 1.653 characters in the terminal chat.
  it.each(['dang ky ho ngheo o dau', 'nop don xin ho can ngheo cho nao'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS);
    expect(answer.split('\n')[1]).toMatch(/^• Hộ nộp Giấy đề nghị \(Mẫu số 04\) tại UBND cấp xã/);
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026. (chưa rõ)');
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(answer).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    expect(answer).not.toContain('gồm 6 bước');
  });
  it('guard: a cadre\'s "thủ tục xét duyệt hộ nghèo gồm những bước nào" and the typed "thủ tục xét hộ nghèo" keep the full card', async () => {
    for (const question of ['thủ tục xét duyệt hộ nghèo gồm những bước nào', 'thủ tục xét hộ nghèo']) {
      const answer = await first(question);
      expect(answer).toContain('gồm 6 bước');
      expect(answer).toContain('Bước 5 của rà soát định kỳ');
      expect(answer).not.toContain('Xem đủ các bước');
    }
  });
});
