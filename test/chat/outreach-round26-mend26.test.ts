/**
 * Round 26 (mend26, 05/12/2026): a commune officer's notice quotes the ongoing review (QĐ 24/2021 Điều 5, [M]; applied in 2026 [?])
 * as "tham khảo", never as checked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T17:30:00Z'), 'round26-mend26-outreach');

describe('the monthly review in a notice is tham khảo, its use after 2025 not known', () => {
  it('"soạn giúp thông báo ngắn: từ 01/7/2025 bà con nộp hồ sơ hộ nghèo ở UBND xã"', async () => {
    const answer = await first('soạn giúp thông báo ngắn: từ 01/7/2025 bà con nộp hồ sơ hộ nghèo ở UBND xã');
    const line = answer.split('\n').find((text) => text.includes('Rà soát thường xuyên'))!;
    expect(line).toMatch(/\(tham khảo\)$/);
    expect(line).toContain('Áp dụng sau năm 2025: chưa rõ.');
    // Where to ask is said once, under the notice.
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
