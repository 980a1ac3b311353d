/**
 * Round 40 law33: the answers around 01/01/2027 (the 2027–2030 standard of NĐ 351/2025 from that day), asked on 07/12/2026,
 * 31/12/2026 and 01/01/2027:
 * - "chi tiết" after the brief of a support asked of 2027 gives that year's answer, each card whole (was today's premium card);
 * - a phone said lacking alone ("ko co dien thoai", "nha tui ko co dt") is both 2026 indicators it belongs to and what 01/01/2027
 *   does to each (was a province's plan, or the Internet indicator alone);
 * - a household's result says the coming standard's line of its area beside its class then (was the class alone);
 * - the next periodic review is said to classify by the 2027–2030 standard (tham khảo), its procedure chưa rõ;
 * - the papers of a support (the social pension of NĐ 176/2025) are said "chưa rõ" in so many words, with whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round40-law33-dec');
const NEW_YEARS_EVE = conversationsAt(new Date('2026-12-31T03:00:00Z'), 'round40-law33-eve');
const JANUARY = conversationsAt(new Date('2027-01-01T03:00:00Z'), 'round40-law33-jan');

describe('"chi tiết" after the 2027 BHYT brief', () => {
  it('"ho can ngheo nam 2027 bhyt dc bao nhieu phan tram", "chi tiết": the premium and the NQ 261/2025 benefit level, whole, of 2027', async () => {
    const [brief, more] = await DECEMBER.ask('ho can ngheo nam 2027 bhyt dc bao nhieu phan tram', 'chi tiết');
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(more).toContain('Có gì thay đổi từ nay đến hết năm 2027');
    expect(more).toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách, áp dụng ngày 01/01/2027)');
    expect(more).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(more).toContain('chi trả 100% chi phí khám chữa bệnh trong phạm vi được hưởng (tham khảo)');
    expect(more).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
    expect(more).toContain('Nghị quyết 261/2025/QH15');
  });

  it('the same on 31/12/2026', async () => {
    const [, more] = await NEW_YEARS_EVE.ask('ho can ngheo nam 2027 bhyt dc bao nhieu phan tram', 'chi tiết');
    expect(more).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
  });

  it('"nam 2027 ho ngheo con dc ho tro tien dien ko", "chi tiết": 2027\'s changes and the whole card, its former rule', async () => {
    const [, more] = await DECEMBER.ask('nam 2027 ho ngheo con dc ho tro tien dien ko', 'chi tiết');
    expect(more).toContain('Có gì thay đổi từ nay đến hết năm 2027');
    expect(more).toContain('Trước đây, theo Quyết định 28/2014/QĐ-TTg');
    expect(more).not.toContain('Xem đủ: gõ “chi tiết”.');
  });

  it('guard: "chi tiết" after today\'s BHYT card asked with no year is not of 2027', async () => {
    const [, more] = await DECEMBER.ask('bhyt ho can ngheo', 'chi tiết');
    expect(more).not.toContain('Có gì thay đổi từ nay đến hết năm 2027');
  });
});

describe('a phone said lacking, and nothing else', () => {
  for (const typed of ['ko co dien thoai', 'nha tui ko co dt', 'nha ko co dt']) {
    it(`"${typed}" on 07/12/2026: Internet and the means of getting information, then 2027`, async () => {
      const reply = await DECEMBER.first(typed);
      expect(reply).toContain('Sử dụng dịch vụ viễn thông (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
      expect(reply).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
      expect(reply).toContain('Không có điện thoại thông minh chưa phải là thiếu hụt');
      expect(reply).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
      expect(reply).toContain('“Sử dụng dịch vụ viễn thông” được nêu là “Sử dụng dịch vụ số, Internet” (chưa rõ)');
    });
  }

  it('"ko co dien thoai" after the standard: the same', async () => {
    const reply = await DECEMBER.after(['chuan ngheo la gi'], 'ko co dien thoai');
    expect(reply).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo)');
    expect(reply).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
  });

  it('"ko co dien thoai" on 01/01/2027: the means of information not counted, the Internet criterion chưa rõ', async () => {
    const reply = await JANUARY.first('ko co dien thoai');
    expect(reply).toContain('không có chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(reply).toContain('Sử dụng dịch vụ số, Internet (Thông tin) (chưa rõ)');
  });
});

describe('an urban household of the 2026 middle band, told in one sentence', () => {
  it('"nha tui o phuong, 2 nguoi, moi thang 5tr8, la ho gi": 2026 middle class, the 2027 urban line, the middle band then chưa rõ', async () => {
    const reply = await DECEMBER.first('nha tui o phuong, 2 nguoi, moi thang 5tr8, la ho gi');
    expect(reply).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn mới: không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không thì chưa rõ');
    expect(reply).toContain('Chuẩn nghèo thành thị từ 01/01/2027: 2.800.000 đồng.');
  });

  it('"nha tui o thi tran 4 nguoi thu nhap 11 trieu 1 thang, la ho gi": under the 2027 line, said with it', async () => {
    const reply = await DECEMBER.first('nha tui o thi tran 4 nguoi thu nhap 11 trieu 1 thang, la ho gi');
    expect(reply).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo');
    expect(reply).toContain('Chuẩn nghèo thành thị từ 01/01/2027: 2.800.000 đồng.');
  });

  it('guard: a household under today\'s line is not told the coming line (its first screen stays short)', async () => {
    const reply = await DECEMBER.first('nha tui o que 4 nguoi thu nhap 4 trieu, la ho gi');
    expect(reply).not.toContain('Chuẩn nghèo nông thôn từ 01/01/2027');
  });

  it('a rural household of the middle band: the 2027 rural line', async () => {
    const reply = await NEW_YEARS_EVE.first('nha tui o que 4 nguoi thu nhap 8 trieu, la ho gi');
    expect(reply).toContain('Chuẩn nghèo nông thôn từ 01/01/2027: 2.200.000 đồng.');
  });
});

describe('the next periodic review', () => {
  it('"khi nao ra soat ho ngheo lan toi" on 07/12/2026: the 2027 review classifies by the 2027–2030 standard (tham khảo), within 1.000 characters', async () => {
    const reply = await DECEMBER.first('khi nao ra soat ho ngheo lan toi');
    expect(reply).toContain('Đợt năm 2027: theo chuẩn 2027–2030 (tham khảo).');
    expect(reply).toContain('lịch rà soát năm 2026 chưa rõ');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });

  it('the same on 01/01/2027', async () => {
    const reply = await JANUARY.first('khi nao ra soat ho ngheo lan toi');
    expect(reply).toContain('Đợt năm 2027: theo chuẩn 2027–2030 (tham khảo).');
  });

  it('a cadre: "Đợt rà soát định kỳ năm 2027 thực hiện khi nào, theo chuẩn nào?": its standard first, its procedure chưa rõ', async () => {
    const reply = await DECEMBER.first('Đợt rà soát định kỳ năm 2027 thực hiện khi nào, theo chuẩn nào?');
    expect(reply.startsWith('Đợt rà soát định kỳ năm 2027 (nếu có) diễn ra khi chuẩn nghèo đa chiều giai đoạn 2027–2030 (Nghị định 351/2025/NĐ-CP) đang áp dụng, nên hộ sẽ được xét theo chuẩn này (tham khảo); quy trình và mẫu phiếu của đợt này chưa rõ (chưa rõ).')).toBe(true);
  });

  it('"nam nay ra soat theo chuan nao" on 01/01/2027: the 2027 review\'s standard, not the end-2026 review\'s alone', async () => {
    const reply = await JANUARY.first('nam nay ra soat theo chuan nao');
    expect(reply.startsWith('Đợt rà soát định kỳ năm 2027 (nếu có) diễn ra khi chuẩn nghèo đa chiều giai đoạn 2027–2030')).toBe(true);
  });

  it('guard: "nam nay ra soat theo chuan nao" on 07/12/2026 is the end-2026 review\'s entry', async () => {
    const reply = await DECEMBER.first('nam nay ra soat theo chuan nao');
    expect(reply.startsWith('Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào')).toBe(true);
  });

  it('guard: the review of 2026 (its list for 2027, across the change) is given no standard', async () => {
    const reply = await DECEMBER.first('ra soat ho ngheo nam 2026 khi nao');
    expect(reply).not.toContain('Đợt năm 2026:');
  });

  // Residents get the procedure in brief (short33); its whole card, one "chi tiết" away, names the monthly review.
  it('guard: "thu tuc xet ho ngheo" then "chi tiết" names the monthly review', async () => {
    const reply = await JANUARY.after(['thu tuc xet ho ngheo'], 'chi tiết');
    expect(reply).toContain('Rà soát thường xuyên (hằng tháng, từ ngày 15)');
  });
});

describe('the papers of the social pension (NĐ 176/2025)', () => {
  it('a cadre: "Hồ sơ hưởng trợ cấp hưu trí xã hội theo Nghị định 176/2025 gồm những gì?": chưa rõ, whom to ask', async () => {
    const reply = await JANUARY.first('Hồ sơ hưởng trợ cấp hưu trí xã hội theo Nghị định 176/2025 gồm những gì?');
    expect(reply).toContain('Giấy tờ cần nộp: chưa rõ.');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('a resident: "tro cap huu tri xa hoi can giay to gi": chưa rõ', async () => {
    const reply = await DECEMBER.first('tro cap huu tri xa hoi can giay to gi');
    expect(reply).toContain('Giấy tờ cần nộp: chưa rõ.');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('the household\'s standing after Tết, asked in January 2027', () => {
  it('"qua tet nha tui con la ho can ngheo ko" on 01/01/2027: the list does not change by itself (was the card of a Tết gift)', async () => {
    const reply = await JANUARY.first('qua tet nha tui con la ho can ngheo ko');
    expect(reply).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
    expect(reply).not.toContain('quà Tết (quyết định hằng năm)');
  });

  it('guard: "qua tet xa co phat gao ko" on 01/01/2027 stays the gift', async () => {
    const reply = await JANUARY.first('qua tet xa co phat gao ko');
    expect(reply).toContain('quà Tết');
  });
});

describe('the district gone, asked alone', () => {
  it('"con phai len huyen ko" on 01/01/2027: the commune, no district since 01/07/2025 (was a province\'s resolution)', async () => {
    const reply = await JANUARY.first('con phai len huyen ko');
    expect(reply).toContain('không phải lên huyện');
    expect(reply).toContain('UBND cấp xã');
  });
});
