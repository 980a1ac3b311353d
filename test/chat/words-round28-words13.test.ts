/**
 * Round 28 (words13, 05/12/2026): residents' short questions, typed without diacritics, get the entry or support that answers them.
 * - "con tui bi khuyet tat nang co dc tien tro cap hang thang ko": was the explainer of corpus/faq quoted by search ("trợ cấp hằng
 *   tháng" named the poor households' card, set aside with no class); now the disability entry (NĐ 20/2021 allowance first).
 * - "nha tui ho can ngheo bi nut tuong sap do toi noi": was a plan's passage; now the housing support of near-poor households.
 * - "nha tui chuyen ho khau qua xa khac thi sao": was "ngoài phạm vi"; now the residence entry (where the household is reviewed).
 * - "con tui 4 tuoi di hoc mau giao nha can ngheo dc ho tro j ko": was the young children entry led by health insurance; now led by
 *   the preschool lunch line.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const today = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28words13-today');

describe('a disabled child and a monthly allowance, no class named: the disability entry', () => {
  it.each(['con tui bi khuyet tat nang co dc tien tro cap hang thang ko', 'me tui bi tan tat dc tro cap hang thang ko ad'])('"%s"', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì, theo dữ liệu của trợ lý:\n• Trợ cấp xã hội hằng tháng: /);
    expect(text).toContain('(tham khảo). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; Nghị định 76/2024/NĐ-CP.');
    expect(text).toContain('(chưa rõ)');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('guard: "tro cap xa hoi" named keeps its card', async () => {
    const text = await today.first('nguoi khuyet tat dc tro cap xa hoi hang thang ko');
    expect(text).toMatch(/^Trợ cấp xã hội hằng tháng \(áp dụng ngày/); // in brief since round 36 short27 (the whole card's "(theo dữ liệu chính sách …)" after "chi tiết")
  });
});

describe('a house cracked or about to fall: the housing support of the class named', () => {
  it.each([
    ['nha tui ho can ngheo bi nut tuong sap do toi noi', 'Hộ cận nghèo'],
    ['ho ngheo nha xuong cap tuong nut het co dc ho tro sua ko', 'Hộ nghèo'],
  ])('"%s"', async (question, household) => {
    const text = await today.first(question);
    // Round 38 short29: the card in brief, its heading the day alone (the whole card one "chi tiết" away).
    expect(text).toMatch(/^Hỗ trợ nhà ở \((theo dữ liệu chính sách, )?áp dụng ngày/);
    expect(text).toContain(`• ${household}: Áp dụng khi: Hộ ở xã nghèo`);
    expect(text).toContain('chưa có thông tin chắc chắn, hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('the registered residence moved to another commune: the residence entry', () => {
  it.each(['nha tui chuyen ho khau qua xa khac thi sao', 'tui cat khau ve que vo thi sao'])('"%s"', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở/);
    expect(text).toContain('UBND cấp xã nơi hộ đang cư trú');
    expect(text).toContain('Cần giấy tờ cư trú gì (thường trú hay tạm trú) chưa được kiểm tra ở đây (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('a preschool child of a near-poor household, support asked: the young children entry led by the lunch support', () => {
  it('"con tui 4 tuoi di hoc mau giao nha can ngheo dc ho tro j ko"', async () => {
    const text = await today.first('con tui 4 tuoi di hoc mau giao nha can ngheo dc ho tro j ko');
    expect(text).toMatch(/^Trẻ em dưới 6 tuổi được hỗ trợ gì, theo dữ liệu của trợ lý:\n• Tiền ăn trưa: trẻ đang học mẫu giáo thuộc hộ nghèo, hộ cận nghèo/);
    expect(text).toContain('(tham khảo). Căn cứ: Nghị định 105/2020/NĐ-CP, Điều 7.');
    expect(text).toContain('• Bảo hiểm y tế: trẻ dưới 6 tuổi'); // the young-children brief since round 36 short27
  });

  it('guard: "nha tui co be 2 tuoi dc ho tro gi ko ad" (no school said) keeps the health insurance line first', async () => {
    const text = await today.first('nha tui co be 2 tuoi dc ho tro gi ko ad');
    expect(text).toMatch(/^Trẻ em dưới 6 tuổi được hỗ trợ gì, theo dữ liệu của trợ lý:\n• Bảo hiểm y tế: /);
  });
});
