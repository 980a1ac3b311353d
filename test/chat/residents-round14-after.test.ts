/**
 * Round 14 (findings38): after a household's result. A result for the coming 2027–2030 standard (NĐ 351/2025: hộ nghèo from 3
 * deprivations) given while its indicators were never asked is never said as final (N38-60).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 03/12/2026: the 2026 standard in force, the 2027–2030 one starting within the upcoming window.
const { ask } = conversationsAt(new Date('2026-12-03T03:00:00Z'), 'round14-after');

describe('a 2027 result with its indicators never asked is not final (N38-60)', () => {
  it('"nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi": at least near-poor from 2027, poor with 3 deprivations, and what was not asked', async () => {
    const [text] = await ask('nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi');
    // 7.200.000 ÷ 4 = 1.800.000 đồng: above the 2026 rural line 1.500.000, within the 2027 line 2.200.000.
    expect(text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(text).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    expect(text).not.toMatch(/Từ 01\/01\/2027 theo chuẩn mới: hộ cận nghèo/);
    expect(text).toMatch(/chưa được hỏi: [^.]*Bảo hiểm y tế[^.]*Xử lý rác thải sinh hoạt/);
    expect(text).toContain('Kiểm tra đầy đủ');
  });

  it('"nha tui 4 nguoi o que, thu nhap 7tr2, ko co bhyt, ko co mang, la ho j": the indicators told are not listed as not asked', async () => {
    const [text] = await ask('nha tui 4 nguoi o que, thu nhap 7tr2, ko co bhyt, ko co mang, la ho j');
    expect(text).toContain('ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số');
    const notAsked = text!.split('chưa được hỏi: ')[1]!.split('. ')[0]!;
    expect(notAsked).toContain('Việc làm');
    expect(notAsked).not.toContain('Bảo hiểm y tế');
    expect(notAsked).not.toContain('Internet');
  });

  it('"nha tui 4 nguoi o que thu nhap 12 trieu la ho gi": above every line, nothing is said to be missing', async () => {
    const [text] = await ask('nha tui 4 nguoi o que thu nhap 12 trieu la ho gi');
    expect(text).not.toContain('chưa được hỏi');
  });
});
