/**
 * Outside testers, round 8: a support or the review form asked "for 2027" was answered with today's rule as if it were
 * 2027's. Facts: shared/facts/updates-2026.md (01/01/2027 the 2027–2030 standard of NĐ 351/2025 [M]; the review procedure
 * and forms for 2026–2030 [?], none found). Asked 15/03/2026 (harness TEST_NOW).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a support asked for 2027: what the data knows for 2027, not today’s card as the 2027 rule', () => {
  it.each(['nam 2027 ho can ngheo con dc bhyt ko', 'qua nam 2027 ho can ngheo co con bhyt hok'])('“%s”', async (asked) => {
    harness = await openHarness();
    const { text } = await harness.say(asked);
    expect(text).toMatch(/^Có gì thay đổi từ nay đến hết năm 2027, theo dữ liệu chính sách:/);
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(text).toContain('Thay đổi chưa có trong dữ liệu của trợ lý (văn bản mới chưa công bố hoặc chưa được cập nhật) thì mình không biết.');
    expect(text).toContain('áp dụng ngày 01/01/2027');
    expect(text).not.toContain('áp dụng ngày 15/03/2026');
    expect(text).toContain(POVERTY_CADRE);
  });
});

describe('the review form (phiếu B) asked for 2027: not known for 2026–2030, said first, with whom to ask', () => {
  // "phieu B nam 2027 la gi" asks what the form is: the forms entry (round 10), whose 2026–2030 form is not known either.
  it('“phieu B nam 2027 la gi”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('phieu B nam 2027 la gi');
    expect(text).toMatch(/^Cho năm 2027, dữ liệu của trợ lý chưa có:/);
    expect(text).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào');
    expect(text).toContain('chưa phải quy định cho năm 2027');
    expect(text).toContain(POVERTY_CADRE);
  });

  it.each(['nam 2027 cham diem phieu b sao'])('“%s”', async (asked) => {
    harness = await openHarness();
    const { text } = await harness.say(asked);
    expect(text).not.toMatch(/ngoài phạm vi|không tìm thấy/);
    expect(text).toMatch(/^Cho năm 2027, dữ liệu của trợ lý chưa có:/);
    const unknown = text.indexOf('Văn bản quy định mẫu phiếu và cách chấm điểm cho rà soát giai đoạn 2026–2030 (thay Thông tư 07/2021/TT-BLĐTBXH) chưa được ban hành hoặc chưa được kiểm tra');
    const oldScoring = text.indexOf('140 điểm');
    expect(unknown).toBeGreaterThanOrEqual(0);
    expect(oldScoring).toBeGreaterThan(unknown);
    expect(text).toContain('chưa phải quy định cho năm 2027');
    expect(text).toContain(POVERTY_CADRE);
  });
});
