/**
 * Round 10 (findings21, findings23): rumours read as a household's income, follow-ups that lost the reply just given, odd
 * inputs (an ID number, "alo", "hok bit"). Messages as
 * residents type them on Zalo; expectations from rules/ (asked on 02/12/2026, four weeks before the 2027–2030 standard).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, expectBriefConsent, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
/** The consent question of a household check, and the one repeated while it waits. */
const CONSENT = 'Trước khi bắt đầu: về thông tin của hộ gia đình bạn';
const CONSENT_AGAIN = 'Để bắt đầu kiểm tra, bạn chọn “Đồng ý lưu” hoặc “Không lưu”';
const OUT_OF_SCOPE = 'ngoài phạm vi';

describe('a rumour naming a figure is answered as a claim, never read as the household income', () => {
  it('"co phai tu 2027 chuan ngheo nong thon la 2 trieu 2 ko": right (2.200.000 đồng rural from 01/01/2027, tham khảo), no check', async () => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say('co phai tu 2027 chuan ngheo nong thon la 2 trieu 2 ko');
    expect(turn.text.split('\n')[0]).toBe(
      'Đúng: 2.200.000 đồng là chuẩn nghèo ở nông thôn của chuẩn nghèo đa chiều giai đoạn 2027–2030 (từ 01/01/2027, Nghị định 351/2025/NĐ-CP, tham khảo).',
    );
    expect(turn.text).not.toContain(CONSENT);
    expect(turn.text).not.toContain('Thu nhập cả hộ');
    const thanks = await harness.say('cam on ban nhieu nha');
    expect(thanks.text).toContain('Không có gì ạ');
    expect(thanks.text).not.toContain(CONSENT_AGAIN);
  });

  it('a household told is still checked, and "cam on" while consent waits is thanked, not asked the consent again', async () => {
    harness = await openHarness({ now: DECEMBER });
    // The class first and the consent question in brief since round 43 resid46 (was the full consent question alone).
    const told = (await harness.say('nha tui 4 nguoi o que thu nhap 6 trieu')).text;
    expect(told).toContain('÷ 4 người = 1.500.000 đồng/người/tháng');
    expectBriefConsent(told);
    const thanks = await harness.say('cam on ban nhieu nha');
    expect(thanks.text).toContain('Không có gì ạ');
    expect(thanks.text).not.toContain(CONSENT_AGAIN);
  });

  it('"nghe noi 1 trieu 9 la ho ngheo": the September 2025 draft figure, the final lines (tham khảo), not a support amount', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi 1 trieu 9 la ho ngheo');
    expect(text.split('\n')[0]).toMatch(
      /^Không đúng: 1,9 triệu là mức trong dự thảo tháng 9\/2025; bản cuối \(tham khảo\): 2\.200\.000 đồng nông thôn \/ 2\.800\.000 đồng thành thị/,
    );
    expect(text).toContain('Đến 31/12/2026 vẫn áp dụng chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp): nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng');
    expect(text).not.toContain('khoản hỗ trợ nào');
    expect(text).not.toContain('Hỗ trợ cho hộ nghèo');
  });

  it('the 1,9-triệu rumour right after the housing answer is about the line, not the housing amount', async () => {
    harness = await openHarness({ now: DECEMBER });
    expect((await harness.say('nghe noi nam 2027 ho ngheo duoc xay nha 60 trieu')).text).toContain('60.000.000 đồng');
    const { text } = await harness.say('co tin don tu 2027 ai thu nhap duoi 1 trieu 9 moi la ho ngheo, dung ko ban');
    expect(text.split('\n')[0]).toMatch(/^Không đúng: 1,9 triệu là mức trong dự thảo tháng 9\/2025; bản cuối \(tham khảo\): 2\.200\.000 đồng nông thôn/);
    expect(text).not.toContain('hỗ trợ nhà ở');
  });

  it('"co phai tu thang 1 bo tieu chi co tivi radio ko": the indicator changes of 01/01/2027, as "bo chi so tivi radio" gets', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('co phai tu thang 1 bo tieu chi co tivi radio ko');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain('Thay đổi về chỉ số thiếu hụt từ 01/01/2027');
    expect(text).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin”');
  });

  it('"nghe noi nam nay ko con xet ho ngheo nua ha": no first, the standard still in force and the monthly review, the 2026 calendar not known', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi nam nay ko con xet ho ngheo nua ha');
    expect(text.split('\n')[0]).toMatch(/^Không đúng theo dữ liệu: không có văn bản nào trong dữ liệu bỏ việc xét hộ nghèo, hộ cận nghèo năm 2026\. Năm 2026 vẫn áp dụng chuẩn nghèo đa chiều năm 2026/);
    expect(text.split('\n')[0]).toContain('Hộ vẫn có thể đề nghị được xét: rà soát thường xuyên (hằng tháng, từ ngày 15)');
    expect(text.split('\n')[0]).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ)');
  });

  it('"can giay to j de xin giay chung nhan ho can ngheo": the papers first', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('can giay to j de xin giay chung nhan ho can ngheo');
    expect(text.split('\n')[1]).toMatch(/^• Khi đến UBND cấp xã, mang theo Giấy đề nghị \(Mẫu số 04/);
  });
});

describe('follow-ups are read against the reply just given', () => {
  it('"thang 1 thi sao" after a result with "Từ 01/01/2027 theo chuẩn mới": the household under the 2027 standard', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que, thu nhap 8 trieu');
    let turn = await harness.press('consent:no');
    for (let asked = 0; asked < 15 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) {
      const no = turn.buttons.find((button) => button.action.endsWith(':no') && button.action.startsWith('ck:a:'));
      turn = no ? await harness.press(no.action) : await harness.say('ko');
    }
    expect(turn.text).toContain('Từ 01/01/2027 theo chuẩn mới: hộ cận nghèo (tạm tính).');
    const { text } = await harness.say('thang 1 thi sao');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    expect(text).toContain('Kết quả sàng lọc (tham khảo): HỘ CẬN NGHÈO');
    expect(text).toContain('(chuẩn nghèo nông thôn: 2.200.000 đồng)');
  });

  it('"bn tien", "o dau lam" after "ho ngheo dc ho tro j": the amounts known and the places of those supports, not the electricity note', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('ho ngheo dc ho tro j');
    const amounts = await harness.say('bn tien');
    expect(amounts.text.split('\n')[0]).toBe('Số tiền các hỗ trợ của hộ nghèo (áp dụng ngày 02/12/2026), theo dữ liệu chính sách:');
    expect(amounts.text).toContain('• Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo: 160.000 đồng/trẻ/tháng (tối đa 9 tháng/năm học) (tham khảo).');
    expect(amounts.text).toContain('• Trợ cấp xã hội hằng tháng: Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra).');
    expect(amounts.text).toMatch(/Chưa có số tiền trong dữ liệu \(chưa rõ\), nên mình không nêu con số: [^\n]*Hỗ trợ tiền điện/);
    expect(amounts.text).not.toContain('30 kWh');
    const places = await harness.say('o dau lam');
    expect(places.text.split('\n')[0]).toBe('Nơi làm các hỗ trợ của hộ nghèo, theo dữ liệu chính sách:');
    expect(places.text).toContain('• Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo: Trường mầm non nơi trẻ đang học');
    expect(places.text).not.toContain('30 kWh');
  });

  it('"mat bao lau" after the procedure: the 15 days of the monthly review', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('tui muon xin ho can ngheo');
    const { text } = await harness.say('mat bao lau');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(text).toContain('Trong 15 ngày kể từ khi rà soát, Chủ tịch UBND cấp xã quyết định công nhận');
    expect(text).toContain('(Đầy đủ ở câu trả lời phía trên.)');
  });

  it('"vay thay bang cai j" after "nghe noi 2027 bo chi so tivi radio": the indicator changes', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nghe noi 2027 bo chi so tivi radio');
    const { text } = await harness.say('vay thay bang cai j');
    // Today's standard first while it is in force (round 12), then the changes.
    expect(text.split('\n').slice(0, 2)).toEqual(['Hôm nay, 02/12/2026, vẫn áp dụng chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp).', 'Thay đổi về chỉ số thiếu hụt từ 01/01/2027:']);
    // One line since findings33 O11: what is added with what is removed, the status once; what is not known of them its own line
    // (round 22: was "…; tên và ngưỡng chính thức chưa rõ (tham khảo)", two statuses).
    expect(text).toContain('thêm “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt”; bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)\n- Tên và ngưỡng thiếu hụt chính thức của “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt” (chưa rõ)');
    expect(text).toContain('“Sử dụng dịch vụ số, Internet”');
  });
});

describe('odd inputs', () => {
  it('a CCCD number with "tra giup … danh sach": nobody looked up, no ID numbers here, UBND cấp xã; the number never said back', async () => {
    harness = await openHarness({ now: DECEMBER });
    for (const typed of ['cccd cua tui 079123456789, tra giup nha tui co trong danh sach ho ngheo ko', '079123456789 tra danh sach giup']) {
      const { text } = await harness.say(typed);
      expect(text).toContain('Trợ lý không tra cứu được danh sách hộ nghèo, hộ cận nghèo hay thông tin của ai theo số căn cước công dân (CCCD)');
      expect(text).toContain('Bạn đừng gửi số CCCD hay số giấy tờ tùy thân ở đây');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toMatch(/079|123456789/);
    }
  });

  it('"alo alo co ai ko": the greeting, not "ngoài phạm vi"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('alo alo co ai ko');
    expect(text).toContain('Xin chào! Mình là Trợ lý Giảm nghèo.');
    expect(text).not.toContain(OUT_OF_SCOPE);
  });

  it('"hok bit", "ko bit", "hong biet" in the household interview are "không rõ"', async () => {
    for (const typed of ['hok bit', 'ko bit', 'hong biet']) {
      harness = await openHarness({ now: DECEMBER });
      await harness.say('nha tui 3 nguoi o que thu nhap 4 trieu');
      const asked = await harness.press('consent:no');
      expect(asked.text).toContain('Câu 4/15 · Việc làm');
      const next = await harness.say(typed);
      expect(next.text, typed).not.toContain('Bạn trả lời');
      expect(next.text, typed).toContain('Câu 5/15');
      const back = await harness.press(actionOf(next, 'Quay lại'));
      expect(back.text).toContain('Câu 4/15 · Việc làm');
      harness.close();
    }
  });
});
