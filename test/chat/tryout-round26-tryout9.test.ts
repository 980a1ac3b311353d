/**
 * Round 26 (tryout9): messages residents, commune cadres and outreach staff typed, written before the round's changes
 * (test/eval/routing-round26-tryout9.yaml), whose answers were wrong or missed what was asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T01:30:00Z'), 'tryout9');

describe('“chuẩn hộ nghèo” (with “hộ”) is the standard', () => {
  it('a cadre’s “chuẩn hộ nghèo khu vực thành thị áp dụng trong năm 2026” gets the 2026 urban line (was: Dự án 5 housing passage)', async () => {
    const answer = await first('Đề nghị cho biết chuẩn hộ nghèo khu vực thành thị áp dụng trong năm 2026.');
    expect(answer).toContain('2.000.000 đồng');
    expect(answer).toContain('Nghị định 07/2021/NĐ-CP');
    expect(answer).not.toContain('Dự án 5');
  });
  it('a resident’s “chuan ho ngheo thanh thi nam 2026 la bn” too', async () => {
    expect(await first('chuan ho ngheo thanh thi nam 2026 la bn')).toContain('2.000.000 đồng');
  });
});

describe('what the state pays of the BHYT card is the premium support, not what the card pays at the doctor’s', () => {
  it('“ho can ngheo thi bhyt nha nuoc tra bn phan tram vay ad” gets the near-poor premium support (was: the NQ 261 benefit level)', async () => {
    const answer = await first('ho can ngheo thi bhyt nha nuoc tra bn phan tram vay ad');
    expect(answer).toContain('70%');
    expect(answer).toContain('Nghị định 188/2025/NĐ-CP');
    expect(answer).not.toContain('Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15)');
  });
  it('a visit said keeps the benefit: “ho can ngheo di kham benh bhyt tra bn phan tram”', async () => {
    expect(await first('ho can ngheo di kham benh bhyt tra bn phan tram')).toContain('Nghị quyết 261/2025/QH15');
  });
});

describe('a date already past in a notice is when something began, not the review day', () => {
  it('“soạn giúp thông báo ngắn: từ 01/7/2025 bà con nộp hồ sơ hộ nghèo ở UBND xã” (was: “ngày 01/07/2025 … là ngày rà soát”)', async () => {
    const answer = await first('soạn giúp thông báo ngắn: từ 01/7/2025 bà con nộp hồ sơ hộ nghèo ở UBND xã');
    expect(answer).not.toContain('là ngày rà soát');
    expect(answer).toContain('Mẫu số 04');
    expect(answer).toContain('UBND cấp xã');
  });
  it('a coming date still is: “soan thong bao ngay 20/12 hop thon ra soat ho ngheo”', async () => {
    expect(await first('soan thong bao ngay 20/12 hop thon ra soat ho ngheo')).toContain('ngày 20/12/2026');
  });
});
