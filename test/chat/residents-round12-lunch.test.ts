/**
 * Round 12 (findings35 N35-10, an outside tester playing residents on Zalo): a preschool child's meals are the lunch support
 * (160.000 đồng/trẻ/tháng, NĐ 105/2020/NĐ-CP, tham khảo, from rules/supports), never the schooling indicator. Asked 03/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-03T03:00:00Z'), 'round12-lunch');

describe('"tui nho nha tui hoc mau giao dc ho tro tien an ko" is the lunch support (N35-10)', () => {
  it.each([
    'tui nho nha tui hoc mau giao dc ho tro tien an ko',
    'con tui di mau giao co dc tien an ko',
    'be nha tui hoc mam non dc ho tro tien com hok',
  ])('"%s"', async (question) => {
    const text = await first(question);
    expect(text.split('\n')[0]).toMatch(/^Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo/);
    expect(text).toContain('160.000 đồng/trẻ/tháng');
    expect(text).toContain('Nghị định 105/2020/NĐ-CP');
    expect(text).toContain('tham khảo');
    expect(text).not.toContain('Chỉ số thiếu hụt');
  });
});
