/**
 * Round 46 (resid54, 07/12/2026): a class's list of supports asked by a resident fits a cheap phone's message with the pointer and
 * the choices under it, as the phone shows them. "ho ngheo dc nhung ho tro j" was 1.137 characters on the terminal, "ho can ngheo dc
 * ho tro j" 1.100: the list's budget left out the "Gõ 1 …" line and the seven numbered choices. Now the line counting the rest takes
 * the items past the room, a checked amount (the 500.000 đồng/tháng mức chuẩn, đã kiểm tra) kept before a reported one of its group.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onPhone, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const NOW = () => new Date('2026-12-07T03:00:00Z');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a class\'s supports asked by a resident: within 1.000 characters on the phone, choices included', () => {
  it.each([
    // The poor: BHYT 100% (tham khảo), the loan's earlier figures (tham khảo), the monthly allowance's mức chuẩn (đã kiểm tra).
    ['ho ngheo dc nhung ho tro j', 'hộ nghèo', ['100% mức đóng bảo hiểm y tế', 'Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra)', '6,6%/năm']],
    ['ho ngheo dc ho tro gi vay', 'hộ nghèo', ['100% mức đóng bảo hiểm y tế', 'Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra)']],
    // The near-poor: BHYT at least 70% (tham khảo), the loan at most 130% of the poor's rate (tham khảo).
    ['ho can ngheo dc ho tro j', 'hộ cận nghèo', ['Tối thiểu 70% mức đóng bảo hiểm y tế', '130% lãi suất cho hộ nghèo (tham khảo)']],
    ['nha tui ho can ngheo thi dc huong nhung gi', 'hộ cận nghèo', ['Tối thiểu 70% mức đóng bảo hiểm y tế', '130% lãi suất cho hộ nghèo (tham khảo)']],
  ])('"%s"', async (question, name, figures) => {
    harness = await openHarness({ now: NOW });
    const turn = await harness.say(question);
    const shown = onPhone(turn);
    expect(shown.length).toBeLessThanOrEqual(1000);
    // The answer first: the class's supports on the day.
    expect(shown.startsWith(`Hỗ trợ cho ${name} (áp dụng ngày 07/12/2026):`)).toBe(true);
    for (const figure of figures) expect(shown).toContain(figure);
    expect(shown).toContain('(tham khảo)');
    expect(shown).toMatch(/^- Còn \d+ khoản có điều kiện và \d+ khoản chưa rõ mức hoặc còn áp dụng không\.$/m);
    expect(shown).toMatch(/^Nguồn: .+\.$/m);
    expect(shown).toContain(CADRE);
    // Every support, the counted ones too, one press away.
    expect(shown).toMatch(/^1\. Chi tiết từng khoản$/m);
    const full = await harness.say('1');
    expect(full.text).toContain('Căn cứ:');
    expect(full.text).toContain('chưa rõ');
  });
});

/**
 * "tui o hcm, thoat ngheo nam ngoai, bhyt con dc ho tro ko" was 1.337 characters: the note on TP.HCM's own standard in brief, then
 * the newly escaped household's whole health-insurance card (its card alone 985, so never said in brief). The note is now taken
 * from the phone's room: the card in its own words (rules/supports `inBrief`), "chi tiết" the whole card; a cadre's formal
 * question keeps the whole card.
 */
describe('a newly escaped household in TP.HCM asks about health insurance: the note and the card in brief', () => {
  it.each(['tui o hcm, thoat ngheo nam ngoai, bhyt con dc ho tro ko', 'o sai gon, nha tui moi thoat ngheo, bhyt con dc ho tro hok'])('"%s"', async (question) => {
    harness = await openHarness({ now: NOW });
    const turn = await harness.say(question);
    const shown = onPhone(turn);
    expect(shown.length).toBeLessThanOrEqual(1000);
    expect(shown).toContain('TP.HCM có chuẩn nghèo riêng từ năm 2026');
    // No national line; Hà Nội and TP.HCM 36 months (tham khảo); the card already issued: chưa rõ; basis; whom to ask.
    expect(shown).toContain('Hộ mới thoát nghèo: Không có mức hỗ trợ chung cả nước');
    expect(shown).toContain('TP.HCM cũng 36 tháng (Nghị quyết 75/2025/NQ-HĐND) (tham khảo)');
    expect(shown).toContain('dùng đến khi nào: chưa rõ');
    expect(shown).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
    expect(shown).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(shown).toContain('Xem đủ: gõ “chi tiết”.');
    const whole = await harness.say('chi tiet');
    expect(whole.text).toContain('nên cả nước không có thời hạn hỗ trợ chung sau khi ra khỏi danh sách hộ nghèo, hộ cận nghèo');
  });

  it('guard: a cadre\'s formal question keeps the whole card', async () => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say('Đề nghị cho biết hộ mới thoát nghèo tại TP.HCM có được hỗ trợ đóng bảo hiểm y tế không?');
    expect(text).toContain('nên cả nước không có thời hạn hỗ trợ chung sau khi ra khỏi danh sách hộ nghèo, hộ cận nghèo');
  });
});
