/**
 * Round 41 law34: the law around December 2026 / January 2027 right on every date (07/12/2026, 31/12/2026, 01/01/2027, 15/03/2027):
 * - a support asked of this year ("bhyt ho can ngheo nam 2027" on 01/01/2027) keeps the related lines December's answer has
 *   (the NQ 261/2025 benefit level for near-poor members, tham khảo, its start chưa rõ); was the premium card alone;
 * - under the lead of a later review ("Đợt rà soát định kỳ năm 2027 …"), the entry on the end-2026 review is titled as the one
 *   before; was "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào" under the 2027 lead;
 * - "ko co dien thoai" after a household told in one message (the consent question waiting) is the phone's indicators of the
 *   day (2026: Internet and the means of getting information, then 2027's change), nothing recorded; was recorded in 2026 as
 *   "Sử dụng dịch vụ viễn thông: thiếu hụt";
 * - "ko co bhyt", "nha tui ko co bhyt" alone: whether it counts (the BHYT indicator of the day) and what poor and near-poor
 *   households get, a line each with its status, "chi tiết" the whole card; was the premium card of every class;
 * - "khi nao ra soat ho ngheo lan toi" once the 2026 review is over (31/12/2026) says the 2027 schedule is not known; was "lịch rà
 *   soát năm 2026 chưa rõ" before "Đợt năm 2027: …".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-law34-dec');
const NEW_YEARS_EVE = conversationsAt(new Date('2026-12-31T03:00:00Z'), 'round41-law34-eve');
const JANUARY = conversationsAt(new Date('2027-01-01T03:00:00Z'), 'round41-law34-jan');
const MARCH = conversationsAt(new Date('2027-03-15T03:00:00Z'), 'round41-law34-mar');

describe('"bhyt ho can ngheo nam 2027" on every date', () => {
  const nq261 = 'Khi đi khám, quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ.';
  for (const [name, at] of [['07/12/2026', DECEMBER], ['31/12/2026', NEW_YEARS_EVE], ['01/01/2027', JANUARY], ['15/03/2027', MARCH]] as const) {
    it(`on ${name}: the premium and the NQ 261/2025 line, its start chưa rõ`, async () => {
      const reply = await at.first('bhyt ho can ngheo nam 2027');
      expect(reply).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
      expect(reply).toContain(nq261);
      expect(reply).toContain('Căn cứ: Nghị quyết 261/2025/QH15 (tham khảo)');
    });
  }

  it('on 01/01/2027 no "what changes" lead (the year asked is this one), and "chi tiết" gives both cards whole', async () => {
    const [brief, more] = await JANUARY.ask('bhyt ho can ngheo nam 2027', 'chi tiết');
    expect(brief).not.toContain('Có gì thay đổi từ nay đến hết năm');
    expect(more).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
    expect(more).toContain('Nghị định 188/2025/NĐ-CP ngày 01/07/2025, Điều 6 khoản 6');
  });

  it('guard: with no year, today\'s premium card as before', async () => {
    const reply = await JANUARY.first('bhyt ho can ngheo');
    expect(reply).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(reply).not.toContain('Nghị quyết 261/2025/QH15');
  });
});

describe('the review\'s standard: the title agrees with the lead', () => {
  const before = 'Trước đó, đợt rà soát cuối năm 2026 (lập danh sách năm 2027):';
  for (const [name, at, typed] of [
    ['07/12/2026', DECEMBER, 'ra soat ho ngheo nam 2027 theo chuan nao'],
    ['01/01/2027', JANUARY, 'nam nay ra soat theo chuan nao'],
    ['15/03/2027', MARCH, 'ra soat nam nay xet theo chuan nao vay ad'],
  ] as const) {
    it(`"${typed}" on ${name}: the 2027 review's lead, then the end-2026 review as the one before`, async () => {
      const reply = await at.first(typed);
      expect(reply.startsWith('Đợt rà soát định kỳ năm 2027 (nếu có) diễn ra khi chuẩn nghèo đa chiều giai đoạn 2027–2030')).toBe(true);
      expect(reply).toContain(before);
      expect(reply).not.toContain('Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào');
    });
  }

  it('guard: "nam nay ra soat theo chuan nao" on 31/12/2026 is still the end-2026 review\'s own title, no lead', async () => {
    const reply = await NEW_YEARS_EVE.first('nam nay ra soat theo chuan nao');
    expect(reply.startsWith('Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào')).toBe(true);
  });
});

describe('"ko co dien thoai" after a household told in one message', () => {
  const household = 'nha tui 4 nguoi o que thu nhap 5tr, ko co bhyt, la ho gi';
  for (const [name, at] of [['07/12/2026', DECEMBER], ['31/12/2026', NEW_YEARS_EVE]] as const) {
    it(`on ${name}: both 2026 indicators a phone belongs to and 2027's change, the consent asked again, nothing recorded`, async () => {
      const [, phone, declined] = await at.ask(household, 'ko co dien thoai', 'Không lưu');
      expect(phone).toContain('Sử dụng dịch vụ viễn thông (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
      expect(phone).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
      expect(phone).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
      // Round 41 law35: the consent reply was the message before, the choice in one line below the brief answer.
      expect(phone).toContain('(Bạn chưa chọn: “Đồng ý lưu” / “Không lưu” để bắt đầu kiểm tra.)');
      expect(phone).not.toContain('Mình ghi nhận');
      expect(declined).toContain('• Bảo hiểm y tế: thiếu hụt');
      expect(declined).not.toContain('Sử dụng dịch vụ viễn thông: thiếu hụt');
    });
  }

  it('on 01/01/2027: the 2027 set (no means of information; the Internet criterion chưa rõ), nothing recorded', async () => {
    const [, phone] = await JANUARY.ask(household, 'ko co dien thoai');
    expect(phone).toContain('không có chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(phone).toContain('Sử dụng dịch vụ số, Internet (Thông tin) (chưa rõ)');
    expect(phone).not.toContain('Mình ghi nhận');
  });

  it('guard: "ko co internet" after the same on 07/12/2026 is recorded (one indicator of 2026)', async () => {
    const [, told] = await DECEMBER.ask(household, 'ko co internet');
    expect(told).toContain('Mình ghi nhận');
    expect(told).toContain('Sử dụng dịch vụ viễn thông: thiếu hụt');
  });
});

describe('"ko co bhyt" told alone', () => {
  const indicator = 'Bảo hiểm y tế (Y tế) (tham khảo): bị tính là thiếu hụt khi: hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế.';
  for (const [name, at, typed] of [['07/12/2026', DECEMBER, 'ko co bhyt'], ['31/12/2026', NEW_YEARS_EVE, 'nha tui ko co bhyt'], ['01/01/2027', JANUARY, 'nha minh chua co bhyt a']] as const) {
    it(`"${typed}" on ${name}: the indicator, then the poor and near-poor lines with their status, short`, async () => {
      const [reply = '', more] = await at.ask(typed, 'chi tiết');
      expect(reply.startsWith(`Về chỉ số thiếu hụt trong chuẩn nghèo áp dụng ngày ${name}:`)).toBe(true);
      expect(reply).toContain(indicator);
      expect(reply).toContain('• Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo).');
      expect(reply).toContain('• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế cho thành viên hộ cận nghèo; hỗ trợ 100% nếu hộ sống ở xã nghèo (tham khảo).');
      expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(reply).toContain('Xem đủ: gõ “chi tiết”.');
      expect(reply.length).toBeLessThanOrEqual(1100);
      expect(more).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP ngày 01/07/2025, Điều 6 khoản 6');
    });
  }

  it('on 01/01/2027 the indicator is the 2027–2030 standard\'s, its official threshold chưa rõ', async () => {
    const reply = await JANUARY.first('ko co bhyt');
    expect(reply).toContain('còn danh sách chỉ số và ngưỡng chính thức chưa rõ');
  });

  it('guard: "nha tui ko co bhyt, co dc ho tro ko" asks the support: the premium card', async () => {
    const reply = await DECEMBER.first('nha tui ko co bhyt, co dc ho tro ko');
    expect(reply).toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách, áp dụng ngày 07/12/2026)');
  });
});

describe('the next review asked once the 2026 review is over', () => {
  it('"khi nao ra soat ho ngheo lan toi" on 31/12/2026: 2026\'s over, 2027\'s schedule chưa rõ, by the 2027–2030 standard', async () => {
    const reply = await NEW_YEARS_EVE.first('khi nao ra soat ho ngheo lan toi');
    expect(reply).toContain('đợt rà soát định kỳ năm 2026 theo lịch này đã kết thúc ngày 14/12/2026');
    expect(reply).toContain('lịch rà soát năm 2027 chưa rõ');
    expect(reply).not.toContain('lịch rà soát năm 2026 chưa rõ');
    expect(reply).toContain('Đợt năm 2027: theo chuẩn 2027–2030 (tham khảo).');
  });

  it('guard: on 07/12/2026, the 2026 review under way, its schedule chưa rõ', async () => {
    const reply = await DECEMBER.first('khi nao ra soat ho ngheo lan toi');
    expect(reply).toContain('đang diễn ra, đến hết ngày 14/12/2026');
    expect(reply).toContain('lịch rà soát năm 2026 chưa rõ');
  });
});
