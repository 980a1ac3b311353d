/**
 * Round 41 mend41b, on 07/12/2026: a cadre asks today's 12 indicators listed and what changes in 2027 (tryout41 P11); the list
 * by service comes first (the rules data, tham khảo), then the 2027 changes. Was the changes alone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-mend41b-cadre');

describe('the indicators listed with their 2027 changes', () => {
  for (const question of [
    'Đề nghị liệt kê 12 chỉ số thiếu hụt dịch vụ xã hội cơ bản hiện hành và cho biết chỉ số nào thay đổi từ năm 2027.',
    'liet ke 12 chi so thieu hut hien nay, nam 2027 thay doi chi so nao',
  ]) {
    it(`"${question}" lists the 12 current indicators, then the changes`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toContain('12 chỉ số thiếu hụt dịch vụ xã hội cơ bản: Việc làm: Việc làm, Người phụ thuộc trong hộ gia đình');
      expect(reply).toContain('Nhà tiêu hợp vệ sinh');
      expect(reply).toContain('Từ 01/01/2027');
      expect(reply).toContain('Xử lý rác thải sinh hoạt');
      expect(reply.indexOf('Việc làm')).toBeLessThan(reply.indexOf('Từ 01/01/2027'));
    });
  }

  it('guard: "chi so thieu hut nam 2027 thay doi gi" keeps the changes alone', async () => {
    const reply = await DECEMBER.first('chi so thieu hut nam 2027 thay doi gi');
    expect(reply).not.toContain('12 chỉ số thiếu hụt dịch vụ xã hội cơ bản: Việc làm');
  });
});
