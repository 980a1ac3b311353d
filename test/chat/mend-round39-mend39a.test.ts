/**
 * Round 39 mend39a: the tryout39 threads (07/12/2026) typed as residents type on Zalo that got a wrong or unhelpful answer.
 * A1. "vay" for "vậy" opening a follow-up after a non-loan card: where to go for that card ("vay tui phai di dau" after the housing
 *     card was the vocational-training explainer; "vay tui lam o dau" after the BHYT card was "ngoài phạm vi").
 * A2. "cai app nay co luu thong tin nha tui ko": what is kept in brief (was the whole notice, 2.278 characters), "chi tiết" the
 *     whole; "tui ko dong y luu" after it: nothing kept without consent, "Không lưu", /xoadulieu (was "ngoài phạm vi").
 * A3. "tui can vay 50tr nuoi bo dc ko" after the near-poor loan card: that loan with the amount and the use (was the livelihood card).
 * A4. "the con j nua" after a class's short list: the supports it only counted (was "trên đây là những gì dữ liệu của trợ lý có");
 *     "chi tiết", "the con j nua" while the consent question waits after a household told: what the estimate lacks (was the
 *     consent question alone again).
 * A5. "nam sau thi sao" after "nha tui 3 nguoi o thi tran, thu nhap 9tr/thang, …": the class the income settles in 2027 (was the
 *     consent question alone).
 * B6. "ba con oi nha tui ngheo qua hong biet xin ho tro o dau dzay": whom to ask, /kiemtra, the supports (was "không tìm thấy").
 * B13. "ko hiu", "hok hieu", "ko hieu j het" with nothing before: what can be asked, short (was "ngoài phạm vi").
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

const { ask, after, first } = conversationsAt(new Date('2026-12-07T02:00:00Z'), 'r39-mend39a');

const OUT_OF_SCOPE = 'nằm ngoài phạm vi';
const NOT_FOUND = 'không tìm thấy nội dung này';

describe('A1: "vay" opening a follow-up after a card that is no loan is "vậy": where to go for that card', () => {
  it('"vay tui phai di dau" after the housing card: UBND cấp xã, no training course', async () => {
    const answer = await after(['nha tui bi dot nat, co dc ho tro xay nha ko, dc bn tien'], 'vay tui phai di dau');
    expect(answer).toContain('Hỗ trợ nhà ở');
    expect(answer).toContain('UBND cấp xã (lập danh sách, hướng dẫn hồ sơ)');
    expect(answer).not.toContain('Người học');
    expect(answer).not.toContain('vay vốn');
  });

  it.each(['vay tui lam o dau', 'z tui phai lam o dau', 'vay gio tui phai di dau'])('"%s" after the BHYT card: UBND cấp xã, the card by Bảo hiểm xã hội', async (said) => {
    const answer = await after(['ho can ngheo co dc bhyt ko'], said);
    expect(answer).toContain('thẻ do cơ quan Bảo hiểm xã hội cấp');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });

  it('"vay tui phai di dau" after the loan card: where the loan is applied for', async () => {
    expect(await after(['vay von ho can ngheo lai bn 1 nam'], 'vay tui phai di dau')).toContain('Tổ tiết kiệm và vay vốn');
  });
});

describe('A2: what is kept, asked first, in brief; the keeping refused', () => {
  it('"cai app nay co luu thong tin nha tui ko": brief (phone), "chi tiết" the whole notice', async () => {
    const [brief, whole] = await ask('cai app nay co luu thong tin nha tui ko', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    expect(brief).toContain('chỉ lưu khi bạn chọn “Đồng ý lưu”');
    expect(brief).toContain('/xoadulieu');
    expect(brief).toContain('gõ “chi tiết”');
    expect(whole).toContain('Nhật ký của máy chủ không ghi nội dung bạn gõ');
  });

  it.each(['tui ko dong y luu', 'ko muon luu dau'])('"%s" after it: nothing kept without consent, “Không lưu”, /xoadulieu', async (said) => {
    const answer = await after(['cai app nay co luu thong tin nha tui ko'], said);
    expect(answer).toContain('không lưu thông tin nào về hộ của bạn');
    expect(answer).toContain('“Không lưu”');
    expect(answer).toContain('/xoadulieu');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });

  it('guard: "tui ko dong y" after a result disputed is no consent refused', async () => {
    expect(await after(['nha tui bi ghi ten ho ngheo ma tui ko muon, rut ten ra dc ko'], 'tui ko dong y')).not.toContain('không lưu thông tin nào');
  });
});

describe('A3: a loan with an amount and a use, after the loan card', () => {
  it('"tui can vay 50tr nuoi bo dc ko" after the near-poor loan card: the ceiling chưa rõ (status), the use chưa rõ, where to ask', async () => {
    const answer = await after(['vay von ho can ngheo lai bn 1 nam'], 'tui can vay 50tr nuoi bo dc ko');
    expect(answer).toContain('50.000.000 đồng');
    expect(answer).toContain('Hộ cận nghèo: Được vay ưu đãi');
    expect(answer).toContain('mức vay tối đa chưa rõ');
    expect(answer).toContain('chưa rõ');
    expect(answer).toContain('Tổ tiết kiệm và vay vốn tại thôn');
    expect(answer).not.toContain('Hỗ trợ phát triển sản xuất');
  });

  it('"tui can vay 50tr nuoi bo dc ko" asked first: the loan card, not the livelihood card', async () => {
    const answer = await first('tui can vay 50tr nuoi bo dc ko');
    expect(answer).toContain('Vay vốn tín dụng chính sách');
    expect(answer).not.toMatch(/^Hỗ trợ phát triển sản xuất/);
  });
});

describe('A4: "còn gì nữa" after a short list; "chi tiết" while the consent question waits', () => {
  it('"the con j nua" after "ho ngheo dc ho tro j": the supports the list only counted', async () => {
    const answer = await after(['ho ngheo dc ho tro j'], 'the con j nua');
    expect(answer).toContain('Các hỗ trợ khác cho hộ nghèo');
    expect(answer).toContain('Hỗ trợ nhà ở');
    expect(answer).toContain('Hỗ trợ tiền điện');
    expect(answer).not.toContain('trên đây là những gì dữ liệu của trợ lý có');
  });

  const HOUSEHOLD = 'nha 6 nguoi o que thu nhap 12tr thang, 1 dua 17 tuoi bo hoc, ba noi 78 tuoi, nha go tam bo, ko co nha tieu';
  it.each(['chi tiết', 'the con j nua'])('"%s" after a household told: what the estimate lacks, then the choice', async (said) => {
    const answer = await after([HOUSEHOLD], said);
    expect(answer).toContain('chưa hỏi nhà ở, nước, nhà vệ sinh');
    expect(answer).toContain('Bấm “Không lưu”');
  });
});

describe('A5: "nam sau thi sao" after a household told', () => {
  it('3 people in town, 9 triệu: 3.000.000 đồng a person, in 2027 no poor nor near-poor household, the middle band chưa rõ', async () => {
    const answer = await after(['nha tui 3 nguoi o thi tran, thu nhap 9tr/thang, nha kien co, co bhyt, co internet'], 'nam sau thi sao');
    expect(answer).toContain('3.000.000 đồng/người/tháng');
    expect(answer).toContain('01/01/2027');
    expect(answer).toContain('không thuộc diện hộ nghèo, hộ cận nghèo');
    expect(answer).toContain('hộ có mức sống trung bình hay không thì chưa rõ');
  });
});

describe('B6: help asked where, the hardship told', () => {
  it.each(['ba con oi nha tui ngheo qua hong biet xin ho tro o dau dzay', 'nha tui kho khan lam, ko biet xin ho tro o dau'])('"%s": whom to ask, /kiemtra, the supports', async (said) => {
    const answer = await first(said);
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('/kiemtra');
    expect(answer).toContain('Các chính sách hỗ trợ');
    expect(answer).not.toContain(NOT_FOUND);
  });
});

describe('B13: not understood, nothing before', () => {
  it.each(['ko hiu', 'hok hieu', 'ko hieu j het'])('"%s": what can be asked, examples, /kiemtra, short', async (said) => {
    const answer = await first(said);
    expect(answer).toContain('/kiemtra');
    expect(answer).toContain('hộ cận nghèo được hỗ trợ gì');
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer).not.toContain('viết ngắn');
    expect(answer.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars / 2);
  });

  // Round 40 resid40: said more simply the second time (one question, one button, the cadre), no longer the same reply again.
  it('"hok hieu" after that reply: still what can be asked, more simply', async () => {
    const again = await after(['ko hiu'], 'hok hieu');
    expect(again).toContain('“hộ cận nghèo được gì”');
    expect(again).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
