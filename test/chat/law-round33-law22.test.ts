/**
 * Round 33 law22: residents' questions in December 2026 and January 2027, around the 2027–2030 standard starting 01/01/2027
 * (shared/facts/updates-2026.md wins over older facts files). Each was a wrong or too long answer before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const REFERRAL = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The answer without its buttons line. */
const body = (text: string) => text.split('\nBạn có thể gõ:')[0]!.trimEnd();
const times = (text: string, part: string) => text.split(part).length - 1;

describe('the social pension’s amount, not in the data', () => {
  it('“tro cap huu tri xa hoi bn 1 thang”: “chưa rõ” once, both pensions with NĐ 176/2025 and status, whom to ask, ≤ 1.000 characters', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('tro cap huu tri xa hoi bn 1 thang');
    expect(text).toMatch(/^Mức hỗ trợ bạn hỏi, theo dữ liệu chính sách \(ngày 06\/12\/2026\):/);
    // Was 1.695 characters, "chưa rõ" said in the notice for each pension and again in each card.
    expect(times(text, 'chưa rõ')).toBe(1);
    expect(times(text, 'Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo)')).toBe(2);
    expect(text).toContain('từ 75 tuổi trở lên không có lương hưu');
    expect(text).toContain('từ 70 đến dưới 75 tuổi');
    expect(text).toContain(REFERRAL);
    expect(body(text).length).toBeLessThanOrEqual(1000);
  });
});

describe('what changes in the standard, asked of the present in December', () => {
  it('“hien nay chuan ngheo co thay doi gi ko” on 06/12/2026: what changes on 01/01/2027 in short (lines, indicators, status), “Chi tiết”', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('hien nay chuan ngheo co thay doi gi ko');
    // Was "Hôm nay … Sắp thay đổi: …" and both whole cards, 7.421 characters.
    expect(text).toMatch(/^Có\. Theo dữ liệu chính sách \(hỏi ngày 06\/12\/2026\), từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
    expect(text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(text).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(text).toContain('bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).toContain('thêm chỉ số “Xử lý rác thải sinh hoạt” (ngưỡng chưa rõ)');
    expect(text).toContain(REFERRAL);
    expect(text).toContain('Chi tiết');
    expect(text.length).toBeLessThanOrEqual(1000);
  });
});
