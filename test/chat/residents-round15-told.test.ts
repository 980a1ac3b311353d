/**
 * Round 15: after a household told in one message ("nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi"), "Kiểm tra đầy đủ" asks
 * only what was not told, and "Chi tiết" gives both standards as the result said them: the coming one's two classes while its
 * indicators were never asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const NOW = new Date('2026-12-03T03:00:00Z');
const { ask } = conversationsAt(NOW, 'round15-told');

// 4 người ở quê, 7.200.000 đồng: 1.800.000 đồng/người/tháng, above the 2026 rural line: hộ có mức sống trung bình, settled.
const TOLD = 'nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi';

describe('"Kiểm tra đầy đủ" after a household told in one message asks only what is missing', () => {
  it.each(['Kiểm tra đầy đủ', 'kiem tra day du'])('"%s": the area, size, income and indicators told are kept, the first question is an indicator', async (typed) => {
    const [, started, first] = await ask('nha tui 4 nguoi o que thu nhap 7tr2 1 thang, ko co bhyt, la ho gi', typed, '2');
    expect(started).toContain('Khu vực: Nông thôn');
    expect(started).toContain('Số người: 4');
    expect(started).toContain('Thu nhập cả hộ: 7.200.000 đồng/tháng ÷ 4 người = 1.800.000 đồng/người/tháng');
    expect(started).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(first).toContain('Mình hiểu về hộ của bạn như sau');
    expect(first).not.toContain('sống ở nông thôn hay thành thị?');
    expect(first).not.toContain('bao nhiêu người cùng ăn ở chung');
    expect(first).not.toMatch(/bảo hiểm y tế[^\n]*không\?/i);
  });
});

describe('"Chi tiết" after a household told in one message with the coming standard open', () => {
  it.each(['Chi tiết', 'xem chi tiet'])('"%s": the 2027 part says it lies between two classes and which indicators were not asked', async (typed) => {
    const [result, detail] = await ask(TOLD, typed);
    expect(result).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    // Today's standard: the reasons with the figures.
    expect(detail).toContain('Vì sao:');
    expect(detail).toContain('Thu nhập 1.800.000 đồng > 1.500.000 đồng');
    // The coming standard: the same two classes as the result, never "không thiếu hụt chỉ số nào" of indicators never asked.
    expect(detail).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    expect(detail).toContain('Thu nhập 1.800.000 đồng ≤ 2.200.000 đồng');
    expect(detail).toContain('Hộ không thiếu hụt chỉ số nào trong số đã nêu');
    expect(detail).toMatch(/Câu mô tả chưa nói đến \d+ chỉ số \([^)]*Bảo hiểm y tế[^)]*\), đang được coi là không thiếu hụt; nếu hộ thiếu hụt thêm 3 chỉ số/);
    expect(detail).not.toContain('Hộ không thiếu hụt chỉ số nào,');
    expect(detail).toContain('Kiểm tra đầy đủ');
    expect(detail).not.toMatch(/Từ 01\/01\/2027 theo chuẩn mới: hộ cận nghèo/);
  });
});
