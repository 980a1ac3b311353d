/**
 * Round 31 (helper "consent17"): what a resident types while the consent question (“Đồng ý lưu” / “Không lưu”) of a household
 * check waits, and right after it.
 * - "co dc ho tro j ko" after the household told in one sentence: the class its figures settle and the short list of THAT class's
 *   supports, each with its status and the sources, then the consent choice again; was every support of every class (~9.000 chars).
 * - a bare "5" taken as the size, or "lam 20 ngay" after a day's pay, gives the class as "5 nguoi" does (a753a701); was only
 *   "Mình ghi nhận: …" and the consent question.
 * - "nam sau thi sao" at the area question after “Không lưu”: the check moves to the standard of 01/01/2027 and says so; was
 *   "Mình chưa hiểu".
 * - "ong ba tui gia yeu ko ai nuoi, xin tro cap o mo": whom each support is for, its basis and status, where to apply once; was
 *   every card in full (~3.300 characters).
 * Nothing about the household is stored without consent (Luật 91/2025/QH15).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectBriefConsent, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const labels = (said: { buttons: { label: string }[] }) => said.buttons.map((button) => button.label);

describe('supports asked while the consent question waits', () => {
  it('"co dc ho tro j ko" after "nha tui 4 nguoi o que, chong lam ho 3 trieu 1 thang": this class only, short, the choice again', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = await harness.say('nha tui 4 nguoi o que, chong lam ho 3 trieu 1 thang');
    // The class first and the consent question in brief since round 43 resid46 (was the full consent question).
    expect(first.text).toContain('÷ 4 người = 750.000 đồng/người/tháng');
    expectBriefConsent(first.text);

    const asked = await harness.say('co dc ho tro j ko');
    // 3.000.000 ÷ 4 = 750.000 ≤ 1.500.000 (nông thôn): hộ cận nghèo at least, hộ nghèo with 3 indicators or more.
    expect(asked.text).toContain('Với số liệu bạn kể (thu nhập 750.000 đồng/người/tháng');
    expect(asked.text).toContain('Hộ cận nghèo được hỗ trợ');
    expect(asked.text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(asked.text).toContain('(tham khảo)');
    expect(asked.text).toContain('Nguồn:');
    expect(asked.text).toContain('/hotro ngheo');
    // Said to one resident: "Bạn … nơi bạn cư trú", not the group post's "Bà con … nơi mình cư trú".
    expect(asked.text).toContain('Bạn có thể hỏi');
    expect(asked.text).not.toContain('Bà con');
    // Not the list of every class (was "Hộ có mức sống trung bình:", "Hộ mới thoát nghèo:" … ~9.000 characters).
    expect(asked.text).not.toContain('mức sống trung bình:');
    expect(asked.text.length).toBeLessThan(1900);
    expect(labels(asked)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));
    expect(harness.storedSessions()).not.toContain('consentAt');
  });

  it('no area told and the area decides ("4 nguoi thu nhap 7 trieu"): the class by area, never every class\'s list', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi thu nhap 7 trieu 1 thang');
    const asked = await harness.say('co dc ho tro j ko');
    expect(asked.text).toContain('kết quả tùy hộ ở nông thôn hay thành thị');
    expect(asked.text).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    expect(asked.text.length).toBeLessThan(1200);
    expect(labels(asked)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));
  });
});

describe('numbers answered while the consent question waits', () => {
  it('a bare "5" after "nha tui o que, chong lam ho 3 trieu 1 thang" is the size and gives the class', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui o que, chong lam ho 3 trieu 1 thang');
    const five = await harness.say('5');
    expect(five.text).toContain('Số người: 5');
    // 3.000.000 ÷ 5 = 600.000 đồng/người/tháng.
    expect(five.text).toContain('Với số liệu bạn kể (thu nhập 600.000 đồng/người/tháng');
    expect(five.text).toContain('Gõ số: 1. Đồng ý lưu');
    expect(harness.storedSessions()).not.toContain('consentAt');
  });

  it('"lam 20 ngay" after "chong lam ho 300k 1 ngay" gives the month and the class', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que, chong lam ho 300k 1 ngay');
    const days = await harness.say('lam 20 ngay');
    expect(days.text).toContain('300.000 đồng một ngày × 20 ngày = 6.000.000 đồng một tháng');
    expect(days.text).toContain('Với số liệu bạn kể (thu nhập 1.500.000 đồng/người/tháng');
    expect(labels(days)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));
  });
});

describe('after “Không lưu”, at the area question', () => {
  it('"nam sau thi sao" moves the check to 01/01/2027, never "Mình chưa hiểu"', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi, thu nhap 7 trieu 1 thang');
    const none = await harness.say('Không lưu');
    expect(none.text).toContain('nông thôn hay thành thị');
    const later = await harness.say('nam sau thi sao');
    expect(later.text).not.toContain('Mình chưa hiểu');
    expect(later.text).toContain('chuẩn áp dụng ngày 01/01/2027');
    expect(later.text).toContain('Số người: 4');
    expect(harness.storedSessions()).not.toContain('consentAt');
  });
});

describe('an old person with no carer, where to apply', () => {
  it('"ong ba tui gia yeu ko ai nuoi, xin tro cap o mo": short, whom each is for with basis and status, the place once', async () => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('ong ba tui gia yeu ko ai nuoi, xin tro cap o mo');
    expect(asked.text).toContain('Trợ cấp xã hội hằng tháng');
    expect(asked.text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
    expect(asked.text).toContain('Căn cứ: Nghị định 20/2021/NĐ-CP');
    expect(asked.text).toContain('Nghị định 176/2025/NĐ-CP (tham khảo)');
    expect(asked.text).toContain('Nơi làm: UBND cấp xã');
    expect(asked.text.length).toBeLessThan(2000);
  });
});
