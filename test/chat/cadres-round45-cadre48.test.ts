/**
 * Round 45 cadre48, on 07/12/2026: commune cadres' precise questions. Figures from rules/ and /work/shared/facts (updates-2026.md
 * wins): 2027–2030 lines 2.200.000 / 2.800.000 đồng, poor from 3 deprivations [M]; 2022–2025 lines 1.500.000 / 2.000.000 đồng [V];
 * programme 2021–2025 at least 75.000 tỷ đồng [V]; 2026–2030 about 423.000 tỷ đồng (central 100.000, local 300.000) [M]; the
 * 2024–2025 campaign's 60/30 triệu [V for the figures in press, legal basis [?]], not carried into 2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-cadre48');
/** A phone's screen, as the brief asks of a cadre's answer (≤ ~1.200 characters, the buttons' line included). */
const PHONE = 1250;

describe('the criteria of 2027–2030: income lines and indicators with their status, on a phone', () => {
  it('"Tiêu chí đo lường nghèo đa chiều giai đoạn 2027–2030 gồm những gì?" (was the whole card, 3.271 characters)', async () => {
    const reply = await DECEMBER.first('Tiêu chí đo lường nghèo đa chiều giai đoạn 2027–2030 gồm những gì?');
    expect(reply).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)\nÁp dụng cho giai đoạn 2027–2030\./u);
    expect(reply).toContain('• Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
    expect(reply).toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản (tham khảo; tên, số lượng, ngưỡng chính thức chưa rõ):');
    expect(reply).toContain('• Thông tin: Sử dụng dịch vụ số, Internet (chưa rõ)');
    expect(reply).toContain('Xử lý rác thải sinh hoạt (chưa rõ)');
    expect(reply).not.toContain('Phương tiện phục vụ tiếp cận thông tin');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
  });

  it('"Các chỉ số thiếu hụt dịch vụ xã hội cơ bản giai đoạn 2027-2030" (was the changes and the whole card, 3.987 characters)', async () => {
    const reply = await DECEMBER.first('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản giai đoạn 2027-2030');
    expect(reply).toContain('• Nước sinh hoạt và vệ sinh: Nguồn nước sinh hoạt; Nhà tiêu hợp vệ sinh; Xử lý rác thải sinh hoạt (chưa rõ)');
    expect(reply).toContain('thành thị ≤ 2.800.000 đồng');
    // The rule and the changes lead, the standard named above the list (round 45, the 2022–2025 list keeps its title): 1.298.
    expect(reply.length).toBeLessThanOrEqual(PHONE + 50);
  });

  it('"So với giai đoạn 2022–2025 thì khác gì?" after it compares the two periods (was the 2022–2025 explainer)', async () => {
    const reply = await DECEMBER.after(['Tiêu chí đo lường nghèo đa chiều giai đoạn 2027–2030 gồm những gì?'], 'So với giai đoạn 2022–2025 thì khác gì?');
    expect(reply).toMatch(/^So sánh chuẩn nghèo 2022–2025 và 2027–2030:/u);
    expect(reply).toContain('• Nông thôn: 1.500.000 đồng (đã kiểm tra) → 2.200.000 đồng (tham khảo)');
    expect(reply).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
  });

  it('guard: the 2022–2025 criteria keep their middle band, indicators and basis', async () => {
    const reply = await DECEMBER.first('Tiêu chí xác định hộ nghèo giai đoạn 2022–2025 gồm những gì?');
    expect(reply).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2022–2025\n/u);
    expect(reply).toContain('hộ có mức sống trung bình');
    expect(reply).toContain('Phương tiện phục vụ tiếp cận thông tin');
    expect(reply).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục.');
  });
});

describe('two questions, the second with no subject of its own (", còn …?"): both answered', () => {
  it('"Tổng kinh phí Chương trình 2021–2025 là bao nhiêu, còn giai đoạn 2026–2030?" (was the 2021–2025 card alone)', async () => {
    const reply = await DECEMBER.first('Tổng kinh phí Chương trình 2021–2025 là bao nhiêu, còn giai đoạn 2026–2030?');
    expect(reply).toContain('tổng kinh phí ít nhất 75.000 tỷ đồng. Căn cứ: Nghị quyết 24/2021/QH15; Quyết định 90/QĐ-TTg ngày 18/01/2022 (đã kiểm tra).');
    expect(reply).toContain('khoảng 423.000 tỷ đồng: trung ương 100.000 tỷ đồng');
    // The 2026–2030 money said once, in the second half's answer.
    expect(reply.match(/423\.000 tỷ đồng/gu)).toHaveLength(1);
    expect(reply.length).toBeLessThanOrEqual(PHONE + 50);
  });

  it('"Hộ nghèo được hỗ trợ đóng BHYT bao nhiêu, còn hộ cận nghèo?" (was the near-poor line alone)', async () => {
    const reply = await DECEMBER.first('Hộ nghèo được hỗ trợ đóng BHYT bao nhiêu, còn hộ cận nghèo?');
    expect(reply).toMatch(/^Hỗ trợ đóng bảo hiểm y tế \(theo dữ liệu chính sách, áp dụng ngày 07\/12\/2026\):\n• Hộ nghèo: Ngân sách nhà nước đóng 100%/u);
    expect(reply).toContain('• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
  });

  it('"Chuẩn nghèo nông thôn giai đoạn 2022–2025 là bao nhiêu, còn giai đoạn 2027–2030?" (was 2022–2025 alone)', async () => {
    const reply = await DECEMBER.first('Chuẩn nghèo nông thôn giai đoạn 2022–2025 là bao nhiêu, còn giai đoạn 2027–2030?');
    expect(reply).toContain('• ≤ 1.500.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(reply).toContain('• ≤ 2.200.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
  });
});

describe('the money of the programme 2026–2035, numbers first', () => {
  it('"Kinh phí chương trình MTQG 2026–2035 bao nhiêu?" (was the whole card, 2.104 characters, the budget third)', async () => {
    const reply = await DECEMBER.first('Kinh phí chương trình MTQG 2026–2035 bao nhiêu?');
    expect(reply).toMatch(/^Chương trình MTQG giai đoạn 2026–2035 [^\n]*:\n• Vốn ngân sách nhà nước giai đoạn 2026–2030 khoảng 423\.000 tỷ đồng/u);
    expect(reply).toContain('và khoảng 23.000 tỷ đồng vốn tín dụng chính sách (tham khảo). Căn cứ: Nghị quyết 257/2025/QH15 (số liệu theo báo chí đưa tin).');
    expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
    expect(reply).toContain('Tổng vốn của cả giai đoạn 2026–2035 và vốn phân bổ cho từng tỉnh không có trong dữ liệu của trợ lý (chưa rõ).');
    expect(reply).toContain('Xem đủ: gõ “chi tiết”.');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });
});

describe('households counted by criterion: each household classed on both at once, one question back', () => {
  it.each([
    'Xã có 138 hộ nghèo theo tiêu chí A và 30 hộ theo tiêu chí B thì phân loại thế nào',
    'xa co 50 ho theo tieu chi thu nhap va 20 ho thieu hut 3 chi so thi xep loai the nao',
  ])('"%s" (was the 2026 card in brief)', async (question) => {
    const reply = await DECEMBER.first(question);
    expect(reply).toMatch(/^Số hộ đếm theo từng tiêu chí riêng chưa xếp được loại hộ: mỗi hộ được xét cùng lúc thu nhập và số chỉ số thiếu hụt\./u);
    expect(reply).toContain('• Thu nhập bình quân mỗi người mỗi tháng nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
    expect(reply).toContain('Quyết định 59/2015/QĐ-TTg (tham khảo): thu nhập nông thôn ≤ 700.000 đồng');
    expect(reply).toContain('Bạn cho mình biết “tiêu chí A”, “tiêu chí B” là gì');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
  });
});

describe('the 60/30 triệu of the 2024–2025 campaign: figures checked, basis not known, ended', () => {
  it('"Mức hỗ trợ xây nhà 60 triệu, sửa nhà 30 triệu còn áp dụng không?" (were "tham khảo", basis with them)', async () => {
    const reply = await DECEMBER.first('Mức hỗ trợ xây nhà 60 triệu, sửa nhà 30 triệu còn áp dụng không?');
    expect(reply).toContain('60.000.000 đồng/nhà (xây mới; đã kiểm tra), 30.000.000 đồng/nhà (sửa chữa; đã kiểm tra) là mức của phong trào xóa nhà tạm, nhà dột nát (2024–2025)');
    expect(reply).toContain('(01/01/2024 – 31/12/2025; văn bản pháp lý chưa xác định (số liệu theo báo chí; chưa rõ))');
    expect(reply).toContain('hoàn thành trong năm 2025 (tham khảo); không áp dụng năm 2026.');
  });
});

describe("a cadre's own questions: forms, areas, household members", () => {
  it('"Mẫu số 01 và Mẫu số 04 khác nhau thế nào?" (was Mẫu số 01 alone)', async () => {
    const reply = await DECEMBER.first('Mẫu số 01 và Mẫu số 04 khác nhau thế nào?');
    expect(reply).toMatch(/^Mẫu số 01: Giấy đề nghị của hộ gia đình dùng trong rà soát định kỳ/u);
    expect(reply).toContain('\nMẫu số 04: Giấy đề nghị hộ gia đình nộp khi đề nghị rà soát thường xuyên');
  });

  it.each([
    ['Hộ nghèo năm 2027 ở phường thì áp chuẩn thành thị hay nông thôn?', 'thành thị ≤ 2.800.000 đồng'],
    ['xa thi tinh chuan nong thon hay thanh thi', 'thành thị ≤ 2.000.000 đồng'],
  ])('"%s": which area a commune is, not known; both lines of the year (was an explainer or nothing)', async (question, line) => {
    const reply = await DECEMBER.first(question);
    expect(reply).toMatch(/^Thông tin về xã, phường nào thuộc khu vực nông thôn hay thành thị \(đô thị\) khi áp chuẩn nghèo không có trong dữ liệu của trợ lý/u);
    expect(reply).toContain(line);
    expect(reply.length).toBeLessThanOrEqual(PHONE);
  });

  it('"Thành viên hộ gia đình khi rà soát hộ nghèo được xác định thế nào?" (was the two criteria of the standard)', async () => {
    const reply = await DECEMBER.first('Thành viên hộ gia đình khi rà soát hộ nghèo được xác định thế nào?');
    expect(reply).toMatch(/^Thông tin về ai được tính là thành viên của hộ khi rà soát/u);
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
