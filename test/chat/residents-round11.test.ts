/**
 * Round 11 (findings31): residents' answers during the household check, typed as on a cheap phone. Standard of 2026 (harness
 * day 15/03/2026): NĐ 07/2021/NĐ-CP Điều 3, kept for 2026 by NĐ 351/2025/NĐ-CP. Income per person = the household's monthly
 * income ÷ members, a year's income ÷ 12 (the review counts the last 12 months ÷ 12); nông thôn ≤ 1.500.000 đ → nghèo / cận
 * nghèo, ≤ 2.250.000 đ → mức sống trung bình; thành thị 2.000.000 / 3.000.000 đ.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { openHarness, sayAll, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('the year said before "tám chục / tầm chục?" is kept for the figure answered (R03)', () => {
  it('"1 nam lam dc tam chuc trieu", then "80 trieu": 80.000.000 a year ÷ 12 (was: 80.000.000 đồng/tháng)', async () => {
    harness = await openHarness();
    const asked = await harness.say('nha tui 4 khau o nong thon, 1 nam lam dc tam chuc trieu');
    expect(asked.text).toContain('tám chục: 80.000.000 đồng?');
    const answered = await harness.say('80 trieu');
    // 80.000.000 ÷ 12 = 6.666.667 đồng một tháng; ÷ 4 người = 1.666.667 > 1.500.000, ≤ 2.250.000 (nông thôn) → mức sống trung bình.
    expect(answered.text).toContain('80.000.000 đồng một năm ÷ 12 = 6.666.667 đồng một tháng');
    expect(answered.text).toContain('Thu nhập cả hộ: 6.666.667 đồng/tháng ÷ 4 người = 1.666.667 đồng/người/tháng');
    expect(answered.text).not.toContain('80.000.000 đồng/tháng');
  });

  it('the same at the income question, after "ko luu": "tam chuc trieu 1 nam" then "80 trieu" (was: 26.666.667 đồng/người/tháng)', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 3 nguoi o thanh pho thu nhap tam chuc trieu 1 nam', 'ko luu']);
    const answered = await harness.say('80 trieu');
    // 80.000.000 ÷ 12 = 6.666.667; ÷ 3 = 2.222.222 > 2.000.000, ≤ 3.000.000 (thành thị) → mức sống trung bình.
    expect(answered.text).toContain('Mình tính: 80.000.000 đồng một năm ÷ 12 = 6.666.667 đồng một tháng.');
    expect(answered.text).toContain('6.666.667 đồng/tháng ÷ 3 người = 2.222.222 đồng/người/tháng');
  });

  it('a figure answered with its own period is read as said; the reader says for which period the figure asked was said', () => {
    const rules = loadRules();
    const date = '2026-12-02';
    expect(understandHousehold('nha tui 4 khau o nong thon, 1 nam lam dc tam chuc trieu', rules, date).askedFor).toEqual({ period: 'year', count: 1 });
    // No period said with the figure asked: nothing kept (the month is assumed, as for any figure).
    expect(understandHousehold('nha tui 4 khau o nong thon, lam dc tam chuc trieu', rules, date).askedFor).toBeUndefined();
    const year = { bareAmountFor: { period: 'year' as const, count: 1 } };
    expect(understandHousehold('80 trieu', rules, date, year).understood.monthlyIncome).toBe(6_666_667);
    expect(understandHousehold('8 trieu 1 thang', rules, date, year).understood.monthlyIncome).toBe(8_000_000);
  });
});

describe('a correction during the interview does not answer the question on screen (R05)', () => {
  it('"ko phai, nha 5 nguoi ma" at Việc làm fixes the size and asks Việc làm again (was: recorded "Việc làm: không thiếu hụt")', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', 'ko luu']);
    const corrected = await harness.say('ko phai, nha 5 nguoi ma');
    expect(corrected.text).toContain('Số người: 5');
    expect(corrected.text).toContain('Câu 4/15 · Việc làm');
    expect(corrected.text).not.toContain('Việc làm: không thiếu hụt');
    // The question still waits: "co" answers it (thiếu hụt), then the next one comes.
    const answered = await harness.say('co');
    expect(answered.text).toContain('Câu 5/15');
    const result = await sayAll(harness, ['ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko']);
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000 (nông thôn); việc làm = 1 chỉ số < 3 → hộ cận nghèo.
    expect(result.text).toContain('HỘ CẬN NGHÈO');
  });

  it('the same figure said again with "ko phai" is said back and the question asked again, not answered "không"', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 5 nguoi o que thu nhap 5 trieu 1 thang', 'ko luu']);
    const again = await harness.say('ko phai, nha 5 nguoi ma');
    expect(again.text).toContain('Mình vẫn ghi: Khu vực: Nông thôn; Số người: 5');
    expect(again.text).toContain('Câu 4/15 · Việc làm');
    expect(again.text).not.toContain('Câu 5/15');
  });
});

describe('natural answers at the interview questions (R17)', () => {
  const household = ['nha tui 5 nguoi o que thu nhap 5 trieu 1 thang', 'ko luu'];

  it('"co 3 dua nho voi ba noi 70 tuoi" at the dependants question: 4 of 5, thiếu hụt (was: asked to answer có/không)', async () => {
    harness = await openHarness();
    await sayAll(harness, [...household, 'ko']);
    const told = await harness.say('co 3 dua nho voi ba noi 70 tuoi');
    // 3 trẻ nhỏ (dưới 16) + bà nội 70 tuổi (từ 60) = 4 người phụ thuộc / 5 người = 80% > 50% (NĐ 07/2021 Phụ lục).
    expect(told.text).toContain('Người phụ thuộc chiếm 4/5 người, hơn 50% số thành viên');
    expect(told.text).toContain('Câu 6/15');
  });

  it('"nha 40 met vuong" at the floor-area question, 5 people: 8 m² each is not "dưới 8 m²"; 30 m² is (was: asked again)', async () => {
    harness = await openHarness();
    await sayAll(harness, [...household, 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko']);
    const eight = await harness.say('nha 40 met vuong');
    // 40 ÷ 5 = 8 m²/người, not under 8 (rules/parameters.yaml housing_area_min) → không thiếu hụt.
    expect(eight.text).toContain('40 m² ÷ 5 người = 8 m²/người ≥ 8 m²/người, nên hộ không thiếu hụt');
    expect(eight.text).toContain('Câu 12/15');
    const back = await harness.say('quay lai');
    expect(back.text).toContain('Câu 11/15');
    // 30 ÷ 5 = 6 m²/người < 8 → thiếu hụt.
    expect((await harness.say('nha 30 met vuong')).text).toContain('30 m² ÷ 5 người = 6 m²/người < 8 m²/người, nên hộ thiếu hụt');
  });

  it('"co dt thong minh" said at the floor-area question answers the information and telecom questions (was: ignored, asked later)', async () => {
    harness = await openHarness();
    await sayAll(harness, [...household, 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko']);
    const phone = await harness.say('co dt thong minh');
    expect(phone.text).toContain('Phương tiện phục vụ tiếp cận thông tin: không thiếu hụt');
    expect(phone.text).toContain('Câu 11/15');
    // Floor area, water, latrine: then the result, the two information questions already answered.
    const result = await sayAll(harness, ['ko', 'ko', 'ko']);
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000, no deprivation → hộ cận nghèo.
    expect(result.text).toContain('HỘ CẬN NGHÈO');
  });

  it('the smartphone meets the indicator of the period: information access in 2026, digital services from 2027', () => {
    const rules = loadRules();
    expect(understandHousehold('co dt thong minh', rules, '2026-12-02').notDeprived).toEqual(['telecom', 'information_access']);
    expect(understandHousehold('co dt thong minh', rules, '2027-01-02').notDeprived).toEqual(['digital_services']);
    // Without one, the household may still have a TV or a radio: nothing said of information access.
    expect(understandHousehold('ko co dt thong minh', rules, '2026-12-02').notDeprived).not.toContain('information_access');
    expect(understandHousehold('ko co dt thong minh', rules, '2026-12-02').understood.deprivations).not.toContain('information_access');
  });
});
