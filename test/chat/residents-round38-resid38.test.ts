/**
 * Round 38 resid38: residents' words the chat misread, typed as on Zalo (06/12/2026), Central and Southern words among them.
 * 1. "mô có ai giúp ko", "o mo co ai giup ko" (Central: is there anyone to help): what "co ai giup ko" gets, after a household's
 *    result (the help its check gives) and alone (the legal-aid explainer); were read "đâu có ai …" (nobody helps): the legal-aid
 *    explainer after a result, and a plan's passage found by "ở".
 * 2. "răng mà khó rứa, nhà tui nghèo mà ko dc chi hết": why a household may not be recognised (the review, how to ask again); was
 *    the vocational-training explainer ("khó" found in "khó khăn").
 * 3. "truong tu thi sao" after the school-fee card: the private schools' line alone; was every line of the card with "trường",
 *    the public schools' first ("tư" folds to "từ", a follow-up's word).
 * 4. "nha tui o xa lam, di len xa ko dc, lam sao dang ky", "ho ngheo co phai dang ky lai moi nam ko": the procedure (filed in
 *    person or by post; the yearly review); were a plan's passage on "đăng ký thoát nghèo".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r38-resid38');

const HOUSEHOLD = 'nha tui 4 nguoi thu nhap 3 trieu 1 thang, nha tam';
const FEE_CARD = 'ho ngheo co dc mien hoc phi ko';

describe('"mô có ai giúp ko": what "co ai giup ko" gets', () => {
  it.each([['mo co ai giup ko'], ['mô có ai giúp ko'], ['o mo co ai giup ko']])('"%s" after a household told: the help its check gives', async (said) => {
    const answer = await after([HOUSEHOLD], said);
    expect(answer).toBe(await after([HOUSEHOLD], 'co ai giup ko'));
    expect(answer).toContain('Hộ được hỗ trợ gì tùy hộ là hộ nghèo, hộ cận nghèo hay không');
  });

  // Round 38 mend38b: alone, whom to ask and the check (was the legal-aid explainer, for no legal matter).
  it.each([['o mo co ai giup ko'], ['o dau co ai giup ko']])('"%s" alone: whom to ask and the check, no plan\'s passage', async (said) => {
    const answer = await after([], said);
    expect(answer).toBe(await after([], 'co ai giup ko'));
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Theo văn bản');
  });
});

describe('poor but given nothing, in Central words', () => {
  it.each([['răng mà khó rứa, nhà tui nghèo mà ko dc chi hết'], ['rang ma kho rua, nha tui ngheo ma ko dc chi het']])(
    '"%s": why a household may not be recognised, how to ask again; no "khó khăn" passage',
    async (said) => {
      const answer = await after([], said);
      expect(answer).toContain('Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo');
      expect(answer).not.toContain('học nghề');
      // How to ask again is one "chi tiết" away for a resident (round 40 short33: the reason owed first, within a phone's screen).
      expect(answer).toContain('chi tiết');
      expect(await after([said], 'chi tiết')).toContain('Thấy kết quả chưa đúng');
    },
  );

  it('"nha tui la ho ngheo ma ko dc gi het" (recognised) is not told why it was not recognised', async () => {
    expect(await after([], 'nha tui la ho ngheo ma ko dc gi het')).not.toContain('Vì sao hộ có thể không được công nhận');
  });
});

describe('the private school after the school-fee card', () => {
  it.each([['truong tu thi sao'], ['con tui hoc truong tu thi sao']])('"%s": the private schools\' line alone, with its source (tham khảo)', async (said) => {
    const answer = await after([FEE_CARD], said);
    expect(answer).toMatch(/^Về câu bạn vừa hỏi, theo câu trả lời phía trên:\n• Học trường tư thục được hỗ trợ một phần theo mức tỉnh quy định\./);
    expect(answer).not.toContain('trường mầm non và phổ thông công lập');
    expect(answer).toMatch(/Nghị quyết 217\/2025\/QH15.*tham khảo/);
  });

  it('"truong tu co dc ho tro ko": the school-fee card with its private schools\' line, not every class\'s list', async () => {
    const answer = await after([FEE_CARD], 'truong tu co dc ho tro ko');
    expect(answer).toContain('Học trường tư thục được hỗ trợ một phần theo mức tỉnh quy định');
    expect(answer).not.toContain('Các chính sách hỗ trợ theo loại hộ');
  });
});

describe('registering, asked by a household far from the commune or every year', () => {
  it('"nha tui o xa lam, di len xa ko dc, lam sao dang ky": filed in person or by post, not "đăng ký thoát nghèo"', async () => {
    const answer = await after([], 'nha tui o xa lam, di len xa ko dc, lam sao dang ky');
    expect(answer).toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo');
    expect(answer).toContain('trực tiếp hoặc qua bưu điện');
    expect(answer).not.toContain('đăng ký thoát nghèo');
  });

  it.each([['ho ngheo co phai dang ky lai moi nam ko'], ['nam nao cung phai dang ky a']])('"%s": the yearly review first', async (said) => {
    const answer = await after([], said);
    expect(answer).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
    expect(answer).not.toContain('đăng ký thoát nghèo');
  });

  it('"lam sao dang ky vay von" keeps the loan card', async () => {
    expect(await after([], 'lam sao dang ky vay von')).not.toContain('Thủ tục rà soát, công nhận hộ nghèo');
  });
});

// Played through the terminal chat (round 38 resid38): a young child's age after the BHYT card.
describe('a child under 6 named after the BHYT card', () => {
  const BHYT_CARD = 'the bhyt ho can ngheo dc ho tro bn phan tram';
  it.each([['con tui 3 tuoi thi sao'], ['be 3 tuoi thi sao']])('"%s": the budget pays a young child\'s card (tham khảo), the near-poor card kept below', async (said) => {
    const answer = await after([BHYT_CARD], said);
    expect(answer).toContain('Cho trẻ em dưới 6 tuổi');
    expect(answer).toContain('trẻ em dưới 6 tuổi thuộc nhóm được ngân sách nhà nước đóng bảo hiểm y tế');
    expect(answer).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(answer).not.toContain('nằm ngoài phạm vi');
  });

  it('"con tui 3 tuoi thi sao" after the loan card (no group of its own): a question back on the child, not "ngoài phạm vi"', async () => {
    const answer = await after(['ho ngheo dc vay von ko'], 'con tui 3 tuoi thi sao');
    expect(answer).toContain('Bạn muốn biết gì về bé?');
    expect(answer).not.toContain('nằm ngoài phạm vi');
  });
});
