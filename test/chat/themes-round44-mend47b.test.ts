/**
 * Round 44 mend47b, on 07/12/2026 (tryout47 theme-dup-lines, theme-scam-angry):
 * - R04.2 "dc bn tien 1 thang" after the electricity card: QĐ 28/2014's 30 kWh said once, after what holds from 29/05/2025;
 * - R08.2 "con sua nha thi dc bn" after the 2026 housing card: the new programme's amount chưa rõ first, the 40/20 triệu of
 *   Dự án 5 said once as ended, no "khóa của bạn" about a household;
 * - R10.1 "nghe noi dang ky tren zalo de nhan 5 trieu …, ho bat chuyen 200k phi": the scam warning first;
 * - R35.1 "bot ngu qua, … tui hoi ho ngheo dc j ma noi 1 dong van ban": acknowledged, the poor households' supports listed.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-mend47b');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('R04.2: the electricity amount asked after its card', () => {
  it.each(['dc bn tien 1 thang', 'moi thang dc bao nhieu tien vay'])('"%s": QĐ 28/2014\'s 30 kWh once, today chưa rõ first', async (asked) => {
    const reply = await after(['nha tui ho ngheo co dc giam tien dien ko'], asked);
    const thread = reply.slice(reply.indexOf('(câu bạn vừa hỏi)'));
    expect(count(thread, 'Tiền của 30 kWh/tháng')).toBe(1);
    expect(thread).toContain('Từ 29/05/2025: mức này còn áp dụng hay không chưa rõ');
    expect(thread.indexOf('Từ 29/05/2025')).toBeLessThan(thread.indexOf('Đến 28/05/2025'));
  });
});

describe('R08.2: the repair amount asked after the 2026 housing card', () => {
  it.each(['con sua nha thi dc bn', 'sua nha thi dc ho tro bao nhieu'])('"%s": 2026 first, 40/20 triệu once as ended', async (asked) => {
    const reply = await after(['nam 2026 co chuong trinh xay nha cho ho ngheo ko, dc bn tien'], asked);
    const thread = reply.slice(reply.indexOf('(câu bạn vừa hỏi)'));
    expect(count(thread, '20.000.000 đồng/hộ')).toBe(1);
    expect(thread).toContain('Từ 01/01/2026: mức hỗ trợ mới chưa rõ; không áp dụng mức cũ dưới đây');
    expect(thread.indexOf('Từ 01/01/2026')).toBeLessThan(thread.indexOf('40.000.000'));
    expect(thread).not.toContain('khóa của bạn');
    expect(thread).toContain(`hộ của bạn có thuộc diện không, ${CADRE} xác nhận`);
  });
});

describe('R10.1: money to transfer asked by a Zalo registration', () => {
  it.each([
    'nghe noi dang ky tren zalo de nhan 5 trieu ho tro ho ngheo dung ko, ho bat chuyen 200k phi',
    'co link dang ky nhan tien ho tro ho ngheo tren facebook, bat chuyen khoan 100k phi ho so',
  ])('"%s": the scam warning first', async (asked) => {
    const reply = await first(asked);
    expect(reply.startsWith('Cẩn thận lừa đảo')).toBe(true);
    expect(reply).toContain('Bạn đừng chuyển tiền, đừng đưa số CCCD hay mã nào; bị đòi tiền thì báo UBND cấp xã hoặc công an xã');
    expect(reply).toContain('không có khoản phí nào');
    expect(reply).not.toContain('qua mạng (trực tuyến)');
  });
});

describe('R35.1: annoyed, the supports of the poor asked', () => {
  it.each([
    'bot ngu qua, tra loi nhu may, tui hoi ho ngheo dc j ma noi 1 dong van ban',
    'tra loi nhu may, ho ngheo dc nhung ho tro j ma noi co 1 dong',
  ])('"%s": heard, then the list with statuses', async (asked) => {
    const reply = await first(asked);
    expect(reply.startsWith('Xin lỗi bạn, câu trả lời trước chưa đủ.')).toBe(true);
    expect(reply).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(reply).toContain('Vay vốn tín dụng chính sách');
    expect(reply).toContain('(tham khảo)');
    expect(reply).toContain('(đã kiểm tra)');
    expect(reply.length).toBeLessThanOrEqual(1100);
  });
});
