/**
 * Round 37 law29, in December 2026 (06/12 and 20/12) and on 05/01/2027 (shared/facts/updates-2026.md; rules/standards/2027-2030.yaml):
 * - "nam 2027 nha tui con ngheo ko", then the household's figures: the 2027 class asked by the standing card counts as asked, so
 *   the figures get it (was the check's consent, no class said); nothing kept beyond the household told, the consent with the check;
 * - a cadre's "Hộ thành thị 3 người, 6.600.000 đồng/tháng, thiếu BHYT và nước sạch, năm 2027 xếp loại gì?": the day asked first,
 *   with the 2 deprivations told (was today's class first, the 2027 line blind to them);
 * - "tu 1/1 nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko": 01/01/2027 first, today's class briefly after;
 * - "qua 2027 nha tui con ho ngheo ko" (~2.000 characters) and "bao gio co danh sach ho ngheo nam 2027" (1.384): about 1.000,
 *   status, source and whom to ask kept, "chi tiết" / the procedure for the rest.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, openHarness } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

const DECEMBER = [new Date('2026-12-06T03:00:00Z'), new Date('2026-12-20T03:00:00Z')].map((now) => ({ day: now.toISOString().slice(0, 10), ...conversationsAt(now, `round37-law29-${now.getUTCDate()}`) }));
const JANUARY = conversationsAt(new Date('2027-01-05T03:00:00Z'), 'round37-law29-jan');
const ddmm = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

describe.each(DECEMBER)('on $day', ({ day, ask, first }) => {
  it('"nam 2027 nha tui con ngheo ko", then "nha 4 nguoi o que thu nhap 8 trieu": the 2027 class of the figures, no consent screen', async () => {
    const figures = (await ask('nam 2027 nha tui con ngheo ko', 'nha 4 nguoi o que thu nhap 8 trieu'))[1]!;
    // 8.000.000 ÷ 4 = 2.000.000 đồng ≤ 2.200.000 (rural line from 01/01/2027): near-poor, poor with 3 deprivations.
    expect(figures.split('\n')[0]).toBe('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính). Căn cứ: Nghị định 351/2025/NĐ-CP (tham khảo).');
    // Today (2022–2025 lines kept in 2026): 2.000.000 is within the rural middle band (1.500.000 – 2.250.000).
    expect(figures).toContain(`Còn hiện nay (thu nhập 2.000.000 đồng/người/tháng, theo chuẩn áp dụng ngày ${ddmm(day)}): hộ có mức sống trung bình.`);
    expect(figures).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(figures).not.toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });

  it('"Kiểm tra đầy đủ" after it: the consent asked before anything is kept', async () => {
    const [, , check] = await ask('nam 2027 nha tui con ngheo ko', 'nha 4 nguoi o que thu nhap 8 trieu', 'Kiểm tra đầy đủ');
    expect(check).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });

  it('a cadre\'s urban household of 3, 6.600.000 đồng, without BHYT and clean water, "năm 2027 xếp loại gì": 2027 first, with the 2 deprivations', async () => {
    const reply = await first('Hộ thành thị 3 người, tổng thu nhập 6.600.000 đồng/tháng, thiếu BHYT và nước sạch, năm 2027 xếp loại gì?');
    // By hand: 6.600.000 ÷ 3 = 2.200.000 đồng ≤ 2.800.000 (urban line, 2027–2030): near-poor below 3 deprivations, poor from 3.
    // BHYT (health_insurance) and water (water_source) are both among the 2027 indicators told: 2, so 1 more makes it poor.
    const lines = reply.split('\n');
    expect(lines[0]).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo');
    expect(lines[1]).toBe('Bạn đã kể 2 chỉ số thiếu hụt có trong bộ chỉ số từ 01/01/2027 (Bảo hiểm y tế; Nguồn nước sinh hoạt): thiếu hụt thêm 1 chỉ số nữa là hộ nghèo.');
    // Today: 2.200.000 is within the urban middle band (2.000.000 – 3.000.000) of the 2022–2025 lines kept in 2026.
    expect(lines[2]).toBe(`Còn hiện nay (thu nhập 2.200.000 đồng/người/tháng, theo chuẩn áp dụng ngày ${ddmm(day)}): hộ có mức sống trung bình.`);
    expect(reply.length).toBeLessThanOrEqual(1050);
  });

  it('"tu 1/1 nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko": 01/01/2027 first, today after', async () => {
    const reply = await first('tu 1/1 nha em 5 nguoi o que thu nhap 10 trieu co dc ho can ngheo ko');
    // 10.000.000 ÷ 5 = 2.000.000 đồng ≤ 2.200.000 (rural, 2027): near-poor at least.
    expect(reply.split('\n')[0]).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo');
    expect(reply.indexOf('Còn hiện nay')).toBeGreaterThan(0);
    expect(reply.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it.each(['qua 2027 nha tui con ho ngheo ko', 'nam sau nha em con ho can ngheo ko'])('"%s": short, the list not changing by itself, the new lines, status and whom to ask', async (text) => {
    const reply = await first(text);
    expect(reply).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
    expect(reply).toContain('Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào');
    expect(reply).toContain('chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(reply).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).toMatch(/Chuẩn mới đầy đủ, chỉ số và ghi chú: (bấm|gõ) “Chi tiết”\./u);
    expect(reply.length).toBeLessThanOrEqual(1100);
  });

  it('"Chi tiết" pressed after it: the 2027–2030 card', async () => {
    const harness = await openHarness({ now: () => new Date(`${day}T03:00:00Z`) });
    try {
      const standing = await harness.say('qua 2027 nha tui con ho ngheo ko');
      const more = await harness.press(standing.buttons.find((one) => one.label === 'Chi tiết')!.action);
      expect(more.text).toContain('Xử lý rác thải sinh hoạt');
    } finally {
      harness.close();
    }
  });

  it('"bao gio co danh sach ho ngheo nam 2027": the days, what is not known, whom to ask, shorter', async () => {
    const reply = await first('bao gio co danh sach ho ngheo nam 2027');
    expect(reply).toContain('Nếu lịch này được áp dụng, đợt rà soát định kỳ năm 2026 từ 01/09/2026 đến 14/12/2026 (tham khảo)');
    expect(reply).toContain('(chưa rõ)');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).toContain('thủ tục xét hộ nghèo');
    expect(reply.length).toBeLessThanOrEqual(1150);
  });
});

describe('on 05/01/2027, the 2027 standard in force', () => {
  it('"nam 2027 nha tui con ngheo ko", then the figures: today\'s (2027) class said before the check\'s consent', async () => {
    const [card, figures] = (await JANUARY.ask('nam 2027 nha tui con ngheo ko', 'nha 4 nguoi o que thu nhap 8 trieu')) as [string, string];
    expect(card.length).toBeLessThanOrEqual(1100);
    // The class said first since round 43 resid46 (was "theo chuẩn áp dụng ngày 05/01/2027), hộ là hộ cận nghèo hoặc hộ nghèo, …").
    expect(figures.split('\n')[0]).toContain('theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (tham khảo), hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    // After the class, the consent question in brief (round 41 resid41).
    expect(figures).toContain('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.');
  });

  it('guard (passes on the old code too): the cadre\'s household, today\'s 2027 class with the 2 deprivations told, no "Còn hiện nay"', async () => {
    const reply = await JANUARY.first('Hộ thành thị 3 người, tổng thu nhập 6.600.000 đồng/tháng, thiếu BHYT và nước sạch, năm 2027 xếp loại gì?');
    expect(reply.split('\n')[0]).toContain('theo chuẩn áp dụng ngày 05/01/2027), hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt (bạn đã kể 2 chỉ số thiếu hụt)');
    expect(reply).not.toContain('Còn hiện nay');
  });
});
