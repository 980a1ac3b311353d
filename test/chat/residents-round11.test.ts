/**
 * Round 11 (findings31): residents' answers during the household check, typed as on a cheap phone. Standard of 2026 (harness
 * day 15/03/2026): NĐ 07/2021/NĐ-CP Điều 3, kept for 2026 by NĐ 351/2025/NĐ-CP. Income per person = the household's monthly
 * income ÷ members, a year's income ÷ 12 (the review counts the last 12 months ÷ 12); nông thôn ≤ 1.500.000 đ → nghèo / cận
 * nghèo, ≤ 2.250.000 đ → mức sống trung bình; thành thị 2.000.000 / 3.000.000 đ.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { openHarness, sayAll, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('the year said before "tám chục / tầm chục?" is kept for the figure answered (R03)', () => {
  it('"1 nam lam dc tam chuc trieu", then "80 trieu": 80.000.000 a year ÷ 12 (was: 80.000.000 đồng/tháng)', async () => {
    harness = await openHarness();
    const asked = await harness.say('nha tui 4 khau o nong thon, 1 nam lam dc tam chuc trieu');
    expect(asked.text).toContain('tám chục: 80.000.000 đồng?');
    const answered = await harness.say('80 trieu');
    // 80.000.000 ÷ 12 = 6.666.667 đồng một tháng; ÷ 4 người = 1.666.667 > 1.500.000, ≤ 2.250.000 (nông thôn) → mức sống trung bình.
    expect(answered.text).toContain('80.000.000 đồng một năm ÷ 12 = 6.666.667 đồng một tháng');
    expect(answered.text).toContain('Thu nhập cả hộ: 6.666.667 đồng/tháng ÷ 4 người = 1.666.667 đồng/người/tháng');
    expect(answered.text).not.toContain('80.000.000 đồng/tháng');
  });

  it('the same at the income question, after "ko luu": "tam chuc trieu 1 nam" then "80 trieu" (was: 26.666.667 đồng/người/tháng)', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 3 nguoi o thanh pho thu nhap tam chuc trieu 1 nam', 'ko luu']);
    const answered = await harness.say('80 trieu');
    // 80.000.000 ÷ 12 = 6.666.667; ÷ 3 = 2.222.222 > 2.000.000, ≤ 3.000.000 (thành thị) → mức sống trung bình.
    expect(answered.text).toContain('Mình tính: 80.000.000 đồng một năm ÷ 12 = 6.666.667 đồng một tháng.');
    expect(answered.text).toContain('6.666.667 đồng/tháng ÷ 3 người = 2.222.222 đồng/người/tháng');
  });

  it('a figure answered with its own period is read as said; the reader says for which period the figure asked was said', () => {
    const rules = loadRules();
    const date = '2026-12-02';
    expect(understandHousehold('nha tui 4 khau o nong thon, 1 nam lam dc tam chuc trieu', rules, date).askedFor).toEqual({ period: 'year', count: 1 });
    // No period said with the figure asked: nothing kept (the month is assumed, as for any figure).
    expect(understandHousehold('nha tui 4 khau o nong thon, lam dc tam chuc trieu', rules, date).askedFor).toBeUndefined();
    const year = { bareAmountFor: { period: 'year' as const, count: 1 } };
    expect(understandHousehold('80 trieu', rules, date, year).understood.monthlyIncome).toBe(6_666_667);
    expect(understandHousehold('8 trieu 1 thang', rules, date, year).understood.monthlyIncome).toBe(8_000_000);
  });
});

describe('a correction during the interview does not answer the question on screen (R05)', () => {
  it('"ko phai, nha 5 nguoi ma" at Việc làm fixes the size and asks Việc làm again (was: recorded "Việc làm: không thiếu hụt")', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', 'ko luu']);
    const corrected = await harness.say('ko phai, nha 5 nguoi ma');
    expect(corrected.text).toContain('Số người: 5');
    expect(corrected.text).toContain('Câu 4/15 · Việc làm');
    expect(corrected.text).not.toContain('Việc làm: không thiếu hụt');
    // The question still waits: "co" answers it (thiếu hụt), then the next one comes.
    const answered = await harness.say('co');
    expect(answered.text).toContain('Câu 5/15');
    const result = await sayAll(harness, ['ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko']);
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000 (nông thôn); việc làm = 1 chỉ số < 3 → hộ cận nghèo.
    expect(result.text).toContain('HỘ CẬN NGHÈO');
  });

  it('the same figure said again with "ko phai" is said back and the question asked again, not answered "không"', async () => {
    harness = await openHarness();
    await sayAll(harness, ['nha tui 5 nguoi o que thu nhap 5 trieu 1 thang', 'ko luu']);
    const again = await harness.say('ko phai, nha 5 nguoi ma');
    expect(again.text).toContain('Mình vẫn ghi: Khu vực: Nông thôn; Số người: 5');
    expect(again.text).toContain('Câu 4/15 · Việc làm');
    expect(again.text).not.toContain('Câu 5/15');
  });
});

describe('natural answers at the interview questions (R17)', () => {
  const household = ['nha tui 5 nguoi o que thu nhap 5 trieu 1 thang', 'ko luu'];

  it('"co 3 dua nho voi ba noi 70 tuoi" at the dependants question: 4 of 5, thiếu hụt (was: asked to answer có/không)', async () => {
    harness = await openHarness();
    await sayAll(harness, [...household, 'ko']);
    const told = await harness.say('co 3 dua nho voi ba noi 70 tuoi');
    // 3 trẻ nhỏ (dưới 16) + bà nội 70 tuổi (từ 60) = 4 người phụ thuộc / 5 người = 80% > 50% (NĐ 07/2021 Phụ lục).
    expect(told.text).toContain('Người phụ thuộc chiếm 4/5 người, hơn 50% số thành viên');
    expect(told.text).toContain('Câu 6/15');
  });

  it('"nha 40 met vuong" at the floor-area question, 5 people: 8 m² each is not "dưới 8 m²"; 30 m² is (was: asked again)', async () => {
    harness = await openHarness();
    await sayAll(harness, [...household, 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko']);
    const eight = await harness.say('nha 40 met vuong');
    // 40 ÷ 5 = 8 m²/người, not under 8 (rules/parameters.yaml housing_area_min) → không thiếu hụt.
    expect(eight.text).toContain('40 m² ÷ 5 người = 8 m²/người ≥ 8 m²/người, nên hộ không thiếu hụt');
    expect(eight.text).toContain('Câu 12/15');
    const back = await harness.say('quay lai');
    expect(back.text).toContain('Câu 11/15');
    // 30 ÷ 5 = 6 m²/người < 8 → thiếu hụt.
    expect((await harness.say('nha 30 met vuong')).text).toContain('30 m² ÷ 5 người = 6 m²/người < 8 m²/người, nên hộ thiếu hụt');
  });

  it('"co dt thong minh" said at the floor-area question answers the information and telecom questions (was: ignored, asked later)', async () => {
    harness = await openHarness();
    await sayAll(harness, [...household, 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko']);
    const phone = await harness.say('co dt thong minh');
    expect(phone.text).toContain('Phương tiện phục vụ tiếp cận thông tin: không thiếu hụt');
    expect(phone.text).toContain('Câu 11/15');
    // Floor area, water, latrine: then the result, the two information questions already answered.
    const result = await sayAll(harness, ['ko', 'ko', 'ko']);
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000, no deprivation → hộ cận nghèo.
    expect(result.text).toContain('HỘ CẬN NGHÈO');
  });

  it('the smartphone meets the indicator of the period: information access in 2026, digital services from 2027', () => {
    const rules = loadRules();
    expect(understandHousehold('co dt thong minh', rules, '2026-12-02').notDeprived).toEqual(['telecom', 'information_access']);
    expect(understandHousehold('co dt thong minh', rules, '2027-01-02').notDeprived).toEqual(['digital_services']);
    // Without one, the household may still have a TV or a radio: nothing said of information access.
    expect(understandHousehold('ko co dt thong minh', rules, '2026-12-02').notDeprived).not.toContain('information_access');
    expect(understandHousehold('ko co dt thong minh', rules, '2026-12-02').understood.deprivations).not.toContain('information_access');
  });
});

describe('money asked to be put on the list or reviewed: the review has no fee, never a means test (findings31 R04)', () => {
  it.each([
    'truong thon doi 500k moi dua nha tui vo danh sach ho ngheo',
    'xa tui noi phai nop phi 200 nghin moi dc xet ho ngheo, dung ko ban',
  ])('"%s": no fee in QĐ 24/2021, none confirmed, the cadre or the commune\'s leaders; no check started', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Tiền, lệ phí để được xét hoặc đưa vào danh sách hộ nghèo, hộ cận nghèo/);
    expect(text).toContain('(Quyết định 24/2021/QĐ-TTg) không có khoản phí hay khoản tiền nào hộ phải nộp');
    expect(text).toContain('trợ lý không xác nhận được bất kỳ khoản tiền nào như vậy');
    expect(text).toContain('cán bộ phụ trách giảm nghèo hoặc lãnh đạo UBND cấp xã');
    expect(text).toContain('trực tiếp hoặc qua bưu điện đến Chủ tịch UBND cấp xã');
    // Not read as the household's income.
    expect(text).not.toContain('Thu nhập cả hộ');
    expect(text).not.toContain('Đồng ý lưu');
  });
  it('/api/ask answers it the same', () => {
    expect(askApiText('truong thon doi 500k moi dua nha tui vo danh sach ho ngheo', TODAY)).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
  });
  it('guards: an income told with the review asked is still a household; "đợi 2 tháng" demands no money', async () => {
    expect(await first('nha tui 4 nguoi o que thu nhap 5 trieu, co dc xet ho ngheo ko')).toContain('Thu nhập cả hộ: 5.000.000 đồng/tháng');
    expect(await first('nop don roi doi 2 thang moi dc xet ho ngheo ha')).not.toContain('không có khoản phí');
  });
});

describe('in-scope questions on 2027 and the household are never "ngoài phạm vi" without whom to ask (findings31 R07)', () => {
  it('"ho trung binh nam 2027 thi tinh sao": the 2027–2030 standard, whose middle band is not published', async () => {
    const text = await first('ho trung binh nam 2027 thi tinh sao');
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2027–2030/);
    expect(text).toContain('Ngưỡng hộ có mức sống trung bình giai đoạn 2027–2030 chưa được công bố');
  });
  it('"nghe noi con gai lay chong roi van tinh vao ho nha tui, dung ko": who counts is not in the data, ask the cadre', async () => {
    const text = await first('nghe noi con gai lay chong roi van tinh vao ho nha tui, dung ko');
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toContain('ai được tính là thành viên của hộ');
    expect(text).toContain('không có trong dữ liệu của trợ lý');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('"the nam 2027" after the loan thread: when nothing answers, the reply still names the cadre', async () => {
    const answers = await ask('ho ngheo dc vay bn', 'con ho can ngheo', 'lai suat bn', 'nop ho so o dau', 'the nam 2027');
    expect(answers.at(-1)).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
  it('guard: gold or rice prices send nobody to the cadre, alone or after another answer', async () => {
    const text = await first('gia vang hom nay bn');
    expect(text).toContain('ngoài phạm vi');
    expect(text).not.toContain('cán bộ phụ trách giảm nghèo');
    const after = (await ask('ho ngheo dc vay bn', 'gia lua hom nay')).at(-1)!;
    expect(after).toContain('ngoài phạm vi');
    expect(after).not.toContain('cán bộ phụ trách giảm nghèo');
  });
});

describe('after a check, the supports asked for a later day are those of the class its answers give then (findings31 R06)', () => {
  // 3 people in the countryside, 6 triệu a month: 2.000.000 đồng/người: middle today (1,5 M line), near-poor under the 2,2 M line of 2027.
  const checked = ['nha tui 3 nguoi o que, moi thang kiem dc 6 trieu, nha xay kien co', 'ko luu', ...Array<string>(12).fill('ko')];
  const nearPoorIn2027 = (text: string) => {
    expect(text).toMatch(/^Với các câu trả lời của bạn, theo chuẩn áp dụng ngày 01\/01\/2027, hộ là hộ cận nghèo \(tạm tính\) \(theo chuẩn đang áp dụng hôm nay: hộ có mức sống trung bình\)/);
    expect(text).toContain('Loại hộ không tự đổi vào ngày đó');
    expect(text).toContain('Hỗ trợ cho hộ cận nghèo (áp dụng ngày 01/01/2027)');
    expect(text).toContain('tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(text).not.toContain('Hỗ trợ cho hộ có mức sống trung bình');
  };
  it('"qua thang 1 thi nha tui dc j" right after the result (was "ngoài phạm vi")', async () => {
    const answers = await ask(...checked, 'qua thang 1 thi nha tui dc j');
    expect(answers.at(-2)).toContain('Từ 01/01/2027 theo chuẩn mới: hộ cận nghèo (tạm tính)');
    nearPoorIn2027(answers.at(-1)!);
  });
  it('"the thang 1 thi sao" after "Chi tiết hỗ trợ" (was the middle class\'s supports on 01/01/2027)', async () => {
    const answers = await ask(...checked, 'Chi tiết hỗ trợ', 'the thang 1 thi sao');
    expect(answers.at(-2)).toContain('Hỗ trợ cho hộ có mức sống trung bình (áp dụng ngày 02/12/2026)');
    nearPoorIn2027(answers.at(-1)!);
  });
});

describe('a household that says it already is poor asks what it gets, not a new means test (findings31 R08)', () => {
  it('"nha tui la ho ngheo roi, 5 nguoi, co dc ho tro j them ko": the supports of hộ nghèo', async () => {
    const text = await first('nha tui la ho ngheo roi, 5 nguoi, co dc ho tro j them ko');
    expect(text).toMatch(/^Hỗ trợ cho hộ nghèo \(áp dụng ngày 02\/12\/2026\)/);
    expect(text).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
    expect(text).not.toContain('Mình hiểu: Số người');
    expect(text).not.toContain('Đồng ý lưu');
  });
  it('"ba tui 65 tuoi o 1 minh, ho ngheo, ko con cai, co dc tro cap j ko": the monthly social assistance of a poor household\'s elder without anyone to support her', async () => {
    const text = await first('ba tui 65 tuoi o 1 minh, ho ngheo, ko con cai, co dc tro cap j ko');
    expect(text).toMatch(/^Trợ cấp xã hội hằng tháng/);
    expect(text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
    expect(text).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
    expect(text).toContain('tham khảo');
    expect(text).not.toContain('Mình hiểu: Số người');
  });
  it('guard: an income told with the class is still checked', async () => {
    expect(await first('nha tui 5 nguoi ho ngheo thu nhap 3 trieu co dc ho tro gi')).toContain('Thu nhập cả hộ: 3.000.000 đồng/tháng');
  });
});

describe('voluntary social insurance is not BHYT (findings31 R09)', () => {
  it('"ho ngheo co dc nha nuoc dong bhxh tu nguyen ko": says it differs from BHYT, that the data has nothing, and whom to ask', async () => {
    const text = await first('ho ngheo co dc nha nuoc dong bhxh tu nguyen ko');
    expect(text).toContain('bảo hiểm xã hội tự nguyện (bảo hiểm để hưởng lương hưu, khác với bảo hiểm y tế) không có trong dữ liệu của trợ lý');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('tiền mua thẻ bảo hiểm y tế');
    expect(text).not.toContain('100% mức đóng bảo hiểm y tế');
  });
  it('guard: BHYT asked stays the BHYT card', async () => {
    expect(await first('ho ngheo co dc bhyt ko')).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
  });
});
