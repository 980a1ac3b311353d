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
    // Round 29 (plain12): a notice on applying is in residents' words (where to file Mẫu số 04), no longer the cadre's "Rà soát
    // thường xuyên" step; the filing step is still tham khảo, and what is not known after 2025 is still said (lead: the year in
    // "từ 01/7/2025" had given the 2025 steps, without it).
    const line = answer.split('\n').find((text) => text.includes('Mẫu số 04'))!;
    expect(line).toMatch(/\(tham khảo\)\.$/);
    expect(answer).not.toContain('đã kiểm tra');
    expect(answer).toMatch(/chưa rõ văn bản và lịch rà soát áp dụng năm 2026 \(chưa rõ\)\./);
    // Where to ask is said once, under the notice.
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
