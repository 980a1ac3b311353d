/**
 * Round 41 law34 audit: 30 questions as residents and cadres type them about what changes on 01/01/2027 (the 2027–2030 standard
 * of NĐ 351/2025, near-poor households, electricity under QĐ 14/2025, the social pension of NĐ 176/2025, the merged programme
 * 2026–2035, the procedure after 01/07/2025), each asked on 07/12/2026, 31/12/2026, 01/01/2027 and 15/03/2027. Each answer is
 * checked for its figures, dates and statuses (shared/facts/updates-2026.md): a [?] is "chưa rõ" with the commune's cadre and no
 * figure, what depends on the day says the day asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DAYS = [
  { name: '07/12/2026', at: conversationsAt(new Date('2026-12-07T03:00:00Z'), 'audit41-dec'), before: true },
  { name: '31/12/2026', at: conversationsAt(new Date('2026-12-31T03:00:00Z'), 'audit41-eve'), before: true },
  { name: '01/01/2027', at: conversationsAt(new Date('2027-01-01T03:00:00Z'), 'audit41-jan'), before: false },
  { name: '15/03/2027', at: conversationsAt(new Date('2027-03-15T03:00:00Z'), 'audit41-mar'), before: false },
] as const;

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

interface Audited {
  typed: string;
  /** Said on every day. */
  says: readonly string[];
  /** Said only before 01/01/2027, or only from it (the day asked as `{day}`). */
  before?: readonly string[];
  after?: readonly string[];
  /** Said on the day named only. */
  on?: Readonly<Record<string, readonly string[]>>;
  /** Never said, on any day (a figure of another period, a [?] as a figure). */
  never?: readonly string[];
}

const QUESTIONS: readonly Audited[] = [
  // Chuẩn nghèo 2027 (NĐ 351/2025: 2.200.000 / 2.800.000 đồng [V]; middle band [?]).
  { typed: 'chuan ngheo nam 2027 la bao nhieu', says: ['Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên', 'Nghị định 351/2025/NĐ-CP'], never: ['1.500.000'] },
  { typed: 'tu 1/1/2027 chuan ngheo nong thon bn tien', says: ['≤ 2.200.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)'], never: ['1.500.000', '1.900.000'] },
  { typed: 'chuan ngheo thanh thi 2027', says: ['Chuẩn nghèo thành thị', '≤ 2.800.000 đồng'], never: ['2.000.000 đồng', '2.500.000'] },
  { typed: 'nam sau chuan ngheo co doi ko', says: [CADRE], before: ['Có. Theo dữ liệu chính sách (hỏi ngày {day}), từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)', 'bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”'], after: ['Không. Theo dữ liệu chính sách (hỏi ngày {day}), ngày 01/01/2028 chuẩn nghèo không đổi'] },
  { typed: 'chi so thieu hut nam 2027 co gi moi', says: ['bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)', 'Tên và ngưỡng thiếu hụt chính thức của “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt” (chưa rõ)'], before: ['Hôm nay, {day}, vẫn áp dụng chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp).'] },
  { typed: 'ho co muc song trung binh nam 2027 la bao nhieu', says: ['Hộ có mức sống trung bình năm 2027: chưa có con số (chưa rõ).', CADRE], never: ['2.250.000', '3.000.000'] },
  { typed: 'Chuẩn nghèo đa chiều giai đoạn 2027–2030 áp dụng từ ngày nào, căn cứ văn bản nào?', says: ['Nghị định 351/2025/NĐ-CP của Chính phủ (ký ngày 30/12/2025, tham khảo; ngày có hiệu lực chưa rõ)', 'chuẩn nghèo đa chiều giai đoạn 2027–2030, áp dụng từ 01/01/2027 đến hết 31/12/2030 (tham khảo)'] },
  // Hộ cận nghèo 2027.
  { typed: 'ho can ngheo nam 2027 thu nhap bao nhieu', says: ['Chuẩn nghèo áp dụng năm 2027', '2.200.000 đồng', 'còn lại là hộ cận nghèo (tham khảo)'], never: ['1.500.000'] },
  { typed: 'qua nam 2027 nha tui can ngheo co bi rot ko', says: ['danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó', 'Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào', CADRE] },
  { typed: 'ho can ngheo 2027 dc ho tro gi', says: ['100% mức đóng nếu hộ cận nghèo sống ở xã nghèo (tham khảo)', 'lãi suất không quá 130% lãi suất cho hộ nghèo (tham khảo)', 'Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15) (tham khảo)'], before: ['Hỗ trợ cho hộ cận nghèo (áp dụng ngày 01/01/2027)'], after: ['Hỗ trợ cho hộ cận nghèo (áp dụng ngày {day})'] },
  { typed: 'bhyt ho can ngheo nam 2027', says: ['Tối thiểu 70% mức đóng bảo hiểm y tế', 'quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ', 'Nghị quyết 261/2025/QH15 (tham khảo)'], before: ['Có gì thay đổi từ nay đến hết năm 2027'], after: ['Hỗ trợ đóng bảo hiểm y tế (áp dụng ngày {day})'] },
  // Tiền điện (QĐ 14/2025 replaces QĐ 28/2014 [M]; whether the poor households' support is carried over [?]).
  { typed: 'ho ngheo co dc ho tro tien dien ko', says: ['Hỗ trợ tiền điện (theo dữ liệu chính sách, áp dụng ngày {day})', 'Hỗ trợ tiền điện cho hộ nghèo hiện còn hay không, mức hỗ trợ và cách chi trả chưa được kiểm tra ở đây', 'Quyết định 14/2025/QĐ-TTg (ngày 29/05/2025)', 'Trước đây, theo Quyết định 28/2014/QĐ-TTg'] },
  { typed: 'nam 2027 ho ngheo con dc ho tro tien dien ko', says: ['Hỗ trợ tiền điện cho hộ nghèo hiện còn hay không', 'Quyết định 14/2025/QĐ-TTg'], before: ['Có gì thay đổi từ nay đến hết năm 2027', 'Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)'] },
  { typed: 'quyet dinh 14/2025 ho tro tien dien ho ngheo bao nhieu kwh', says: ['Hỗ trợ tiền điện: dữ liệu của trợ lý chưa có số tiền của hỗ trợ này (chưa rõ), nên mình không nêu con số nào.', CADRE] },
  { typed: 'Hỗ trợ tiền điện cho hộ nghèo hiện nay theo văn bản nào?', says: ['Quyết định 14/2025/QĐ-TTg (ngày 29/05/2025) về cơ cấu biểu giá bán lẻ điện thay thế Quyết định 28/2014/QĐ-TTg'] },
  // Trợ cấp hưu trí xã hội (NĐ 176/2025, from 01/07/2025 [M]; amount [?]).
  { typed: 'tro cap huu tri xa hoi bao nhieu tien', says: ['Cả 2 hỗ trợ dưới đây: dữ liệu của trợ lý chưa có số tiền (chưa rõ), nên mình không nêu con số nào.', 'thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi', 'Nghị định 176/2025/NĐ-CP (tham khảo)', CADRE], never: ['500.000'] },
  { typed: 'ba tui 72 tuoi ho can ngheo co dc luong huu xa hoi ko', says: ['Từ 01/07/2025, thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi được hưởng trợ cấp hưu trí xã hội hằng tháng', 'Mức trợ cấp hằng tháng chưa rõ', 'không áp dụng cho người 72 tuổi', CADRE] },
  { typed: 'nghi dinh 176/2025 ap dung tu khi nao', says: ['Nghị định 176/2025/NĐ-CP có hiệu lực từ 01/07/2025 (tham khảo).'] },
  { typed: 'ong tui 76 tuoi ko co luong huu dc nhan gi', says: ['người từ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng tháng, dù hộ thuộc loại nào', 'Mức trợ cấp hằng tháng chưa rõ', CADRE] },
  // Chương trình MTQG hợp nhất 2026–2035 (NQ 257/2025/QH15 [V]; 423.000 tỷ [M]; housing amounts [?]).
  { typed: 'chuong trinh muc tieu quoc gia giam ngheo 2026 2030 la gi', says: ['khoảng 423.000 tỷ đồng (tham khảo', 'Nghị quyết 257/2025/QH15'] },
  { typed: 'ho tro lam nha cho ho ngheo nam 2027 bao nhieu tien', says: ['Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra; không áp dụng các mức của giai đoạn trước', CADRE], never: ['40 triệu', '40.000.000', '60 triệu'] },
  { typed: 'nghi quyet 257/2025 la gi', says: ['Nghị quyết 257/2025/QH15: văn bản về chủ trương đầu tư Chương trình MTQG giai đoạn 2026–2035, ký ngày 11/12/2025'] },
  { typed: 'Chương trình MTQG giai đoạn 2026–2035 có bao nhiêu vốn?', says: ['Vốn ngân sách nhà nước giai đoạn 2026–2030 khoảng 423.000 tỷ đồng', 'khoảng 23.000 tỷ đồng vốn tín dụng chính sách', 'Tổng vốn của cả giai đoạn 2026–2035 và vốn phân bổ cho từng tỉnh không có trong dữ liệu của trợ lý (chưa rõ)', 'Quyết định 417/QĐ-BNNMT ngày 31/01/2026'] },
  // Thủ tục sau 01/07/2025 (no district level; QĐ 24/2021's use after 2025 [?]).
  { typed: 'lam giay chung nhan ho ngheo o dau', says: ['Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã', '(tham khảo)', CADRE], before: ['chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ)'], after: ['chưa rõ văn bản và lịch rà soát áp dụng năm 2027 (chưa rõ)'] },
  { typed: 'con phai len huyen xac nhan ho ngheo ko', says: ['Từ 01/07/2025 không còn cấp huyện', 'không phải lên huyện (tham khảo)', 'Luật Tổ chức chính quyền địa phương 72/2025/QH15'] },
  { typed: 'khi nao ra soat ho ngheo lan toi', says: ['Hôm nay {day}:', 'Đợt năm 2027: theo chuẩn 2027–2030 (tham khảo).', CADRE], on: {
    '07/12/2026': ['đang diễn ra, đến hết ngày 14/12/2026', 'lịch rà soát năm 2026 chưa rõ'],
    '31/12/2026': ['đợt rà soát định kỳ năm 2026 theo lịch này đã kết thúc ngày 14/12/2026', 'lịch rà soát năm 2027 chưa rõ'],
    '01/01/2027': ['đợt rà soát định kỳ năm 2026 theo lịch này đã kết thúc ngày 14/12/2026', 'lịch rà soát năm 2027 chưa rõ (chưa rõ)'],
    '15/03/2027': ['đợt rà soát định kỳ năm 2026 theo lịch này đã kết thúc ngày 14/12/2026', 'lịch rà soát năm 2027 chưa rõ (chưa rõ)'],
  } },
  { typed: 'giay chung nhan ho can ngheo nam 2026 qua nam 2027 con xai dc ko', says: ['thời hạn của giấy không có trong dữ liệu của trợ lý (chưa rõ)', 'danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó', 'Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào', CADRE] },
  { typed: 'Thủ tục công nhận hộ nghèo sau khi bỏ cấp huyện như thế nào?', says: ['Chủ tịch UBND cấp xã quyết định công nhận hộ nghèo, hộ cận nghèo', 'Cơ quan nào nay làm từng việc trước đây của cấp huyện trong rà soát', 'chưa được kiểm tra ở đây (chưa rõ)', 'Thông tư 13/2025/TT-BNNMT'] },
  { typed: 'vay von ngan hang chinh sach ho can ngheo 2027 lai suat bao nhieu', says: ['130%', 'tham khảo, chưa kiểm tra mức áp dụng từ năm 2026', '7,92%/năm'], before: ['mức vay tối đa chưa rõ'], after: ['Mức vay tối đa cho hộ cận nghèo chưa rõ'] },
  { typed: 'ho moi thoat ngheo nam 2027 con dc bhyt ko', says: ['Không có mức hỗ trợ chung cả nước, chỉ một số tỉnh, thành tự hỗ trợ', 'Hà Nội hỗ trợ 100% trong 36 tháng từ 01/01/2026'] },
];

describe('30 questions on 01/01/2027, on four days around it', () => {
  it('30 questions', () => {
    expect(QUESTIONS).toHaveLength(30);
  });

  for (const day of DAYS) {
    for (const question of QUESTIONS) {
      it(`${day.name}: "${question.typed}"`, async () => {
        const reply = await day.at.first(question.typed);
        const onDay = (text: string) => text.replace('{day}', day.name);
        const said = [...question.says, ...((day.before ? question.before : question.after) ?? []), ...(question.on?.[day.name] ?? [])].map(onDay);
        for (const one of said) expect(reply).toContain(one);
        // What the other side of 01/01/2027 says is not said (unless the same words on this day).
        const other = ((day.before ? question.after : question.before) ?? []).map(onDay).filter((one) => !said.includes(one));
        for (const unsaid of [...(question.never ?? []), ...other]) expect(reply).not.toContain(unsaid);
        // A [?] is "chưa rõ" with whom to ask.
        if (reply.includes('chưa rõ')) expect(reply).toContain(CADRE);
      });
    }
  }
});
