/**
 * Round 33 staff21: commune cadres (formal, with diacritics, in a hurry) and outreach staff writing posts for Zalo groups.
 * - "Hộ có 1 thành viên đi XKLĐ có tính nhân khẩu không?": whether a member abroad counts in the household (the residence entry:
 *   not in the data, chưa rõ, decided by UBND cấp xã), not the kinds of support that include work abroad.
 * - "Quy trình rà soát … gồm mấy bước, ai ký quyết định công nhận?": the procedure's card (the 6 steps and the Chủ tịch UBND cấp
 *   xã), not who decides alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('cadres get what they asked, with source and status', () => {
  it.each([
    ['Hộ có 1 thành viên đi XKLĐ có tính nhân khẩu không?'],
    ['thành viên đi xuất khẩu lao động có tính vào nhân khẩu không'],
  ])('“%s”: the member abroad and the household, not the supports for work abroad', async (question) => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say(question);
    // Was "Các hỗ trợ khác (…): • Hộ nghèo, hộ cận nghèo: Còn có các hỗ trợ như đi làm việc ở nước ngoài theo hợp đồng, …".
    expect(text).not.toContain('Các hỗ trợ khác');
    expect(text).toContain('Thành viên đi làm việc ở nước ngoài (xuất khẩu lao động) có được tính là người trong hộ hay không');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('a poor household asking about work abroad still gets that support', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('ho ngheo di xkld dc ho tro gi');
    expect(text).toContain('đi làm việc ở nước ngoài theo hợp đồng');
  });

  it('the review’s steps counted and who signs: the procedure with its 6 steps, not who decides alone', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('Quy trình rà soát hộ nghèo cuối năm 2026 gồm mấy bước, ai ký quyết định công nhận?');
    // Was "Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo: • Chủ tịch UBND cấp xã quyết định …" and no step.
    expect(text).not.toMatch(/^Thẩm quyền công nhận/);
    expect(text).toContain('gồm 6 bước: lập danh sách hộ cần rà soát');
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
  });
});
