/**
 * Round 33 post23: outreach staff ask for a post to share into Zalo groups, then "ngắn hơn".
 * - The social pension post of NĐ 176/2025 shortened keeps one line for each group of people, with its condition and status:
 *   from 75 for every household, and from 70 to under 75 for poor and near-poor households (was the line from 75 alone).
 * - The post on what a household just out of poverty still gets keeps each support by its name and status (was "Hỗ trợ đóng
 *   bảo hiểm y tế" alone).
 * - A class's long list and other posts shorten as before: the first line and its source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('"ngắn hơn" after a post of one support\'s groups or a class\'s few supports keeps each, in one short line', () => {
  it('the social pension post keeps the 70-to-under-75 line for poor and near-poor households', async () => {
    harness = await openHarness({ now: DEC_06 });
    const post = await harness.say('tóm tắt chính sách trợ cấp hưu trí xã hội NĐ 176/2025 để đăng nhóm');
    const { text } = await harness.say('ngắn hơn');
    // Round 34 staff22: each group, its condition, then its status ("- Hộ nghèo, hộ cận nghèo: khi … (tham khảo)."); was the
    // pension's name again after the group, its status before the condition.
    expect(text).toMatch(/^- Mọi hộ gia đình: .*từ 75 tuổi trở lên.*\(tham khảo\)/m);
    expect(text).toMatch(/^- Hộ nghèo, hộ cận nghèo: .*từ 70 đến dưới 75 tuổi.*\(tham khảo\)/m);
    expect(text).toContain('Nguồn: Nghị định 176/2025/NĐ-CP');
    expect(text.length).toBeLessThan(post.text.length / 2);
  });

  it('the post on a household just out of poverty keeps each support, with its status', async () => {
    harness = await openHarness({ now: DEC_06 });
    const post = await harness.say('viết bài đăng về hộ mới thoát nghèo còn được hỗ trợ gì');
    const { text } = await harness.say('ngắn hơn');
    for (const support of ['Hỗ trợ đóng bảo hiểm y tế', 'Vay vốn tín dụng chính sách (tham khảo)', 'Miễn học phí trường công lập (tham khảo)', 'Trợ cấp hưu trí xã hội']) {
      expect(text).toContain(support);
    }
    expect(text.length).toBeLessThan(post.text.length * 0.7);
  });

  it.each([['bai dang zalo ve ho can ngheo'], ['viết bài đăng về vay vốn hộ nghèo'], ['viết bài đăng về BHYT hộ cận nghèo']])(
    'guard: “%s” then "ngắn hơn": its first line and source, as before',
    async (question) => {
      harness = await openHarness({ now: DEC_06 });
      const post = await harness.say(question);
      const { text } = await harness.say('ngắn hơn');
      expect(text.length).toBeLessThan(post.text.length);
      expect(text).toMatch(/\((tham khảo|chưa rõ|đã kiểm tra)\)/);
      expect(text).toContain('Nguồn:');
      expect(text).not.toMatch(/^- /m);
    },
  );
});
