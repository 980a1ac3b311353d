/**
 * Round 18 (supports): residents asking about supports as they type them in Zalo, in the chat and through /api/ask alike.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round18-supports');
const both = async (question: string) => [await first(question), askApiText(question, TODAY)];

describe('a funeral asked as a support', () => {
  it.each(['nha co nguoi mat ho ngheo dc ho tro tien ma chay ko', 'ho ngheo co dc ho tro tien dam ma ko', 'ba tui mat roi nha can ngheo co dc tien mai tang hong ad'])(
    '"%s": not in the data, said plainly, the commune cadre named; never why a household loses its status nor a plan',
    async (question) => {
      for (const text of await both(question)) {
        expect(text).toMatch(/^Thông tin về hỗ trợ chi phí mai táng \(ma chay\)[^]*không có trong dữ liệu của trợ lý/);
        expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
        expect(text).not.toContain('không còn trong danh sách');
        expect(text).not.toMatch(/\d{3}\.000 đồng/);
      }
    },
  );

  it('guard: "nha tui co nguoi mat roi co phai khai lai ko" stays the members changed', async () => {
    expect(await first('nha tui co nguoi mat roi co phai khai lai ko')).not.toContain('mai táng');
  });
});
