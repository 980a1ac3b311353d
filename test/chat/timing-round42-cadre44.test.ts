/**
 * Round 42 cadre44, on 07/12/2026: a cadre asks when the 2027–2030 standard applies to the periodic review of 2026. "năm 2026"
 * written on its own wins over the 2027 that starts the period: the 2026 review uses the 2022–2025 standard, held through
 * 31/12/2026, the new one from 01/01/2027 (tham khảo). Was the "Cho năm 2027" frame; "từ kỳ rà soát nào" was the disability card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-cadre44-timing');

describe('the 2027–2030 standard and the 2026 review', () => {
  for (const question of [
    'Đề nghị cho biết thời điểm áp dụng chuẩn nghèo giai đoạn 2027–2030 đối với rà soát định kỳ năm 2026?',
    'cho hoi thoi diem ap dung chuan ngheo giai doan 2027-2030 doi voi ra soat dinh ky nam 2026',
  ]) {
    it(`"${question}" says 2026's review keeps the 2022–2025 standard`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).not.toContain('Cho năm 2027');
      expect(reply).toContain('31/12/2026');
      expect(reply).toContain('01/01/2027');
    });
  }

  for (const question of [
    'Đề nghị cho biết chuẩn nghèo giai đoạn 2027-2030 được áp dụng từ kỳ rà soát nào?',
    'chuan ngheo moi ap dung tu ky ra soat nao vay',
  ]) {
    it(`"${question}" is the standard's timing, not the disability card`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).not.toContain('Người khuyết tật');
      expect(reply).toContain('01/01/2027');
    });
  }
});
