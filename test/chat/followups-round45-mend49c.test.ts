/**
 * Round 45 mend49c, on 07/12/2026: residents' short follow-ups with a twist of time ("con nam nay thi sao", "nam nay thi sao")
 * right after a support's card. Expectations from rules/ and /work/shared/facts (updates-2026.md wins):
 * - Electricity: QĐ 14/2025/QĐ-TTg replaced QĐ 28/2014 [M]; whether poor households still get it in 2026 and how much: [?].
 * - BHYT of near-poor members: ≥ 70 %, 100 % in a xã nghèo (NĐ 188/2025 Điều 6 khoản 6 [M]).
 * - Policy loans of the poor: 100 triệu cap, 6,6 %/năm last published [M]; 2026 rates/caps [?].
 * Each answer is this year's in a sentence or two, never the card just given again word for word.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-mend49c');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"con nam nay thi sao" right after a support card: this year in brief, not the card again', () => {
  const cases: [string, string, string[]][] = [
    ['ho ngheo dc ho tro tien dien ko bn', 'con nam nay thi sao', ['Năm nay (2026):', 'chưa rõ', 'Quyết định 14/2025/QĐ-TTg thay Quyết định 28/2014/QĐ-TTg', '(tham khảo)', CADRE]],
    ['ho can ngheo dc ho tro bhyt ko', 'nam nay thi sao', ['Năm nay (2026):', 'tối thiểu 70%', '100% nếu hộ sống ở xã nghèo (tham khảo)', CADRE]],
    ['ho ngheo dc vay von ko', 'con nam nay thi sao ad', ['Năm nay (2026):', '100.000.000 đồng/hộ', '(tham khảo', CADRE]],
  ];
  for (const [card, followUp, said] of cases) {
    it(`${card} → ${followUp}`, async () => {
      const [before, answer] = await ask(card, followUp);
      expect(answer).not.toBe(before);
      for (const part of said) expect(answer).toContain(part);
      expect(answer!.split('\n\n')[0]!.length).toBeLessThan(500);
      expect(answer).not.toContain('(tham khảo) (tham khảo)');
    });
  }
});

describe('"that ko, tui nghe noi dc 100%" right after a support card: the rumour read of that card, never "ngoài phạm vi"', () => {
  it('bhyt ho can ngheo dc ho tro nhiu % vay ad → that ko, tui nghe noi dc 100%', async () => {
    const [, answer] = await ask('bhyt ho can ngheo dc ho tro nhiu % vay ad', 'that ko, tui nghe noi dc 100%');
    expect(answer).toMatch(/^Đúng một phần/);
    for (const part of ['tối thiểu 70%', '100% nếu hộ sống ở xã nghèo (tham khảo)', 'Nghị định 188/2025/NĐ-CP', 'Nghị quyết 261/2025/QH15', '(chưa rõ)', CADRE]) expect(answer).toContain(part);
    expect(answer).not.toContain('ngoài phạm vi');
  });
});
