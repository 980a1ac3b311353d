/**
 * Round 19 (tryout): whole conversations played as residents type them on Zalo (no diacritics, "dc", "ko", "ad"), what they
 * found wrong.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round19-tryout');

describe('more detail asked the Zalo way', () => {
  it.each(['chi tiet hon dc ko', 'noi ro hon dc ko ad', 'giai thich them dc hok', 'ad noi ro hon chut dc ko', 'noi ky hon dum'])(
    '"%s" after the list of a class\'s supports: each support in full (was: "ngoài phạm vi")',
    async (typed) => {
      const [, more] = await ask('ho can ngheo dc ho tro gi', typed);
      expect(more).not.toContain('ngoài phạm vi');
      expect(more).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
      expect(more).not.toContain('Chi tiết từng khoản');
    },
  );

  it('"chi tiet hon dc ko" after the 2027 figures: the whole 2027 card with its indicators (was: "đã là đầy đủ" under "bấm Chuẩn đầy đủ")', async () => {
    const [figures, more] = await ask('chuan ngheo nam sau la bn', 'chi tiet hon dc ko');
    expect(figures).toContain('bấm “Chuẩn đầy đủ”');
    expect(more).not.toContain('đã là đầy đủ');
    expect(more).toContain('Các chỉ số thiếu hụt');
    expect(more).toContain('2.200.000 đồng');
  });

  it('"noi ro hon dc ko ad" after the procedure asked for its papers (already the whole card): said so, never "ngoài phạm vi"', async () => {
    const [, again] = await ask('can giay to j de xet ho ngheo', 'noi ro hon dc ko ad');
    expect(again).toContain('đã là đầy đủ');
  });

  it('guard: a question with its subject stays that question', async () => {
    const [, loans] = await ask('ho can ngheo dc ho tro gi', 'chi tiet hon ve vay von dc ko');
    expect(loans).toContain('Ngân hàng Chính sách xã hội');
    expect(loans).not.toContain('Miễn học phí');
  });
});
