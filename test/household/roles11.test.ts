/**
 * Round 11 (findings31 R01, R02): a household told by the roles of its people, in any order, as residents type it. Each class
 * is computed by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP): income per person = the household's
 * monthly income ÷ members; nông thôn ≤ 1.500.000 đ → nghèo (≥ 3 chỉ số) / cận nghèo (< 3), ≤ 2.250.000 đ → mức sống trung
 * bình; above that none of the classes. Người phụ thuộc (NĐ 07/2021 Phụ lục): trẻ em dưới 16, người cao tuổi, người khuyết tật
 * hưởng trợ cấp hằng tháng; thiếu hụt khi chiếm hơn 50% số người.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { openHarness, type Harness } from '../chat/harness.ts';

const DATE = '2026-12-02';
const { read, classOf } = readerOn(DATE);

describe('the people named by their roles are summed, whatever the order (R01)', () => {
  it('"3 dua con voi 2 vo chong" is 5 people, as "vo chong tui voi 3 dua con" (was: 2, không thuộc diện)', () => {
    const text = 'nha tui 3 dua con voi 2 vo chong, o que, thu nhap 5 trieu 1 thang';
    expect(read(text).understood).toMatchObject({ area: 'rural', members: 5, monthlyIncome: 5_000_000 });
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000, no deprivation told → cận nghèo (with 2 people: 2.500.000 > 2.250.000, none).
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_000_000 });
    expect(read('vo chong tui voi 3 dua con o que thu nhap 5 trieu').understood.members).toBe(5);
    expect(read('3 dua con voi vo chong tui, o que, thu nhap 5 trieu').understood.members).toBe(5);
  });

  it('a total said wins, never counted twice: "nha 5 nguoi: vo chong voi 3 dua con" is 5', () => {
    expect(read('nha 5 nguoi: vo chong voi 3 dua con, o que, thu nhap 5 trieu').understood.members).toBe(5);
    expect(read('nha tui 5 nguoi, 2 vo chong, 3 dua con, o que, thu nhap 5 trieu').understood.members).toBe(5);
  });
});

describe('grandparents, the couple and the children listed (R02)', () => {
  it('"2 ong ba gia, 2 vo chong, 2 chau" is 6 people, the grandparents 2 not 4 (was: 2)', () => {
    const text = 'nha co 2 ong ba gia, 2 vo chong, 2 chau, o que, thu nhap 6 trieu';
    expect(read(text).understood.members).toBe(6);
    // 6.000.000 ÷ 6 = 1.000.000 ≤ 1.500.000 → cận nghèo.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_000_000 });
    // Dependants: 2 old of 6 known, the 2 grandchildren's ages not told (2 to 4 of 6): not decided from the sentence.
    expect(read(text).decided.dependents).toBeUndefined();
  });

  it('"ong ba noi, vo chong tui va 1 dua con" is 5 (was: 3, mức sống trung bình)', () => {
    const text = 'nha co ong ba noi, vo chong tui va 1 dua con, o nong thon, thu nhap 5 trieu 1 thang';
    expect(read(text).understood.members).toBe(5);
    // 5.000.000 ÷ 5 = 1.000.000 → cận nghèo (with 3: 1.666.667, mức sống trung bình).
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_000_000 });
    expect(read('nha co 2 ong ba noi, vo chong tui, o que, thu nhap 4 trieu').understood.members).toBe(4);
    expect(read('nha tui co ong noi, 2 vo chong va 2 chau, o que, thu nhap 5 trieu').understood.members).toBe(5);
  });

  it('"ba me tui, tui va em gai" is 4 and "tui, vo tui, me tui" is 3 (was: no count, no household)', () => {
    const parents = 'ba me tui, tui va em gai, o que, thu nhap 4 trieu';
    expect(read(parents).understood).toMatchObject({ area: 'rural', members: 4, monthlyIncome: 4_000_000 });
    // 4.000.000 ÷ 4 = 1.000.000 → cận nghèo.
    expect(classOf(parents)?.classification).toBe('near_poor');
    const three = 'tui, vo tui, me tui, o que, kiem 3 trieu 1 thang';
    expect(read(three).understood.members).toBe(3);
    // 3.000.000 ÷ 3 = 1.000.000 → cận nghèo.
    expect(classOf(three)?.classification).toBe('near_poor');
  });

  it('still asks when the speaker is not said to live with the people named', () => {
    expect(read('ba ma tui gia 75 va 73, tui lam muon nuoi ba ma').understood.members).toBeNull();
    expect(read('nha co 2 dua con, o que, thu nhap 4 trieu').understood.members).toBeNull();
  });
});

describe('people described outside the group counted are not its members (R02: two working adults only)', () => {
  it('"2 vo chong tui deu di lam, ong ba gia o rieng": 2 people, dependants not marked (was: 2/2 dependants, thiếu hụt)', () => {
    const text = '2 vo chong tui deu di lam, ong ba gia o rieng, o que, thu nhap 6 trieu';
    const understanding = read(text);
    expect(understanding.understood.members).toBe(2);
    expect(understanding.understood.memberDetails).toBeUndefined();
    expect(understanding.decided.dependents).toBeUndefined();
    // The group's own words still count: "2 vợ chồng già" are 2 old people of 2 → thiếu hụt.
    expect(read('nha tui 2 vo chong gia o que, con gui 1tr5 moi thang').decided.dependents).toBe(true);
  });
});

describe('in the chat, a household told by roles is checked (R02)', () => {
  let harness: Harness;
  afterEach(() => harness?.close());

  it('"ba me tui, tui va em gai, o que, thu nhap 4 trieu" starts the check with 4 people (was: a general explanation)', async () => {
    harness = await openHarness();
    const turn = await harness.say('ba me tui, tui va em gai, o que, thu nhap 4 trieu');
    expect(turn.text).toContain('÷ 4 người');
    expect(turn.text).toContain('4.000.000 đồng/tháng ÷ 4 người = 1.000.000 đồng/người/tháng');
  });
});
