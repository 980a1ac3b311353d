/**
 * Round 41 law35: what the law data says around 01/01/2027, each line with its status as the facts give it:
 * - QĐ 90/QĐ-TTg (programme 2021–2025) and NQ 257/2025/QH15 (programme 2026–2035) are said by years, the period that ended and
 *   the next one; was "Quyết định 90/QĐ-TTg được thay bằng Nghị quyết 257/2025/QH15 từ 01/01/2026 (tham khảo)", a replacement
 *   and a day the facts do not give.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-law35-dec');

describe('QĐ 90/QĐ-TTg and NQ 257/2025/QH15: the programme\'s periods, no replacement', () => {
  const periods = 'Quyết định 90/QĐ-TTg là của giai đoạn đến hết năm 2025, giai đoạn tiếp theo (từ năm 2026) theo Nghị quyết 257/2025/QH15';
  it.each(['qd 90 con hieu luc ko', 'quyet dinh 90 con ap dung ko ad', 'nq 257/2025 la gi'])('"%s"', async (question) => {
    const reply = await DECEMBER.first(question);
    expect(reply).toContain(periods);
    expect(reply).not.toContain('thay thế Quyết định 90');
    expect(reply).not.toContain('được thay bằng Nghị quyết 257');
  });
});
