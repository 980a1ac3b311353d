/**
 * Round 38 (mend38f, 06/12/2026): how to register for a support that is named ("lam sao dang ky vay von ngan hang chinh sach":
 * ~2.000 characters, "lam sao dang ky bhyt cho ho can ngheo": 1.708, the place notice then the whole card): where to apply
 * (rules/supports `whereToApply`) and whom to ask first, the card in brief with its status and basis, "chi tiết" the whole card.
 * Guards: "lam sao dang ky ho ngheo" and "lam sao dang ky" alone keep the poor-household procedure.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'mend38f');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const LEAD = 'Nơi làm (đăng ký ';
const LOAN_PLACE = 'Tổ tiết kiệm và vay vốn tại thôn, hoặc điểm giao dịch của Ngân hàng Chính sách xã hội tại xã';
const CARD_PLACE = 'UBND cấp xã lập danh sách đề nghị cấp thẻ';

describe('registering for a named support: where to apply and whom to ask first, the card in brief', () => {
  const cases: [string, string, string][] = [
    ['lam sao dang ky vay von ngan hang chinh sach', LOAN_PLACE, 'Nghị định 78/2002/NĐ-CP'],
    ['vay von ngan hang chinh sach lam thu tuc sao', LOAN_PLACE, 'Nghị định 78/2002/NĐ-CP'],
    ['lam sao dang ky bhyt cho ho can ngheo', CARD_PLACE, 'Nghị định 188/2025/NĐ-CP'],
  ];
  for (const [question, place, basis] of cases) {
    it(`"${question}": ≤ 1.000 characters, led by where to apply, whom to ask, status and basis, "chi tiết" the whole card`, async () => {
      const [brief, detail] = await ask(question, 'chi tiet');
      expect(brief!.length).toBeLessThanOrEqual(1100);
      expect(brief!.startsWith(LEAD)).toBe(true);
      expect(brief!.indexOf(place)).toBeLessThan(brief!.indexOf(basis));
      expect(brief).toContain(CADRE);
      expect(brief).toMatch(/[(;] ?tham khảo\)/);
      expect(brief).toContain(basis);
      expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
      expect(brief).not.toContain('Mẫu số');
      expect(brief!.split(place).length - 1).toBe(1);
      expect(detail!.length).toBeGreaterThan(brief!.length);
      expect(detail).toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.');
    });
  }
});

describe('guards: registering as a poor household keeps the procedure', () => {
  for (const question of ['lam sao dang ky ho ngheo', 'lam sao dang ky']) {
    it(`"${question}": the procedure, not a support's place`, async () => {
      const [answer] = await ask(question);
      expect(answer).not.toContain(LEAD);
      expect(answer).toMatch(/Giấy đề nghị|Mẫu số 04/);
    });
  }
});
