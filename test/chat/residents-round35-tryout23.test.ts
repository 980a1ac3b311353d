/**
 * Round 35 tryout23: 25 residents trying the terminal chat, in their own words (no diacritics, "ko", "j", "dc", "bn", "tui").
 * 1. "con tui dau dai hoc ma nha ngheo, muon vay tien cho con di hoc dc ko": first that students' loans have no rule in the data
 *    (whom to ask), then the household loan; was that card alone (100.000.000 đồng, 6,6 %/năm) as if it were the student's.
 * 2. "bn tien" after an answer naming no amount (no toilet: the sanitation indicator, no support in the data): that none is said
 *    nor known (chưa rõ); was an explainer of the electricity support found by search.
 * 3. "bn tien" after every class's supports ("nha tui kho khan lam, …"): each class's amounts one class typed away; was the same
 *    electricity explainer.
 * 4. "ai lam" after the housing card ("nha tui lop la, mua dot tum lum, …"): where it is done (UBND cấp xã, the card's place);
 *    was an explainer of QĐ 24/2021 on who recognises a household.
 * 5. "ai lam", "o dau lam" after an indicator answer ("nha tui nguoi dan toc o tren nui, ko co nuoc sach, …"): the review at UBND
 *    cấp xã and that a support for it is not in the data (chưa rõ); was the same explainer, found by search.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r35-tryout23');

describe("a loan for a child's schooling", () => {
  it.each([
    ['con tui dau dai hoc ma nha ngheo, muon vay tien cho con di hoc dc ko'],
    ['ho can ngheo vay tien dong hoc phi cho con dc ko'],
    ['nha ngheo, vay von cho con hoc dc hok'],
  ])('"%s" says first that students\' loans have no rule in the data, before any figure', async (asked) => {
    const text = await after([], asked);
    const notice = text.indexOf('không có quy định riêng về vay vốn tín dụng chính sách cho sinh viên đi học');
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(text.slice(0, notice)).not.toMatch(/\d/);
  });
  it('"nha tui ngheo muon vay von nuoi heo" keeps the household loan card without that notice', async () => {
    const text = await after([], 'nha tui ngheo muon vay von nuoi heo');
    expect(text).toContain('Ngân hàng Chính sách xã hội');
    expect(text).not.toContain('sinh viên đi học');
  });
});

describe('"bn tien" after an answer naming no amount', () => {
  it('after "co dc ho tro lam nha ve sinh ko" says no amount is known, not the electricity support', async () => {
    const text = await after(['nha tui ko co nha ve sinh, di ngoai dong, co bi tinh thieu hut ko', 'co dc ho tro lam nha ve sinh ko'], 'bn tien');
    expect(text).toContain('không nêu số tiền nào');
    expect(text).toContain('chưa rõ');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('kWh');
  });
  // Since round 36 tryout24 the boat asked ("ghe tui bi hu roi, …") gets the livelihood card, whose amount is not known; every
  // class's supports follow a hardship named with no support.
  it('after every class\'s supports ("nha tui kho khan lam, …") says the amounts are by class, not the electricity support', async () => {
    const text = await after(['nha tui kho khan lam, co dc ho tro j ko'], 'bn tien');
    expect(text).toContain('Số tiền từng khoản tùy loại hộ');
    expect(text).not.toContain('kWh');
  });
});

describe('"ai lam" after a support card', () => {
  it('after the housing card says where it is done (UBND cấp xã), not the explainer of who recognises a household', async () => {
    const text = await after(['nha tui lop la, mua dot tum lum, co dc ho tro cat nha ko'], 'ai lam');
    expect(text).toContain('nơi làm: UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('"ai lam" after an indicator answer', () => {
  it.each([
    [['nha tui nguoi dan toc o tren nui, ko co nuoc sach, phai di ganh nuoc suoi, co dc ho tro lam gieng ko'], 'ai lam'],
    [['nha tui ko co nha ve sinh co bi tinh thieu hut ko'], 'o dau lam'],
  ])('after %j, "%s" says the review is at UBND cấp xã and a support is not known, not an explainer', async (earlier, asked) => {
    const text = await after(earlier, asked);
    expect(text).toContain('rà soát hộ nghèo, hộ cận nghèo tại UBND cấp xã');
    expect(text).toContain('chưa rõ');
    expect(text).not.toContain('Giải thích ngắn');
  });
});
