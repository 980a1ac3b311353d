/**
 * Round 34 tryout21: 25 new residents trying the terminal chat, in their own words (no diacritics, "ko", "dc", "bn", "hok", "z").
 * 1. "qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko": the household's standing from 01/01/2027 (the list does not
 *    change by itself that day; the new lines); was the card of a household taken off the list, nothing on 2027.
 * 2. "bn ngay", "mat bn ngay" after the card of a disputed result ("xa ko cho nha tui vo ho ngheo, tui muon khieu nai"): its
 *    15 days; were an electricity explainer found by search, and "ngoài phạm vi".
 * 3. "ai tra" after the card of a household hit by a flood ("lu vua roi cuon het lua ma, …"): that the data does not say who pays
 *    (chưa rõ) and whom to ask; was a provincial resolution's passage on "kiểm tra, giám sát".
 * 4. "hoc phi bn" after the training card ("tui moi o cty ve que, bi nghi viec, 24 tuoi, muon hoc nghe co dc ho tro ko"): the
 *    course's amount on that card (chưa rõ); was the public schools' exemption (NQ 217/2025).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r34-tryout21');

describe('the 2027 standard asked with the household dropping off the list', () => {
  it.each([
    ['qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko'],
    ['nam 2027 chuan ngheo thay doi the nao, nha tui co bi rot can ngheo hok'],
  ])('"%s" says the standing from 01/01/2027 with the new lines, not the card of a household taken off the list', async (asked) => {
    const text = await after([], asked);
    expect(text).toContain('Từ 01/01/2027 hộ còn là hộ nghèo, hộ cận nghèo không');
    expect(text).toContain('2.200.000 đồng');
    expect(text).not.toContain('Hộ không có tên (hoặc không còn tên) trong danh sách');
  });
  it('"nha tui bi rot ho ngheo roi" (no year, no standard) still gets the card of a household taken off the list', async () => {
    const text = await after([], 'nha tui bi rot ho ngheo roi');
    expect(text).toContain('Hộ không có tên (hoặc không còn tên) trong danh sách');
  });
});

describe('how many days, after the card of a disputed result', () => {
  it.each([['bn ngay'], ['mat bn ngay']])('"xa ko cho nha tui vo ho ngheo, tui muon khieu nai" then "%s" says its 15 days', async (asked) => {
    const text = await after(['xa ko cho nha tui vo ho ngheo, tui muon khieu nai'], asked);
    expect(text).toContain('Về câu bạn vừa hỏi, theo câu trả lời phía trên:');
    expect(text).toContain('Trong 15 ngày kể từ khi rà soát');
    expect(text).not.toContain('Quyết định 14/2025/QĐ-TTg');
    expect(text).not.toContain('nằm ngoài phạm vi');
  });
});

describe('who pays, after the card of a household hit by a flood', () => {
  it('"lu vua roi cuon het lua ma, nha tui lam ruong o que, co dc ho tro j ko" then "ai tra" says who pays is chưa rõ, whom to ask', async () => {
    const text = await after(['lu vua roi cuon het lua ma, nha tui lam ruong o que, co dc ho tro j ko'], 'ai tra');
    expect(text).toContain('không nêu ai chi trả, dữ liệu của trợ lý cũng không ghi (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('kiểm tra, giám sát');
  });
  it('"con tui bi khuyet tat nang dc tro cap bn" then "ai tra" still answers from the monthly allowance card', async () => {
    const text = await after(['con tui bi khuyet tat nang dc tro cap bn'], 'ai tra');
    expect(text).toContain('Ai chi trả, ngoài điều ghi ở trên, dữ liệu của trợ lý không ghi (chưa rõ).');
  });
});

describe('the fee asked after the training card', () => {
  it('"… muon hoc nghe co dc ho tro ko" then "hoc phi bn" stays on the training card, not the schools\' exemption', async () => {
    const text = await after(['tui moi o cty ve que, bi nghi viec, 24 tuoi, muon hoc nghe co dc ho tro ko'], 'hoc phi bn');
    expect(text).toContain('Về hỗ trợ học nghề (câu bạn vừa hỏi)');
    expect(text).toContain('Quyết định 46/2015/QĐ-TTg');
    expect(text).not.toContain('Miễn học phí trường công lập');
  });
  it('"con tui hoc cap 3 nha ngheo" then "hoc phi bn" still gets the schools\' exemption', async () => {
    const text = await after(['con tui hoc cap 3 nha ngheo'], 'hoc phi bn');
    expect(text).toContain('Miễn học phí trường công lập');
  });
});
