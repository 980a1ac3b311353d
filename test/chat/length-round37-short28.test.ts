/**
 * Round 37 (short28, 06/12/2026): residents' first answers still over 1.000 characters on a cheap phone, said in brief, each with
 * its status, source and whom to ask, the whole card one "chi tiết" away.
 * - The loan asked of no class ("vay von dc ko", "vay von bao lau": 1.289 characters): each class's line in its own words in brief
 *   (rules/supports `inBrief`), the figures with their status.
 * - A support asked of next year ("nam 2027 ho ngheo con dc ho tro tien dien ko": 1.417; "nam sau ho ngheo con dc vay von uu dai
 *   ko": 1.280): the changes, then the card in brief.
 * - "nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko" (2.316): "Không đúng", then the procedure in brief.
 * - What the assistant keeps asked twice in a row (2.410 characters each time): the second time short, pointing at the first.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short28');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const SEE_ALL = 'Xem đủ: gõ “chi tiết”.';

describe('the loan asked of no class: each class in brief, with its figures and their status', () => {
  for (const question of ['vay von dc ko', 'vay von bao lau']) {
    it(`"${question}": the poor's cap and rate (tham khảo), the near-poor's rate, its ceiling chưa rõ, where to go, whom to ask`, async () => {
      const [brief, detail] = await ask(question, 'chi tiết');
      // "vay von bao lau" leads with the term not in the data (round 37 mend37d): its buttons' line besides, ~1.000 characters.
      expect(brief!.length).toBeLessThanOrEqual(question === 'vay von dc ko' ? 1000 : 1050);
      expect(brief).toContain('• Hộ nghèo: Được vay ưu đãi; công bố trước đây (tham khảo, chưa kiểm tra mức năm 2026): vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019), lãi suất 6,6%/năm. Căn cứ: Nghị định 78/2002/NĐ-CP');
      // Round 44 (cadre46): the decision itself checked (supports.md [V]); the ceiling and the rate "tham khảo".
      expect(brief).toContain('lãi suất không quá 130% của hộ nghèo (tham khảo); số liệu công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026): lãi suất 7,92%/năm; mức vay tối đa chưa rõ. Căn cứ: Quyết định 15/2013/QĐ-TTg (đã kiểm tra).');
      expect(brief).toContain('Nơi làm: Tổ tiết kiệm và vay vốn tại thôn, hoặc điểm giao dịch của Ngân hàng Chính sách xã hội tại xã; UBND cấp xã xác nhận đối tượng.\n');
      expect(brief).toContain(CADRE);
      expect(brief).toContain(SEE_ALL);
      // "chi tiết": the whole card (each class's text in full, who decides).
      expect(detail).toContain('Mức vay tối đa cho hộ cận nghèo chưa rõ (dữ liệu của trợ lý chưa có); hỏi Ngân hàng Chính sách xã hội.');
      expect(detail).toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.');
    });
  }

  it('guard: the loan asked of a class keeps that class\'s whole line ("nha tui moi thoat ngheo thi con dc vay von uu dai ko")', async () => {
    const [said] = await ask('nha tui moi thoat ngheo thi con dc vay von uu dai ko');
    expect(said).toContain('lãi suất 8,25%/năm');
    expect(said).not.toContain(SEE_ALL);
  });
});

describe('a support asked of next year: what changes, then the card in brief', () => {
  it('"nam 2027 ho ngheo con dc ho tro tien dien ko": not known whether it holds, QĐ 14/2025, whom to ask; the former rule after "chi tiết"', async () => {
    const [brief, detail] = await ask('nam 2027 ho ngheo con dc ho tro tien dien ko', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(1050);
    expect(brief).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo) (Nghị định 351/2025/NĐ-CP)');
    expect(brief).toContain('• Hộ nghèo: Hỗ trợ tiền điện cho hộ nghèo hiện còn hay không, mức hỗ trợ và cách chi trả chưa rõ;');
    expect(brief).toContain('Căn cứ: Quyết định 14/2025/QĐ-TTg ngày 29/05/2025 (chưa rõ).');
    expect(brief).toContain(CADRE);
    expect(brief).toContain('Nơi làm: UBND cấp xã');
    expect(brief).toContain(SEE_ALL);
    expect(brief).not.toMatch(/\d+ kWh/);
    expect(detail).toContain('Trước đây, theo Quyết định 28/2014/QĐ-TTg: Hộ nghèo được tiền của 30 kWh/tháng');
  });

  it('"nam sau ho ngheo con dc vay von uu dai ko": no change known, the figures of before (tham khảo), where to go, whom to ask', async () => {
    const [brief] = await ask('nam sau ho ngheo con dc vay von uu dai ko');
    expect(brief!.length).toBeLessThanOrEqual(1150);
    expect(brief).toContain('Vay vốn tín dụng chính sách cho hộ nghèo: dữ liệu của trợ lý không ghi ngày thay đổi nào từ nay đến hết 31/12/2027');
    expect(brief).toContain('(tham khảo, chưa kiểm tra mức năm 2026): vay tối đa 100.000.000 đồng/hộ (từ 01/03/2019), lãi suất 6,6%/năm.');
    expect(brief).toContain('Nơi làm: Tổ tiết kiệm và vay vốn tại thôn');
    expect(brief).toContain(CADRE);
    expect(brief).toContain(SEE_ALL);
  });
});

describe('a rumour that applying is done at the province: "Không đúng", then the procedure in brief', () => {
  it('"nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko": the commune, Mẫu số 04, 2027 not known, whom to ask; papers after "chi tiết"', async () => {
    const [brief, detail] = await ask('nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(1150);
    // Of next year, no flat "Không đúng" (round 37 mend37b): today's place (tham khảo), that year's procedure not known.
    expect(brief).toMatch(/^Hiện nay \(năm 2026\), hộ không phải lên tỉnh để được xét hộ nghèo, hộ cận nghèo\. Từ 01\/07\/2025 không còn cấp huyện/);
    expect(brief).toContain('nhận tại UBND cấp xã nơi hộ cư trú (tham khảo).');
    expect(brief).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027 (chưa rõ).');
    expect(brief).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(brief).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(brief).toContain(CADRE);
    // Where to file said once in the correction (was twice).
    expect(brief!.split('\n')[0]).not.toContain('; hộ nộp Giấy đề nghị tại UBND cấp xã');
    expect(brief).not.toContain('Không đúng');
    expect(detail).toContain('giấy tờ tùy thân của người đứng tên');
    expect(detail).toContain('Rà soát định kỳ gồm 6 bước');
  });
});

describe('what the assistant keeps, asked twice in a row: the second time short, pointing at the first', () => {
  it('"thong tin ca nhan cua tui co an toan ko" twice: the whole notice, then a summary; "chi tiết" the whole again', async () => {
    const [first, second, detail] = await ask('thong tin ca nhan cua tui co an toan ko', 'thong tin ca nhan cua tui co an toan ko', 'chi tiết');
    expect(first).toContain('Ai xem được');
    expect(second!.length).toBeLessThanOrEqual(700);
    expect(second).toContain('như câu trả lời ngay phía trên');
    expect(second).toContain('chỉ được lưu khi bạn chọn “Đồng ý lưu”, tối đa 30 ngày');
    expect(second).toContain('Trợ lý không gửi thông tin của bạn cho UBND hay cơ quan nào.');
    expect(second).toContain('/xoadulieu');
    expect(second).toContain('Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.');
    expect(second).not.toContain('Ai xem được');
    expect(detail).toContain('Ai xem được');
    expect(detail).toContain('Báo sai: nội dung đã che thông tin cá nhân');
  });

  it('guard: asked after another answer, the whole notice again', async () => {
    const [, , third] = await ask('bot co luu j cua tui ko', 'vay von dc ko', 'bot co luu j cua tui ko');
    expect(third).toContain('Ai xem được');
  });
});

describe('the consent question asked again while it waits: one line pointing at it', () => {
  it('"/kiemtra" then "kiem tra giup nha tui": the choice in a line with its buttons, not the whole text again; "2" starts the check', async () => {
    const [first, again, started] = await ask('/kiemtra', 'kiem tra giup nha tui', '2');
    expect(first).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
    expect(again!.length).toBeLessThanOrEqual(300);
    expect(again).toContain('Câu hỏi về lưu thông tin ở ngay phía trên: bạn chọn “Đồng ý lưu” (lưu câu trả lời tối đa 30 ngày, xóa bất cứ lúc nào: gõ /xoadulieu) hoặc “Không lưu”');
    expect(again).toContain('Đồng ý lưu · Không lưu · Hủy');
    expect(again).not.toContain('Trước khi bắt đầu');
    expect(started).toContain('Câu 1/15');
  });
});
