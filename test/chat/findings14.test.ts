/**
 * findings14 (outside resident test, 02/12/2026) in chat: the same household is said in the same words today and on the
 * follow-up about next year; a rumour about the 2027 line is corrected the same way as on /api/ask.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());
const DEC_2026 = () => new Date('2026-12-02T03:00:00Z');

describe('a 2027 result open only by the new indicators (findings14 #2)', () => {
  it('first screen and "vay nam sau thi sao" both say "ít nhất là hộ cận nghèo", never "CHƯA XÁC ĐỊNH ĐƯỢC"', async () => {
    harness = await openHarness({ now: DEC_2026 });
    let turn = await harness.say('nha 4 ng o que, chong mat roi, tui lam muon thang 3 trieu, 3 dua con 5, 9, 12 tuoi');
    turn = await harness.say('2');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('khong');
    // 3.000.000 ÷ 4 = 750.000 ≤ 2.200.000 (nông thôn 2027), dependants known, 2 new indicators of unknown threshold.
    expect(turn.text).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính)');
    const next = await harness.say('vay nam sau thi sao');
    expect(next.text).toContain('ÍT NHẤT LÀ HỘ CẬN NGHÈO (tạm tính); là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    expect(next.text).not.toMatch(/CHƯA XÁC ĐỊNH ĐƯỢC/i);
  });
});

describe('rumours about the 2027 line and the housing amount (findings14 #9, #5)', () => {
  it('"tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko": the draft figure corrected first, no support, no 01/07/2027', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say('tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko');
    // NĐ 351/2025 (tham khảo): 2.200.000 nông thôn, 2.800.000 thành thị, hộ nghèo with ≥ 3 deprivations; 1,9 triệu was the 9/2025 draft.
    expect(text.startsWith('Không đúng: 1,9 triệu là mức trong dự thảo tháng 9/2025; bản cuối (tham khảo): 2.200.000 đồng nông thôn / 2.800.000 đồng thành thị, hộ nghèo khi thiếu hụt từ 3 chỉ số.')).toBe(true);
    expect(text).not.toContain('khoản hỗ trợ nào');
    expect(text).not.toContain('01/07/2027');
  });

  it('"nghe noi dc 60 trieu dung ko" after the housing answer: the 2024–2025 xóa nhà tạm amount, not "ngoài phạm vi"', async () => {
    harness = await openHarness({ now: DEC_2026 });
    await harness.say('nha tui ho ngheo, nha sap sap muon xin ho tro xay nha dc bn tien');
    const { text } = await harness.say('nghe noi dc 60 trieu dung ko');
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toMatch(/^Chưa xác nhận được/);
    expect(text).toContain('60.000.000 đồng');
    expect(text).toContain('không áp dụng năm 2026');
  });
});
