/**
 * Round 38 (mend38f, 06/12/2026): "có phải đăng ký lại mỗi năm không", asked by a cadre and by a resident, got the review's days
 * with no answer. Now the data's lines lead (rules/procedure.yaml `again`): the list is reviewed every year in the periodic review
 * (Quyết định 24/2021/QĐ-TTg, tham khảo); whether a household on the list files again each year is not in the data (chưa rõ),
 * with whom to ask; then the schedule as before.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'mend38f-yearly');
const REVIEWED = '• Danh sách hộ nghèo, hộ cận nghèo được rà soát lại mỗi năm trong đợt rà soát định kỳ, theo Quyết định 24/2021/QĐ-TTg (tham khảo).';
const NOT_KNOWN = '• Hộ đã có tên trong danh sách có phải tự nộp đề nghị lại mỗi năm không: dữ liệu của trợ lý chưa có (chưa rõ); bạn hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã.';

describe('registering again each year: the data\'s answer first, then the schedule', () => {
  for (const question of [
    'Đề nghị cho biết hộ nghèo có phải đăng ký lại mỗi năm không',
    'ho ngheo co phai dang ky lai moi nam ko',
    'nha tui la ho can ngheo roi, nam nao cung phai dang ky ha',
  ]) {
    it(`"${question}"`, async () => {
      const [answer] = await ask(question);
      expect(answer!.startsWith(`${REVIEWED}\n${NOT_KNOWN}\n\n`)).toBe(true);
      expect(answer).toContain('đợt rà soát định kỳ năm 2026');
      expect(answer).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    });
  }
  it('"khi nao ra soat ho ngheo" (guard): the schedule alone', async () => {
    const [answer] = await ask('khi nao ra soat ho ngheo');
    expect(answer).not.toContain(REVIEWED);
    expect(answer).toMatch(/^Hôm nay 06\/12\/2026/);
  });
});
