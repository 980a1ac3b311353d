/**
 * Round 30 (mend30d): outreach staff ask a Zalo post on what "thiếu hụt dịch vụ xã hội cơ bản" is, then "ngắn hơn". Was the
 * income lines (the post remembered as the standard's card), no indicator named; now the same post, shorter, its statuses kept.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'round30-mend30d');

describe('an indicators post for a Zalo group, then “ngắn hơn”', () => {
  it.each(['ngắn hơn', 'viet ngan lai giup'])('“viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản”, then “%s”', async (shorter) => {
    const [post, short] = await ask('viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản', shorter);
    expect(post).toMatch(/^Chỉ số thiếu hụt dịch vụ xã hội cơ bản:/);
    expect(short).toMatch(/^Chỉ số thiếu hụt dịch vụ xã hội cơ bản:/);
    expect(short).toContain('Việc làm');
    const text = /^[\s\S]*?\nBà con có thể hỏi[^\n]*/u.exec(short!)?.[0] ?? short!;
    expect(text.length).toBeLessThan(post!.length);
    expect(text.length).toBeLessThanOrEqual(700);
    expect(short).toMatch(/\((đã kiểm tra|tham khảo|chưa rõ)\)/u);
  });
});
