/**
 * Round 35 staff23, outreach staff: the fuller post ("chi tiết" after a post on one support) says each group's line with its
 * status and the bases once, on the one "Nguồn:" line at its end; was "Căn cứ: …" on each line and the "Nguồn: …" line after.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('outreach staff: the fuller post (“chi tiết” after a post)', () => {
  it.each([
    ['soạn bài đăng cho bà con về hỗ trợ tiền điện', 'chi tiết', '(chưa rõ)'],
    ['viet bai dang nhom zalo ve bhyt cho ho ngheo ho can ngheo', 'chi tiet', '(tham khảo)'],
  ])('“%s”, “%s”: one source line at the end, each line with its status', async (post, fuller, status) => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say(post);
    const { text } = await harness.say(fuller);
    // Was "Căn cứ: Quyết định 14/2025/QĐ-TTg ngày 29/05/2025 (…)." on the line, then "Nguồn: Quyết định 14/2025/QĐ-TTg.".
    expect(text).not.toContain('Căn cứ:');
    expect(text.match(/Nguồn:/g)).toHaveLength(1);
    expect(text.trimEnd().split('\n').findLastIndex((line) => line.startsWith('Nguồn:'))).toBeGreaterThan(text.split('\n').findLastIndex((line) => line.startsWith('- ')));
    for (const line of text.split('\n').filter((one) => one.startsWith('- '))) expect(line).toMatch(/tham khảo|chưa rõ|đã kiểm tra/);
    expect(text).toContain(status);
    expect(text).not.toContain(') (');
    expect(text).not.toMatch(/\(tham khảo\)\. \(tham khảo\)/);
  });
});
