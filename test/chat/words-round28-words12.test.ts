/**
 * Round 28 (words12, 05/12/2026): one short question of a resident, typed without diacritics, gets the one support that answers it.
 * - "nha can ngheo bi dot nat co dc ho tro ko": was every support of near-poor households (the class between "nhà" and "dột nát"
 *   broke the phrase); now the housing support of that class (gaps.ts `classAfter`), as "nha tui bi dot nat" gets it.
 * - "ba tui bi tan tat co dc tro cap j ko": was the explainer of corpus/faq quoted by search; now the disability entry (the monthly
 *   allowance of NĐ 20/2021 first, its basis and status); a poor household's member keeps the social assistance card.
 * - "ho khau o que ma song tren tinh thi xet ho ngheo o dau": was the whole residence card (about 1.750 characters); now its brief
 *   lines: where the household is reviewed, the residence papers not known, whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const today = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28words12-today');

describe('a house in bad repair, the class said between "nhà" and what is wrong: the housing support of that class', () => {
  it.each([
    ['nha can ngheo bi dot nat co dc ho tro ko', 'Hộ cận nghèo'],
    ['nha ngheo bi dot nat co dc ho tro ko', 'Hộ nghèo'],
    ['nha tui can ngheo bi dot nat qua', 'Hộ cận nghèo'],
    ['nha ho ngheo bi hu hong co dc sua ko', 'Hộ nghèo'],
  ])('"%s"', async (question, household) => {
    const text = await today.first(question);
    // Round 38 short29: the card in brief, its heading the day alone (the whole card one "chi tiết" away).
    expect(text).toMatch(/^Hỗ trợ nhà ở \((theo dữ liệu chính sách, )?áp dụng ngày/);
    expect(text).toContain(`• ${household}: Áp dụng khi: Hộ ở xã nghèo`);
    expect(text).toContain('Nghị quyết 257/2025/QH15');
    expect(text).toContain('chưa có thông tin chắc chắn, hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toMatch(/\d\.\d{3}\.\d{3} đồng/);
    expect(text).not.toContain('Hỗ trợ đóng bảo hiểm y tế');
  });

  it('guard: "nha ngheo o que co dc gi ko" is no "nhà ở" (the class, then "ở" beginning another part): the class\'s supports', async () => {
    const text = await today.first('nha ngheo o que co dc gi ko');
    expect(text).toMatch(/^Hỗ trợ cho hộ nghèo/);
  });
});

describe('a disabled parent and an allowance asked: the disability entry, with its basis and status', () => {
  it.each(['ba tui bi tan tat co dc tro cap j ko', 'con tui bi khuyet tat nang co dc tien tro cap ko'])('"%s"', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì, theo dữ liệu của trợ lý:\n• Trợ cấp xã hội hằng tháng: /);
    expect(text).toContain('500.000 đồng/tháng từ 01/07/2024');
    expect(text).toContain('(tham khảo). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; Nghị định 76/2024/NĐ-CP.');
    expect(text).toContain('(chưa rõ)');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('guard: "ho ngheo co nguoi tan tat dc tro cap ko" (a poor household) keeps the social assistance card of poor households', async () => {
    // In brief since round 36 (short27), the whole card after "chi tiết".
    const [text, detail] = await today.ask('ho ngheo co nguoi tan tat dc tro cap ko', 'chi tiết');
    expect(text).toMatch(/^Trợ cấp xã hội hằng tháng \(áp dụng ngày/);
    expect(text).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
    expect(detail).toMatch(/^Trợ cấp xã hội hằng tháng \(theo dữ liệu chính sách/);
  });
});

describe('the registered residence elsewhere: where the household is reviewed, in brief', () => {
  it('"ho khau o que ma song tren tinh thi xet ho ngheo o dau"', async () => {
    const text = await today.first('ho khau o que ma song tren tinh thi xet ho ngheo o dau');
    expect(text).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở hoặc có người đi làm ăn xa:\n• Hộ được rà soát, công nhận ở UBND cấp xã nơi hộ đang cư trú \(tham khảo\)/);
    expect(text).toContain('Cần giấy tờ cư trú gì (thường trú hay tạm trú) chưa được kiểm tra ở đây (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('Xem đủ: gõ “chi tiết”');
    expect(text).not.toContain('xuất khẩu lao động');
    expect(text.length).toBeLessThan(1000);
  });
});
