/**
 * Round 33 (mend33b, 06/12/2026): fixes to what a household sentence is read as.
 * - "moi vu 3 tan lua, chong ban ve so 5 trieu/thang": the harvest's weight is said not counted as money, as with "làm hồ"; was
 *   dropped silently because "bán" anywhere in the amount's clause was taken for the harvest's sale ("bán vé số" is a job).
 * - "moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que" then "ban dc 20 trieu": the sale is added to the 5.000.000
 *   đồng told before, each crop's, so the crops a year are asked ("1 vu": 5.000.000 + 20.000.000 ÷ 12 = 6.666.667 đồng, 1.333.333
 *   đồng a person); a harvest told with no "mỗi vụ" sells for the year (÷ 12). Was the income replaced by 20.000.000 đồng a month.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from './harness.ts';

const rules = loadRules();
const read = (text: string, day = '2026-12-06') => understandHousehold(text, rules, day);
const NOT_COUNTED = 'không phải số tiền, nên mình chưa tính vào thu nhập';

describe('a harvest by its weight beside a job with "bán": said not counted', () => {
  it.each([
    ['moi vu 3 tan lua, chong ban ve so 5 trieu/thang, nha 5 nguoi o que', 5_000_000],
    ['nha 4 nguoi o que, vo ban tap hoa thang 4 trieu, ruong thu hoach 2 ta lua', 4_000_000],
  ])('"%s": %i đồng a month, the weight said not counted', (text, income) => {
    const understanding = read(text);
    expect(understanding.understood.monthlyIncome).toBe(income);
    expect(understanding.notes.join(' ')).toContain(NOT_COUNTED);
  });

  it.each([
    ['nha 5 nguoi o que, moi vu 3 tan lua, ban dc 20 trieu'],
    ['nha 5 nguoi o que, moi vu 3 tan lua ban dc 20 trieu'],
  ])('"%s": the sale is the harvest\'s money, no such note', (text) => {
    expect(read(text).notes.join(' ')).not.toContain(NOT_COUNTED);
  });
});

// 06/12/2026 10:00 in Vietnam.
const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-mend33b');

describe('a harvest\'s sale said after the income: added, never the income replaced', () => {
  it('"moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que", "ban dc 20 trieu", "1 vu": 6.666.667 đồng a month', async () => {
    const [, sold, crops] = await in2026.ask('moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que', 'ban dc 20 trieu', '1 vu');
    expect(sold).not.toContain('20.000.000 đồng/tháng');
    expect(sold).toContain('một năm hộ làm mấy vụ?');
    // 20.000.000 đồng × 1 vụ ÷ 12 = 1.666.667 đồng; + 5.000.000 đồng = 6.666.667 đồng ÷ 5 = 1.333.333 đồng a person.
    expect(crops).toContain('cộng 5.000.000 đồng một tháng bạn kể trước = 6.666.667 đồng một tháng');
    expect(crops).toContain('1.333.333 đồng/người/tháng');
  });

  it('"… 2 vu" after consent: 5.000.000 + 2 × 20.000.000 ÷ 12 = 8.333.333 đồng a month', async () => {
    const replies = await in2026.ask('moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que', 'ban dc 20 trieu', '2', '2 vu');
    expect(replies[2]).toContain('Một năm hộ làm mấy vụ?');
    expect(replies[3]).toContain('8.333.333 đồng một tháng');
  });

  it('"nha 4 nguoi o que, vo lam cong nhan 4 trieu, ruong thu hoach 2 ta lua", "ban dc 6 trieu": the year\'s sale ÷ 12 added', async () => {
    const [, sold] = await in2026.ask('nha 4 nguoi o que, vo lam cong nhan 4 trieu, ruong thu hoach 2 ta lua', 'ban dc 6 trieu');
    // 6.000.000 đồng ÷ 12 = 500.000 đồng; + 4.000.000 đồng = 4.500.000 đồng ÷ 4 = 1.125.000 đồng a person.
    expect(sold).toContain('tiền bán 6.000.000 đồng một năm ÷ 12 = 500.000 đồng một tháng; cộng 4.000.000 đồng một tháng bạn kể trước = 4.500.000 đồng một tháng');
    expect(sold).toContain('1.125.000 đồng/người/tháng');
  });

  it('"thu nhap 7 trieu" after the harvest: an income told replaces it, nothing added', async () => {
    const [, told] = await in2026.ask('nha 4 nguoi o que, vo lam cong nhan 4 trieu, ruong thu hoach 2 ta lua', 'thu nhap 7 trieu');
    expect(told).toContain('1.750.000 đồng/người/tháng');
  });
});

describe('the house\'s children said back by the kin word typed', () => {
  it.each([
    ['nha tui 3 dua chau, o que, thang 3 trieu', 4, 3, 'cháu'],
    ['nha tui 2 dua em, o que, thang 3 trieu', 3, 2, 'em'],
    ['nha tui 4 dua, o que, thang 4 trieu', 5, 4, 'con'],
  ])('"%s": %i people, "bạn và %i người %s"', (text, members, children, kin) => {
    const understanding = read(text);
    expect(understanding.understood.members).toBe(members);
    expect(understanding.notes.join(' ')).toContain(`mình tính hộ có ${members} người: bạn và ${children} người ${kin};`);
  });

  it('"nha tui 3 dua chau, o que, thang 3 trieu" in the chat: "bạn và 3 người cháu"', async () => {
    const text = await in2026.first('nha tui 3 dua chau, o que, thang 3 trieu');
    expect(text).toContain('bạn và 3 người cháu');
    expect(text).not.toContain('người con');
  });
});

describe('"nha chua co dien": the note from the standard of the day, with its basis and status', () => {
  it('on 2026-12-31 the 2026 standard (NĐ 07/2021, đã kiểm tra); on 2027-01-01 not known, whom to ask', () => {
    const text = 'nha tui 4 nguoi o que thu nhap 2500k/thang, nha chua co dien';
    expect(read(text, '2026-12-31').notes.join(' ')).toContain('không có chỉ số về điện, nên nhà chưa có điện không được tính là thiếu hụt (căn cứ: NĐ 07/2021/NĐ-CP');
    const later = read(text, '2027-01-01').notes.join(' ');
    expect(later).not.toContain('không có chỉ số về điện');
    expect(later).toContain('chưa rõ nhà chưa có điện có được tính là thiếu hụt hay không (căn cứ: NĐ 351/2025/NĐ-CP (chưa rõ)); muốn biết chắc, bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
