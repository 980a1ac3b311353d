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

describe('the 2027 income rumour asked as a correction to post (tryout41 P7)', () => {
  it('"Trên mạng đang đồn từ năm 2027 ai thu nhập dưới 3 triệu đều được vào hộ nghèo, nhờ trợ lý viết bài đính chính." leads with "Không đúng" and the 2027 lines', async () => {
    const post = await DECEMBER.first('Trên mạng đang đồn từ năm 2027 ai thu nhập dưới 3 triệu đều được vào hộ nghèo, nhờ trợ lý viết bài đính chính.');
    expect(post).toMatch(/^Không đúng: 3\.000\.000 đồng không phải là mức của chuẩn nghèo/);
    expect(post).toContain('2.200.000 đồng');
    expect(post).toContain('2.800.000 đồng');
    expect(post).toContain('Nghị định 351/2025/NĐ-CP');
    expect(post).not.toContain('Mẫu số 04');
  });

  it('a resident\'s "nghe noi nam 2027 thu nhap duoi 3 trieu deu dc vao ho ngheo, dung ko" is told the same', async () => {
    const reply = await DECEMBER.first('nghe noi nam 2027 thu nhap duoi 3 trieu deu dc vao ho ngheo, dung ko');
    expect(reply).toMatch(/^Không đúng: 3\.000\.000 đồng/);
  });

  it('guard: "thu nhap duoi 1tr5 thi lam sao de vao ho ngheo" still asks how to apply', async () => {
    const reply = await DECEMBER.first('thu nhap duoi 1tr5 thi lam sao de vao ho ngheo');
    expect(reply).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo/);
  });
});

describe('a template filled in (tryout41 P4, P13)', () => {
  const INVITATION = 'Viết thư mời họp dân bình xét hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn.';
  const NOTICE = 'Soạn thông báo thời gian, địa điểm nhận đơn đề nghị công nhận hộ nghèo tại UBND xã.';

  it('"Thêm lịch họp vào ngày 15/12/2026 lúc 19 giờ" after the invitation fills its time, and notes the day is after the review\'s last day', async () => {
    const reply = await DECEMBER.after([INVITATION], 'Thêm lịch họp vào ngày 15/12/2026 lúc 19 giờ');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('THƯ MỜI HỌP THÔN');
    expect(reply).toContain('Thời gian: 19 giờ, ngày 15/12/2026.');
    expect(reply).toContain('Địa điểm: ….');
    expect(reply).toMatch(/ngày 15\/12\/2026 sau ngày 14\/12\/2026, ngày cuối của đợt rà soát định kỳ theo Quyết định 24\/2021\/QĐ-TTg/);
  });

  it('"them gio hop 19h ngay 10/12" fills it with no note (within the review)', async () => {
    const reply = await DECEMBER.after([INVITATION], 'them gio hop 19h ngay 10/12');
    expect(reply).toContain('Thời gian: 19 giờ, ngày 10/12/2026.');
    expect(reply).not.toContain('Lưu ý cho người soạn');
  });

  it('"Soạn thông báo thời gian, địa điểm nhận đơn …" is a notice to fill in, not the supports of poor households', async () => {
    const post = await DECEMBER.first(NOTICE);
    expect(post).toContain('THÔNG BÁO NHẬN GIẤY ĐỀ NGHỊ CÔNG NHẬN HỘ NGHÈO, HỘ CẬN NGHÈO');
    expect(post).toContain('Giấy đề nghị (Mẫu số 04)');
    expect(post).toContain('Địa điểm nhận: ….');
    expect(post).toContain('Thời gian nhận: ….');
    expect(post).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg');
    expect(post).not.toContain('được hỗ trợ (áp dụng');
  });

  it('"Nhận đơn ở bộ phận một cửa xã, từ thứ 2 đến thứ 6" after the notice fills its place and days', async () => {
    const reply = await DECEMBER.after([NOTICE], 'Nhận đơn ở bộ phận một cửa xã, từ thứ 2 đến thứ 6');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('Địa điểm nhận: bộ phận một cửa xã.');
    expect(reply).toContain('Thời gian nhận: từ thứ Hai đến thứ Sáu.');
  });

  it('"soan thong bao nhan ho so xet ho can ngheo" then "o nha van hoa thon 3" fills the place', async () => {
    const reply = await DECEMBER.after(['soan thong bao nhan ho so xet ho can ngheo'], 'o nha van hoa thon 3');
    expect(reply).toContain('Địa điểm nhận: nha van hoa thon 3.');
  });

  it('guard: "ngắn hơn" after the filled invitation still shortens the procedure', async () => {
    const reply = await DECEMBER.after([INVITATION, 'Thêm lịch họp vào ngày 15/12/2026 lúc 19 giờ'], 'ngắn hơn');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).toContain('Quyết định 24/2021/QĐ-TTg');
  });
});
