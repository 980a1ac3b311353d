/**
 * Round 26 (short8): the amount asked of a support the data has no figure of, as residents type it: that there is none (chưa rõ),
 * whom to ask, then the card of what was asked only (its basis and status), within a cheap phone's screenful.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T23:30:00Z'), 'short8');

/** What a cheap phone shows comfortably (the answer's text, its numbered choices excluded). */
const PHONE_CHARS = 1200;
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"me tui 72 tuoi … dc nhiu tien": the pension from 70 of poor households, not the social allowance card too', () => {
  // Was 2.254 characters: the pension's card and the whole social allowance card (conditions, 500.000 đồng standard).
  it.each([
    'me tui 72 tuoi nha ngheo, nghe noi dc tien hang thang, dc nhiu tien 1 thang',
    'ba noi tui 72 tuoi ho can ngheo tro cap huu tri xa hoi dc bn tien',
  ])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.split('\nBạn có thể gõ:')[0]!.length, answer).toBeLessThanOrEqual(PHONE_CHARS);
    expect(answer).toMatch(/^Mức hỗ trợ bạn hỏi[^\n]*\n• Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\): dữ liệu của trợ lý chưa có số tiền của hỗ trợ này \(chưa rõ\)/);
    expect(answer).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo');
    expect(answer).toContain('Nơi làm: UBND cấp xã');
    expect(answer).toContain('nên không áp dụng cho người 72 tuổi');
    expect(answer).toContain(CADRE);
    expect(answer).not.toContain('Trợ cấp xã hội hằng tháng (theo dữ liệu');
    expect(answer).not.toMatch(/\d\.\d{3}\.000 đồng/);
  });
});

describe('housing and vocational training asked "bn tien": none in the data, said once, then the card', () => {
  // Were 1.423 and 1.203 characters, the note on "tham khảo" figures though no figure is shown.
  it.each([
    ['ho ngheo dc ho tro sua nha bn tien', 'Hỗ trợ nhà ở', 'Nghị quyết 257/2025/QH15'],
    ['hoc nghe dc ho tro bn tien', 'Hỗ trợ học nghề', 'Quyết định 46/2015/QĐ-TTg'],
  ])('"%s"', async (question, name, basis) => {
    const answer = await first(question);
    expect(answer.split('\nBạn có thể gõ:')[0]!.length, answer).toBeLessThanOrEqual(PHONE_CHARS);
    expect(answer.split('\n')[1]).toMatch(new RegExp(`^• ${name}[^\\n]*: dữ liệu của trợ lý chưa có số tiền của hỗ trợ này \\(chưa rõ\\)`));
    expect(answer).toContain(`Căn cứ: ${basis}`);
    expect(answer).toContain('chưa có thông tin chắc chắn');
    expect(answer).toContain(CADRE);
    expect(answer).not.toContain('Mức ghi “tham khảo”');
  });
});
