/**
 * Round 34 (mend34b, 06/12/2026): "bh y te" is "bảo hiểm y tế", never "bây giờ y tế" ("bh" alone is "bây giờ"): the near-poor
 * household's BHYT card, not the supports explainer.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'insurance34b');

describe('"bh y te" is health insurance', () => {
  it('"bh y te ho can ngheo dc bn": the near-poor BHYT card', async () => {
    const text = await first('bh y te ho can ngheo dc bn');
    expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(text).toContain('• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(text).not.toContain('Giải thích ngắn');
  });
});
