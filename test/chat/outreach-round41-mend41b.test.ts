/**
 * Round 41 mend41b, on 07/12/2026: outreach staff ask to rework a draft (tryout41 P4). "Soạn thành tin nhắn ngắn để gửi nhóm"
 * after an answer is its short text for the group, the verdict and source kept; "Đổi giọng thân mật hơn, dùng tiếng miền Nam"
 * after a post is the same post said plainer, the figures and statuses unchanged. Both were "ngoài phạm vi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-mend41b-outreach');
const OUT_OF_SCOPE = 'nằm ngoài phạm vi';

describe('a draft reworked as asked', () => {
  it('"Soạn thành tin nhắn ngắn để gửi nhóm" after the merger answer shortens it, the verdict and source kept', async () => {
    const reply = await DECEMBER.after(['Người dân hỏi sáp nhập xã thì hộ nghèo có phải làm lại hồ sơ không, trả lời sao cho đúng?'], 'Soạn thành tin nhắn ngắn để gửi nhóm');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('làm tại UBND cấp xã nơi hộ đang cư trú hiện nay');
    expect(reply).toContain('Nguồn: ');
  });

  it('"soan thanh tin nhan ngan gui nhom dc ko" after the 2027 standard card: its short text', async () => {
    const reply = await DECEMBER.after(['chuan ngheo 2027 la bao nhieu'], 'soan thanh tin nhan ngan gui nhom dc ko');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('2.200.000 đồng');
  });

  it('"Đổi giọng thân mật hơn, dùng tiếng miền Nam" after a post keeps its figures and statuses, said plainer', async () => {
    const reply = await DECEMBER.after(['Soạn bài đăng giải thích vì sao năm 2026 vẫn dùng chuẩn nghèo cũ dù đã có Nghị định 351/2025.'], 'Đổi giọng thân mật hơn, dùng tiếng miền Nam');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('1.500.000 đồng');
    expect(reply).toContain('2.200.000 đồng');
    expect(reply).toContain('(tham khảo)');
    expect(reply).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
  });

  it('"viet than mat hon cho ba con" after the near-poor supports: those supports, plainer', async () => {
    const reply = await DECEMBER.after(['ho can ngheo dc ho tro gi'], 'viet than mat hon cho ba con');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('cận nghèo');
  });
});
