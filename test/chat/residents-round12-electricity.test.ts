/**
 * Round 12 (findings35 N35-22): the electricity card names 29/05/2025 as the date of QĐ 14/2025/QĐ-TTg (its signing; no
 * effective date in the facts), never as the day the support starts. Asked on 03/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-03T03:00:00Z'), 'round12-electricity');

describe('"tien dien ho ngheo dc ho tro bn": 29/05/2025 is the decision\'s date, not a start (N35-22)', () => {
  it('the card says "Quyết định 14/2025/QĐ-TTg (29/05/2025) … thay thế", with its status', async () => {
    const text = await first('tien dien ho ngheo dc ho tro bn');
    expect(text).not.toContain('Từ 29/05/2025, Quyết định 14/2025');
    expect(text).toContain('Theo thông tin tham khảo, Quyết định 14/2025/QĐ-TTg (ngày 29/05/2025) về cơ cấu biểu giá bán lẻ điện thay thế Quyết định 28/2014/QĐ-TTg');
    expect(text).toContain('chưa có thông tin chắc chắn');
  });
});
