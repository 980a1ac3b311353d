/**
 * Round 42 (resid44, 07/12/2026): a resident tells the household in one message (Zalo style, no diacritics) and gets its
 * provisional class with the period's line and its status, what else decides it, and the consent in brief.
 * Worked by hand from /work/shared/facts (updates-2026.md wins) and rules/standards:
 * - 2026: the 2022–2025 standard of NĐ 07/2021 Điều 3 continues (NĐ 351/2025 [M]): lines nông thôn 1.500.000 / thành thị
 *   2.000.000 đồng, hộ có mức sống trung bình up to 2.250.000 / 3.000.000 đồng; ≤ line and ≥ 3 deprivations → hộ nghèo, < 3 → cận nghèo.
 * - from 01/01/2027 (NĐ 351/2025 [M]): nông thôn 2.200.000 / đô thị 2.800.000 đồng, same ≥ 3 rule; indicators changed, the two
 *   new criteria's thresholds [?].
 *   "nha tui 4 nguoi o sai gon thu nhap 9 trieu, thue tro 12m2": 9.000.000 ÷ 4 = 2.250.000 > 2.000.000 and ≤ 3.000.000 (thành thị)
 *   → hộ có mức sống trung bình in 2026 whatever the deprivations; 2027: ≤ 2.800.000 → at least cận nghèo, nghèo from 3; 12 m² ÷ 4
 *   = 3 m²/người < 8 → one deprivation (diện tích nhà ở).
 *   "nha em 5 nguoi o q8 tong thu nhap 8tr": 1.600.000 ≤ 2.000.000 (thành thị) → cận nghèo or nghèo by the deprivations.
 *   "nha co 3 nguoi, lam ruong, moi thang dc 4 trieu": 1.333.333 ≤ both lines → cận nghèo or nghèo, the area changes nothing.
 *   "nha tui 6 nguoi o que, thu nhap 12 trieu 1 thang": 2.000.000 > 1.500.000, ≤ 2.250.000 → hộ có mức sống trung bình.
 *   "tui o phuong, moi nguoi kiem dc 2tr7, qua nam 2027 co vo ho ngheo ko": 2.700.000 ≤ 2.800.000 (đô thị, 2027) → nghèo from 3
 *   deprivations, else cận nghèo; the new criteria's thresholds chưa rõ.
 *   "1.500.000 dung moc, thieu 3 chi so thi la ho j": 1.500.000 ≤ 1.500.000 (≤ is inclusive) and 3 ≥ 3 → hộ nghèo (2026).
 * Old replies: 1.423 characters and no class; the 2027 review procedure's card (2.019); 1.679 characters; "chi tiết" at the consent
 * spoke of "loại hộ ở trên" when no class had been said.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, expectBriefConsent } from './harness.ts';

// 07/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid44');
const CONSENT = 'Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.';
const KEPT_2026 = 'Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo)';
const BOTH_ENDS = 'hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt (hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên;';
const COMING = 'ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số';

describe('1: a household told in one message, nothing asked: the provisional class, the line and its status, the consent in brief', () => {
  it('"nha tui 4 nguoi o sai gon thu nhap 9 trieu, thue tro 12m2": hộ có mức sống trung bình in 2026, at least cận nghèo from 2027', async () => {
    const [answer] = await ask('nha tui 4 nguoi o sai gon thu nhap 9 trieu, thue tro 12m2');
    expect(answer).toContain('Tạm tính (tham khảo). Thu nhập cả hộ: 9.000.000 đồng/tháng ÷ 4 người = 2.250.000 đồng/người/tháng (thành thị)');
    expect(answer).toContain(`(chuẩn nghèo thành thị 2.000.000 đồng; ${KEPT_2026}): hộ là hộ có mức sống trung bình (đến 3.000.000 đồng); thiếu hụt chỉ số nào cũng không làm đổi kết quả.`);
    expect(answer).toContain(`Từ 01/01/2027 (chuẩn nghèo thành thị 2.800.000 đồng; Nghị định 351/2025/NĐ-CP (tham khảo)): ${COMING}`);
    expect(answer).toContain('12 m² ÷ 4 người = 3 m²/người < 8 m²/người');
    expect(answer).toContain('TP.HCM có chuẩn nghèo riêng');
    // Said once each (was "Khu vực: Thành thị" and the lack said again before its sum).
    expect(answer).not.toContain('Khu vực: Thành thị');
    expect(answer).not.toContain('Diện tích nhà ở bình quân đầu người: thiếu hụt');
    expectBriefConsent(answer!.slice(answer!.indexOf(CONSENT)));
    expect(answer!.length, answer).toBeLessThanOrEqual(1550);
  });

  it.each([
    ['nha em 5 nguoi o q8 tong thu nhap 8tr', '5 người = 1.600.000 đồng/người/tháng (thành thị)', 'chuẩn nghèo thành thị 2.000.000 đồng', BOTH_ENDS],
    ['nha co 3 nguoi, lam ruong, moi thang dc 4 trieu', '3 người = 1.333.333 đồng/người/tháng', 'chuẩn nghèo nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng', BOTH_ENDS],
    ['nha tui 6 nguoi o que, thu nhap 12 trieu 1 thang', '6 người = 2.000.000 đồng/người/tháng (nông thôn)', 'chuẩn nghèo nông thôn 1.500.000 đồng', 'hộ là hộ có mức sống trung bình (đến 2.250.000 đồng)'],
    ['nha tui 4 nguoi o que thu nhap 5 trieu, ad oi tu van giup voi', '4 người = 1.250.000 đồng/người/tháng (nông thôn)', 'chuẩn nghèo nông thôn 1.500.000 đồng', BOTH_ENDS],
  ])('"%s"', async (text, income, line, today) => {
    const answer = await first(text);
    expect(answer).toContain(`Tạm tính (tham khảo). Thu nhập cả hộ:`);
    expect(answer).toContain(income);
    expect(answer).toContain(`(${line}; ${KEPT_2026}): ${today}`);
    expect(answer).toContain(COMING);
    expectBriefConsent(answer.slice(answer.indexOf(CONSENT)));
    expect(answer.length, answer).toBeLessThanOrEqual(1100);
  });
});

describe('2: an income per person and 2027 asked: the 2027 line, what decides, what is not yet known', () => {
  it.each([
    'tui o phuong, moi nguoi kiem dc 2tr7, qua nam 2027 co vo ho ngheo ko',
    'o thanh pho, binh quan moi nguoi dc 2tr7, qua nam 2027 co vo dien ngheo hok',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toContain('theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo), ở thành thị (mức ≤ 2.800.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(answer).toContain('Số chỉ số thiếu hụt được đếm theo bộ chỉ số từ 01/01/2027 (tham khảo):');
    expect(answer).toContain('(ngưỡng chưa rõ)');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Thủ tục rà soát');
    expect(answer.length, answer).toBeLessThanOrEqual(1200);
  });
});

describe('3: an amount at the line with a count of deprivations: the class first, in brief', () => {
  it.each([
    ['1.500.000 dung moc, thieu 3 chi so thi la ho j', 'Hộ nghèo (tạm tính).', 'hộ nghèo vì thiếu hụt 3 chỉ số'],
    ['1tr5 dung moc, thieu 2 chi so thi la ho gi', 'Hộ cận nghèo (tạm tính).', 'hộ cận nghèo vì thiếu hụt 2 chỉ số'],
    ['o que thu nhap 1tr5 bang moc, thieu 3 chi so thi la ho gi', 'Hộ nghèo (tạm tính).', 'hộ nghèo vì thiếu hụt 3 chỉ số'],
  ])('"%s"', async (text, lead, because) => {
    const answer = await first(text);
    expect(answer.startsWith(lead), answer).toBe(true);
    expect(answer).toContain(because);
    expect(answer).toContain('thuộc mức “bằng hoặc thấp hơn chuẩn” (≤)');
    expect(answer).toContain('NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a, b (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo)');
    expect(answer).toContain('nông thôn mức ≤ 2.200.000 đồng');
    expect(answer).toContain('ngưỡng chưa rõ');
    expect(answer.length, answer).toBeLessThanOrEqual(1050);
  });
});

describe('5: a household with a question not read as one still gets its class; "chi tiết" speaks of it only when said', () => {
  it('"nha em 5 nguoi o q8 tong thu nhap 8tr, vay co vo dien can ngheo dc hong", then "chi tiet"', async () => {
    const [answer, detail] = await ask('nha em 5 nguoi o q8 tong thu nhap 8tr, vay co vo dien can ngheo dc hong', 'chi tiet');
    expect(answer).toContain(BOTH_ENDS);
    expect(answer).toContain('chuẩn nghèo thành thị 2.000.000 đồng');
    expect(answer!.length, answer).toBeLessThanOrEqual(1100);
    expect(detail).toContain('Loại hộ ở trên là mình đoán nhanh');
  });

  it('"nghe noi 2 trieu la ho ngheo, nha tui 4 nguoi 7 trieu" (no class said), then "chi tiet": no "loại hộ ở trên"', async () => {
    const [answer, detail] = await ask('nghe noi 2 trieu la ho ngheo, nha tui 4 nguoi 7 trieu', 'chi tiet');
    expect(answer).not.toContain('Tạm tính');
    expect(detail).toContain('Bấm “Đồng ý lưu”');
    expect(detail).not.toContain('Loại hộ ở trên');
  });
});
