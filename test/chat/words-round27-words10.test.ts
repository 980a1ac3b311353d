/**
 * Round 27 (words10, 05/12/2026): residents' questions that got the wrong or a far too long answer.
 * - "lam sao biet nha minh co trong danh sach ho ngheo ko": was the whole 2026 standard card (about 3.500 characters); now that
 *   the Chủ tịch UBND cấp xã recognises the list and issues the Giấy chứng nhận, that the list is posted publicly in the annual
 *   review (QĐ 24/2021/QĐ-TTg, poverty-standards.md [V]), that no commune's list is in the data and whom to ask.
 * - "cac chi so thieu hut la gi": was the rule on how many lacks make a household poor, the whole card and "Sắp thay đổi" (about
 *   4.000 characters); now the indicators by group, the 2027 change in one line, source and status, where more is.
 * - "qua nam 2027 nha tui con la ho can ngheo ko" on 01/01/2027 or later: was the check's consent screen; now, as on 31/12/2026,
 *   that the list does not change by itself (rules/reference.yaml standing_next_year), titled without "Năm sau".
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

// 05/12/2026, 31/12/2026, 01/01/2027 and 10/03/2027, 10:00 in Vietnam.
const today = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round27words10-today');
const eve = conversationsAt(new Date('2026-12-31T03:00:00Z'), 'round27words10-eve');
const newYear = conversationsAt(new Date('2027-01-01T03:00:00Z'), 'round27words10-new');
const march = conversationsAt(new Date('2027-03-10T03:00:00Z'), 'round27words10-march');

describe('whether the household is on the list: who decides, where it is posted, whom to ask', () => {
  it.each(['lam sao biet nha minh co trong danh sach ho ngheo ko', 'nha tui co ten trong ds ho can ngheo ko', 'coi danh sach ho ngheo o dau'])('"%s"', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Nhà mình có trong danh sách hộ nghèo, hộ cận nghèo không:\n• Ngắn gọn: danh sách hộ nghèo, hộ cận nghèo do Chủ tịch UBND cấp xã công nhận/);
    expect(text).toContain('Giấy chứng nhận hộ nghèo, hộ cận nghèo');
    expect(text).toContain('họp dân ở thôn và niêm yết công khai trước khi công nhận');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(text).toContain('không tra được tên nhà bạn: hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain('Kiểm tra hộ gia đình');
    expect(text).not.toContain('Thu nhập bình quân mỗi người mỗi tháng');
    expect(text.length).toBeLessThan(1500);
  });

  it('"lam sao de co ten trong danh sach ho ngheo" asks how to get on it: not this answer', async () => {
    const text = await today.first('lam sao de co ten trong danh sach ho ngheo');
    expect(text).not.toContain('Nhà mình có trong danh sách');
  });
});

describe('what the deprivation indicators are: short, the 2027 change in one line, source and status', () => {
  it.each(['cac chi so thieu hut la gi', 'thieu hut chi so nghia la sao', '12 chi so la nhung cai j'])('"%s" on 05/12/2026', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Chỉ số thiếu hụt \(hôm nay, 05\/12\/2026\): những dịch vụ xã hội cơ bản hộ còn thiếu, 12 chỉ số trong 6 nhóm \(tham khảo\):/);
    expect(text).toContain('• Việc làm: Việc làm; Người phụ thuộc trong hộ gia đình');
    expect(text).toContain('• Thông tin: Sử dụng dịch vụ viễn thông; Phương tiện phục vụ tiếp cận thông tin');
    expect(text).toContain('Từ 01/01/2027 bộ chỉ số thay đổi: bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”, thêm tiêu chí “Sử dụng dịch vụ số, Internet” (ngưỡng chưa rõ), thêm chỉ số “Xử lý rác thải sinh hoạt” (ngưỡng chưa rõ) (tham khảo).');
    expect(text).toContain('Nguồn: chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp), Nghị định 351/2025/NĐ-CP');
    expect(text).toContain('Chi tiết');
    expect(text).not.toContain('Sắp thay đổi');
    expect(text).not.toContain('Thu nhập bình quân mỗi người mỗi tháng');
    expect(text.length).toBeLessThan(1500);
  });

  it('"cac chi so thieu hut la gi" on 01/01/2027: the new set, no change line', async () => {
    const text = await newYear.first('cac chi so thieu hut la gi');
    expect(text).toMatch(/^Chỉ số thiếu hụt \(hôm nay, 01\/01\/2027\)/);
    expect(text).toContain('Xử lý rác thải sinh hoạt');
    expect(text).not.toContain('Phương tiện phục vụ tiếp cận thông tin');
    expect(text).not.toContain('bộ chỉ số thay đổi');
  });

  it('"chi so thieu hut bhyt la gi" is still that one indicator', async () => {
    const text = await today.first('chi so thieu hut bhyt la gi');
    expect(text).not.toMatch(/^Chỉ số thiếu hụt \(/);
    expect(text).toContain('Bảo hiểm y tế');
  });
});

describe('"qua nam 2027 nha tui con la ho can ngheo ko" on and after 01/01/2027: the list does not change by itself', () => {
  const line = 'danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó; hộ giữ loại hộ đã được công nhận';
  it.each([
    ['01/01/2027', newYear],
    ['10/03/2027', march],
  ])('on %s', async (_, at) => {
    const text = await at.first('qua nam 2027 nha tui con la ho can ngheo ko');
    expect(text).toMatch(/^Từ 01\/01\/2027 hộ còn là hộ nghèo, hộ cận nghèo không:/);
    expect(text).toContain(line);
    expect(text).not.toContain('Năm sau');
    expect(text).not.toContain('Đồng ý lưu');
  });

  it('on 31/12/2026 the same short answer as before', async () => {
    const text = await eve.first('qua nam 2027 nha tui con la ho can ngheo ko');
    expect(text).toContain(line);
    expect(text).not.toContain('Đồng ý lưu');
  });

  it('/api/ask on 01/01/2027 too', () => {
    const text = askApiText('qua nam 2027 nha tui con la ho can ngheo ko', '2027-01-01');
    expect(text).toContain(line);
  });

  it('"nam nay nha tui co phai ho ngheo ko" on 01/01/2027 still starts the check', async () => {
    const [text] = await newYear.ask('nam nay nha tui co phai ho ngheo ko');
    expect(text).toContain('Đồng ý lưu');
  });
});

describe('the procedure asked with the district gone: that step first, then the brief', () => {
  it.each(['thu tuc xet ho ngheo huyen bo roi ma', 'huyen bo roi thi thu tuc lam ho can ngheo sao'])('"%s"', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Bước 5 của rà soát định kỳ \(báo cáo, xin ý kiến Chủ tịch UBND cấp huyện\) không còn cơ quan thực hiện từ 01\/07\/2025/);
    expect(text).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(text).toContain('Xem đủ các bước');
    expect(text.length).toBeLessThan(1500);
  });
});

describe('the electricity support asked in kWh', () => {
  it('"dien ho ngheo dc ho tro bn kwh": not led as an amount of money', async () => {
    const text = await today.first('dien ho ngheo dc ho tro bn kwh');
    expect(text).toMatch(/^Mức hỗ trợ bạn hỏi, theo dữ liệu chính sách \(ngày 05\/12\/2026\):\n• Hỗ trợ tiền điện: /);
    expect(text).not.toContain('Mức tiền');
  });
});
