/**
 * Round 44 (tryout47 R09.2): "con di hoc mau giao thi sao" right after the tuition card is that card for a preschool child
 * (public preschool free, NQ 217/2025/QH15, tham khảo) with the lunch support of poor and near-poor households from
 * rules/supports (160.000 đồng/trẻ/tháng, NĐ 105/2020/NĐ-CP, tham khảo); was the schooling indicator.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-mend47d-tuition');

describe('"con di hoc mau giao thi sao" after the tuition card (R09.2)', () => {
  it('keeps the tuition card and adds the lunch support with its status', async () => {
    const text = await after(['con tui hoc lop 6 truong cong co phai dong hoc phi ko'], 'con di hoc mau giao thi sao');
    expect(text).not.toContain('Chỉ số thiếu hụt');
    expect(text).toContain('Miễn học phí trường công lập');
    expect(text).toContain('Nghị quyết 217/2025/QH15');
    expect(text).toContain('160.000 đồng/trẻ/tháng');
    expect(text).toContain('Nghị định 105/2020/NĐ-CP');
    expect(text).toMatch(/ăn trưa[^\n]*tham khảo/u);
    expect(text.length).toBeLessThanOrEqual(1100);
  });
});
