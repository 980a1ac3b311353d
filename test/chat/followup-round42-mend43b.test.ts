/**
 * Round 42 mend43b, on 07/12/2026: a follow-up is read against the LAST topic of the conversation (the support last answered, the
 * amount and area last classified, the procedure last explained), never the recognition procedure, another card or "không tìm thấy".
 * - "Hồ sơ gồm những gì, nộp ở đâu?", "ho so gom nhung gi", "thu tuc the nao" after a support's card: that support's papers (chưa rõ)
 *   and place, not Mẫu số 04 and the yearly review;
 * - "ra dau vay", "vay von o dau" after the loan card: where to borrow (Tổ tiết kiệm và vay vốn, NHCSXH);
 * - "bao lau" after "thoat ngheo roi con dc vay von ko": the 3 years (36 months) after leaving the list, verified;
 * - "Nếu thiếu hụt 3 chỉ số thì sao?" after an amount classified: the same amount and area with that count;
 * - "ho trung binh thi sao" after the 2027 lines: the middle band of 2027, not known, said first (was that card again);
 * - "nha tui la ho ngheo" after a support's card: that card for the poor household, not every support of the class;
 * - "vay nam 2027 con ko" after the electricity card: whether it still applies in 2027, chưa rõ, whom to ask;
 * - "qua 15 ngay ko thay tra loi thi lam sao" after the certificate's timing: the written answer due, go back to UBND cấp xã;
 * - "co dc tro cap huu tri ko" after "ong tui 70 tuoi ho can ngheo": the near-poor 70–75 pension first, not every household's 75+.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-mend43b-follow');

const RECOGNITION = 'Mẫu số 04';
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('papers and place asked after a support card are that support\'s', () => {
  it.each([
    ['Điều kiện hưởng trợ cấp hưu trí xã hội theo Nghị định 176/2025/NĐ-CP?', 'Hồ sơ gồm những gì, nộp ở đâu?', 'tờ khai đề nghị hưởng trợ cấp hưu trí xã hội'],
    ['tro cap huu tri xa hoi cho ho can ngheo', 'ho so gom nhung gi', 'tờ khai đề nghị hưởng trợ cấp hưu trí xã hội'],
    ['Chính sách hỗ trợ tiền điện cho hộ nghèo?', 'Thủ tục thế nào, nộp ở đâu?', 'Hỗ trợ tiền điện: nơi làm: UBND cấp xã'],
  ])('"%s", "%s": where, and the papers chưa rõ', async (first, asked, place) => {
    const reply = await DECEMBER.after([first], asked);
    expect(reply).toContain(place);
    expect(reply).not.toContain(RECOGNITION);
    expect(reply).not.toContain('01/09');
    expect(reply).toContain(CADRE);
  });

  it('"Hồ sơ gồm những gì" after the pension card says the papers are not known', async () => {
    const reply = await DECEMBER.after(['tro cap huu tri xa hoi cho ho can ngheo'], 'ho so gom nhung gi');
    expect(reply).toContain('Giấy tờ cần nộp: chưa rõ');
  });
});

describe('where to borrow after the loan card', () => {
  it.each([
    [['ho ngheo vay von dc bao nhieu', 'lai suat nhiu'], 'ra dau vay'],
    [['ho can ngheo vay von dc ko'], 'ra dau vay'],
    [['ho ngheo vay von dc ko'], 'ra cho nao vay'],
    [['ho ngheo vay dc bn'], 'toi dau vay'],
  ])('%j then "%s": Tổ tiết kiệm và vay vốn, NHCSXH', async (earlier, asked) => {
    const reply = await DECEMBER.after(earlier, asked);
    expect(reply).toContain('Tổ tiết kiệm và vay vốn tại thôn');
    expect(reply).toContain('Ngân hàng Chính sách xã hội');
    expect(reply).not.toContain('Giải thích ngắn');
    expect(reply).not.toContain('8,25%');
  });
});

describe('how long after leaving the poor list a household still borrows', () => {
  it.each([
    ['thoat ngheo roi con dc vay von ko', 'bao lau'],
    ['nha tui moi thoat ngheo co dc vay von uu dai ko', 'dc bao lau'],
    ['ho moi thoat ngheo vay von dc ko', 'vay dc bao lau'],
    ['ra khoi ho ngheo roi con vay von dc hok', 'may nam'],
  ])('"%s", "%s": 3 years (36 months), verified, the loan term chưa rõ', async (first, asked) => {
    const reply = await DECEMBER.after([first], asked);
    expect(reply).toContain('3 năm (36 tháng)');
    expect(reply).toContain('Quyết định 28/2015/QĐ-TTg (đã kiểm tra)');
    expect(reply).toContain('(mỗi khoản vay): dữ liệu của trợ lý không ghi (chưa rõ)');
    expect(reply.length).toBeLessThanOrEqual(1000);
  });

  it('"bao lau" after the poor household\'s loan card stays the loan term alone', async () => {
    const reply = await DECEMBER.after(['ho ngheo vay von dc bao nhieu'], 'bao lau');
    expect(reply).not.toContain('36 tháng');
  });
});

describe('a count of deprivations after an amount classified re-classifies the same amount', () => {
  it('rural 2.000.000 đ, "Nếu thiếu hụt 3 chỉ số thì sao?": 2026 middle, 2027 poor by the new indicators', async () => {
    const reply = await DECEMBER.after(
      ['Hộ ở nông thôn có thu nhập bình quân 2.000.000 đồng/người/tháng, thiếu hụt 2 chỉ số. Năm 2026 và năm 2027 xếp loại gì?'],
      'Nếu thiếu hụt 3 chỉ số thì sao?',
    );
    expect(reply).toContain('Thu nhập bình quân 2.000.000 đồng/người/tháng');
    expect(reply).toContain('hộ có mức sống trung bình');
    expect(reply).toContain('hộ nghèo nếu theo bộ chỉ số mới hộ vẫn thiếu hụt 3 chỉ số');
    expect(reply).not.toContain('Giải thích ngắn');
  });

  it.each([
    ['thu nhap 1tr8 o que la ho gi', 'neu thieu 3 chi so thi sao', '1.800.000', 'hộ nghèo nếu theo bộ chỉ số mới hộ vẫn thiếu hụt 3 chỉ số'],
    ['Hộ thành thị thu nhập bình quân 1.800.000 đồng/người/tháng, thiếu hụt 1 chỉ số, xếp loại gì?', 'Nếu thiếu hụt 4 chỉ số thì sao?', '1.800.000', 'hộ nghèo vì thiếu hụt 4 chỉ số'],
    ['thu nhap 1 trieu 2 o que la ho j', 'con thieu 1 chi so thi sao', '1.200.000', 'hộ cận nghèo vì thiếu hụt 1 chỉ số'],
  ])('"%s", "%s": the same amount with that count', async (first, asked, amount, settled) => {
    const reply = await DECEMBER.after([first], asked);
    expect(reply).toContain(`Thu nhập bình quân ${amount} đồng/người/tháng`);
    expect(reply).toContain(settled);
  });
});

describe('the middle band asked after the 2027 lines', () => {
  it.each([
    [['chuan ngheo thanh thi 2027', 'con nong thon'], 'ho trung binh thi sao'],
    [['chuan ngheo 2027'], 'ho trung binh thi sao'],
    [['chuan ngheo thanh thi 2027'], 'the ho trung binh thi sao'],
  ])('%j then "%s": not known for 2027, said first, whom to ask', async (earlier, asked) => {
    const reply = await DECEMBER.after(earlier, asked);
    expect(reply).toMatch(/^Hộ có mức sống trung bình năm 2027: chưa có con số \(chưa rõ\)\./);
    expect(reply).toContain(CADRE);
    // As asked alone (direct-round9): no 2026 band given for 2027.
    expect(reply).not.toMatch(/2\.250\.000|3\.000\.000/);
  });
});

describe('a class told after a support card is that card for the class', () => {
  it.each([
    ['hoc phi con tui truong tu co dc giam ko', 'nha tui la ho ngheo', 'Nghị định 238/2025/NĐ-CP'],
    ['con tui hoc truong tu co dc mien hoc phi ko', 'nha tui ho ngheo', 'Học trường tư thục được hỗ trợ một phần'],
    ['bhyt ho can ngheo dc bao nhieu', 'nha tui la ho ngheo', 'đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo'],
    ['tien dien dc ho tro ko', 'nha tui la ho ngheo', 'Hỗ trợ tiền điện'],
  ])('"%s", "%s": %s, not every support of the poor', async (first, told, said) => {
    const reply = await DECEMBER.after([first], told);
    expect(reply).toContain(said);
    expect(reply).not.toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày');
  });
});

describe('whether a support still applies in a later year', () => {
  it.each([
    ['tien dien ho ngheo', 'vay nam 2027 con ko'],
    ['ho tro tien dien cho ho ngheo', 'nam 2027 con ko'],
    ['tien dien ho ngheo', 'the sang nam 2027 con duoc khong'],
    ['ho ngheo co dc ho tro tien dien ko', 'z nam 2027 con ko'],
  ])('"%s", "%s": chưa rõ from 01/01/2027, whom to ask', async (first, asked) => {
    const reply = await DECEMBER.after([first], asked);
    expect(reply).toContain('Hỗ trợ tiền điện còn áp dụng từ 01/01/2027 hay không: dữ liệu của trợ lý không ghi (chưa rõ)');
    expect(reply).toContain(CADRE);
    expect(reply).not.toContain('không tìm thấy');
  });
});

describe('no answer within the time limit after the procedure', () => {
  it.each([
    ['lam giay chung nhan ho can ngheo mat bao lau', 'qua 15 ngay ko thay tra loi thi lam sao'],
    ['xet ho ngheo mat bao lau', 'qua 15 ngay ma chua thay tra loi thi sao'],
    ['thu tuc xin giay chung nhan ho can ngheo', 'nop roi ma hon 15 ngay chua co ket qua, lam sao'],
    ['lam giay chung nhan ho ngheo mat bao lau', 'qua han roi ma xa ko tra loi'],
  ])('"%s", "%s": the written answer due, back to UBND cấp xã', async (first, asked) => {
    const reply = await DECEMBER.after([first], asked);
    expect(reply).toContain('trả lời bằng văn bản nêu rõ lý do');
    expect(reply).toContain(`bạn quay lại gặp ${CADRE}`);
    expect(reply).not.toContain('ngoài phạm vi');
  });
});

describe('the same support asked again keeps the class of the card before', () => {
  it.each([
    ['ong tui 70 tuoi ho can ngheo', 'co dc tro cap huu tri ko', 'Hộ cận nghèo'],
    ['ba tui 72 tuoi nha ngheo', 'co dc tro cap huu tri xa hoi ko', 'Hộ nghèo'],
    ['me tui 71 tuoi, ho can ngheo', 'dc luong huu xa hoi ko', 'Hộ cận nghèo'],
  ])('"%s", "%s": the 70–75 pension of that class first', async (first, asked, label) => {
    const reply = await DECEMBER.after([first], asked);
    expect(reply.startsWith('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)')).toBe(true);
    expect(reply).toContain(`• ${label}: Áp dụng khi: có thành viên từ 70 đến dưới 75 tuổi.`);
    expect(reply).not.toContain('Mọi hộ gia đình, thuộc loại nào cũng vậy');
  });
});
