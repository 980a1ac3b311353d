/**
 * Round 33 (household20, 06/12/2026): a household told in one sentence is read right, said back, and nothing told is dropped
 * without a word.
 * - "nha tui 4 dua": the speaker and 4 children, 5 people (round 32), now said so with how to tell the size otherwise; was
 *   "Số người: 5" with no word on who was counted.
 * - "moi vu 3 tan lua, chong lam ho 5 trieu/thang": the harvest's weight beside money told is said not counted as money, with how
 *   to add what it sells for; was the tonnes left out with no word.
 * - "thang lon di lam o Binh Duong": a member working away is counted as told; whether such a member is one of the household is
 *   not in the data (rules/reference.yaml residence, status unknown), so the reply says "chưa rõ" and whom to ask (cán bộ phụ trách
 *   giảm nghèo ở UBND cấp xã), also with a class settled by the figures ("vay la ho gi"); was "UBND cấp xã xác định" and no one
 *   to ask, and the settled class said nothing of the member away.
 * - "nha chua co dien", "chua keo dien": no indicator of the 2026 or the 2027–2030 standard is about electricity (rules/indicators.yaml),
 *   said not counted; was left out without a word.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from './harness.ts';

const rules = loadRules();
const read = (text: string, day = '2026-12-06') => understandHousehold(text, rules, day);

// 06/12/2026 10:00 and 10/03/2027 10:00 in Vietnam: the 2026 standard (NĐ 07/2021 kept by NĐ 351/2025) and the 2027–2030 one.
const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-household20-2026');
const in2027 = conversationsAt(new Date('2027-03-10T03:00:00Z'), 'round33-household20-2027');

describe('"nhà 4 đứa" said by the speaker: who was counted is said', () => {
  it.each([
    ['nha tui 4 dua, o que, thang 4 trieu', 5, 4],
    ['tui lam cong nhat ngay 180 ngan, lam 25 ngay, nha 4 dua', 5, 4],
    ['tui chay xe om thang 4 trieu, o que, nha 3 dua', 4, 3],
  ])('"%s": %i people, "bạn và %i người con"', (text, members, children) => {
    const understanding = read(text);
    expect(understanding.understood.members).toBe(members);
    expect(understanding.notes.join(' ')).toContain(`mình tính hộ có ${members} người: bạn và ${children} người con`);
  });

  it('"nha 4 nguoi o que, thang 4 trieu": a count of people needs no such word', () => {
    expect(read('nha 4 nguoi o que, thang 4 trieu').notes.join(' ')).not.toContain('người con');
  });

  it.each([
    ['2026', in2026],
    ['2027', in2027],
  ])('in %s the chat says it, and "4 nguoi" typed after makes it 4 people', async (_year, at) => {
    const [told, , corrected] = await at.ask('nha tui 4 dua, o que, thang 4 trieu', '2', '4 nguoi');
    // 4.000.000 đồng ÷ 5 = 800.000 đồng; ÷ 4 = 1.000.000 đồng a person a month.
    expect(told).toContain('÷ 5 người'); // the size in the class said first since round 43 resid46 (was "Số người: 5")
    expect(told).toContain('800.000 đồng/người/tháng');
    expect(told).toContain('mình tính hộ có 5 người: bạn và 4 người con');
    expect(told).toContain('“4 người” nếu đã tính cả bạn');
    expect(corrected).toContain('Số người: 4');
    expect(corrected).toContain('1.000.000 đồng/người/tháng');
  });

  it('"nha tui 4 dua o que thang 2 trieu, la ho gi" (2026): the class of 5 people, said with who they are', async () => {
    // 2.000.000 đồng ÷ 5 = 400.000 đồng, under the rural poverty line of 1.500.000 đồng (NĐ 07/2021, kept for 2026).
    const text = await in2026.first('nha tui 4 dua o que thang 2 trieu, la ho gi');
    expect(text).toContain('400.000 đồng/người/tháng');
    expect(text).toContain('bạn và 4 người con');
  });
});

describe('a harvest by its weight beside money told: said not counted', () => {
  const NOT_COUNTED = 'không phải số tiền, nên mình chưa tính vào thu nhập';

  it.each([
    ['moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que', 5_000_000],
    ['nha tui 5 nguoi o que, chong lam ho thang 5 trieu, moi vu 3 tan lua', 5_000_000],
    ['nha 4 nguoi o que, vo lam cong nhan 4 trieu, ruong thu hoach 2 ta lua', 4_000_000],
  ])('"%s": %i đồng a month, the weight said not counted', (text, income) => {
    const understanding = read(text);
    expect(understanding.understood.monthlyIncome).toBe(income);
    expect(understanding.notes.join(' ')).toContain(NOT_COUNTED);
  });

  it.each([
    // The harvest's money told: 2 vụ × 20.000.000 đồng = 40.000.000 đồng a year ÷ 12.
    ['nha 5 nguoi o que, moi vu 3 tan lua ban dc 20 trieu, 1 nam 2 vu', 40_000_000 / 12],
    // A price per kilogram is no harvest.
    ['nha 4 nguoi o que, ban lua 7 ngan 1 ky, thang kiem 3 trieu', 3_000_000],
  ])('"%s": no such word', (text, income) => {
    const understanding = read(text);
    expect(understanding.understood.monthlyIncome).toBeCloseTo(income, 0);
    expect(understanding.notes.join(' ')).not.toContain(NOT_COUNTED);
  });

  it('"nha 4 nguoi o que thang 8 trieu, moi vu 2 tan lua, la ho gi" (2026): the class of 8.000.000 đồng, and the tonnes said', async () => {
    // 8.000.000 đồng ÷ 4 = 2.000.000 đồng: above the rural near-poor line 1.500.000 đồng, up to 2.250.000 đồng (NĐ 07/2021 Điều 3).
    const text = await in2026.first('nha 4 nguoi o que thang 8 trieu, moi vu 2 tan lua, la ho gi');
    // Said first with the income's reading (round 44 resid49: the tonnes are a step of it), before the consent.
    expect(text).toContain('hộ bạn là hộ có mức sống trung bình');
    expect(text).toContain(NOT_COUNTED);
  });

  it('"moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que" (2027): said before the check', async () => {
    const text = await in2027.first('moi vu 3 tan lua, chong lam ho 5 trieu/thang, nha 5 nguoi o que');
    expect(text).toContain('1.000.000 đồng/người/tháng');
    expect(text).toContain(NOT_COUNTED);
  });
});

describe('a member working away: counted as told, the rule not known, whom to ask', () => {
  const ASK = 'hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã.';

  it.each([
    ['2026', in2026],
    ['2027', in2027],
  ])('"nha 5 nguoi o que, thang lon di lam o Binh Duong, chong lam ruong thang 3 trieu" (%s)', async (_year, at) => {
    const text = await at.first('nha 5 nguoi o que, thang lon di lam o Binh Duong, chong lam ruong thang 3 trieu');
    // 3.000.000 đồng ÷ 5 = 600.000 đồng a person a month, the one away counted as told.
    expect(text).toContain('600.000 đồng/người/tháng');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain(ASK);
    expect(text).toContain('Tạm tính cả 1 người đó; không tính thì gõ “4 người”.');
  });

  it('"nha 5 nguoi o que, thang lon di xuat khau lao dong Nhat, thang 4 trieu": the line on work abroad, the same whom to ask', async () => {
    const text = await in2026.first('nha 5 nguoi o que, thang lon di xuat khau lao dong Nhat, thang 4 trieu');
    expect(text).toContain('ở nước ngoài (xuất khẩu lao động)');
    expect(text).toContain(ASK);
  });

  it('"nha 4 nguoi o que thang 8 trieu, thang lon di lam Binh Duong, vay la ho gi" (2026): the class settled says how the one away was counted; "3 nguoi" after counts them out', async () => {
    const [settled, without] = await in2026.ask('nha 4 nguoi o que thang 8 trieu, thang lon di lam Binh Duong, vay la ho gi', '3 nguoi');
    // 8.000.000 đồng ÷ 4 = 2.000.000 đồng: above the rural near-poor line 1.500.000 đồng, up to 2.250.000 đồng (NĐ 07/2021 Điều 3).
    expect(settled).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(settled).toContain('Tạm tính cả 1 người đó; không tính thì gõ “3 người”.');
    expect(settled).toContain(ASK);
    // 8.000.000 đồng ÷ 3 = 2.666.667 đồng: above 2.250.000 đồng, none of the three classes.
    expect(without).toContain('2.666.667 đồng');
    expect(without).toContain('KHÔNG THUỘC DIỆN HỘ NGHÈO, HỘ CẬN NGHÈO HAY HỘ CÓ MỨC SỐNG TRUNG BÌNH');
  });
});

describe('"nhà chưa có điện": said not counted, no indicator is about electricity', () => {
  const NO_INDICATOR = 'chuẩn nghèo đa chiều không có chỉ số về điện, nên nhà chưa có điện không được tính là thiếu hụt';

  // Round 33 mend33b: the 2026 note with its basis (NĐ 07/2021, đã kiểm tra); on a 2027 day the final list is not known (chưa rõ,
  // updates-2026.md [?]), and whom to ask is said (was the 2026 note on 2027 dates too).
  it('"nha tui 4 nguoi o que thu nhap 2500k/thang, nha chua co dien" (2026-12-06): the note, no deprivation', () => {
    const understanding = read('nha tui 4 nguoi o que thu nhap 2500k/thang, nha chua co dien', '2026-12-06');
    expect(understanding.understood.deprivations).toEqual([]);
    expect(understanding.notes.join(' ')).toContain(`${NO_INDICATOR} (căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b (đã kiểm tra))`);
  });

  it('"nha 4 nguoi o vung sau, chua keo dien, thang 3 trieu, ko co nha ve sinh" (2027-03-10): not known, whom to ask', () => {
    const understanding = read('nha 4 nguoi o vung sau, chua keo dien, thang 3 trieu, ko co nha ve sinh', '2027-03-10');
    expect(understanding.understood.deprivations).toEqual(['sanitation']);
    const notes = understanding.notes.join(' ');
    expect(notes).not.toContain(NO_INDICATOR);
    expect(notes).toContain('chưa rõ nhà chưa có điện có được tính là thiếu hụt hay không');
    expect(notes).toContain('(chưa rõ)');
    expect(notes).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"ko co dien thoai, ko co internet": the phone is no electricity', () => {
    expect(read('nha tui 5 nguoi o que, thu nhap 2 trieu 1 thang, ko co dien thoai, ko co internet').notes.join(' ')).not.toContain(NO_INDICATOR);
  });

  it('the chat says it before the check (2026)', async () => {
    // 2.500.000 đồng ÷ 4 = 625.000 đồng a person a month.
    const text = await in2026.first('nha tui 4 nguoi o que thu nhap 2500k/thang, nha chua co dien');
    expect(text).toContain('625.000 đồng/người/tháng');
    expect(text).toContain(NO_INDICATOR);
  });
});
