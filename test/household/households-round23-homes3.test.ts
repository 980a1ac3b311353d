/**
 * Round 23 (homes3): residents telling their household in ONE Zalo line (no marks, "tui", "dc", "ba ma", "vo chong", "tau"),
 * and what the chat reads: the right number of people and their ages, or a plain question back, never a wrong count in silence.
 * Classes are worked by hand from rules/ (NĐ 07/2021/NĐ-CP Điều 3, kept for 2026 by NĐ 351/2025/NĐ-CP: nông thôn ≤ 1.500.000
 * đồng/người/tháng nghèo or cận nghèo by the deprivations; dependants under 16 or from 60, deprived when more than 50%;
 * rules/parameters.yaml).
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { conversationsAt } from '../chat/harness.ts';

const TODAY = '2026-12-04';
const { read, classOf } = readerOn(TODAY);
const { ask, first } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'homes23');

describe('a child telling the household after a parent died', () => {
  it('"nha con o xa, bo con mat roi, me con 45 tuoi …, con 14 tuoi voi 2 em 10 tuoi va 6 tuoi" is 4 people (was the size asked)', () => {
    const text = 'nha con o xa, bo con mat roi, me con 45 tuoi lam thue cho nguoi ta thang dc 3 trieu, con 14 tuoi voi 2 em 10 tuoi va 6 tuoi, ko ai co bhyt';
    const told = read(text);
    expect(told.understood.members).toBe(4);
    expect(told.understood.memberDetails).toEqual([{ age: 45 }, { age: 14 }, { age: 10 }, { age: 6 }]);
    // 3.000.000 ÷ 4 = 750.000; 14, 10, 6 = 3/4 dependants; no BHYT → 2 indicators → cận nghèo.
    expect(told.decided.dependents).toBe(true);
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 750000 });
  });

  it('"nha em o que, ba em mat lau roi, ma em 50 tuoi …, em 15 tuoi voi thang em 12 tuoi" is 3 (was the size asked)', () => {
    const told = read('nha em o que, ba em mat lau roi, ma em 50 tuoi ban ve so thang dc 3 trieu ruoi, em 15 tuoi voi thang em 12 tuoi, ca nha co bhyt');
    expect(told.understood.members).toBe(3);
    expect(told.understood.memberDetails).toEqual([{ age: 50 }, { age: 15 }, { age: 12 }]);
    expect(told.decided.dependents).toBe(true);
  });
});

describe('"ba tui 72 ma tui 70": two parents told by age in one breath', () => {
  it('reads 72 and 70 once each (was 70 read for dozens of people, "72" taken as a count of mothers)', () => {
    const told = read('o xa, ba tui 72 ma tui 70, tui voi vo tui, thang dc 4 trieu');
    expect(told.understood.members).toBe(4);
    expect(told.understood.memberDetails).toEqual([{ age: 72 }, { age: 70 }]);
    // 2 of 4 from 60, the couple's ages not told: not more than half unless both are 60 or more, so not decided (was deprived).
    expect(told.decided.dependents).toBeUndefined();
  });

  it('with "vo chong tui voi dua nho 8 tuoi" it is 5 people, 3 of them dependants (was the size asked)', () => {
    const text = 'o xa, ba tui 72 ma tui 70, vo chong tui voi dua nho 8 tuoi, lam ruong 1 nam dc 36 trieu';
    expect(read(text).understood.members).toBe(5);
    expect(read(text).understood.memberDetails).toEqual([{ age: 72 }, { age: 70 }, { age: 8 }]);
    // 36.000.000 ÷ 12 ÷ 5 = 600.000; 72, 70, 8 = 3/5 → cận nghèo.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 600000 });
    // "con 5 tuổi và 8 tuổi": how many children is not said by one age: still asked (guard).
    expect(read('o xa, vo chong tui voi con 5 tuoi va 8 tuoi, thang dc 4 trieu').understood.members).toBeNull();
  });
});

describe('people told by who lives with whom', () => {
  it('"ba noi tui 80 tuoi co luong huu 3tr, o chung voi vo chong tui va 2 dua nho" is 5 (was 4, the grandmother left out)', () => {
    const text = 'ba noi tui 80 tuoi co luong huu 3tr, o chung voi vo chong tui va 2 dua nho o ap Tan Hoa, vo chong tui lam ruong thang dc 3 trieu ruoi';
    expect(read(text).understood.members).toBe(5);
    // 3.000.000 + 3.500.000 = 6.500.000 ÷ 5 = 1.300.000 (was 1.625.000: trung bình); 80 + 2 children = 3/5 → cận nghèo.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1300000 });
  });

  it('Central "me tau 80 tuoi o voi vo chong tau, … vo tau bi khuyet tat lanh tro cap" is 3, 2 of them dependants (was 2)', () => {
    const told = read('me tau 80 tuoi o voi vo chong tau, o thon 3, tau lam ruong 1 nam 2 vu moi vu dc 8 trieu, vo tau bi khuyet tat lanh tro cap 720 ngan');
    expect(told.understood.members).toBe(3);
    expect(told.decided.dependents).toBe(true);
    // "tàu" as a boat stays a boat (guard): no speaker read from "di tau ca".
    expect(read('chong tui di tau ca, nha 3 nguoi o xa').understood.members).toBe(3);
  });

  it('"nha 2 ba chau o xa, tui 70 tuoi, chau noi 12 tuoi" reads both ages: 2/2 dependants (was no age kept)', () => {
    const told = read('nha 2 ba chau o xa, tui 70 tuoi, chau noi 12 tuoi, con trai gui ve thang 1 trieu 2');
    expect(told.understood.members).toBe(2);
    expect(told.understood.memberDetails).toEqual([{ age: 70 }, { age: 12 }]);
    expect(told.decided.dependents).toBe(true);
  });

  it('"con tui o voi ngoai, vo chong tui di lam Binh Duong …" asks who lives in the household (was 2 people counted in silence)', async () => {
    const text = 'con tui o voi ngoai, vo chong tui di lam Binh Duong moi nguoi 7 trieu';
    expect(read(text).understood.members).toBeNull();
    const [told] = await ask(text);
    expect(told).toContain('Bạn kể có người ở với người thân khác, nên mình chưa rõ hộ gồm những ai.');
    expect(told).toContain('hộ có tất cả bao nhiêu người cùng ăn ở chung, tính cả bạn?');
    expect(told).not.toContain('Số người: 2');
    // "2 vợ chồng tui đều đi làm, ông bà già ở riêng": those living apart are no members, the couple is counted (guard).
    expect(read('2 vo chong tui deu di lam, ong ba gia o rieng').understood.members).toBe(2);
  });
});

describe('people named twice, joined by a count, or living elsewhere', () => {
  it('"2 dua nho o voi ong ba noi, vo chong tui di lam xa" asks who lives in the household (was 2 people in silence)', () => {
    const told = read('2 dua nho o voi ong ba noi, vo chong tui di lam xa, thang gui ve 4 trieu');
    expect(told.understood.members).toBeNull();
    expect(told.questions.join(' ')).toContain('hộ có tất cả bao nhiêu người cùng ăn ở chung, tính cả bạn?');
    // "2 ông bà già ở với thằng cháu nội": a household of 3, no one away (guard).
    expect(read('2 ong ba gia o voi thang chau noi').understood.members).toBe(3);
  });

  it('"vo chong tui voi 2 dua nho, ba noi o voi vo chong tui" is 5 (was 7: the couple counted twice)', () => {
    expect(read('vo chong tui voi 2 dua nho, ba noi o voi vo chong tui').understood.members).toBe(5);
  });

  it('"ong noi 80 tuoi, ba noi 78 tuoi, ba ma tui, tui va 2 em" is 7 (was 5: "2 em" left out)', () => {
    expect(read('ong noi 80 tuoi, ba noi 78 tuoi, ba ma tui, tui va 2 em').understood.members).toBe(7);
    // "ba má" is a pair, never 3 of "má" ("ba" is also three) (guard).
    expect(read('ong noi, ba ma tui, tui').understood.members).toBe(4);
    expect(read('2 ong ba gia o voi tui va 2 dua nho').understood.members).toBe(5);
  });

  it('"ba tui 72 tuoi ma tui 70 tuoi, 2 ong ba o voi tui" is 3 (was 2: the speaker they live with left out)', () => {
    expect(read('ba tui 72 tuoi ma tui 70 tuoi, 2 ong ba o voi tui').understood.members).toBe(3);
  });
});

describe('a class settled at once with the floor area told', () => {
  it('"nha 4 nguoi o phuong, thang dc 12 trieu, 25 met vuong, la ho gi" says 25 m² ÷ 4 = 6,25 m²/người < 8 (was no sum)', async () => {
    const said = await first('nha 4 nguoi o phuong, thang dc 12 trieu, 25 met vuong, la ho gi');
    // 12.000.000 ÷ 4 = 3.000.000 ≤ 3.000.000 (thành thị) → trung bình, settled whatever the indicators not asked.
    expect(said).toContain('Với số liệu bạn kể (thu nhập 3.000.000 đồng/người/tháng, theo chuẩn áp dụng ngày 04/12/2026), hộ là hộ có mức sống trung bình');
    expect(said).toContain('Diện tích nhà ở: 25 m² ÷ 4 người = 6,25 m²/người < 8 m²/người, nên hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người (NĐ 07/2021/NĐ-CP Phụ lục');
  });
});

describe('an amount asked with a year (guards: the card of that year)', () => {
  it('2027 gets the 2027–2030 lines, 2.200.000 / 2.800.000 đồng, tham khảo; 2026 the NĐ 07/2021 Điều 3 lines kept', async () => {
    const later = await first('thu nhap 2 trieu 1 nam 2027 la ho gi');
    expect(later).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(later).toContain('(tham khảo)');
    expect(later).not.toContain('1.500.000');
    const now = await first('thu nhap 2 trieu 1 nguoi nam nay la ho gi');
    expect(now).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    // The card in brief since round 35 (short26a): its basis line names the article kept (was each band's "NĐ 07/2021/NĐ-CP Điều 3
    // khoản 2", now one "chi tiết" away).
    expect(now).toContain('Điều 3 Nghị định 07/2021/NĐ-CP (tham khảo)');
  });
});
