/**
 * Round 45 rumour51, on 07/12/2026: rumours residents bring, typed as they type them ("nghe noi", "that hok", "tren zalo noi").
 * Expectations from rules/ and /work/shared/facts (updates-2026.md wins): no monthly cash for every poor household; the monthly
 * supports (trợ cấp xã hội hằng tháng, NĐ 20/2021; trợ cấp hưu trí xã hội, NĐ 176/2025) are for eligible members only [M].
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-rumour51');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What a phone shows before the choices. */
const shown = (text: string) => text.split('\n\n').filter((part) => !/^(?:Bạn có thể gõ:|Gõ 1|\d\. )/u.test(part)).join('\n\n');

describe('a monthly sum said of every poor household: "Không đúng", briefly', () => {
  it('"nghe noi ho ngheo moi thang dc nhan 1 trieu that hok"', async () => {
    const said = await first('nghe noi ho ngheo moi thang dc nhan 1 trieu that hok');
    expect(said).toMatch(/^Không đúng: dữ liệu chính sách không có khoản tiền 1\.000\.000 đồng trả hằng tháng cho mọi hộ nghèo \(ngày 07\/12\/2026, tham khảo\)/);
    expect(said).toContain('trợ cấp xã hội hằng tháng');
    expect(said).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(said).toContain(CADRE);
    expect(said).not.toContain('2016–2021');
    expect(shown(said).length).toBeLessThanOrEqual(1000);
  });
});
