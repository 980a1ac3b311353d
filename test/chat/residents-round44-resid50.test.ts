/**
 * Round 44 (resid50): residents' follow-ups and long answers, tried in the terminal chat on 07/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid50');
const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('1: "qua nam 2027 thi co khac j ko" after the near-poor health-insurance card', () => {
  it.each(['qua nam 2027 thi co khac j ko', 'nam sau co khac gi ko'])('"%s": the premium in one line with its status, the 2027 benefit level, ≤ 1.000 (was the card again, 1.263 characters)', async (asked) => {
    const answer = await after(['ho can ngheo co dc bhyt ko'], asked);
    expect(answer).toMatch(/^Có gì thay đổi từ nay đến hết năm 2027/);
    expect(answer).toContain('Hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo: dữ liệu của trợ lý không ghi ngày thay đổi nào từ nay đến hết 31/12/2027; mức như câu trả lời trên: Tối thiểu 70% mức đóng bảo hiểm y tế; 100% mức đóng nếu hộ cận nghèo sống ở xã nghèo (tham khảo).');
    expect(answer).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)');
    expect(answer).toContain('quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ');
    expect(answer).toContain(POVERTY_CADRE);
    expect(answer.split(POVERTY_CADRE).length - 1).toBe(1);
    expect(answer).not.toContain('Nơi làm: UBND cấp xã lập danh sách');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('guard: asked first, not after the card, the 2027 card is still shown', async () => {
    const answer = await first('nam 2027 ho can ngheo con dc bhyt ko');
    expect(answer).toContain('áp dụng ngày 01/01/2027');
    expect(answer).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
  });
});

describe('2: "dc bn tien" after "hoc nghe co dc ho tro ko": each amount once, the near-poor\'s own', () => {
  it.each(['dc bn tien', 'dc bao nhieu tien vay'])('"%s" (was the QĐ 46/2015 amounts listed twice, 1.571 characters)', async (asked) => {
    const answer = await after(['hoc nghe co dc ho tro ko'], asked);
    expect(answer.split('Tiền ăn: 30.000 đồng/ngày học thực tế').length - 1).toBe(1);
    expect(answer.split('Đến 31/12/2025').length - 1).toBe(1);
    expect(answer).toContain('Đến 31/12/2025, theo Quyết định 46/2015/QĐ-TTg (đã kiểm tra)');
    expect(answer).toContain('Hộ nghèo: Chi phí khóa học: 3.000.000 đồng/người/khóa (tối đa)');
    expect(answer).toContain('Hộ cận nghèo: Chi phí khóa học: 2.500.000 đồng/người/khóa (tối đa).');
    expect(answer).toContain('Từ 01/01/2026: mức này còn áp dụng hay không chưa rõ, bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã.');
    expect(answer.split(POVERTY_CADRE).length - 1).toBe(1);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('3: "chuan ngheo 2027 co bn chi so": the count first, the changes in two lines', () => {
  it.each(['chuan ngheo 2027 co bn chi so', 'nam 2027 co may chi so thieu hut vay'])('"%s" (was the count after five lines of changes, 1.239 characters)', async (asked) => {
    const answer = await first(asked);
    const [, second] = answer.split('\n');
    expect(second).toMatch(/^Số chỉ số: danh sách theo nguồn tham khảo có 12 chỉ số \(6 nhóm: [^\n]*\) \(tham khảo\); số lượng chỉ số chính thức chưa rõ, bạn hỏi cán bộ/);
    expect(answer).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
    expect(answer).toContain('• Thêm “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt”; bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)\n• Tên và ngưỡng thiếu hụt chính thức của “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt” (chưa rõ)');
    expect(answer).toMatch(/Nguồn: Nghị định 351\/2025\/NĐ-CP[^\n]*\(tham khảo\)/);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('5: an angry resident is told whom to ask once', () => {
  it.each(['ho ngheo ma ko dc cai j het', 'nha tui ho ngheo ma ko dc cai j het'])('"%s" (was the lead\'s cadre and the list\'s "Bạn có thể hỏi trực tiếp …" again, 1.058 characters)', async (asked) => {
    const answer = await first(asked);
    expect(answer).toContain('Mình hiểu bạn đang bức xúc.');
    expect(answer).toContain('gửi đơn kiến nghị bằng văn bản tới UBND cấp xã');
    expect(answer.split(POVERTY_CADRE).length - 1).toBe(1);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('7: "lam ho so ho ngheo co mat tien ko": no fee with its status, the one scam line, ≤ 1.000', () => {
  it.each(['lam ho so ho ngheo co mat tien ko', 'truong thon doi 500k moi dua nha tui vo danh sach ho ngheo'])('"%s" (was 1.472 characters, whom to ask twice)', async (asked) => {
    const answer = await first(asked);
    expect(answer).toContain('không mất tiền: quy trình rà soát không có khoản phí hay khoản tiền nào hộ phải nộp (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(answer).toContain('Ai đòi tiền, bạn báo cán bộ phụ trách giảm nghèo hoặc lãnh đạo UBND cấp xã');
    expect(answer).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(answer.split('lừa đảo').length - 1).toBe(1);
    expect(answer).toContain('đừng chuyển tiền, đừng đưa số CCCD hay mã nào.');
    expect(answer).not.toContain('Bạn có thể hỏi trực tiếp');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});
