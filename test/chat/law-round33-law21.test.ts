/**
 * Round 33 law21: residents' date-sensitive questions around 01/01/2027 (shared/facts/updates-2026.md wins over older facts
 * files), asked on 20/12/2026, 31/12/2026, 01/01/2027 and 05/01/2027. Each was a wrong, undated or too long answer before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_20 = () => new Date('2026-12-20T03:00:00Z');
const JAN_05 = () => new Date('2027-01-05T03:00:00Z');
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The answer without its buttons line. */
const body = (text: string) => text.split('\nBạn có thể gõ:')[0]!.trimEnd();

describe('a poor household without labour capacity, asked in 2027', () => {
  it('“ho ngheo ko con ai lam dc thi sao” on 05/01/2027: no “Năm 2026” on the dependants, each line with its status, ≤ 1.000 characters', async () => {
    harness = await openHarness({ now: JAN_05 });
    const { text } = await harness.say('ho ngheo ko con ai lam dc thi sao');
    expect(text).toMatch(/^Hộ nghèo không có khả năng lao động/);
    // Was "Năm 2026, trẻ em dưới 16 tuổi …" asked in 2027, and 1.240 characters.
    expect(text).not.toContain('Năm 2026');
    expect(text).toMatch(/“Người phụ thuộc trong hộ gia đình” \(tham khảo\)\. Căn cứ: NĐ 07\/2021\/NĐ-CP, Phụ lục \(giữ năm 2026; từ 2027 theo dự thảo\)/);
    expect(text).toContain('mức trợ cấp chưa rõ (tham khảo). Căn cứ: NĐ 176/2025/NĐ-CP');
    expect(text).toContain(REFERRAL);
    expect(body(text).length).toBeLessThanOrEqual(1000);
  });
});

describe('a newly escaped household’s health insurance', () => {
  it('“moi thoat ngheo dc vay may nam”: no “xem mục bảo hiểm y tế bên dưới” with nothing below', async () => {
    harness = await openHarness({ now: DEC_20 });
    const { text } = await harness.say('moi thoat ngheo dc vay may nam');
    expect(text).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu:/);
    // Was "(xem mục bảo hiểm y tế bên dưới)" and no such section followed.
    expect(text).not.toContain('bên dưới');
    expect(text).toContain('chỉ một số tỉnh, thành tự hỗ trợ');
  });
});
