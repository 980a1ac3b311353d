/**
 * Round 21 (tryout): conversations played as residents type them on a phone (no diacritics, "ko", "dc", "j", "tui", "ad"),
 * what they found wrong.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round21-tryout');

describe('a question after a household told in one message, ending in "ad"', () => {
  const told = 'nha tui o que 4 nguoi thu nhap tam 7 trieu 1 thang thi co dc can ngheo ko';

  it('"nha bi dot lu cuon troi co dc ho tro ko ad": the sudden-hardship answer, the household untouched (was: "Mình đã sửa theo lời bạn: Chất lượng nhà ở: thiếu hụt")', async () => {
    const [, flood] = await ask(told, 'nha bi dot lu cuon troi co dc ho tro ko ad');
    expect(flood).not.toContain('Mình đã sửa theo lời bạn');
    expect(flood).toContain('Hộ gặp biến cố trong năm');
    expect(flood).toContain('Mẫu số 04');
  });

  it('guard: "nha tui 5 nguoi nha" (a particle, no question) still corrects the household', async () => {
    const [, corrected] = await ask(told, 'nha tui 5 nguoi nha');
    expect(corrected).toContain('Mình đã sửa theo lời bạn: Số người: 4 → 5');
  });
});

describe('a lack asked as points taken off ("bi tru diem")', () => {
  it('"nha ko co nha ve sinh toan di ngoai dong thi co bi tru diem ko": the sanitation indicator\'s entry (was: "mình không tìm thấy nội dung này")', async () => {
    const [answer] = await ask('nha ko co nha ve sinh toan di ngoai dong thi co bi tru diem ko');
    expect(answer).toContain('Nhà tiêu hợp vệ sinh');
    expect(answer).toContain('bị tính là thiếu hụt khi');
    expect(answer).not.toContain('không tìm thấy');
  });

  it('"nha tui o nha tam co bi mat diem ko": the housing-quality indicator\'s entry', async () => {
    const [answer] = await ask('nha tui o nha tam co bi mat diem ko');
    expect(answer).toContain('Chất lượng nhà ở');
    expect(answer).toContain('bị tính là thiếu hụt khi');
  });

  it('guard: "phieu b1 tru diem the nao" is still the scoring sheet\'s entry, not an indicator', async () => {
    const [answer] = await ask('phieu b1 tru diem the nao');
    expect(answer).toContain('Chấm điểm phiếu rà soát');
    expect(answer).not.toContain('bị tính là thiếu hụt khi');
  });
});

describe('a bedridden member\'s monthly allowance, named without "khuyết tật"', () => {
  it('"me tui bi tai bien nam 1 cho co dc tro cap j ko": the disability entry, its allowance and what is unknown (was: "mình không tìm thấy nội dung này")', async () => {
    const [answer] = await ask('me tui bi tai bien nam 1 cho co dc tro cap j ko');
    expect(answer).toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện hưởng trợ cấp theo Nghị định 20/2021/NĐ-CP');
    expect(answer).toContain('Người khuyết tật ở mức độ nào thì thuộc diện');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('không tìm thấy');
  });

  it('"ong tui bi tai bien nam mot cho dc ho tro gi ko": the same entry (was: every class\'s list of supports)', async () => {
    const [answer] = await ask('ong tui bi tai bien nam mot cho dc ho tro gi ko');
    expect(answer).toContain('Người khuyết tật (bị liệt, tàn tật) được hỗ trợ gì');
  });

  it('"con tui bi khuyet tat nang co dc tien tro cap ko": the same entry (round 28 words12: was the explainer, quoted)', async () => {
    const [answer] = await ask('con tui bi khuyet tat nang co dc tien tro cap ko');
    expect(answer).toContain('Người khuyết tật (bị liệt, tàn tật) được hỗ trợ gì');
    expect(answer).toContain('Nghị định 20/2021/NĐ-CP');
  });
});

describe('the elderly money asked for an age below every band', () => {
  it('"tui 62 tuoi song 1 minh co dc tien gia ko": both pensions, each said not to be for 62 (was: both cards, nothing on 62)', async () => {
    const [answer] = await ask('tui 62 tuoi song 1 minh co dc tien gia ko');
    expect(answer).toContain('Người 62 tuổi không thuộc diện trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo): chỉ áp dụng khi có thành viên từ 70 đến dưới 75 tuổi.');
    expect(answer).toContain('Người 62 tuổi không thuộc diện trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ): chỉ áp dụng khi có thành viên từ 75 tuổi trở lên');
  });

  it('guard: "ba noi tui 76 tuoi roi co dc lanh tien gia ko" still leads with the pension from 75, no line on the band it is past', async () => {
    const [answer] = await ask('ba noi tui 76 tuoi roi co dc lanh tien gia ko');
    expect(answer).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    // Round 22 (homes): the 70–75 band a 76-year-old is past is no longer said ("không thuộc diện …" read as no pension at all).
    expect(answer).not.toContain('Người 76 tuổi không thuộc diện trợ cấp hưu trí xã hội');
  });
});

describe('a cadre naming the budget as who pays a support', () => {
  it('"Hộ cận nghèo ở xã nghèo được ngân sách hỗ trợ bao nhiêu phần trăm mức đóng BHYT?": the poor-commune line and the premium card with its basis (was: an explainer quoted as a passage)', async () => {
    const [answer] = await ask('Hộ cận nghèo ở xã nghèo được ngân sách hỗ trợ bao nhiêu phần trăm mức đóng BHYT?');
    expect(answer).toContain('Ở xã nghèo, theo dữ liệu chính sách');
    expect(answer).toContain('100% mức đóng nếu hộ cận nghèo sống ở xã nghèo (Nghị định 188/2025/NĐ-CP Điều 6 khoản 6; tham khảo)');
    expect(answer).toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách');
    expect(answer).not.toContain('Giải thích ngắn');
  });

  it('guard: "Ngân sách hỗ trợ giảm nghèo của tỉnh năm 2024 là bao nhiêu?" (no support named) still goes to the documents', async () => {
    const [answer] = await ask('Ngân sách hỗ trợ giảm nghèo của tỉnh năm 2024 là bao nhiêu?');
    expect(answer).not.toContain('(theo dữ liệu chính sách');
  });
});

describe('a loudspeaker text with rates and amounts per a period', () => {
  it('"viet bai doc loa ve vay von cho ho can ngheo": the rate read "bảy phẩy chín mươi hai phần trăm mỗi năm" (was: "bảy phẩy chín mươi hai%/năm")', async () => {
    const [text] = await ask('viet bai doc loa ve vay von cho ho can ngheo');
    expect(text).toContain('Kính thưa bà con!');
    expect(text).toContain('bảy phẩy chín mươi hai phần trăm mỗi năm');
    expect(text).toContain('một trăm ba mươi phần trăm lãi suất cho hộ nghèo');
    // No symbol left for the announcer outside the source line.
    const read = text!.split('\n').filter((line) => !line.startsWith('Nguồn:'));
    expect(read.join('\n')).not.toMatch(/%|\/(?=\p{Ll})/u);
  });

  it('"viết bài đọc loa về hỗ trợ tiền ăn trưa cho trẻ mẫu giáo": "đồng mỗi trẻ mỗi tháng", "chín tháng mỗi năm học" (was: "đồng/trẻ/tháng")', async () => {
    const [text] = await ask('viết bài đọc loa về hỗ trợ tiền ăn trưa cho trẻ mẫu giáo');
    expect(text).toContain('một trăm sáu mươi nghìn đồng mỗi trẻ mỗi tháng');
    expect(text).toContain('chín tháng mỗi năm học');
    expect(text).toContain('Nguồn: Nghị định 105/2020/NĐ-CP');
  });
});

describe('a text asked for while the consent question of a household check waits', () => {
  const told = 'nha tui 5 nguoi o que, thu nhap 6 trieu 1 thang, ko co bhyt, nha tam';

  it('"viet bai doc loa ve vay von cho ho can ngheo": the loudspeaker text, then the consent question (was: "Mình ghi nhận: … Phương tiện phục vụ tiếp cận thông tin" and no text)', async () => {
    const [consent, asked] = await ask(told, 'viet bai doc loa ve vay von cho ho can ngheo');
    expect(consent).toContain('Đồng ý lưu');
    expect(asked).toContain('Kính thưa bà con!');
    expect(asked).toContain('Vay vốn tín dụng chính sách');
    expect(asked).not.toContain('Mình ghi nhận');
    expect(asked).toContain('Đồng ý lưu');
  });

  it('guard: "co bhyt het" there is still the household\'s fact', async () => {
    const [, told2] = await ask(told, 'co bhyt het');
    expect(told2).toContain('Mình ghi nhận');
    expect(told2).toContain('Bảo hiểm y tế: không thiếu hụt');
  });
});
