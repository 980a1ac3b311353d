/**
 * Round 15, 03/12/2026: residents, cadres and outreach ask about the change of 01/01/2027 (the 2027–2030 standard of
 * Nghị định 351/2025/NĐ-CP, the merged programme 2026–2035, the procedure after 01/07/2025) in their own words.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round15-2027');

describe('an indicator of "chuẩn mới" is the 2027–2030 standard\'s, not today\'s', () => {
  it.each([
    ['xu ly rac thai la chi so gi trong chuan ngheo moi', 'Xử lý rác thải sinh hoạt'],
    ['chuan moi co tinh chi so rac thai ko', 'Xử lý rác thải sinh hoạt'],
    ['chi so internet chuan moi la sao', 'Sử dụng dịch vụ số, Internet'],
  ])('"%s": the 2027 indicator, its threshold not known', async (text, name) => {
    const reply = await first(text);
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027');
    expect(reply).toContain(`${name} (`);
    expect(reply).toContain('(chưa rõ)');
    expect(reply).toContain('NĐ 351/2025/NĐ-CP');
    expect(reply).not.toContain('không được tính là thiếu hụt vào ngày đó');
  });

  it('"chi so rac thai la gi" (no year): not in today\'s standard, in the one from 01/01/2027', async () => {
    const reply = await first('chi so rac thai la gi');
    expect(reply).toContain('Chuẩn nghèo áp dụng hôm nay, 03/12/2026, chưa có chỉ số “Xử lý rác thải sinh hoạt”');
    expect(reply).toContain('chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo), áp dụng từ 01/01/2027 (Nghị định 351/2025/NĐ-CP)');
    expect(reply).toContain('Ngưỡng thiếu hụt của chỉ số này chưa được công bố hoặc chưa được kiểm tra');
  });

  it('"nha tui ko co nha ve sinh chuan moi co tinh thieu hut ko": the 2027 threshold said as the 2022–2025 one kept', async () => {
    const reply = await first('nha tui ko co nha ve sinh chuan moi co tinh thieu hut ko');
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2027');
    expect(reply).toContain('Năm 2027: ngưỡng này là của giai đoạn 2022–2025');
  });

  it('"chi so internet la gi" (today\'s standard has it) stays today\'s', async () => {
    const reply = await first('chi so internet la gi');
    expect(reply).toContain('Chỉ số thiếu hụt theo chuẩn nghèo áp dụng ngày 03/12/2026');
    expect(reply).toContain('Sử dụng dịch vụ viễn thông');
  });
});
