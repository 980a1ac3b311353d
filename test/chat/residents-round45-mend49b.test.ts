/**
 * Round 45 mend49b, on 07/12/2026: a disabled person who asks what they get hears the monthly social allowance first (supports.md:
 * mức chuẩn trợ giúp xã hội 500.000 đồng/tháng, NĐ 76/2024; the province may pay more), then where to apply; was the class and the
 * consent. (The class-first reply for households told with lacks was reverted at the end of round 45: it broke older cases.)
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-mend49b');

describe('a disabled person asking what they get hears the monthly social allowance first', () => {
  it.each([
    'tui bi khuyet tat 2 chan, song 1 minh, ko co thu nhap, dc ho tro j ko',
    'me tui bi liet nua nguoi, nha 3 nguoi o que, thu nhap 3 trieu, co dc ho tro gi hong',
  ])('"%s" (was the class and the consent, 1.386 characters, no allowance)', async (message) => {
    const reply = await DECEMBER.first(message);
    expect(reply).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì/u);
    expect(reply).toContain('Trợ cấp xã hội hằng tháng');
    expect(reply).toContain('500.000 đồng/tháng từ 01/07/2024 (tỉnh có thể quy định cao hơn)');
    expect(reply).toContain('UBND cấp xã');
    expect(reply).not.toContain('Đồng ý lưu');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });
});
