/**
 * Round 22 (words): residents' questions while a household check waits for its consent answer, and questions routed to the
 * wrong entry, in the words they type.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round22-words');
const HOUSEHOLD = 'nha tui 5 nguoi o que thu nhap 6 trieu';

describe('a question asked while the consent question waits is answered, never saved as a household fact', () => {
  it('"ho can ngheo dc ho tro bhyt bao nhieu vay ban": the near-poor BHYT support, the consent reminded (was: "Mình ghi nhận: … Bảo hiểm y tế: không thiếu hụt")', async () => {
    const [, answer] = await ask(HOUSEHOLD, 'ho can ngheo dc ho tro bhyt bao nhieu vay ban');
    expect(answer).not.toContain('Mình ghi nhận');
    expect(answer).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(answer).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(answer).toContain('“Đồng ý lưu” hoặc “Không lưu”');
  });

  it('"bhyt la gi ban oi" and "co bhyt thi sao ban" at the consent question: answered, nothing recorded', async () => {
    for (const question of ['bhyt la gi ban oi', 'co bhyt thi sao ban']) {
      const [, answer] = await ask(HOUSEHOLD, question);
      expect(answer, question).not.toContain('Mình ghi nhận');
      expect(answer, question).toContain('bảo hiểm y tế');
    }
  });

  it('guard: "nha tui co bhyt roi" at the consent question is a fact of the household, recorded', async () => {
    const [, answer] = await ask(HOUSEHOLD, 'nha tui co bhyt roi');
    expect(answer).toContain('Mình ghi nhận');
    expect(answer).toContain('Bảo hiểm y tế: không thiếu hụt');
  });
});

describe('questions routed to the entry that answers them', () => {
  it('"ho ngheo co dc giam hoc phi hoc nghe ko": the vocational training card (was: the school tuition exemption)', async () => {
    const [answer] = await ask('ho ngheo co dc giam hoc phi hoc nghe ko');
    expect(answer).toMatch(/^Hỗ trợ học nghề/);
    expect(answer).not.toContain('Miễn học phí trường công lập');
  });

  it('guard: "ho ngheo co dc giam hoc phi cho con ko" keeps the school tuition card', async () => {
    const [answer] = await ask('ho ngheo co dc giam hoc phi cho con ko');
    expect(answer).toMatch(/^Miễn học phí trường công lập/);
  });

  it('"co can xac nhan cua truong thon ko": the procedure, filed with the Chủ tịch UBND cấp xã (was: "ngoài phạm vi")', async () => {
    // In brief since round 36 (short27), every step after "chi tiết".
    const [answer, detail] = await ask('co can xac nhan cua truong thon ko', 'chi tiết');
    expect(answer).not.toContain('ngoài phạm vi');
    expect(answer).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo/);
    expect(answer).toContain('Giấy đề nghị (Mẫu số 04) tại UBND cấp xã, trực tiếp hoặc qua bưu điện');
    expect(detail).toContain('Giấy đề nghị (Mẫu số 04) trực tiếp hoặc qua bưu điện đến Chủ tịch UBND cấp xã');
  });

  it('"bao gio co danh sach ho ngheo nam 2027": the year-end review, its known schedule and what is not known (was: the 2027 standard\'s explainer)', async () => {
    const [answer] = await ask('bao gio co danh sach ho ngheo nam 2027');
    // Round 36 law28: the list used in 2027 is the 2026 review's, with its days (round 36 law27 had the steps as said of a 2027
    // review, no day of it).
    expect(answer).toContain('Danh sách hộ nghèo, hộ cận nghèo dùng trong năm 2027 là kết quả đợt rà soát định kỳ năm 2026');
    expect(answer).toContain('Nếu lịch này được áp dụng, đợt rà soát định kỳ năm 2026 từ 01/09/2026 đến 14/12/2026 (tham khảo)'); // its own line since round 36 mend36a
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027');
  });
});

describe('the law for 2026–2030 that is not known, said plainly', () => {
  it('"Từ 01/01/2027 còn áp dụng Thông tư 07/2021/TT-BLĐTBXH không?": its period and that the 2026–2030 forms are not known (was: the scoring explainer)', async () => {
    const [answer] = await ask('Từ 01/01/2027 còn áp dụng Thông tư 07/2021/TT-BLĐTBXH không?');
    expect(answer).toMatch(/^Thông tư 07 còn áp dụng không/);
    expect(answer).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào (chưa rõ)');
    expect(answer).toContain('giai đoạn 2022–2025 ban hành kèm Thông tư 07/2021/TT-BLĐTBXH');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('điểm A từ 140 trở xuống');
  });

  it('"Kết quả rà soát cuối năm 2026 có hiệu lực từ ngày nào?": not known, said so (was: the explainer of Quyết định 24/2021)', async () => {
    const [answer] = await ask('Kết quả rà soát cuối năm 2026 có hiệu lực từ ngày nào?');
    expect(answer).toContain('có hiệu lực từ ngày nào: dữ liệu của trợ lý chưa có, nên trợ lý không nêu ngày');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
