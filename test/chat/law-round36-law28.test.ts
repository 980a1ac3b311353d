/**
 * Round 36 law28, on 20/12/2026 (findings of the round-36 helper; shared/facts/updates-2026.md):
 * - a household asking whether it is still poor "năm sau", "qua 2027", "từ 1/1" gets today's class, then the 2027 standard's
 *   (comingSaid), its lines, indicator changes and middle band with their status, whom to ask and "chi tiết", ≤ ~1.000 characters
 *   (was the 2027 check alone with the consent in full, ~1.330);
 * - "chương trình giảm nghèo mới bắt đầu khi nào" says when first, its documents, then a short card (was the whole card, 2.104);
 * - "bao giờ có danh sách hộ nghèo năm 2027": the 2026 review's list and days, the 2027 schedule not known (was the review's steps
 *   worded for 2027).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-20T03:00:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round36-law28');
const MARCH = conversationsAt(new Date('2026-03-15T03:00:00Z'), 'round36-law28-march');

describe('a household asked of next year in December: today\'s class, then from 01/01/2027, short', () => {
  it.each([
    ['nha tui 4 nguoi thu nhap 8 trieu, nam sau co con ngheo ko', 'ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số'],
    ['qua 2027 nha tui 5 nguoi o que thu nhap 6 trieu con ngheo ko', 'ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số'],
    ['nha tui 3 nguoi o tp thu nhap 9 trieu, tu 1/1 co con can ngheo ko', 'không thuộc diện hộ nghèo, hộ cận nghèo'],
  ])('"%s"', async (text, coming) => {
    const reply = await first(text);
    expect(reply).toContain('theo chuẩn áp dụng ngày 20/12/2026');
    expect(reply).toContain(`Từ 01/01/2027 theo chuẩn mới: ${coming}`);
    expect(reply).toContain('chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng (tham khảo)');
    expect(reply).toMatch(/bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”, thêm tiêu chí “Sử dụng dịch vụ số, Internet”.*“Xử lý rác thải sinh hoạt”.*\(tham khảo\)/u);
    expect(reply).toContain('Hộ có mức sống trung bình từ 01/01/2027: chưa có con số (chưa rõ).');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply).toContain('“chi tiết”');
    // Nothing kept yet: the consent comes with the full check, not here in full.
    expect(reply).not.toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
    expect(reply).not.toContain('Bạn hỏi về năm 2027');
    expect(reply.length).toBeLessThanOrEqual(1050);
  });

  it('"chi tiet" after it: the 2027 standard\'s whole card', async () => {
    const [, more] = await ask('nha tui 4 nguoi thu nhap 8 trieu, nam sau co con ngheo ko', 'chi tiet');
    expect(more).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(more).toContain('Xử lý rác thải sinh hoạt');
  });

  it('"Kiểm tra đầy đủ" after it: the household told kept, the consent asked in full once', async () => {
    const [, check] = await ask('nha tui 4 nguoi thu nhap 8 trieu, nam sau co con ngheo ko', 'Kiểm tra đầy đủ');
    expect(check).toContain('Số người: 4');
    expect(check).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });

  it('guard: in March, "năm sau" is still the 2027 check', async () => {
    expect(await MARCH.first('nha tui 4 nguoi thu nhap 8 trieu, nam sau co con ngheo ko')).toContain('theo chuẩn áp dụng ngày 01/01/2027');
  });
});

describe('when the new programme starts, first', () => {
  it.each(['chuong trinh giam ngheo moi bat dau khi nao', 'ct mtqg moi tu nam nao'])('"%s"', async (text) => {
    const reply = await first(text);
    expect(reply).toMatch(/bắt đầu từ năm 2026, giai đoạn 2026–2035: Quốc hội quyết định chủ trương đầu tư tại Nghị quyết 257\/2025\/QH15 ngày 11\/12\/2025; giai đoạn 1 \(2026–2030\) được phê duyệt tại Quyết định 417\/QĐ-BNNMT ngày 31\/01\/2026\. Căn cứ: [^\n]*\(đã kiểm tra\)/u);
    expect(reply).toContain('chưa được công bố');
    expect(reply).not.toContain('423.000 tỷ đồng');
    expect(reply).not.toContain('ngoài phạm vi');
    expect(reply.length).toBeLessThan(1100);
  });

  it('"chi tiet" after it: the whole card', async () => {
    const [, more] = await ask('chuong trinh giam ngheo moi bat dau khi nao', 'chi tiet');
    expect(more).toContain('423.000 tỷ đồng');
  });
});

describe('the list of 2027 comes from the 2026 review', () => {
  it.each(['bao gio co danh sach ho ngheo nam 2027', 'khi nao co danh sach ho can ngheo nam sau'])('"%s"', async (text) => {
    const reply = await first(text);
    expect(reply).toContain('Danh sách hộ nghèo, hộ cận nghèo dùng trong năm 2027 là kết quả đợt rà soát định kỳ năm 2026');
    expect(reply).toContain('Nếu lịch này được áp dụng, đợt rà soát định kỳ năm 2026 từ 01/09/2026 đến 14/12/2026 (tham khảo)'); // its own line since round 36 mend36a
    expect(reply).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027 (chưa rõ)');
    expect(reply).not.toContain('Cho năm 2027, dữ liệu của trợ lý chưa có');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
