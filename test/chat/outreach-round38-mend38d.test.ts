/**
 * Round 38 mend38d, on 06/12/2026: a post asked to refute a rumour of monthly money for poor households says what the chat says
 * to a resident asking it ("nghe noi ho ngheo dc ho tro 5 trieu moi thang phai ko"): the data has no 5.000.000 đồng support for
 * poor households, nor money paid every month to every poor household; was "5.000.000 đồng không phải là mức của chuẩn nghèo…",
 * a line it was never said to be.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round38-mend38d-outreach');
const NO_SUCH = 'Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 5.000.000 đồng cho hộ nghèo';
const NOT_MONTHLY = 'không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo';

describe('a rumour of 5 triệu a month for poor households', () => {
  it('the post "viết giúp tin ngắn để đăng nhóm Zalo bác bỏ tin đồn hộ nghèo được nhận 5 triệu mỗi tháng"', async () => {
    const post = await DECEMBER.first('viết giúp tin ngắn để đăng nhóm Zalo bác bỏ tin đồn hộ nghèo được nhận 5 triệu mỗi tháng');
    expect(post).toContain(NO_SUCH);
    expect(post).toContain(NOT_MONTHLY);
    expect(post).not.toContain('không phải là mức của chuẩn nghèo');
  });

  it('the resident\'s "nghe noi ho ngheo dc ho tro 5 trieu moi thang phai ko" says the same', async () => {
    const reply = await DECEMBER.first('nghe noi ho ngheo dc ho tro 5 trieu moi thang phai ko');
    expect(reply).toContain(NO_SUCH);
    expect(reply).toContain(NOT_MONTHLY);
  });

  it('guard: the post "thông báo: từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo" still corrects the line', async () => {
    const post = await DECEMBER.first('thông báo: từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo');
    expect(post).not.toContain(NO_SUCH);
    expect(post).toContain('2.200.000');
  });
});
