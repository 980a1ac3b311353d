/**
 * Round 22 (homes): residents telling their household in one Zalo line, with an old, disabled or aged member. What a careful
 * cadre reads from it, and the supports by age said with their basis and status (NĐ 176/2025/NĐ-CP, updates-2026.md [M]: trợ
 * cấp hưu trí xã hội from 75 without a pension in every household, from 70 to under 75 in poor and near-poor ones; amount [?];
 * applied for at UBND cấp xã). Dependants: under 16, from 60 (rules/parameters.yaml, NĐ 07/2021/NĐ-CP Phụ lục).
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { conversationsAt, openHarness } from '../chat/harness.ts';

const TODAY = '2026-12-04';
const { read, classOf } = readerOn(TODAY);
const { ask, first } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'homes22');

describe('"nha con o xa, me con 45 tuoi lam ruong": a household told without its size or income', () => {
  it('starts the check, says back the area and the mother\'s age, and asks the size (was "Câu hỏi này nằm ngoài phạm vi")', async () => {
    const [told, consent] = await ask('nha con o xa, me con 45 tuoi lam ruong', 'Không lưu');
    expect(told).not.toContain('ngoài phạm vi');
    expect(told).toContain('Mình hiểu: Khu vực: Nông thôn; Tuổi người trong hộ bạn kể: 45.');
    expect(consent).toContain('bao nhiêu người cùng ăn ở chung');
  });

  it('"nha tui o xa, ma tui 50 tuoi ban rau" too; a lack told of an aged child alone stays the indicator\'s card (guard)', async () => {
    expect(await first('nha tui o xa, ma tui 50 tuoi ban rau')).toContain('Tuổi người trong hộ bạn kể: 50');
    const card = await first('nha tui co dua con 17 tuoi nghi hoc roi');
    expect(card).toContain('Trình độ giáo dục của người lớn');
    expect(card).not.toContain('Mình hiểu');
  });
});

describe('"ma tui 82 tuoi, tui 60 tuoi, 2 me con": the pair\'s two people are those whose ages are told', () => {
  it('reads the ages 82 and 60 of the 2 people, so both are dependants (was no age read: the dependants not counted)', () => {
    const understanding = read('ma tui 82 tuoi, tui 60 tuoi, 2 me con');
    expect(understanding.understood.members).toBe(2);
    expect(understanding.understood.memberDetails).toEqual([{ age: 82 }, { age: 60 }]);
    expect(understanding.decided.dependents).toBe(true);
    // 4.500.000 ÷ 2 = 2.250.000 ≤ 2.250.000 (nông thôn, NĐ 07/2021 Điều 3 kept for 2026): trung bình, dependants counted.
    const full = 'ma tui 82 tuoi, tui 60 tuoi, 2 me con o voi nhau o ap Phu Hoa, tui co luong huu 4tr5 thang';
    expect(classOf(full)?.classification).toBe('middle');
    expect(read('vo tui 45 tuoi, tui 50 tuoi, 2 vo chong o que thang dc 4 trieu').understood.memberDetails).toEqual([{ age: 45 }, { age: 50 }]);
  });

  it('"2 vo chong tui deu di lam, ong ba gia o rieng": the old parents living apart are still no members (guard)', () => {
    expect(read('2 vo chong tui deu di lam, ong ba gia o rieng').understood.memberDetails).toBeUndefined();
  });

  it('says back the ages and the social pension the 82-year-old may get, with basis, status and where (was "Số người: 2" alone)', async () => {
    const harness = await openHarness({ now: () => new Date('2026-12-04T03:00:00Z') });
    try {
      const { text } = await harness.say('ma tui 82 tuoi, tui 60 tuoi, 2 me con o ap Phu Hoa, tui co luong huu 4tr5 thang');
      expect(text).toContain('Tuổi người trong hộ bạn kể: 82, 60');
      expect(text).toContain('Người 82 tuổi trong hộ có thể được:');
      expect(text).toContain('• Người từ 75 tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo).');
      expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP. Nơi làm: UBND cấp xã');
      // 60 reaches no pension band.
      expect(text).not.toContain('Người 82, 60 tuổi');
      // The ages said are not kept in the session (only the check's answers are).
      await harness.press('consent:yes');
      expect(harness.storedSessions()).not.toMatch(/\b82\b/);
    } finally {
      harness.close();
    }
  });

  it('a member of 72 is told the pension of poor and near-poor households; a household with no one from 70 gets no such line', async () => {
    const aged = await first('nha 4 nguoi o xa, ba noi 72 tuoi, vo chong tui lam ruong thang dc 5 trieu, con 10 tuoi');
    expect(aged).toContain('Người 72 tuổi trong hộ có thể được:\n• Người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo).');
    const young = await first('nha 4 nguoi o xa, vo chong tui 40 tuoi lam ruong thang dc 5 trieu, 2 con 10 va 12 tuoi');
    expect(young).not.toContain('hưu trí');
  });
});

describe('"ong tui 76 tuoi bi liet": an old disabled member', () => {
  it('leads with the social pension from 75 (basis, status, amount unknown, UBND cấp xã), then the disability card (was the card alone)', async () => {
    const answer = await first('ong tui 76 tuoi bi liet');
    expect(answer).toMatch(/^Người 76 tuổi có thể được \(theo dữ liệu chính sách, áp dụng ngày 04\/12\/2026\):\n• Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(answer).toContain('Mức trợ cấp hằng tháng chưa rõ. Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo');
    expect(answer).toContain('Nơi làm: UBND cấp xã');
    expect(answer).toContain('Người khuyết tật (bị liệt, tàn tật) được hỗ trợ gì');
    expect(answer).not.toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)');
  });

  it('"ba tui 72 tuoi bi tai bien nam 1 cho" gets the 70–75 pension of poor and near-poor households; a disabled son of 30 none (guard)', async () => {
    expect(await first('ba tui 72 tuoi bi tai bien nam 1 cho')).toMatch(/^Người 72 tuổi có thể được[^\n]*\n• Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
    const son = await first('con trai tui 30 tuoi bi liet');
    expect(son).toMatch(/^Người khuyết tật/);
    expect(son).not.toContain('hưu trí');
  });
});

describe('the pension asked for an old person past the 70–75 band', () => {
  it('"ba noi tui 85 tuoi co dc tien gia ko" is not told "Người 85 tuổi không thuộc diện trợ cấp hưu trí xã hội" (read as no pension at all)', async () => {
    const answer = await first('ba noi tui 85 tuoi co dc tien gia ko');
    expect(answer).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(answer).not.toContain('Người 85 tuổi không thuộc diện');
  });

  it('guard: one with a pension still hears that neither band is theirs; 72 still hears the band from 75 it has not reached', async () => {
    // Worded as another support beside the card shown (tryout-round22-tryout.test.ts).
    expect(await first('ba tui 78 tuoi dang an luong huu co dc tro cap huu tri xa hoi ko')).toContain('Còn trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) là loại khác: chỉ áp dụng khi có thành viên từ 70 đến dưới 75 tuổi, nên không áp dụng cho người 78 tuổi.');
    expect(await first('ba noi 72 tuoi ho can ngheo dc tro cap huu tri ko')).toContain('Còn trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) là loại khác: chỉ áp dụng khi có thành viên từ 75 tuổi trở lên và người cao tuổi đó không có lương hưu, nên không áp dụng cho người 72 tuổi.');
  });
});

describe('one-line households with an old member, read as a cadre counts them', () => {
  it('"tui 68 tuoi song voi thang chau noi 10 tuoi …" is 2 people and starts the check (was no size, the pension card answered)', async () => {
    const text = 'tui 68 tuoi song voi thang chau noi 10 tuoi o ap 4, ko luong huu, con gai gui ve 1 trieu moi thang';
    expect(read(text).understood.members).toBe(2);
    // 1.000.000 ÷ 2 = 500.000 ≤ 1.500.000 (nông thôn); 68 and 10 = 2/2 dependants → cận nghèo.
    expect(classOf(text)?.classification).toBe('near_poor');
    expect(await first(text)).toContain('Mình hiểu: Khu vực: Nông thôn; Số người: 2; Tuổi người trong hộ bạn kể: 68, 10');
  });

  it('"ma tui 70 tuoi, tui o voi ba ma" is 3 people, má named once (was 4); so is the reverse order', () => {
    expect(read('ba tui bi mu 2 mat, ma tui 70 tuoi, tui o voi ba ma, tui lam thue ko hop dong thang 3 trieu, o xa').understood.members).toBe(3);
    expect(read('tui o voi ba ma, ma tui 70 tuoi, o xa').understood.members).toBe(3);
  });

  it('"2 dua nho 7, 9 tuoi" is two children aged 7 and 9, not two more besides them (was 4 dependants of 5: deprived)', () => {
    const text = 'nha 5 nguoi o thon 3, con lon 18 tuoi bo hoc di lam thue, chong tui mat roi, tui ban rau thang 2 trieu, 2 dua nho 7, 9 tuoi';
    expect(read(text).understood.memberDetails).toEqual([{ age: 18 }, { age: 7 }, { age: 9 }]);
    // 7 and 9 = 2 of 5, the speaker's age not told: the dependants are not decided (at most 3 of 5 is still asked).
    expect(read(text).decided.dependents).toBeUndefined();
  });
});

describe('"mấy đứa nhỏ nhà tui 3 đứa": the children counted after the speaker\'s house, before the couple', () => {
  it('is 5 people, 3 of them small children (was 2: 5.000.000 ÷ 2 read as no class at all)', () => {
    const text = 'mấy đứa nhỏ nhà tui 3 đứa, vợ chồng tui làm mướn, ở xã Tân Hòa, tháng kiếm chừng 5 triệu';
    expect(read(text).understood.members).toBe(5);
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000 (nông thôn); 3 children of 5 > 50% → cận nghèo with the dependants.
    expect(classOf(text)?.classification).toBe('near_poor');
    expect(read('con nha tui 2 dua, vo chong tui o que thang dc 4 trieu').understood.members).toBe(4);
  });
});
