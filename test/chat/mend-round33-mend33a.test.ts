/**
 * Round 33 (mend33a, 06/12/2026): regressions of round 33, in the residents' own words.
 * - "cất nhà" (Southern: building a house) before a class is the housing support, no "cắt hộ nghèo" (taken off the list).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-mend33a');
const OFF_THE_LIST = 'Hộ không có tên (hoặc không còn tên) trong danh sách';

describe('"cất nhà" is building a house', () => {
  it.each(['tien cat nha ho ngheo dc bao nhieu', 'ho tro cat nha ho can ngheo o dau', 'cat nha ho ngheo dc ho tro bn'])('"%s": the housing card', async (question) => {
    const text = await first(question);
    expect(text).not.toContain(OFF_THE_LIST);
    expect(text).toContain('Hỗ trợ nhà ở (theo dữ liệu chính sách');
  });

  it('"xa moi cat ho ngheo nha tui, con dc bhyt ko": still the newly escaped household\'s health insurance', async () => {
    const text = await first('xa moi cat ho ngheo nha tui, con dc bhyt ko');
    expect(text).toContain('Hộ mới thoát nghèo');
    expect(text).toContain('bảo hiểm y tế');
  });
});
