/**
 * Round 23 (law helper law4, 04/12/2026): the law from 01/01/2027 as residents ask it, each line with its status as
 * shared/facts/updates-2026.md gives it. Each case fails on the code before law4's commits unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law23law4');

describe('the circular of the 2027 review is said to be unknown, with what is known', () => {
  // Was the procedure card (QĐ 24/2021 steps): the circular asked for was never named. The review's forms and scoring are a
  // circular's (TT 07/2021, amended by TT 02/2022, 2022–2025 [M]); the one replacing it for 2026–2030 is [?].
  it.each(['ra soat ho ngheo nam 2027 theo thong tu nao', 'nam sau ra soat ho can ngheo theo thong tu nao vay ad'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      expect(text).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào (chưa rõ)');
      expect(text).toContain('giai đoạn 2022–2025 ban hành kèm Thông tư 07/2021/TT-BLĐTBXH, được sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH (tham khảo)');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('gồm 6 bước');
    }
  });

  it('guard: the steps asked keep the procedure card', async () => {
    const text = await first('ra soat ho ngheo gom nhung buoc nao');
    expect(text).toContain('gồm 6 bước');
  });
});

describe('the 2027 indicator changes asked as "đổi gì" are the changes, each with its status', () => {
  // Was the explainer's passage quoted ("Giải thích ngắn: “Chưa rõ: tên, số lượng chỉ số … Từ 2027, theo thông tin tham khảo
  // …”"), statuses mixed in one quote. Now the change lines: removed and added indicators (tham khảo), final names and
  // thresholds (chưa rõ), with the commune cadre.
  it.each(['tu 1/1/2027 chi so thieu hut doi gi', 'qua nam 2027 chi so thieu hut doi nhung gi vay ad'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('Thay đổi về chỉ số thiếu hụt từ 01/01/2027');
    expect(text).toContain('thêm “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt”; bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(text).toContain('Tên và ngưỡng thiếu hụt chính thức của “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt” (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
  });
});
