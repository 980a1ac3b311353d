/**
 * Round 24 (tryout6): a cadre asks for the indicators of one dimension by its name ("nhà ở", "y tế", "giáo dục") with an indicator
 * word. The dimension's indicators answer (NĐ 07/2021/NĐ-CP Phụ lục; for 2027 the draft structure, tham khảo), not the housing
 * support's card that shares the words "nhà ở".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T21:00:00Z'), 'dimension24');

describe('a dimension named with "thiếu hụt" is its indicators', () => {
  for (const text of ['tiêu chí thiếu hụt về nhà ở năm 2027 là gì', 'chỉ số thiếu hụt về nhà ở là gì', 'chi so thieu hut nha o nam 2027']) {
    it(`“${text}” gives both housing indicators (was: the housing support's card)`, async () => {
      const answer = await first(text);
      expect(answer).toContain('Chỉ số thiếu hụt theo chuẩn nghèo');
      expect(answer).toContain('Chất lượng nhà ở');
      expect(answer).toContain('Diện tích nhà ở bình quân đầu người');
      expect(answer).not.toContain('Hỗ trợ nhà ở');
    });
  }
  it('“chỉ số thiếu hụt về y tế là gì” gives BHYT and nutrition (was: the whole list of the standard)', async () => {
    const answer = await first('chỉ số thiếu hụt về y tế là gì');
    expect(answer).toContain('Chỉ số thiếu hụt theo chuẩn nghèo');
    expect(answer).toContain('Dinh dưỡng');
    expect(answer).toContain('Bảo hiểm y tế');
  });
  it('“ho ngheo dc ho tro nha o ko” still gets the housing support (no indicator word)', async () => {
    expect(await first('ho ngheo dc ho tro nha o ko')).toContain('Hỗ trợ nhà ở');
  });
});
