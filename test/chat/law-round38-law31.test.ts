/**
 * Round 38 law31, on 06/12/2026 (rules/standards/2027-2030.yaml: digital_services and waste are 2027 indicators of unknown
 * threshold, `thresholdUnknown`; telecom continues as digital_services):
 * - a lack told in words that the 2027 set names with an unknown threshold ("ko co mang", "ko co internet", "ko co dien thoai")
 *   is said under the 2027 line as not counted, "chưa rõ", with what it would make if it counts, and whom to ask (was left out);
 * - the result screen of a full household check says the lacks it counted that the 2027 set counts, as the one-message answer
 *   does (was the 2027 rule alone).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round38-law31-dec');
const OPEN = 'Thiếu hụt bạn kể thuộc tiêu chí “Sử dụng dịch vụ số, Internet” (tham khảo): ngưỡng thiếu hụt chính thức chưa có nên chưa tính (chưa rõ)';

describe('a lack of Internet told in December 2026, under the 2027 line', () => {
  it('"nha tui 4 nguoi o que thu nhap 7tr2, ko co bhyt, ko co mang, la ho j": BHYT counted, Internet said chưa rõ with what it would make', async () => {
    const reply = await DECEMBER.first('nha tui 4 nguoi o que thu nhap 7tr2, ko co bhyt, ko co mang, la ho j');
    // 7.200.000 ÷ 4 = 1.800.000 ≤ 2.200.000 (rural, 2027): poor from 3 deprivations. BHYT counts: 2 more; Internet (threshold
    // unknown) not counted; if it counts, 1 more.
    expect(reply).toContain(`Bạn đã kể 1 chỉ số thiếu hụt có trong bộ chỉ số từ 01/01/2027 (Bảo hiểm y tế): thiếu hụt thêm 2 chỉ số nữa là hộ nghèo. ${OPEN}; nếu được tính thì còn thiếu hụt thêm 1 chỉ số nữa là hộ nghèo. Hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã.`);
    expect(reply.length).toBeLessThanOrEqual(1700);
  });

  it('"nha tui 4 nguoi o que thu nhap 7tr2, ko co internet, ko co dien thoai": nothing else told, the Internet lack still said', async () => {
    const reply = await DECEMBER.first('nha tui 4 nguoi o que thu nhap 7tr2, ko co internet, ko co dien thoai');
    expect(reply).toContain(`${OPEN}; nếu được tính thì còn thiếu hụt thêm 2 chỉ số nữa là hộ nghèo.`);
  });

  it('"nha 4 nguoi o que thu nhap 7tr2, ko co bhyt, ko co dien thoai, ko co nuoc sach": 2 counted, with Internet it would be poor', async () => {
    const reply = await DECEMBER.first('nha 4 nguoi o que thu nhap 7tr2, ko co bhyt, ko co dien thoai, ko co nuoc sach');
    expect(reply).toContain('Bạn đã kể 2 chỉ số thiếu hụt có trong bộ chỉ số từ 01/01/2027 (Bảo hiểm y tế; Nguồn nước sinh hoạt): thiếu hụt thêm 1 chỉ số nữa là hộ nghèo');
    expect(reply).toContain(`${OPEN}; nếu được tính thì hộ là hộ nghèo.`);
  });

  it('guard: "nha 4 nguoi o que thu nhap 8 trieu, ko co bhyt": no Internet told, no line on it', async () => {
    const reply = await DECEMBER.first('nha 4 nguoi o que thu nhap 8 trieu, ko co bhyt, la ho gi');
    expect(reply).toContain('Bạn đã kể 1 chỉ số thiếu hụt có trong bộ chỉ số từ 01/01/2027 (Bảo hiểm y tế)');
    expect(reply).not.toContain('Sử dụng dịch vụ số');
  });
});

describe('the result of a full household check in December 2026', () => {
  it('a rural household of 4, 8 trieu, "co" to work and BHYT: the 2027 line counts both', async () => {
    const answers = await DECEMBER.ask('kiem tra ho ngheo', 'Không lưu', 'nông thôn', '4', '8 trieu', 'co', 'khong', 'khong', 'co', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong');
    const result = answers.at(-1)!;
    // 8.000.000 ÷ 4 = 2.000.000: hộ có mức sống trung bình today (rural band 1.500.000 – 2.250.000); ≤ 2.200.000 from 2027, where
    // employment and health_insurance both count: 1 more makes it poor.
    expect(result).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(result).toContain('Bạn đã kể 2 chỉ số thiếu hụt có trong bộ chỉ số từ 01/01/2027 (Việc làm; Bảo hiểm y tế): thiếu hụt thêm 1 chỉ số nữa là hộ nghèo.');
  });

  it('the same with "co" to Internet too: Internet said chưa rõ', async () => {
    const answers = await DECEMBER.ask('kiem tra ho ngheo', 'Không lưu', 'nông thôn', '4', '8 trieu', 'co', 'khong', 'khong', 'co', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong', 'co', 'khong');
    expect(answers.at(-1)).toContain(`${OPEN}; nếu được tính thì hộ là hộ nghèo.`);
  });
});

describe('the December two-period answer, then "chi tiết"', () => {
  it('"chuan ngheo 2026 va 2027", "chi tiet": both standards in full, the changes on 01/01/2027 and their bases', async () => {
    const [, more] = await DECEMBER.ask('chuan ngheo 2026 va 2027', 'chi tiet');
    expect(more).not.toContain('đã là đầy đủ');
    expect(more).toContain('Chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp) (tham khảo)');
    expect(more).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)');
    expect(more).toContain('01/01/2027: Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(more).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a, b (đã kiểm tra); áp dụng năm 2026 theo NĐ 351/2025/NĐ-CP (tham khảo).');
  });
});

describe('whether households lose their class when the 2027 standard starts', () => {
  it.each(['nam sau co bi cat ho can ngheo ko', 'qua nam 2027 nha tui can ngheo co bi rot ko'])('"%s": the list does not change by itself, what is not known, whom to ask', async (text) => {
    const reply = await DECEMBER.first(text);
    expect(reply).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
    expect(reply).toContain('Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).not.toContain('Hộ không có tên (hoặc không còn tên)');
    expect(reply.length).toBeLessThanOrEqual(1100);
  });

  it('outreach: "viết bài ngắn: từ 1/1/2027 hộ cận nghèo có bị rớt không" → a post to share on the same, short', async () => {
    const post = await DECEMBER.first('viết bài ngắn: từ 1/1/2027 hộ cận nghèo có bị rớt không');
    expect(post).toContain('Từ 01/01/2027 hộ còn là hộ nghèo, hộ cận nghèo không:');
    expect(post).toContain('hộ giữ loại hộ đã được công nhận cho đến khi được rà soát theo chuẩn mới và Chủ tịch UBND cấp xã công nhận kết quả (tham khảo)');
    expect(post).toContain('Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào');
    expect(post).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(post).not.toContain('Hộ không có tên (hoặc không còn tên)');
    expect(post.length).toBeLessThanOrEqual(1000);
  });
});

// Guard (passes on the old code too): the day is Vietnam's (UTC+7), so 31/12/2026 17:30 UTC is already 01/01/2027 00:30.
const BEFORE = conversationsAt(new Date('2026-12-31T16:30:00Z'), 'round38-law31-before');
const AFTER = conversationsAt(new Date('2026-12-31T17:30:00Z'), 'round38-law31-after');
describe('the switch to the 2027 standard at Vietnam midnight, not UTC', () => {
  it('"chuan ngheo hien nay la gi": 31/12/2026 23:30 the 2026 lines, 01/01/2027 00:30 the 2027 lines', async () => {
    expect(await BEFORE.first('chuan ngheo hien nay la gi')).toContain('Áp dụng hôm nay, 31/12/2026.');
    const after = await AFTER.first('chuan ngheo hien nay la gi');
    expect(after).toContain('Áp dụng hôm nay, 01/01/2027.');
    expect(after).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
  });

  it('"nha tui 4 nguoi o que thu nhap 8 trieu, ko co bhyt, la ho gi": today\'s class switches at Vietnam midnight', async () => {
    // 2.000.000 đồng/người: rural middle band on 31/12/2026; ≤ 2.200.000 on 01/01/2027, BHYT told: near-poor or poor.
    expect(await BEFORE.first('nha tui 4 nguoi o que thu nhap 8 trieu, ko co bhyt, la ho gi')).toContain('theo chuẩn áp dụng ngày 31/12/2026), hộ là hộ có mức sống trung bình');
    expect(await AFTER.first('nha tui 4 nguoi o que thu nhap 8 trieu, ko co bhyt, la ho gi')).toContain('theo chuẩn áp dụng ngày 01/01/2027), hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt');
  });
});
