/**
 * Round 11 (outside testers, findings31 and findings33): questions typed as residents type them that got another question's
 * answer — what changes from 01/01/2027 asked plainly, a fee or bribe read as the household's income, … Asked on 02/12/2026;
 * expectations from rules/ and /work/shared/facts (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';
const { ask, first } = conversationsAt(DECEMBER, 'round11');

describe('what changes from 01/01/2027, asked with the date alone (findings33 O02)', () => {
  const changes = (text: string) => {
    expect(text).toContain('Sắp thay đổi:');
    expect(text).toContain('01/01/2027: Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng/người/tháng');
    expect(text).toContain('01/01/2027: Chuẩn nghèo Thành thị: 2.000.000 đồng → 2.800.000 đồng/người/tháng');
    expect(text).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).toContain('Thêm chỉ số “Xử lý rác thải sinh hoạt”');
    // Round 35 short25: what is not known named on one line with whom to ask, the 2027–2030 card one "chi tiết" away (was a line
    // each, then the whole card: 4.469 characters on a phone).
    expect(text).toMatch(/Chưa rõ \(chưa công bố hoặc chưa được kiểm tra\): ngưỡng hộ có mức sống trung bình Nông thôn; [^\n]*\. Bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã/);
    // Not the 2025 merger explainer nor a 2021–2025 target.
    expect(text).not.toContain('34 tỉnh');
    expect(text).not.toContain('giai đoạn 2021 - 2025');
  };
  it.each(['từ 01/01/2027 có gì thay đổi', 'từ 1/1/2027 thay đổi gì', 'tu 1/1 toi co gi thay doi ko', 'dau nam 2027 co gi thay doi'])('chat: "%s"', async (question) => {
    changes(await first(question));
  });
  it('/api/ask: the same list', () => {
    changes(askApiText('từ 01/01/2027 có gì thay đổi', TODAY));
    // Asked as a 5-line post (the short-post form /api/ask now honours, as the chat does): the two lines of 2027 in it.
    const post = askApiText('viết bài ngắn 5 dòng đăng nhóm zalo: từ 01/01/2027 có gì thay đổi', TODAY);
    expect(post.split('\n')).toHaveLength(5);
    expect(post).toContain('nông thôn từ 1.500.000 lên 2.200.000 đồng');
    expect(post).toContain('thành thị từ 2.000.000 lên 2.800.000 đồng');
    expect(post).not.toContain('34 tỉnh');
  });
  it('guard: a change asked of a support for 2027 keeps that support', async () => {
    expect(await first('tu 1/1/2027 bhyt ho can ngheo co gi thay doi')).not.toContain('Sắp thay đổi:\n• 01/01/2027: Chuẩn nghèo đa chiều');
  });
});

describe('money asked to be put on the list or reviewed: the review has no fee, never a means test (findings31 R04)', () => {
  it.each([
    'truong thon doi 500k moi dua nha tui vo danh sach ho ngheo',
    'xa tui noi phai nop phi 200 nghin moi dc xet ho ngheo, dung ko ban',
    // Southern "biểu đưa" (told to hand over), for the file ("hồ sơ") of a near-poor household (findings34 N07).
    'ong truong ap bieu dua 300 ngan lam ho so can ngheo, tui co phai dua hok',
  ])('"%s": no fee in QĐ 24/2021, none confirmed, the cadre or the commune\'s leaders; no check started', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Tiền, lệ phí để được xét hoặc đưa vào danh sách hộ nghèo, hộ cận nghèo/);
    // Round 44 (resid50): the same facts in either layout (the chat's in brief: no fee with its status and basis, filed at UBND cấp xã).
    expect(text).toMatch(/\(Quyết định 24\/2021\/QĐ-TTg\) không có khoản phí hay khoản tiền nào hộ phải nộp|không có khoản phí hay khoản tiền nào hộ phải nộp \(tham khảo\)\. Căn cứ: Quyết định 24\/2021\/QĐ-TTg/);
    expect(text).toMatch(/trợ lý không xác nhận được bất kỳ khoản tiền nào như vậy|không mất tiền/);
    expect(text).toContain('cán bộ phụ trách giảm nghèo hoặc lãnh đạo UBND cấp xã');
    expect(text).toMatch(/trực tiếp hoặc qua bưu điện đến Chủ tịch UBND cấp xã|tại UBND cấp xã, trực tiếp hoặc qua bưu điện/);
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
    // Round 17: the middle band leads (not known), then the 2027–2030 lines; was the whole card.
    expect(text).toMatch(/^Hộ có mức sống trung bình năm 2027: chưa có con số \(chưa rõ\)/);
    expect(text).toContain('chuẩn nghèo áp dụng năm 2027');
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
  // "nha xay kien co" answers the housing question (not thiếu kiên cố): 11 questions left.
  const checked = ['nha tui 3 nguoi o que, moi thang kiem dc 6 trieu, nha xay kien co', 'ko luu', ...Array<string>(11).fill('ko')];
  const nearPoorIn2027 = (text: string) => {
    expect(text).toMatch(/^Với các câu trả lời của bạn, theo chuẩn áp dụng ngày 01\/01\/2027, hộ là hộ cận nghèo \(tạm tính\) \(theo chuẩn đang áp dụng hôm nay: hộ có mức sống trung bình\)/);
    expect(text).toContain('Loại hộ không tự đổi vào ngày đó');
    expect(text).toContain('Hỗ trợ cho hộ cận nghèo (áp dụng ngày 01/01/2027)');
    expect(text).toMatch(/tối thiểu 70% mức đóng bảo hiểm y tế/i);
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
