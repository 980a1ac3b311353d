/**
 * Round 44 cadre46, on 07/12/2026: commune cadres' formal questions (with diacritics) on the money of the 2021–2025 programme,
 * whether a province may apply a higher standard, two questions joined by "và" in one message, the poor class of 2022–2025 and
 * 2027–2030 compared, and the status of the loan decrees. Was: an explainer's passage with no status, the 2026 standard's table,
 * the first half's answer alone ("khi nào áp dụng", "được vay vốn bao nhiêu", "thủ tục … ở đâu" unanswered), the 2022–2025 card,
 * "Nghị định 78/2002/NĐ-CP … (tham khảo)" and "Quyết định 15/2013/QĐ-TTg (…; tham khảo)" though both are checked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-cadre46');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the money of the 2021–2025 programme, with its status and its successor\'s', () => {
  it('"Tổng kinh phí Chương trình MTQG giảm nghèo bền vững giai đoạn 2021–2025 theo QĐ 90/2022 là bao nhiêu?"', async () => {
    const reply = await DECEMBER.first('Tổng kinh phí Chương trình MTQG giảm nghèo bền vững giai đoạn 2021–2025 theo QĐ 90/2022 là bao nhiêu?');
    expect(reply).toMatch(/^Chương trình MTQG giảm nghèo bền vững giai đoạn 2021–2025:/u);
    expect(reply).toContain('tổng kinh phí ít nhất 75.000 tỷ đồng. Căn cứ: Nghị quyết 24/2021/QH15; Quyết định 90/QĐ-TTg ngày 18/01/2022 (đã kiểm tra).');
    expect(reply).toContain('khoảng 423.000 tỷ đồng (tham khảo)');
    expect(reply).toContain('Tổng vốn của cả giai đoạn 2026–2035 không có trong dữ liệu của trợ lý (chưa rõ).');
    expect(reply).toContain(CADRE);
    expect(reply.length).toBeLessThanOrEqual(1200);
  });

  it('"kinh phi chuong trinh mtqg giam ngheo 2021-2025 bao nhieu" (typed without marks): the same', async () => {
    const reply = await DECEMBER.first('kinh phi chuong trinh mtqg giam ngheo 2021-2025 bao nhieu');
    expect(reply).toContain('tổng kinh phí ít nhất 75.000 tỷ đồng');
  });
});

describe('whether a province may apply a higher standard: yes first, with its basis', () => {
  it('"UBND tỉnh có thẩm quyền áp dụng chuẩn nghèo cao hơn chuẩn quốc gia không?"', async () => {
    const reply = await DECEMBER.first('UBND tỉnh có thẩm quyền áp dụng chuẩn nghèo cao hơn chuẩn quốc gia không?');
    expect(reply).toMatch(/^Tỉnh, thành phố có được ban hành chuẩn nghèo riêng không:\n• Có\. /u);
    expect(reply).toContain('cao hơn chuẩn quốc gia cho giai đoạn 2026–2030 (tham khảo). Căn cứ: Nghị định 351/2025/NĐ-CP');
    expect(reply).not.toContain('Thu nhập bình quân mỗi người mỗi tháng:');
  });
});

describe('two questions joined by "và": both answered in one reply, each with its status', () => {
  it('"Hộ nghèo được hỗ trợ BHYT bao nhiêu và được vay vốn bao nhiêu?": the premium and the loan, of the poor', async () => {
    const replies = await DECEMBER.ask('Hộ nghèo được hỗ trợ BHYT bao nhiêu và được vay vốn bao nhiêu?');
    expect(replies).toHaveLength(1);
    const [reply] = replies as [string];
    expect(reply).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo)');
    expect(reply).toContain('mức vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019), lãi suất 6,6%/năm');
    expect(reply).not.toContain('Hộ cận nghèo:');
    expect(occurrences(reply, CADRE)).toBe(1);
    expect(reply.length).toBeLessThanOrEqual(1200);
  });

  it('"Chuẩn nghèo 2027 có mấy chỉ số và khi nào áp dụng?": the count, then from when', async () => {
    const reply = await DECEMBER.first('Chuẩn nghèo 2027 có mấy chỉ số và khi nào áp dụng?');
    expect(reply).toMatch(/^Số chỉ số thiếu hụt theo chuẩn nghèo đa chiều giai đoạn 2027–2030/u);
    expect(reply).toContain('số lượng chỉ số chính thức chưa rõ');
    expect(reply).toContain('hiệu lực 01/01/2027 – 31/12/2030');
    expect(occurrences(reply, 'hiệu lực 01/01/2027 – 31/12/2030')).toBe(1);
    expect(reply).toContain('Khi nào áp dụng:\n');
    expect(reply).not.toContain('câu trả lời phía trên');
    // The count's card alone is some 1.150 characters; the second half adds its line.
    expect(reply.length).toBeLessThanOrEqual(1320);
  });

  it('"Hộ cận nghèo được hỗ trợ BHYT bao nhiêu phần trăm và thủ tục xác nhận ở đâu?": the share, then where a household is recognised', async () => {
    const reply = await DECEMBER.first('Hộ cận nghèo được hỗ trợ BHYT bao nhiêu phần trăm và thủ tục xác nhận ở đâu?');
    expect(reply).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(reply).toMatch(/Giấy đề nghị \(Mẫu số 04\) tại UBND cấp xã[^\n]*\(tham khảo\)/u);
    expect(occurrences(reply, CADRE)).toBe(1);
    expect(reply.length).toBeLessThanOrEqual(1300);
  });

  it('"Hộ cận nghèo được vay bao nhiêu và thủ tục công nhận hộ cận nghèo ở đâu?": the loan, then the recognition', async () => {
    const reply = await DECEMBER.first('Hộ cận nghèo được vay bao nhiêu và thủ tục công nhận hộ cận nghèo ở đâu?');
    expect(reply).toContain('lãi suất 7,92%/năm');
    expect(reply).toContain('Mẫu số 04');
  });

  it('"Chuẩn nghèo 2027 là bao nhiêu và thủ tục rà soát thế nào?": the lines, then the review', async () => {
    const reply = await DECEMBER.first('Chuẩn nghèo 2027 là bao nhiêu và thủ tục rà soát thế nào?');
    expect(reply).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(reply).toContain('Quyết định 24/2021/QĐ-TTg');
  });

  it('one question with "và" inside stays one answer: "Hộ nghèo được vay bao nhiêu và lãi suất bao nhiêu?", "Hộ nghèo và hộ cận nghèo được hỗ trợ gì?"', async () => {
    const loan = await DECEMBER.first('Hộ nghèo được vay bao nhiêu và lãi suất bao nhiêu?');
    expect(occurrences(loan, 'Vay vốn tín dụng chính sách (')).toBe(1);
    expect(loan).toContain('lãi suất 6,6%/năm');
    const both = await DECEMBER.first('Hộ nghèo và hộ cận nghèo được hỗ trợ gì?');
    expect(both).not.toContain('câu trả lời phía trên');
  });
});

describe('the poor class of two periods compared', () => {
  it('"Hộ nghèo giai đoạn 2022–2025 và 2027–2030 khác nhau thế nào?": each period\'s lines with their status, the deficit count', async () => {
    const reply = await DECEMBER.first('Hộ nghèo giai đoạn 2022–2025 và 2027–2030 khác nhau thế nào?');
    expect(reply).toMatch(/^So sánh chuẩn nghèo 2022–2025 và 2027–2030:/u);
    expect(reply).toContain('• Nông thôn: 1.500.000 đồng (đã kiểm tra) → 2.200.000 đồng (tham khảo)');
    expect(reply).toContain('• Thành thị: 2.000.000 đồng (đã kiểm tra) → 2.800.000 đồng (tham khảo)');
    expect(reply).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(reply.length).toBeLessThanOrEqual(1200);
  });
});

describe('the loan decrees said checked, as the facts have them', () => {
  it('"Hộ nghèo được vay vốn bao nhiêu?": NĐ 78/2002 (đã kiểm tra), the bank\'s figures tham khảo', async () => {
    const reply = await DECEMBER.first('Hộ nghèo được vay vốn bao nhiêu?');
    expect(reply).toContain('Căn cứ: Nghị định 78/2002/NĐ-CP (đối tượng; đã kiểm tra).');
    expect(reply).toContain('Số liệu công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026)');
  });

  it('"Hộ cận nghèo được vay vốn bao nhiêu?": QĐ 15/2013 (đã kiểm tra), its 130% ceiling tham khảo', async () => {
    const reply = await DECEMBER.first('Hộ cận nghèo được vay vốn bao nhiêu?');
    expect(reply).toContain('Căn cứ: Quyết định 15/2013/QĐ-TTg (đối tượng; đã kiểm tra).');
    expect(reply).toContain('lãi suất không quá 130% lãi suất cho hộ nghèo (tham khảo)');
  });
});
