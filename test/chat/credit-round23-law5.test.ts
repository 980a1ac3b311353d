/**
 * Round 23 (law helper law5, 04/12/2026): a loan rate still repeated of a district that no longer exists, as residents and cadres
 * say it. The figure comes from rules/supports/20-credit.yaml (`earlierFigures`), its status with it.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law23law5credit');

describe('the 3,3% of poor households in 30a districts is answered first', () => {
  // Was the credit card alone (6,6%/năm of poor households): the 3,3% asked never addressed. updates-2026.md: 3,3 % in 30a
  // districts is the VBSP page of 2018 [M]; no district since 01/07/2025, the programme targets xã nghèo [M]; 2026 rates [?].
  it.each(['ho ngheo o huyen 30a vay lai suat 3,3% dung ko', 'xa em truoc thuoc huyen 30a, ho ngheo vay nhcsxh lai 3.3%/nam phai ko ad'])('"%s"', async (question) => {
    const text = await first(question);
    const lead = text.indexOf('Lãi suất 3,3%/năm cho hộ nghèo ở huyện nghèo (huyện 30a) là số liệu Ngân hàng Chính sách xã hội công bố năm 2018 (tham khảo).');
    expect(lead, text).toBe(0);
    expect(text).toContain('Từ 01/07/2025 không còn cấp huyện; Chương trình MTQG giai đoạn 2026–2035 hướng tới xã nghèo, không còn huyện nghèo (tham khảo).');
    expect(text).toContain('Lãi suất áp dụng năm 2026 dữ liệu của trợ lý chưa có, bạn hỏi Ngân hàng Chính sách xã hội (chưa rõ).');
    expect(text).toContain('Vay vốn tín dụng chính sách');
  });

  it('guard: a rate asked without a figure keeps the card alone', async () => {
    const text = await first('ho ngheo vay von lai suat bao nhieu');
    expect(text).not.toContain('3,3%');
    expect(text).toContain('lãi suất 6,6%/năm');
  });
});
