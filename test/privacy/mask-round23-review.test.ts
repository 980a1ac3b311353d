/**
 * Round 23 review: the masks added this round took what is no personal data out of kept text (unanswered questions, "Báo
 * sai", shares, Zalo messages kept while the server restarts, answered from the kept text):
 * - a count before two name-like words read as a house number and a street ("co 5 nguyen tac", "xa co 12 Ho Ngheo");
 * - a circular's number after "TT." read as a town's number ("TT.07/2021"), "Q.Đ 24" as a district's name;
 * - a word before a spaced "@" read as an e-mail ("gap toi @ UBND.xa");
 * - an age said in words after "bé" read as a name ("con be Ba tuoi").
 * Addresses, e-mails and names typed as residents type them are still masked.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';
import { conversationsAt } from '../chat/harness.ts';

describe('kept as typed: what is no personal data', () => {
  it.each([
    'co 5 nguyen tac',
    'ho ngheo theo 3 nguyen tac gi',
    'co 3 nguyen nhan',
    'xa co 12 Ho Ngheo va 5 Ho Can Ngheo',
    'nha co 2 Dinh Muc',
    'chuong 2 Dinh Nghia',
    'theo TT.07/2021/TT-BLDTBXH thi sao',
    'tt.07 quy dinh gi',
    'Q.Đ 24 con hieu luc ko',
    'gap toi @ UBND.xa',
    'con be Ba tuoi',
    'be Hai tuoi roi',
  ])('"%s"', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('still masked: addresses, e-mails, names as residents type them', () => {
  it.each([
    ['nha tui so 123 Le Loi', 'nha tui so [địa chỉ]'],
    ['nha tui 45 tran hung dao', 'nha tui [địa chỉ]'],
    ['o 45 Tran Hung Dao', 'o [địa chỉ]'],
    ['123/4 nguyen trai', '[địa chỉ]'],
    ['dia chi 12 Nguyen Trai', 'dia chi [địa chỉ]'],
    ['KP.3', 'KP.[địa chỉ]'],
    ['P.7 Q.8', 'P.[địa chỉ] Q.[địa chỉ]'],
    ['Q.Binh Thanh', 'Q.[địa chỉ]'],
    ['hoa.nt @ gmail.com', '[email]'],
    ['bé Lan 3 tuoi', 'bé [tên] 3 tuoi'],
  ])('"%s" → "%s"', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });
});

describe('"tang" in a question about the coming year is "tăng" (increase), not a gift given ("tặng")', () => {
  const { ask } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'round23-review');
  it('"qua tet nay chuan ngheo tang len bao nhieu": what changes on 01/01/2027, the lines raised (was: the Tết gift, "Các hỗ trợ khác")', async () => {
    const [answer] = await ask('qua tet nay chuan ngheo tang len bao nhieu');
    expect(answer).toContain('01/01/2027: Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng/người/tháng (tham khảo)');
    expect(answer).not.toContain('quà Tết');
    expect(answer).not.toMatch(/^Các hỗ trợ khác/);
  });
  it('guard: "qua tet nay xa co tang qua ho ngheo ko" (a gift given) is still the Tết gift', async () => {
    const [answer] = await ask('qua tet nay xa co tang qua ho ngheo ko');
    // Round 28 (tryout11): the Tết gift's own answer (rules/reference.yaml tet_gifts), was the other supports' card.
    expect(answer).toMatch(/^Quà Tết/);
  });
});
