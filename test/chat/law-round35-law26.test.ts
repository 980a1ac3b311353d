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

/**
 * A later day written with "áp dụng chưa": asked of the first day of the standard in force that day (01/01/2027, the 2027–2030
 * standard of NĐ 351/2025, tham khảo), and said to apply by the day written; was "Sắp thay đổi" and the changes, no yes or no.
 */
describe('on 15/12/2026, a day after 01/01/2027 asked', () => {
  const { first } = conversationsAt(at('2026-12-15'), 'law26-yet-before');

  it.each(['tu 1/7/2027 chuan ngheo moi ap dung chua', 'den 1/7/2027 thi ap dung chua', 'tu 1/7/2027 chuan moi co hieu luc chua ad'])('“%s”: not yet today, from 01/01/2027, so by 01/07/2027 it applies', async (asked) => {
    const text = await first(asked);
    // Round 36 mend36a: that day's yes first (was "Chưa. …, nên đến 01/07/2027 đã áp dụng chuẩn này.", read as no).
    expect(text).toMatch(/^Đến 01\/07\/2027: có — theo dữ liệu chính sách, từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\); hôm nay, 15\/12\/2026, vẫn áp dụng chuẩn nghèo đa chiều năm 2026 \(năm chuyển tiếp\) \(tham khảo\)\./);
    expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(text).not.toContain('Sắp thay đổi');
    expect(text).toContain(REFERRAL);
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('“tu 1/1 chuan ngheo moi ap dung chua”: the day asked, its yes first (round 36 mend36a; was "Chưa.")', async () => {
    const text = await first('tu 1/1 chuan ngheo moi ap dung chua');
    expect(text).toMatch(/^Đến 01\/01\/2027: có — theo dữ liệu chính sách, từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\); hôm nay, 15\/12\/2026, vẫn áp dụng /);
    expect(text).not.toContain('nên đến');
  });
});

describe('on 20/01/2027, a later day asked', () => {
  const { first } = conversationsAt(at('2027-01-20'), 'law26-yet-after');

  it('“tu 1/7/2027 chuan ngheo moi ap dung chua”: yes, since 01/01/2027, still by 01/07/2027', async () => {
    const text = await first('tu 1/7/2027 chuan ngheo moi ap dung chua');
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 20\/01\/2027\), từ 01\/01\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\), thay cho .*; đến 01\/07\/2027 vẫn áp dụng chuẩn này\./);
    expect(text).not.toContain('Sắp thay đổi');
    expect(text).toContain(REFERRAL);
  });
});
