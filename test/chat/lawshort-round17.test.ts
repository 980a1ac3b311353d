/**
 * Round 17 (lawshort, 03/12/2026): questions on the poverty standard whose answer was buried in a whole card (3–4 thousand
 * characters on a cheap phone), in users' words, in the chat and /api/ask. Each case fails on the round-16 code unless marked
 * a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(TESTED_ON, 'lawshort17');

describe('the near-poor class asked of a year: that year’s line (income, fewer than 3 deprivations) first, the card a button away', () => {
  // Was the whole 2027–2030 card (3.190 characters), headed "Chuẩn nghèo đa chiều giai đoạn 2027–2030".
  it.each(['tu thang 1 nam sau ho can ngheo tinh sao', 'ho can ngheo nam 2027 tinh sao'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toContain('năm 2027');
      expect(text).toMatch(/nông thôn ≤ 2\.200\.000 đồng, thành thị ≤ 2\.800\.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo/i);
      expect(text).toMatch(/^Nguồn: [^\n]*Nghị định 351\/2025\/NĐ-CP/m);
      expect(text).not.toContain('Ghi chú:');
      expect(text.length).toBeLessThan(1300);
    }
  });
});

describe('how many steps the periodic review has: the count, first among the steps', () => {
  // Was the procedure card with "Rà soát thường xuyên" first and the periodic review's steps uncounted.
  it.each(['quy trinh ra soat ho ngheo dinh ky gom may buoc', 'rà soát hộ nghèo hằng năm có bao nhiêu bước'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      const firstStep = text.split('\n').find((line) => line.startsWith('• '));
      // The year's days are their own line, "(tham khảo)" (round 36 mend36a; law27 had them inside this checked step).
      // Numbered in their order (round 41 cadre41; was "gồm 6 bước: lập danh sách hộ cần rà soát, …" in one sentence).
      expect(firstStep).toMatch(/^• Rà soát định kỳ hằng năm từ 01\/09 đến 14\/12, gồm 6 bước, theo thứ tự:$/);
      expect(text).toContain('   1. Lập danh sách hộ cần rà soát.');
      expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
    }
  });
});
