/**
 * Round 31 (helper "household17"): "me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang" asks what this mother gets a
 * month. The answer says the amounts the data has (the pension from 70 of poor households: no figure, chưa rõ; the monthly
 * allowance: 500.000 đồng base, tham khảo), then whom each is for and its basis, once; was 2.100 characters (each card in full,
 * the amounts twice) ending with "Hộ nghèo không thuộc trường hợp trên: dữ liệu chính sách không có hỗ trợ này", which she
 * did not ask.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');

describe('the amount asked for a mother of 72 in a poor household with no wage', () => {
  it('says both amounts once, whom each is for with its basis and status, short enough for a phone', async () => {
    harness = await openHarness({ now: DECEMBER });
    const answer = await harness.say('me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang');
    expect(answer.text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)');
    expect(answer.text).toContain('500.000 đồng/tháng (đã kiểm tra)');
    expect(answer.text).toContain('Nghị định 176/2025/NĐ-CP');
    expect(answer.text).toContain('Nghị định 20/2021/NĐ-CP');
    expect(answer.text).toContain('không có người phụng dưỡng');
    expect(answer.text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer.text).not.toContain('không thuộc trường hợp trên');
    expect(answer.text.match(/500\.000 đồng/g)).toHaveLength(1);
    expect(answer.text.length).toBeLessThan(1700);
  });
});
