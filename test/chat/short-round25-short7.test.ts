/**
 * Round 25 (short7): answers on the right topic but too long on a cheap phone, as residents type them. Each leads with what was
 * asked (source, status), a few lines, then one line saying what to type for the rest.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, ask } = conversationsAt(new Date('2026-12-04T23:30:00Z'), 'short7');

/** What the phone shows: the answer's text (its numbered choices excluded, as the measures of earlier rounds). */
const PHONE_CHARS = 950;

describe('"dang ky ho ngheo o dau": where to file first, the steps one typed question away', () => {
  // Was the whole procedure card, 1.653 characters in the terminal chat.
  it.each(['dang ky ho ngheo o dau', 'nop don xin ho can ngheo cho nao'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS);
    expect(answer.split('\n')[1]).toMatch(/^• Hộ nộp Giấy đề nghị \(Mẫu số 04\) tại UBND cấp xã/);
    expect(answer).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(answer).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    expect(answer).not.toContain('gồm 6 bước');
  });
  it('guard: a cadre\'s "thủ tục xét duyệt hộ nghèo gồm những bước nào" and the typed "thủ tục xét hộ nghèo" keep the full card', async () => {
    for (const question of ['thủ tục xét duyệt hộ nghèo gồm những bước nào', 'thủ tục xét hộ nghèo']) {
      const answer = await first(question);
      expect(answer).toContain('gồm 6 bước');
      expect(answer).toContain('Bước 5 của rà soát định kỳ');
      expect(answer).not.toContain('Xem đủ các bước');
    }
  });
});

describe('losing the status, asked as residents type it: the answer first, the rest one typed question away', () => {
  const rest = 'Xem đủ: gõ “chuẩn nghèo” (mức thu nhập, chỉ số) hoặc “thủ tục xét hộ nghèo” (các bước).';
  // Was 3.660 characters: every indicator, the standard's lines, the scoring, every step of the review.
  it('"ong noi nha co tivi la hong dc lam ho ngheo": no rule excludes a TV, with its source and status, then how to ask', async () => {
    const answer = await first('ong noi nha co tivi la hong dc lam ho ngheo');
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS + 50);
    expect(answer.split('\n')[1]).toMatch(/^• Dữ liệu của trợ lý không có quy định nào nói hộ có ti vi thì không được xét/);
    expect(answer).toContain('bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toMatch(/Không có tiêu chí nào là có ti vi thì bị loại: [^\n]*12 chỉ số thiếu hụt[^\n]*\(tham khảo\)\. Căn cứ: NĐ 07\/2021\/NĐ-CP/);
    expect(answer).toContain('Mẫu số 04');
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(answer).toContain(rest);
    expect(answer).not.toContain('điểm A');
    expect(answer).not.toContain('gồm 6 bước');
  });
  // Was 2.764 characters headed "không còn trong danh sách" though this household was never on it.
  it('"rang nha tui ngheo ma hong co ten trong ds": never on it (how to ask, Mẫu số 04) and dropped from it (the written reason)', async () => {
    const answer = await first('rang nha tui ngheo ma hong co ten trong ds');
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS);
    expect(answer.split('\n')[0]).not.toMatch(/^Vì sao hộ có thể không còn/);
    expect(answer).toMatch(/Nếu hộ chưa từng có tên[^\n]*Mẫu số 04[^\n]*UBND cấp xã/);
    expect(answer).toMatch(/Nếu hộ bị đưa ra khỏi danh sách[^\n]*trả lời bằng văn bản và nêu rõ lý do \(tham khảo\)[^\n]*\(chưa rõ\)/);
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(answer).toContain(rest);
    expect(answer).not.toContain('gồm 6 bước');
  });
  it('guard: "sao nha tui hok dc xet ho ngheo" (why not recognised) keeps the review, the scoring and the check', async () => {
    // In brief to a resident since round 40 (short33): the scoring after "chi tiết".
    const [brief, answer] = (await ask('sao nha tui hok dc xet ho ngheo', 'chi tiết')) as [string, string];
    expect(brief.split('\n')[0]).toContain('Vì sao hộ có thể không được công nhận');
    expect(brief).toContain('Kiểm tra hộ gia đình');
    expect(answer).toContain('điểm A');
    expect(answer).toContain('Kiểm tra hộ gia đình');
  });
});

describe('"giay chung nhan ho ngheo qua nam con xai dc ko": the certificate\'s term first, the 2027 figures one typed question away', () => {
  // Was 2.858 characters: the whole standing entry, the 2027 frame, the review's steps, then the 2027–2030 figures.
  it.each(['giay chung nhan ho ngheo qua nam con xai dc ko', 'giay chung nhan ho ngheo nam 2026 qua nam 2027 con xai dc ko'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer.length, answer).toBeLessThan(PHONE_CHARS + 250);
    expect(answer).toMatch(/^Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo:\n• Giấy chứng nhận hộ nghèo, hộ cận nghèo có giá trị \(dùng được\) bao lâu: mình không biết[^\n]*\(chưa rõ\)\. Căn cứ: Quyết định 24\/2021\/QĐ-TTg\./);
    expect(answer).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
    expect(answer).toContain('Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('Xem đủ: gõ “chuẩn nghèo 2027” (mức thu nhập, chỉ số) hoặc “thủ tục xét hộ nghèo” (các bước).');
    // No figure shown, so none without its status; no schedule of another period.
    expect(answer).not.toMatch(/\d\.\d{3}\.000 đồng/);
    expect(answer).not.toContain('năm 2026');
    expect(answer).not.toContain('gồm 6 bước');
  });
  it('guard: "chuẩn nghèo 2027", the question it points to, gives the 2027 figures with their status', async () => {
    expect(await first('chuẩn nghèo 2027')).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
  });
});
