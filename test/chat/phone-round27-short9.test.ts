/**
 * Round 27 (short9): what a resident asks briefly, read on a cheap phone's 5-inch screen (a Zalo/Telegram message): the asked
 * thing first, within about 900 characters, then source and status, whom to ask (cán bộ phụ trách giảm nghèo ở UBND cấp xã) and
 * how to see more; a cadre's formal question keeps the whole card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-04T23:30:00Z'), 'short9');

/** What a cheap phone shows comfortably (the answer's text, its numbered choices excluded). */
const PHONE_CHARS = 900;
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"khai thu nhap thap hon dc ko": declaring less is a false declaration the review checks, not the whole procedure', () => {
  // Was the procedure's whole card, 1.696 characters (every step, the district's step 5).
  it.each(['khai thu nhap thap hon dc ko', 'tui khai thu nhap thap xiu cho dc ho ngheo co sao hok'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThanOrEqual(PHONE_CHARS);
    expect(answer.split('\n')[1]).toMatch(/^• Thu nhập và điều kiện sống hộ kê khai không được công nhận ngay: UBND cấp xã rà soát/);
    expect(answer).toContain('khai thấp hơn thực tế là khai sai');
    // The step rests on a verified text: its source line says so (status9, round 27).
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg (đã kiểm tra).');
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    expect(answer).not.toContain('gồm 6 bước');
    expect(answer).not.toContain('Bước 5 của rà soát định kỳ');
  });

  it('guard: the typed procedure still gets every step', async () => {
    const answer = await first('thủ tục xét hộ nghèo');
    expect(answer).toContain('gồm 6 bước');
    expect(answer).toContain('khai thấp hơn thực tế là khai sai');
  });
});

describe('where a household that registered its stay is reviewed, asked briefly: where, what is not known, how to file', () => {
  // Was the whole card, 1.724 characters (moving, members away in another province and abroad).
  it.each(['tui tam tru o day co dc xet ho ngheo ko', 'nha tui dang ky thuong tru o day 2 nam roi xet can ngheo dc ko'])('"%s"', async (question) => {
    const answer = await first(question);
    // Round 36 (short27): every question on the entry gets its brief, which says moving and members away on one line too (923
    // characters; was 751 without it): within a phone's ~1.000.
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
    expect(answer).toContain('Chuyển xã khác thì giữ hay xét lại công nhận; người đi làm xa, ở nước ngoài, đang ở tù hay đi nghĩa vụ quân sự có tính trong hộ không: do UBND cấp xã xác định (chưa rõ).');
    expect(answer.split('\n')[1]).toMatch(/^• Hộ được rà soát, công nhận ở UBND cấp xã nơi hộ đang cư trú \(tham khảo\)\. Căn cứ: Quyết định 24\/2021\/QĐ-TTg/);
    expect(answer).toContain('Cần giấy tờ cư trú gì (thường trú hay tạm trú) chưa được kiểm tra ở đây (chưa rõ).');
    expect(answer).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Xem đủ: gõ “chi tiết”.');
    expect(answer).not.toContain('xuất khẩu lao động');
  });

  // Round 36 (short27): a move asked gets the brief too, "chi tiết" (what "Xem đủ" says to type) the whole card.
  it('what "Xem đủ" says to type gives the whole card, after a move asked too', async () => {
    for (const question of ['tui tam tru o day co dc xet ho ngheo ko', 'ho ngheo chuyen ho khau sang xa khac thi sao']) {
      const [brief, answer] = await ask(question, 'chi tiết');
      expect(brief, question).toContain('Xem đủ: gõ “chi tiết”.');
      expect(answer, question).toMatch(/^Xét hộ nghèo, hộ cận nghèo ở đâu khi chuyển nơi ở/);
      expect(answer, question).toContain('xuất khẩu lao động');
      expect(answer, question).not.toContain('Xem đủ:');
      expect(answer, question).toContain('Hộ gia đình được rà soát, công nhận hộ nghèo, hộ cận nghèo ở UBND cấp xã nơi hộ đang cư trú');
    }
  });
});

describe('who approves, asked briefly: the commune chairman and no district, not the cadre\'s whole card', () => {
  // Was the whole card, 1.436 characters (which body took the district's tasks, step 5).
  it.each(['ai duyet ho ngheo', 'danh sach ho can ngheo do ai duyet vay ad'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThanOrEqual(PHONE_CHARS);
    expect(answer.split('\n')[1]).toMatch(/^• Chủ tịch UBND cấp xã quyết định công nhận hộ nghèo, hộ cận nghèo[^\n]*Căn cứ: Quyết định 24\/2021\/QĐ-TTg \(đã kiểm tra\)\./);
    expect(answer).toMatch(/Từ 01\/07\/2025 không còn cấp huyện[^\n]*\(tham khảo\)\. Căn cứ: Luật Tổ chức chính quyền địa phương 72\/2025\/QH15/);
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Xem đủ: gõ “chi tiết”.');
    expect(answer).not.toContain('Bước 5 của rà soát định kỳ');
  });

  it.each(['Thẩm quyền công nhận hộ nghèo sau khi bỏ cấp huyện', 'thẩm quyền công nhận hộ nghèo'])('guard: the cadre\'s "%s" keeps the whole card', async (question) => {
    const answer = await first(question);
    expect(answer).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:/);
    expect(answer).toContain('Nghị định 131/2025/NĐ-CP');
    expect(answer).toContain('Bước 5 của rà soát định kỳ');
    expect(answer).not.toContain('Xem đủ:');
  });
});

describe('housing and electricity asked by a resident: what is known, what is not, plainly', () => {
  // Housing was "Áp dụng khi: Chương trình 2026–2035 hướng vào xã nghèo", the aim again, then "… không thuộc trường hợp trên: dữ
  // liệu chính sách không có hỗ trợ này" of a support not known itself.
  it.each(['nha tui bi sap mai co dc ho tro ko', 'ho ngheo dc ho tro sua nha bn tien'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.split('\nBạn có thể gõ:')[0]!.length, answer).toBeLessThanOrEqual(1200);
    expect(answer).toContain('Áp dụng khi: Hộ ở xã nghèo (Chương trình 2026–2035 hướng vào xã nghèo, không còn huyện nghèo).');
    expect(answer).toContain('Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra');
    expect(answer).toContain('Căn cứ: Nghị quyết 257/2025/QH15');
    expect(answer).toContain('chưa có thông tin chắc chắn');
    expect(answer).toContain(CADRE);
    expect(answer).not.toContain('không có hỗ trợ này');
    expect(answer.match(/hướng vào xã nghèo/g)).toHaveLength(1);
  });

  it('"ho ngheo dc ho tro tien dien ko": whether it still holds and how much are not known, first; whom to ask once', async () => {
    // Was the decision on tariffs first, then the unknown, and the cadre named twice.
    const answer = await first('ho ngheo dc ho tro tien dien ko');
    // Round 34 law24: also what the replaced QĐ 28/2014 gave, as the former rule: within TEAM.md's ~1.000, not 900.
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
    expect(answer.split('\n')[1]).toMatch(/^• Hộ nghèo: Hỗ trợ tiền điện cho hộ nghèo hiện còn hay không, mức hỗ trợ và cách chi trả chưa được kiểm tra ở đây\./);
    expect(answer).toContain('Căn cứ: Quyết định 14/2025/QĐ-TTg');
    expect(answer).toContain('chưa có thông tin chắc chắn');
    expect(answer.split(CADRE)).toHaveLength(2);
    expect(answer).toContain('Nơi làm: UBND cấp xã');
    expect(answer).not.toMatch(/\d\.\d{3} đồng/);
  });
});
