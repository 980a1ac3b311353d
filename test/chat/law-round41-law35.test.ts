/**
 * Round 41 law35: what the law data says around 01/01/2027, each line with its status as the facts give it:
 * - QĐ 90/QĐ-TTg (programme 2021–2025) and NQ 257/2025/QH15 (programme 2026–2035) are said by years, the period that ended and
 *   the next one; was "Quyết định 90/QĐ-TTg được thay bằng Nghị quyết 257/2025/QH15 từ 01/01/2026 (tham khảo)", a replacement
 *   and a day the facts do not give;
 * - a 2027 indicator whose threshold the facts do not say is kept (BHYT, giáo dục, nhà ở, nước, nhà tiêu) is in the draft's list
 *   (tham khảo), its final place and threshold chưa rõ with the commune's cadre; was "tạm dùng cho giai đoạn 2027–2030 theo dự
 *   thảo tháng 9/2025 (tham khảo)", what the facts say of việc làm, người phụ thuộc, dinh dưỡng only.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-law35-dec');
const JANUARY = conversationsAt(new Date('2027-01-01T03:00:00Z'), 'round41-law35-jan');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('QĐ 90/QĐ-TTg and NQ 257/2025/QH15: the programme\'s periods, no replacement', () => {
  const periods = 'Quyết định 90/QĐ-TTg là của giai đoạn đến hết năm 2025, giai đoạn tiếp theo (từ năm 2026) theo Nghị quyết 257/2025/QH15';
  it.each(['qd 90 con hieu luc ko', 'quyet dinh 90 con ap dung ko ad', 'nq 257/2025 la gi'])('"%s"', async (question) => {
    const reply = await DECEMBER.first(question);
    expect(reply).toContain(periods);
    expect(reply).not.toContain('thay thế Quyết định 90');
    expect(reply).not.toContain('được thay bằng Nghị quyết 257');
  });
});

describe('2027 indicators: each with the status the facts give it', () => {
  const notKept = 'ngưỡng này là của giai đoạn 2022–2025 (NĐ 07/2021/NĐ-CP); chỉ số có trong dự thảo tháng 9/2025 (tham khảo), còn danh sách chỉ số và ngưỡng chính thức chưa rõ';
  const kept = 'tạm dùng cho giai đoạn 2027–2030 theo dự thảo tháng 9/2025 (tham khảo)';
  it.each([
    ['nha tui ko co bhyt', JANUARY],
    ['nam 2027 chi so bhyt tinh sao', DECEMBER],
    ['qua nam 2027 chi so nuoc sach tinh sao ad', DECEMBER],
  ] as const)('"%s": in the draft\'s list (tham khảo), the rest chưa rõ with the cadre', async (question, at) => {
    const reply = await at.first(question);
    expect(reply).toContain(notKept);
    expect(reply).not.toContain(kept);
    expect(reply).toContain(CADRE);
  });

  it('guard: "chi so viec lam nam 2027" keeps the draft\'s kept threshold (tham khảo)', async () => {
    const reply = await DECEMBER.first('chi so viec lam nam 2027 tinh thieu hut khi nao');
    expect(reply).toContain(kept);
    expect(reply).not.toContain(notKept);
  });
});
