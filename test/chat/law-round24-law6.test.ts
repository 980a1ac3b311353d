/**
 * Round 24 (law helper law6, 04/12/2026): the law of December 2026 / January 2027 as residents and cadres ask it. Figures come from
 * rules/ (shared/facts/updates-2026.md), each with its source and status; [?] is said "chưa rõ", never a figure.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { ask, first } = conversationsAt(TESTED_ON, 'law24law6');

describe('a 3,3% loan rate asked by a near-poor or newly-escaped household is answered for that class', () => {
  // Was the note of poor households in 30a districts ("Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo …, không còn huyện nghèo"),
  // whoever asked. updates-2026.md: 3,3 % poor in 30a districts, near-poor 7,92 % (VBSP 2018) [M]; ≤ 130 % of the poor rate
  // (QĐ 15/2013) [M]; 8,25 % newly escaped (supports.md) [M]; 2026 rates [?].
  it.each(['ho can ngheo vay lai suat 3,3% phai ko', 'nha tui can ngheo, vay nhcsxh dc lai 3.3% 1 nam dung ko ad'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text.startsWith('Theo số liệu đã công bố (tham khảo), 3,3%/năm không phải lãi suất cho hộ cận nghèo: đó là lãi suất cho hộ nghèo ở huyện nghèo (huyện 30a) do Ngân hàng Chính sách xã hội công bố năm 2018.'), text).toBe(true);
    expect(text).toContain('Với hộ cận nghèo, số liệu công bố trước đây là 7,92%/năm, không quá 130% lãi suất cho hộ nghèo theo Quyết định 15/2013/QĐ-TTg (tham khảo).');
    expect(text).toContain('Lãi suất áp dụng năm 2026 dữ liệu của trợ lý chưa có, bạn hỏi Ngân hàng Chính sách xã hội (chưa rõ).');
    expect(text).not.toContain('Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo (huyện 30a) là số liệu');
  });

  it('"nha tui moi thoat ngheo vay nhcsxh lai 3.3% dung ko ad": the rate of households just out of poverty', async () => {
    const text = await first('nha tui moi thoat ngheo vay nhcsxh lai 3.3% dung ko ad');
    expect(text.startsWith('Theo số liệu đã công bố (tham khảo), 3,3%/năm không phải lãi suất cho hộ mới thoát nghèo'), text).toBe(true);
    expect(text).toContain('Với hộ mới thoát nghèo, số liệu công bố trước đây là 8,25%/năm (tham khảo).');
    expect(text).toContain('(chưa rõ)');
  });

  it('guard: a poor household, or no class named, keeps the note of the 30a districts', async () => {
    for (const question of ['ho ngheo vay lai suat 3,3% phai ko', 'vay nhcsxh lai suat 3,3% phai ko']) {
      const text = await first(question);
      expect(text.startsWith('Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo (huyện 30a) là số liệu Ngân hàng Chính sách xã hội công bố năm 2018 (tham khảo).'), text).toBe(true);
      expect(text).not.toContain('không phải lãi suất cho hộ cận nghèo');
    }
  });
});
