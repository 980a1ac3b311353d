/**
 * Round 35 law26: a province merged on 01/07/2025 into one with no own standard in rules/local/ ("quang nam" → thành phố Đà
 * Nẵng), named in the first message about the standard, is said as the follow-up "o quang nam" says it (provinceMovedText):
 * the merger (tham khảo) and that Đà Nẵng's own standard is not known (chưa rõ), with whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const at = (day: string) => new Date(`${day}T03:00:00Z`);
const MERGED = 'Quảng Nam nay thuộc thành phố Đà Nẵng (từ 01/07/2025, tham khảo).';
const NONE = 'Trợ lý không có dữ liệu về chuẩn nghèo riêng của thành phố Đà Nẵng (nếu có; chưa rõ)';

describe('a merged province with no own standard, on 15/12/2026', () => {
  const { first, after } = conversationsAt(at('2026-12-15'), 'law26-merged');

  it.each(['chuan ngheo quang nam bn', 'o quang nam chuan ngheo la bao nhieu z'])('“%s”: the merger and Đà Nẵng’s own standard chưa rõ, then the national card', async (asked) => {
    const text = await first(asked);
    // Was the national card with no word of the merger.
    expect(text.startsWith(MERGED)).toBe(true);
    expect(text).toContain(NONE);
    expect(text).toContain('Chuẩn nghèo áp dụng hôm nay, 15/12/2026');
    expect(text).toContain(REFERRAL);
  });

  it('the first message and the follow-up “o quang nam” lead with the same lines', async () => {
    const lead = (text: string) => text.split('\n').slice(0, 2).join('\n');
    expect(lead(await first('chuan ngheo quang nam bn'))).toBe(lead(await after(['chuan ngheo bn'], 'o quang nam')));
  });

  it('“chuan ngheo nghe an bn” (not merged): no merger line', async () => {
    expect(await first('chuan ngheo nghe an bn')).not.toContain('nay thuộc');
  });
});
