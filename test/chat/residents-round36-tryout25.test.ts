/**
 * Round 36 tryout25: residents' second message after a card, typed on a cheap phone ("tui", "nha tui", no diacritics).
 * 1. A province named alone after any card, not only the standard or a support ("tui o quang ngai" after the Tết card, "nha tui
 *    o can tho" after the income explainer, "tui o binh dinh" after the commune-merger note): what the data holds for that
 *    province (its merger, its documents, its own standard), else that it has nothing of its own (chưa rõ) and whom to ask, then
 *    the same card again; were "ngoài phạm vi".
 * 2. "tui gia roi ko lam dc", "ba tui gia roi ko con lam noi": the entry on a household without labour capacity (no own rule in
 *    the data, chưa rõ); were the renting explainer and "ngoài phạm vi".
 * 3. "nha 7 nguoi, ko co nuoc sach, nha tam" (nothing asked): the check starts with the size and both lacks; was the housing card.
 * 4. "con thieu j" after the near-poor BHYT card, outside the check: that class's other supports; was "ngoài phạm vi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r36-tryout25');

const OUT_OF_SCOPE = 'nằm ngoài phạm vi';
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a province named after a card other than the standard or a support', () => {
  it.each([
    ['tet co duoc ho tro j ko', 'tui o quang ngai', 'tỉnh Quảng Ngãi', 'Quà Tết'],
    ['luong huu co duoc tinh la thu nhap ko', 'nha tui o can tho', 'thành phố Cần Thơ', 'Cách tính thu nhập'],
  ])('"%s" then "%s": no own data of %s (chưa rõ), whom to ask, then the same card', async (card, place, title, heading) => {
    const answer = await after([card], place);
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer).toContain(`Trợ lý không có dữ liệu riêng của ${title} về nội dung này (nếu có; chưa rõ)`);
    expect(answer).toContain(CADRE);
    expect(answer.indexOf(heading)).toBeGreaterThan(answer.indexOf(title));
  });

  it('"tui o binh dinh" after the commune-merger note: the merger into Gia Lai, its documents in the data, then the note again', async () => {
    const answer = await after(['sap nhap xa thi ho ngheo sao'], 'tui o binh dinh');
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer).toContain('Bình Định nay thuộc tỉnh Gia Lai (từ 01/07/2025).');
    expect(answer).toMatch(/Dữ liệu của trợ lý có \d+ văn bản của tỉnh Gia Lai/);
    expect(answer).toContain('Xã sau sắp xếp');
    expect(answer).toContain('(chưa rõ)');
  });

  it('"o ha noi" after the standard still leads with Hà Nội\'s own standard, no "no own data" line', async () => {
    const answer = await after(['chuan ngheo la bao nhieu'], 'o ha noi');
    expect(answer).toContain('Chuẩn riêng của Hà Nội');
    expect(answer).not.toContain('Trợ lý không có dữ liệu');
  });
});

describe('old and no longer able to work, no class named', () => {
  it.each([['tui gia roi ko lam dc'], ['ba tui gia roi ko con lam noi']])('"%s": the entry on a household without labour capacity, not the renting explainer', async (said) => {
    const answer = await after([], said);
    expect(answer).toContain('Hộ không có khả năng lao động');
    expect(answer).toContain('(chưa rõ)');
    expect(answer).not.toContain('Nhà thuê, nhà trọ');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });
});

describe('a household\'s size told with its lacks, "nhà tạm" among them', () => {
  it('"nha 7 nguoi, ko co nuoc sach, nha tam" after "nha tui dan toc h mong o tren nui": the check starts with both lacks, not the housing card', async () => {
    const answer = await after(['nha tui dan toc h mong o tren nui'], 'nha 7 nguoi, ko co nuoc sach, nha tam');
    expect(answer).toContain('Số người: 7; Chất lượng nhà ở: thiếu hụt; Nguồn nước sinh hoạt: thiếu hụt');
    expect(answer).not.toContain('Hỗ trợ nhà ở (theo dữ liệu chính sách');
  });

  it('"…, nha tam, co dc ho tro nha o ko" still asks the housing support: its card', async () => {
    const answer = await after([], 'nha 7 nguoi, ko co nuoc sach, nha tam, co dc ho tro nha o ko');
    // Round 38 short29: the card in brief, its heading the day alone (the whole card one "chi tiết" away).
    expect(answer).toMatch(/Hỗ trợ nhà ở \((theo dữ liệu chính sách, )?áp dụng ngày/);
  });
});

describe('"con thieu j" outside the check', () => {
  it('after the near-poor BHYT card: the near-poor household\'s other supports, not "ngoài phạm vi"', async () => {
    const answer = await after(['the bhyt ho can ngheo dc ho tro bn'], 'con thieu j');
    expect(answer).toContain('Các hỗ trợ khác cho hộ cận nghèo');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });
});
