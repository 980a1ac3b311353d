/**
 * Round 16 (lead): a question ending or starting with whom it is asked of ("hộ cận nghèo là sao ad", "… admin", "… bạn ơi"),
 * and a call for whoever answers ("ad oi", "co ai o day ko"), typed as in a Zalo group. Was "không tìm thấy nội dung này"
 * ("ad" was read as the thing asked about, which no passage holds) and a passage about rented houses.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round16-address');

describe('a question addressed to the admin is the question', () => {
  it.each(['ho can ngheo la sao ad', 'ho can ngheo la gi admin', 'ho can ngheo la sao ban oi'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Giải thích ngắn:/);
      expect(text).toContain('Hộ cận nghèo cũng có thu nhập bình quân từ mức chuẩn trở xuống');
      expect(text).not.toContain('không tìm thấy');
    }
  });

  it('guard: a word no passage holds still gets "không tìm thấy"', async () => {
    expect(await first('ho can ngheo nuoi ca sau rieng ad')).not.toMatch(/^Giải thích ngắn:\n“Hộ cận nghèo cũng/);
  });
});

describe('calling whoever answers is a greeting', () => {
  it.each(['ad oi', 'co ai o day ko', 'co ai tra loi ko vay', 'admin oi'])('"%s"', async (message) => {
    expect(await first(message)).toMatch(/^Xin chào! Mình là Trợ lý Giảm nghèo\./);
  });
});
