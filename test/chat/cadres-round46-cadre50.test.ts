/**
 * Round 46 cadre50, on 07/12/2026: commune cadres' formal questions (some typed without diacritics). Figures from rules/ and
 * /work/shared/facts (updates-2026.md wins): 2026 keeps NĐ 07/2021's lines 1.500.000 / 2.000.000 đồng and middle band 2.250.000 /
 * 3.000.000 đồng (NĐ 351/2025, tham khảo); 2027–2030 lines 2.200.000 / 2.800.000 đồng (tham khảo), middle band not known; QĐ
 * 24/2021 titled "giai đoạn 2022 – 2025" [V], its 2026 use not known; the 2024–2025 campaign's 60/30 triệu [V in press, basis ?],
 * not carried into 2026; middle farming households: BHYT ≥ 30% (NĐ 188/2025, tham khảo).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round46-cadre50');
/** A phone's screen (≤ ~1.200 characters, the buttons' line included). */
const PHONE = 1250;

describe('the standard of the year-end review: the one-line answer first, on a phone', () => {
  for (const question of [
    'Rà soát định kỳ cuối năm 2026 áp dụng chuẩn nào?',
    'Ra soat dinh ky cuoi nam 2026 ap dung chuan nao?',
    'Kỳ rà soát định kỳ cuối năm 2026 áp dụng chuẩn nào?',
  ]) {
    it(`"${question}" (was the whole card, 2.144 characters)`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toContain('Năm 2026 dùng chuẩn nghèo giai đoạn 2022–2025 (Nghị định 07/2021/NĐ-CP), được Nghị định 351/2025/NĐ-CP giữ lại, áp dụng đến hết 31/12/2026');
      expect(reply).toContain('áp dụng từ 01/01/2027 (tham khảo)');
      expect(reply).toMatch(/Đợt rà soát cuối năm 2026 \(lập danh sách cho năm 2027\) xét theo chuẩn nào: chưa có văn bản hướng dẫn[^\n]*\(chưa rõ\)/u);
      expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(reply.length).toBeLessThanOrEqual(PHONE);
    });
  }
});

describe('QĐ 24/2021 still applied, with the income lines of the 2026 review', () => {
  for (const question of [
    'Quy trình rà soát theo QĐ 24/2021 còn áp dụng không, ngưỡng thu nhập rà soát năm 2026 là bao nhiêu?',
    'Quy trinh ra soat theo QD 24/2021 con ap dung khong, nguong thu nhap nam 2026 bao nhieu',
    'Đề nghị cho biết QĐ 24/2021 còn hiệu lực không và mức thu nhập dùng để rà soát năm 2026.',
  ]) {
    it(`"${question}" (was the decision's validity alone, no income line)`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toContain('• Năm 2026 (đến 31/12/2026): chuẩn nghèo nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng; hộ có mức sống trung bình đến 2.250.000 đồng (nông thôn), 3.000.000 đồng (thành thị)');
      expect(reply).toContain('theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo)');
      expect(reply).toContain('• Từ 01/01/2027: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng mỗi người mỗi tháng, theo Nghị định 351/2025/NĐ-CP (tham khảo); mức hộ có mức sống trung bình (chưa rõ).');
      // The procedure's period and its use in 2026 not known; the district step gone.
      expect(reply).toContain('"giai đoạn 2022 – 2025"; chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ)');
      expect(reply).toContain('không còn cơ quan thực hiện từ 01/07/2025');
      expect(reply.indexOf('1.500.000 đồng')).toBeLessThan(reply.indexOf('Quyết định 24/2021/QĐ-TTg, ký ngày 16/07/2021'));
    });
  }
});

describe('the water and latrine indicators in 2026, by period', () => {
  for (const question of [
    'Tiêu chí nước sinh hoạt và nhà tiêu hợp vệ sinh áp dụng năm 2026 thế nào?',
    'Tieu chi nuoc sinh hoat va nha tieu hop ve sinh ap dung nam 2026 the nao?',
    'Đề nghị hướng dẫn chỉ số nước sinh hoạt, nhà tiêu hợp vệ sinh áp dụng trong năm 2026.',
  ]) {
    it(`"${question}" (was today's wording alone, no period)`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo áp dụng năm 2026, đến 31\/12\/2026, theo Nghị định 351\/2025\/NĐ-CP \(giữ chuẩn của Nghị định 07\/2021\/NĐ-CP; tham khảo\):/u);
      expect(reply).toContain('Nguồn nước sinh hoạt (Nước sinh hoạt và vệ sinh) (tham khảo): bị tính là thiếu hụt khi: hộ không tiếp cận được nguồn nước sinh hoạt an toàn, hợp vệ sinh.');
      expect(reply).toContain('Nhà tiêu hợp vệ sinh (Nước sinh hoạt và vệ sinh) (tham khảo): bị tính là thiếu hụt khi: hộ không sử dụng nhà tiêu hợp vệ sinh.');
      expect(reply).toContain('Từ 01/01/2027 (chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351/2025/NĐ-CP):');
      expect(reply).toMatch(/• “Nguồn nước sinh hoạt”, “Nhà tiêu hợp vệ sinh” vẫn có trong danh sách \(tham khảo\); [^\n]*ngưỡng chính thức chưa rõ\./u);
      expect(reply).toContain('• Thêm “Xử lý rác thải sinh hoạt” (ngưỡng thiếu hụt chưa rõ).');
    });
  }
  it('"Chỉ số nhà tiêu hợp vệ sinh năm 2026 được xác định ra sao?": one indicator, its period too', async () => {
    const reply = await DECEMBER.first('Chỉ số nhà tiêu hợp vệ sinh năm 2026 được xác định ra sao?');
    expect(reply).toContain('• “Nhà tiêu hợp vệ sinh” vẫn có trong danh sách (tham khảo)');
    expect(reply).not.toContain('“Nguồn nước sinh hoạt”');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
  });
});

describe('the 2024–2025 housing campaign asked by its amount: its figures as past, today\'s "chưa rõ"', () => {
  for (const question of [
    'Phong trào xóa nhà tạm, nhà dột nát hỗ trợ bao nhiêu một căn?',
    'Phong trao xoa nha tam, nha dot nat ho tro bao nhieu mot can?',
    'Xóa nhà tạm, nhà dột nát được hỗ trợ bao nhiêu tiền mỗi căn?',
  ]) {
    it(`"${question}" (was "no figure" of today's housing support alone)`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toContain('60.000.000 đồng/nhà (xây mới; đã kiểm tra), 30.000.000 đồng/nhà (sửa chữa; đã kiểm tra) là mức của phong trào xóa nhà tạm, nhà dột nát (2024–2025) (01/01/2024 – 31/12/2025;');
      expect(reply).toContain('văn bản pháp lý chưa xác định (số liệu theo báo chí; chưa rõ)');
      expect(reply).toContain('hoàn thành trong năm 2025 (tham khảo); không áp dụng năm 2026.');
      // Today's support: no amount, with its status.
      expect(reply).toMatch(/Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra; không áp dụng các mức của giai đoạn trước\.[^\n]*\(chưa rõ\)/u);
      expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      // The campaign said once, not again as "Đã kết thúc" under the card.
      expect(reply).not.toContain('Đã kết thúc:');
      expect(reply.length).toBeLessThanOrEqual(PHONE);
    });
  }
});

describe('hộ có mức sống trung bình: the farming households with it', () => {
  for (const question of [
    'Hộ có mức sống trung bình được xác định thế nào, tiêu chí ra sao?',
    'tieu chi ho co muc song trung binh la gi',
    // A year's band asked stays short (outreach-round17-staff: "tieu chi ho muc song trung binh nam 2026" < 1.300 characters).
    'Đề nghị cho biết tiêu chí xác định hộ có mức sống trung bình.',
  ]) {
    it(`"${question}" (was the band alone, the farming households never said)`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toMatch(/^Hộ có mức sống trung bình[^\n]*nông thôn > 1\.500\.000 đồng và ≤ 2\.250\.000 đồng, thành thị > 2\.000\.000 đồng và ≤ 3\.000\.000 đồng \(tham khảo\)\./u);
      expect(reply).toContain('xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình, giai đoạn 2022 – 2025. Căn cứ: Quyết định 24/2021/QĐ-TTg');
      expect(reply).toContain('Ngân sách nhà nước hỗ trợ tối thiểu 30% mức đóng bảo hiểm y tế cho thành viên hộ có mức sống trung bình làm nông, lâm, ngư, diêm nghiệp (tham khảo). Căn cứ: Nghị định 188/2025/NĐ-CP Điều 5 khoản 4');
      // No share of members or income the facts do not hold.
      expect(reply).toContain('Tiêu chí riêng để xác định hộ làm nông, lâm, ngư, diêm nghiệp (tỷ lệ thành viên hay thu nhập từ các nghề này) chưa có trong dữ liệu của trợ lý (chưa rõ).');
      expect(reply).not.toMatch(/trên 30% (thành viên|số người|lao động)/u);
    });
  }
});
