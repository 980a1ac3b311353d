/**
 * Round 39 (mend39c, 06/12/2026): a tester's messages answered wrong (/tmp/tryout39). Each reading fixed in general; the answers
 * checked for what the data says, with its status, and whom to ask for what it does not.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'mend39c');

describe('B7: recognised last year, filing again this year', () => {
  it('"nha tui dc cong nhan ho ngheo nam ngoai, nam nay co phai lam lai ko": the yearly review, filing again chưa rõ, whom to ask', async () => {
    const [answer] = await ask('nha tui dc cong nhan ho ngheo nam ngoai, nam nay co phai lam lai ko');
    expect(answer).toContain('Danh sách hộ nghèo, hộ cận nghèo được rà soát lại mỗi năm trong đợt rà soát định kỳ');
    expect(answer).toContain('có phải tự nộp đề nghị lại mỗi năm không: dữ liệu của trợ lý chưa có (chưa rõ)');
    expect(answer).toContain('UBND cấp xã');
    expect(answer).not.toContain('Đồng ý lưu');
    expect(answer).not.toContain('năm 2025');
  });
});

describe('B10: a household without papers', () => {
  it('"tui ko co giay to j het, lam ho ngheo dc ko": what to bring, then having none chưa rõ, UBND cấp xã and công an xã', async () => {
    const [answer] = await ask('tui ko co giay to j het, lam ho ngheo dc ko');
    expect(answer).toContain('giấy tờ tùy thân của người đứng tên');
    expect(answer).toMatch(/Không có giấy tờ tùy thân: bạn vẫn đến UBND cấp xã[^\n]*công an xã[^\n]*có được xét không[^\n]*chưa có \(chưa rõ\)/);
    expect(answer!.length).toBeLessThanOrEqual(1000);
  });
});

describe('B12: getting onto the list', () => {
  it('"lam sao de dc vao danh sach ho ngheo": where (UBND cấp xã), what (Giấy đề nghị), when, the check offered', async () => {
    const [answer] = await ask('lam sao de dc vao danh sach ho ngheo');
    expect(answer).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(answer).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
    expect(answer).toContain('Kiểm tra hộ gia đình');
    expect(answer).not.toContain('Không có giấy tờ tùy thân');
  });
});

describe('C14: the ongoing review and its forms', () => {
  it('"Đề nghị cho biết quy trình rà soát hộ nghèo thường xuyên và các biểu mẫu cần dùng.": Mẫu số 04 to the chairman, monthly, 15 days, reasons', async () => {
    const [answer] = await ask('Đề nghị cho biết quy trình rà soát hộ nghèo thường xuyên và các biểu mẫu cần dùng.');
    expect(answer).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Rà soát thường xuyên \(hằng tháng, từ ngày 15\): hộ nộp Giấy đề nghị \(Mẫu số 04\)[^\n]*nêu rõ lý do \(tham khảo\)\./);
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ)');
  });
  it('guard: "Biểu mẫu báo cáo kết quả rà soát hộ nghèo gửi cấp trên gồm những biểu nào" stays not in the data', async () => {
    const [answer] = await ask('Biểu mẫu báo cáo kết quả rà soát hộ nghèo gửi cấp trên gồm những biểu nào');
    expect(answer).toMatch(/^Thông tin về biểu mẫu báo cáo kết quả rà soát gửi cấp trên không có/);
  });
});

describe('C17: a social-housing loan', () => {
  it('"Hộ cận nghèo có được vay vốn nhà ở xã hội không, lãi suất bao nhiêu?": not in the data first, then the near-poor loan with its status', async () => {
    const [answer] = await ask('Hộ cận nghèo có được vay vốn nhà ở xã hội không, lãi suất bao nhiêu?');
    expect(answer).toMatch(/^Thông tin về nhà ở xã hội \(mua, thuê mua, vay vốn để mua: điều kiện, lãi suất\) không có trong dữ liệu của trợ lý/);
    expect(answer).toContain('lãi suất 7,92%/năm');
    expect(answer).toContain('Ngân hàng Chính sách xã hội');
  });
});

describe('C16: the 2026 review\'s days and its standard', () => {
  it('"Đề nghị cho biết thời gian rà soát định kỳ năm 2026 và chuẩn áp dụng cho kỳ rà soát này.": the standard of 2026 and of the review (chưa rõ), the days', async () => {
    const [answer] = await ask('Đề nghị cho biết thời gian rà soát định kỳ năm 2026 và chuẩn áp dụng cho kỳ rà soát này.');
    expect(answer).toContain('Chuẩn nghèo đa chiều năm 2026 (giữ chuẩn giai đoạn 2022–2025 của Nghị định 07/2021/NĐ-CP) áp dụng đến hết 31/12/2026');
    expect(answer).toMatch(/Đợt rà soát cuối năm 2026 \(để có danh sách hộ nghèo, hộ cận nghèo năm 2027\) xét theo chuẩn nào[^\n]*\(chưa rõ\)/);
    expect(answer).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
  });
});

describe('B8, B9: the standard kept in 2026, the new criteria of 2027', () => {
  it('"sao nam nay 2026 van dung chuan 1tr5": 2026 keeps NĐ 07/2021 as a transition, the 2027 lines (tham khảo)', async () => {
    const [answer] = await ask('sao nam nay 2026 van dung chuan 1tr5');
    expect(answer).toMatch(/^Chuẩn nghèo đa chiều năm 2026 \(năm chuyển tiếp\) \(tham khảo\): vẫn dùng chuẩn nghèo đa chiều giai đoạn 2022–2025/);
    expect(answer).toContain('Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)');
    expect(answer).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng');
  });
  for (const question of ['chuan ngheo 2027 co may tieu chi, tieu chi nao moi', 'chuan ngheo 2027 co tieu chi nao moi']) {
    it(`"${question}": the indicators added and dropped (tham khảo), their names and thresholds chưa rõ`, async () => {
      const [answer] = await ask(question);
      expect(answer).toContain('thêm “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt”; bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
      expect(answer).toMatch(/ngưỡng thiếu hụt chính thức[^\n]*\(chưa rõ\)/);
    });
  }
});

describe('C15: the social pension\'s papers and amount, its decree named', () => {
  it('"Xin cho biết hồ sơ đề nghị hưởng trợ cấp hưu trí xã hội theo Nghị định 176/2025/NĐ-CP gồm những gì, mức trợ cấp bao nhiêu?": who, where, the amount chưa rõ', async () => {
    const [answer] = await ask('Xin cho biết hồ sơ đề nghị hưởng trợ cấp hưu trí xã hội theo Nghị định 176/2025/NĐ-CP gồm những gì, mức trợ cấp bao nhiêu?');
    expect(answer).not.toContain('không lưu nguyên văn');
    expect(answer).toContain('người từ 75 tuổi trở lên không có lương hưu');
    expect(answer).toContain('từ 70 đến dưới 75 tuổi');
    expect(answer).toContain('chưa có số tiền (chưa rõ)');
    expect(answer).toContain('Nơi làm: UBND cấp xã.');
  });
});

describe('B11: a household with its income and three lacks, asked of 2027', () => {
  it('"nha tui o Soc Trang, thu nhap moi nguoi 1tr8, thieu nuoc sach, nha ve sinh ko hop ve sinh, ko co bhyt. nam 2027 tui la ho j": hộ nghèo (tạm tính), the lacks with their statuses', async () => {
    const [answer] = await ask('nha tui o Soc Trang, thu nhap moi nguoi 1tr8, thieu nuoc sach, nha ve sinh ko hop ve sinh, ko co bhyt. nam 2027 tui la ho j');
    expect(answer).toMatch(/^Thu nhập bình quân 1\.800\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày 01\/01\/2027[^\n]*hộ nghèo \(tạm tính\) vì hộ thiếu hụt ít nhất 3 chỉ số bạn kể: bảo hiểm y tế \(tham khảo\), nguồn nước sinh hoạt \(tham khảo\), nhà tiêu hợp vệ sinh \(tham khảo\)/);
  });
});
