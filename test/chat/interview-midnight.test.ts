/**
 * A check that runs past midnight into a new standard (issue 9): started 31/12/2026 23:50 in Vietnam
 * (2026 transition standard, NĐ 07/2021 Điều 3: rural line 1.500.000 đ, middle up to 2.250.000 đ),
 * finished 01/01/2027 00:10 (2027–2030 standard, NĐ 351/2025: rural line 2.200.000 đ, poor when
 * deprived in ≥ 3 indicators, otherwise near-poor). A fake clock moves between the answers.
 *
 * The household: rural, 4 people, 7.000.000 đ a month → 1.750.000 đ per person, no deprivation.
 * - 31/12/2026: 1.500.000 < 1.750.000 ≤ 2.250.000 → hộ có mức sống trung bình.
 * - 01/01/2027: 1.750.000 ≤ 2.200.000 and 0 known deprivations (the two new indicators' thresholds are
 *   unknown, but 0 + 2 < 3 cannot make it poor) → hộ cận nghèo, provisional (the standard is "reported").
 * The result is for the day the check started, says so, and gives the class under today's standard too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, sayAll, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** 23:50 on 31/12/2026 and 00:10 on 01/01/2027 in Vietnam (UTC+7). */
const BEFORE_MIDNIGHT = new Date('2026-12-31T16:50:00Z');
const AFTER_MIDNIGHT = new Date('2026-12-31T17:10:00Z');

/** Indicators of 2026 in data order; every question is asked so that "Có" = deprived. */
const NONE_DEPRIVED = Array<string>(12).fill('không');

describe('an interview across midnight into a new standard', () => {
  it('keeps the questions of the day it started, gives the result for that day and the class under today\'s standard', async () => {
    let clock = BEFORE_MIDNIGHT;
    harness = await openHarness({ now: () => clock });
    await harness.say('/kiemtra');
    const area = await harness.press('consent:yes');
    expect(area.text).toContain('Câu 1/15'); // 3 + the 12 indicators of 2026
    await harness.press(actionOf(area, 'Nông thôn'));
    await harness.say('4 người');
    await harness.say('7 triệu');
    await sayAll(harness, NONE_DEPRIVED.slice(0, 5));

    clock = AFTER_MIDNIGHT;
    const next = await harness.say(NONE_DEPRIVED[5]!);
    // Still the 2026 list: 15 steps (2027 would have 14: information_access dropped, the two new ones not askable).
    expect(next.text).toContain('Câu 10/15');
    const screen = await sayAll(harness, NONE_DEPRIVED.slice(6));
    expect(screen.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(screen.text).toContain('Thu nhập bình quân: 1.750.000 đồng/người/tháng (chuẩn nghèo nông thôn: 1.500.000 đồng), ngày 31/12/2026.');
    expect(screen.text).toContain('Kết quả trên tính cho ngày 31/12/2026, ngày bạn bắt đầu trả lời, theo chuẩn của ngày đó.');
    expect(screen.text).toContain(
      'Hôm nay 01/01/2027 đã áp dụng Chuẩn nghèo đa chiều giai đoạn 2027–2030 (Nghị định 351/2025/NĐ-CP): theo chuẩn này là hộ cận nghèo (tạm tính).',
    );
    // Said once, not again as "Từ 01/01/2027 theo chuẩn mới".
    expect(screen.text).not.toContain('theo chuẩn mới');

    const details = await harness.press(actionOf(screen, 'Chi tiết'));
    expect(details.text).toContain('ngày 31/12/2026');
    expect(details.text).toContain('theo chuẩn này là hộ cận nghèo (tạm tính)');
    expect(details.text).toContain('Chuẩn áp dụng cho ngày 31/12/2026');
  });

  it('says nothing about another day when the check starts and ends after midnight', async () => {
    harness = await openHarness({ now: () => AFTER_MIDNIGHT });
    await harness.say('/kiemtra');
    const area = await harness.press('consent:yes');
    // 2027: area, members, income and the 10 indicators whose threshold is known (dịch vụ số and rác thải are not asked).
    expect(area.text).toContain('Câu 1/13');
    await harness.press(actionOf(area, 'Nông thôn'));
    await harness.say('4 người');
    await harness.say('7 triệu');
    const screen = await sayAll(harness, NONE_DEPRIVED.slice(0, 10));
    expect(screen.text).toContain('HỘ CẬN NGHÈO');
    expect(screen.text).toContain('ngày 01/01/2027');
    expect(screen.text).not.toContain('ngày bạn bắt đầu trả lời');
  });

  it('a quick check\'s "Chi tiết" pressed after midnight shows the result of the check\'s day', async () => {
    let clock = BEFORE_MIDNIGHT;
    harness = await openHarness({ now: () => clock });
    // 1.800.000 rural, no deprivation: 2026 middle (1,5 M < x ≤ 2,25 M); 2027 ≤ 2,2 M with 0 known → near-poor.
    const screen = await harness.say('/kiemtra nt 1.8tr');
    expect(screen.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    clock = AFTER_MIDNIGHT;
    const details = await harness.press(actionOf(screen, 'Chi tiết'));
    expect(details.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(details.text).toContain('Chuẩn áp dụng cho ngày 31/12/2026');
    expect(details.text).toContain('Hôm nay 01/01/2027 đã áp dụng');
    expect(details.text).toContain('theo chuẩn này là hộ cận nghèo (tạm tính)');
  });
});
