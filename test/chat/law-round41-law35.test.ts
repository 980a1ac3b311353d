/**
 * Round 41 law35: what the law data says around 01/01/2027, each line with its status as the facts give it:
 * - QĐ 90/QĐ-TTg (programme 2021–2025) and NQ 257/2025/QH15 (programme 2026–2035) are said by years, the period that ended and
 *   the next one; was "Quyết định 90/QĐ-TTg được thay bằng Nghị quyết 257/2025/QH15 từ 01/01/2026 (tham khảo)", a replacement
 *   and a day the facts do not give;
 * - a 2027 indicator whose threshold the facts do not say is kept (BHYT, giáo dục, nhà ở, nước, nhà tiêu) is in the draft's list
 *   (tham khảo), its final place and threshold chưa rõ with the commune's cadre; was "tạm dùng cho giai đoạn 2027–2030 theo dự
 *   thảo tháng 9/2025 (tham khảo)", what the facts say of việc làm, người phụ thuộc, dinh dưỡng only;
 * - "ko co dien thoai" after a household told in one message, in 2026: the two indicators' rules in brief, their basis once, what
 *   01/01/2027 does to each, whom to ask, the choice in one line (963 characters); was 1.751 with each indicator's remarks.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-law35-dec');
const NEW_YEARS_EVE = conversationsAt(new Date('2026-12-31T03:00:00Z'), 'round41-law35-eve');
const JANUARY = conversationsAt(new Date('2027-01-01T03:00:00Z'), 'round41-law35-jan');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('QĐ 90/QĐ-TTg and NQ 257/2025/QH15: the programme\'s periods, no replacement', () => {
  const periods = 'Quyết định 90/QĐ-TTg là của giai đoạn đến hết năm 2025, giai đoạn tiếp theo (từ năm 2026) theo Nghị quyết 257/2025/QH15';
  it.each(['qd 90 con hieu luc ko', 'quyet dinh 90 con ap dung ko ad', 'nq 257/2025 la gi'])('"%s"', async (question) => {
    const reply = await DECEMBER.first(question);
    expect(reply).toContain(periods);
    expect(reply).not.toContain('thay thế Quyết định 90');
    expect(reply).not.toContain('được thay bằng Nghị quyết 257');
  });
});

describe('2027 indicators: each with the status the facts give it', () => {
  const notKept = 'ngưỡng này là của giai đoạn 2022–2025 (NĐ 07/2021/NĐ-CP); chỉ số có trong dự thảo tháng 9/2025 (tham khảo), còn danh sách chỉ số và ngưỡng chính thức chưa rõ';
  const kept = 'tạm dùng cho giai đoạn 2027–2030 theo dự thảo tháng 9/2025 (tham khảo)';
  it.each([
    ['nha tui ko co bhyt', JANUARY],
    ['nam 2027 chi so bhyt tinh sao', DECEMBER],
    ['qua nam 2027 chi so nuoc sach tinh sao ad', DECEMBER],
  ] as const)('"%s": in the draft\'s list (tham khảo), the rest chưa rõ with the cadre', async (question, at) => {
    const reply = await at.first(question);
    expect(reply).toContain(notKept);
    expect(reply).not.toContain(kept);
    expect(reply).toContain(CADRE);
  });

  it('guard: "chi so viec lam nam 2027" keeps the draft\'s kept threshold (tham khảo)', async () => {
    const reply = await DECEMBER.first('chi so viec lam nam 2027 tinh thieu hut khi nao');
    expect(reply).toContain(kept);
    expect(reply).not.toContain(notKept);
  });
});

describe('"ko co dien thoai" after a household told in one message, in brief', () => {
  const household = 'nha tui 4 nguoi o que thu nhap 5tr, ko co bhyt, la ho gi';
  it.each([['07/12/2026', DECEMBER], ['31/12/2026', NEW_YEARS_EVE]] as const)('on %s: ≤ 1.000 characters, both indicators, 2027, the cadre, the choice short', async (_day, at) => {
    const [, phone = '', declined = ''] = await at.ask(household, 'ko co dien thoai', 'Không lưu');
    expect(phone.length).toBeLessThanOrEqual(1000);
    expect(phone).toContain('Sử dụng dịch vụ viễn thông (Thông tin) (tham khảo): bị tính là thiếu hụt khi: hộ không có thành viên nào sử dụng dịch vụ Internet.');
    expect(phone).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
    expect(phone).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục (tham khảo).');
    expect(phone).toContain('“Sử dụng dịch vụ viễn thông” được nêu là “Sử dụng dịch vụ số, Internet” (chưa rõ); ngưỡng thiếu hụt chưa rõ.');
    expect(phone).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
    expect(phone).toContain(CADRE);
    expect(phone).toContain('(Bạn chưa chọn: “Đồng ý lưu” / “Không lưu” để bắt đầu kiểm tra.)');
    expect(declined).not.toContain('Sử dụng dịch vụ viễn thông: thiếu hụt');
  });

  it('guard: "ko co dien thoai" as a first message keeps the whole answer', async () => {
    const reply = await DECEMBER.first('ko co dien thoai');
    expect(reply).toContain('Dùng Zalo, Facebook, YouTube hay lướt mạng trên điện thoại');
  });
});
