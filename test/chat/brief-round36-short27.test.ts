/**
 * Round 36 (short27, 06/12/2026): the biggest groups of residents' first answers over 1.200 characters on a cheap phone (141 of
 * 722 resident questions of test/eval/routing-*.yaml) said in brief: the answer with its source and status, what is not known
 * with whom to ask, the whole card one "chi tiết" away.
 * - The procedure asked with nothing of it asked ("ra soat ho ngheo hang nam lam sao", "tui ko biet chu, lam sao dang ky ho
 *   ngheo": 1.722 characters).
 * - Moving and members away ("tui di lam an xa, ho khau o que, nha tui con dc xet ho ngheo ko": 1.701), a loss in the year
 *   ("nha tui bi chay het roi, co dc ho tro j ko": 1.406), members changed ("tach ho ngheo sao": 1.225), young children
 *   ("be nha tui 4 tuoi di mau giao, ho ngheo dc ho tro tien an ko": 1.361), the district gone ("hok con huyen thi ai duyet ho
 *   ngheo": 1.458): each entry's brief lines.
 * - The monthly allowance asked alone ("ong tui bi gout co dc tro cap ko": 1.482), a non-minority student's fees ("con tui dau
 *   dai hoc, nha ngheo co dc giam hoc phi ko": 1.369): the card in brief.
 * - An orphan ("chau tui mat cha me, dc ho tro gi ko": 1.298): whom to ask and "Chia sẻ", "Báo sai" once (were twice).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short27');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const PHONE = SHORT_TEXT_DEFAULTS.phoneChars;

/** The first answer and what "chi tiết" gives after it. */
const briefAndDetail = async (question: string) => {
  const [brief, detail] = await ask(question, 'chi tiết');
  return { brief: brief!, detail: detail! };
};

describe('the procedure asked by a resident: in brief, the whole card after "chi tiết"', () => {
  for (const question of ['ra soat ho ngheo hang nam lam sao', 'tui ko biet chu, lam sao dang ky ho ngheo']) {
    it(`"${question}": where to file, the yearly review, this year's schedule chưa rõ, whom to ask`, async () => {
      const { brief, detail } = await briefAndDetail(question);
      expect(brief.length).toBeLessThanOrEqual(PHONE);
      expect(brief).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã, trực tiếp hoặc qua bưu điện');
      expect(brief).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
      expect(brief).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
      expect(brief).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
      expect(brief).toContain(CADRE);
      expect(brief).not.toContain('gồm 6 bước');
      // "chi tiết": every step (was "đã là đầy đủ" after a brief of the procedure).
      expect(detail).toContain('gồm 6 bước: lập danh sách hộ cần rà soát');
      expect(detail).toContain('Danh sách hộ cần rà soát định kỳ gồm cả hộ đã nộp Giấy đề nghị (Mẫu số 01) (tham khảo).');
      expect(detail).toContain('Bước 5 của rà soát định kỳ');
      expect(detail).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg (ký ngày 16/07/2021, hiệu lực từ 01/09/2021); Luật Tổ chức chính quyền địa phương 72/2025/QH15; Nghị định 131/2025/NĐ-CP; Thông tư 13/2025/TT-BNNMT.');
    });
  }
});

describe('an entry asked by any of its words: its brief lines, the whole entry after "chi tiết"', () => {
  it('"tui di lam an xa, ho khau o que, nha tui con dc xet ho ngheo ko": where reviewed, members away not known', async () => {
    const { brief, detail } = await briefAndDetail('tui di lam an xa, ho khau o que, nha tui con dc xet ho ngheo ko');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('Hộ được rà soát, công nhận ở UBND cấp xã nơi hộ đang cư trú (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg; Nghị định 351/2025/NĐ-CP.');
    expect(brief).toContain('Chuyển xã khác thì giữ hay xét lại công nhận; người đi làm xa, ở nước ngoài, đang ở tù hay đi nghĩa vụ quân sự có tính trong hộ không: do UBND cấp xã xác định (chưa rõ). Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(brief).toContain('Cần giấy tờ cư trú gì (thường trú hay tạm trú) chưa được kiểm tra ở đây (chưa rõ).');
    expect(brief).toContain(CADRE);
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(detail).toContain('Thành viên đi làm ăn xa (ở tỉnh khác) có được tính là người trong hộ hay không, và tiền gửi về được tính thế nào');
    expect(detail).toContain('Thành viên đi làm việc ở nước ngoài (xuất khẩu lao động)');
    expect(detail).toContain('Rà soát thường xuyên (hằng tháng, từ ngày 15)');
  });

  it('"nha tui bi chay het roi, co dc ho tro j ko": no waiting for the yearly review, relief not known, how to file', async () => {
    const { brief, detail } = await briefAndDetail('nha tui bi chay het roi, co dc ho tro j ko');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('Hộ không phải chờ rà soát cuối năm: khi gặp biến cố, hộ nộp Giấy đề nghị để được rà soát thường xuyên hằng tháng');
    expect(brief).toContain('(tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
    expect(brief).toContain('Các khoản cứu trợ, hỗ trợ khẩn cấp khi bị thiên tai, hỏa hoạn (lương thực, tiền, sửa nhà) không có trong dữ liệu của trợ lý, nên trợ lý không nêu mức nào (chưa rõ).');
    expect(brief).toContain(CADRE);
    expect(detail).toContain('Từ 01/07/2025 không còn cấp huyện: Giấy đề nghị nộp tại UBND cấp xã nơi hộ cư trú');
    expect(detail).toContain('Hộ không phải chờ kỳ rà soát định kỳ cuối năm');
  });

  it('"tach ho ngheo sao": the income per person changes, tell UBND cấp xã; what must be declared not known', async () => {
    const { brief, detail } = await briefAndDetail('tach ho ngheo sao');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('thì thu nhập bình quân đầu người và có thể các chỉ số thiếu hụt thay đổi theo; hộ báo UBND cấp xã nơi cư trú và đề nghị được rà soát lại (tham khảo).');
    expect(brief).toContain('Hộ có bắt buộc khai lại khi thay đổi thành viên hay không, trong bao lâu và bằng giấy tờ gì, dữ liệu của trợ lý không có quy định (chưa rõ).');
    expect(brief).toContain(CADRE);
    expect(detail).toContain('trợ lý không tự sửa được danh sách hộ hay Giấy chứng nhận (chưa rõ)');
  });

  it('"be nha tui 4 tuoi di mau giao, ho ngheo dc ho tro tien an ko": the lunch line first, with its figure', async () => {
    const { brief, detail } = await briefAndDetail('be nha tui 4 tuoi di mau giao, ho ngheo dc ho tro tien an ko');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toMatch(/^Trẻ em dưới 6 tuổi được hỗ trợ gì, theo dữ liệu của trợ lý:\n• Tiền ăn trưa: trẻ đang học mẫu giáo thuộc hộ nghèo, hộ cận nghèo được hỗ trợ 160\.000 đồng\/trẻ\/tháng, tối đa 9 tháng\/năm học \(tham khảo\)\. Căn cứ: Nghị định 105\/2020\/NĐ-CP, Điều 7\./);
    expect(brief).toContain('(chưa rõ)');
    expect(brief).toContain(CADRE);
    expect(detail).toContain('chỉ số bảo hiểm y tế chỉ xét thành viên từ 6 tuổi trở lên');
  });

  it('"hok con huyen thi ai duyet ho ngheo": the Chủ tịch UBND cấp xã, no district since 01/07/2025', async () => {
    const { brief, detail } = await briefAndDetail('hok con huyen thi ai duyet ho ngheo');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('Chủ tịch UBND cấp xã quyết định công nhận hộ nghèo, hộ cận nghèo sau rà soát và cấp Giấy chứng nhận');
    expect(brief).toContain('Từ 01/07/2025 không còn cấp huyện: hộ nộp Giấy đề nghị và nhận Giấy chứng nhận tại UBND cấp xã nơi hộ cư trú, không phải lên huyện (tham khảo).');
    expect(brief).toContain(CADRE);
    expect(detail).toContain('Bước 5 của rà soát định kỳ');
  });
});

describe('a support card in brief, the whole card after "chi tiết"', () => {
  it('"ong tui bi gout co dc tro cap ko": the monthly allowance, its mức chuẩn, the near-poor share chưa rõ', async () => {
    const { brief, detail } = await briefAndDetail('ong tui bi gout co dc tro cap ko');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; mức chuẩn theo Nghị định 76/2024/NĐ-CP (tham khảo).');
    expect(brief).toContain('Hộ cận nghèo: Có thuộc diện được hưởng hay không: chưa rõ.');
    expect(brief).toContain(CADRE);
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(detail).toContain('Mức trợ cấp bằng mức chuẩn nhân hệ số; tỉnh có thể quy định mức chuẩn cao hơn.');
    expect(detail).toContain('Nơi làm: UBND cấp xã (nộp tờ khai đề nghị trợ cấp xã hội).');
  });

  it('"con tui dau dai hoc, nha ngheo co dc giam hoc phi ko": only ethnic-minority students, the exemption in brief', async () => {
    const { brief, detail } = await briefAndDetail('con tui dau dai hoc, nha ngheo co dc giam hoc phi ko');
    expect(brief.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('chỉ có khi sinh viên là người dân tộc thiểu số');
    expect(brief).toContain('được miễn học phí (tham khảo). Căn cứ: Nghị định 238/2025/NĐ-CP.');
    expect(brief).toContain('Nơi làm: Trường nơi sinh viên đang học.');
    expect(brief).toContain(CADRE);
    expect(detail).toContain('Hộ nghèo không thuộc trường hợp trên: dữ liệu chính sách không có hỗ trợ này');
  });
});

it('"chau tui mat cha me, dc ho tro gi ko": whom to ask once, "Chia sẻ" and "Báo sai" once, within 1.200 characters', async () => {
  // Since round 36 words22 the data's nearest card follows (the monthly allowance of NĐ 20/2021), not every class's list.
  const [text] = await ask('chau tui mat cha me, dc ho tro gi ko');
  expect(text!.length).toBeLessThanOrEqual(1200);
  expect(text).toContain('Thông tin về hỗ trợ riêng cho trẻ em mồ côi không có trong dữ liệu của trợ lý');
  // "Bạn có thể hỏi trực tiếp …" once, first; the near-poor line's own "chưa rõ, hỏi cán bộ …" stays with it.
  expect(text!.split('Bạn có thể hỏi trực tiếp')).toHaveLength(2);
  expect(text!.indexOf(CADRE)).toBeLessThan(text!.indexOf('Trợ cấp xã hội hằng tháng'));
  expect(text!.split('Chia sẻ')).toHaveLength(2);
  expect(text).toContain('Trợ cấp xã hội hằng tháng');
});
