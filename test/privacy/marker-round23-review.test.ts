/**
 * Round 23 review: a check without consent ("Không lưu") now leaves a content-free marker in the database (faults2: to tell
 * the person when the check was lost). What the assistant keeps, asked in residents' words, says so: what it holds, how long,
 * what for (it said "không ghi vào cơ sở dữ liệu" and nothing more).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../chat/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('"bot co luu j cua tui ko": the marker of a check without consent is said', () => {
  it('names the marker, its content (none of the answers) and that it lasts as long as the draft', async () => {
    harness = await openHarness();
    // Round 39 mend39a: asked first, in brief (a phone); the marker still said, never "không ghi vào cơ sở dữ liệu"; "chi tiết" in full.
    const brief = await harness.say('bot co luu j cua tui ko');
    expect(brief.text).toContain('chọn “Không lưu” thì câu trả lời chỉ giữ tạm');
    expect(brief.text).toContain('cơ sở dữ liệu chỉ giữ một dấu không có nội dung để báo bạn nếu phần kiểm tra bị gián đoạn');
    expect(brief.text).not.toContain('không ghi vào cơ sở dữ liệu');
    const reply = await harness.say('chi tiết');
    expect(reply.text).toContain('Chọn “Không lưu” thì câu trả lời chỉ giữ tạm');
    expect(reply.text).toContain('cơ sở dữ liệu chỉ giữ trong thời gian ấy một dấu không có nội dung (mã hóa một chiều của cuộc trò chuyện, số câu đã trả lời, thời điểm) để báo bạn nếu phần kiểm tra bị gián đoạn');
  });
});
