/**
 * Round 7 (convo): residents' rumours and follow-ups, in their own words. Each test fails on the code before its fix.
 * Facts from shared/facts (updates-2026.md wins): [M] is "tham khảo", [?] is never a figure and points to the cadre.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const NOT_FOUND = /ngoài phạm vi|không tìm thấy nội dung này/;

describe('a rumour about 2027 is checked against the 2027–2030 standard, not 2026’s (asked 15/03/2026)', () => {
  it.each(['nam 2027 thu nhap duoi 2tr2 la ho ngheo', 'qua nam 2027 duoi 2 trieu 2 la ngheo ha'])('“%s”: partly right by the 2027 line, with the 2027 card', async (question) => {
    harness = await openHarness();
    const { text } = await harness.say(question);
    expect(text).toMatch(
      /^Chưa đủ: thu nhập bình quân mỗi người mỗi tháng không quá 2\.200\.000 đồng \(nông thôn\) là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo \(chuẩn nghèo đa chiều giai đoạn 2027–2030, từ 01\/01\/2027, Nghị định 351\/2025\/NĐ-CP, tham khảo\)/,
    );
    expect(text).toContain('“Không quá” gồm cả thu nhập đúng bằng 2.200.000 đồng');
    // Round 25 (tryout7): the lines of the 2027 card after the correction, the rest one tap away (was the whole card).
    expect(text).toContain('\n\nChuẩn nghèo áp dụng năm 2027 (thu nhập bình quân mỗi người mỗi tháng)');
    expect(text).not.toContain('Không đúng');
    expect(text).not.toContain('năm 2026 (năm chuyển tiếp)');
  });

  it('“nam 2027 thu nhap duoi 1tr9 la ho ngheo”: wrong for 2027 (the draft’s figure), about the line, not a support', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nam 2027 thu nhap duoi 1tr9 la ho ngheo');
    // findings14 #9: the draft's figure is said as such first, then the final lines (NĐ 351/2025, tham khảo).
    expect(text).toMatch(/^Không đúng: 1,9 triệu là mức trong dự thảo tháng 9\/2025; bản cuối \(tham khảo\): 2\.200\.000 đồng nông thôn \/ 2\.800\.000 đồng thành thị, hộ nghèo khi thiếu hụt từ 3 chỉ số\./);
    expect(text).toContain('dự thảo tháng 9/2025');
    expect(text).not.toContain('khoản hỗ trợ nào');
  });
});

describe('follow-ups after the social-pension card stay on it', () => {
  const pension = async () => {
    harness = await openHarness();
    expect((await harness.say('ong tui 72 tuoi nha ngheo co dc tro cap huu tri xa hoi ko')).text).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
  };

  it('“lam o dau”: where to apply, from the data', async () => {
    await pension();
    const { text } = await harness.say('lam o dau');
    expect(text).not.toMatch(NOT_FOUND);
    expect(text).toMatch(/^Về trợ cấp hưu trí xã hội/);
    expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo): nơi làm: UBND cấp xã (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội).');
  });

  it.each(['bn tien', 'dc bao nhieu'])('“%s”: the amount is not in the data, said so with no figure', async (asked) => {
    await pension();
    const { text } = await harness.say(asked);
    expect(text).toMatch(/^Về trợ cấp hưu trí xã hội/);
    expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo): dữ liệu của trợ lý chưa có số tiền của hỗ trợ này (chưa rõ), nên mình không nêu con số nào.');
    expect(text).not.toMatch(/\d\.000 đồng/);
    expect(text).toContain(POVERTY_CADRE);
  });

  it('“khi nao co”: since when by its basis, and that payment days are not in the data', async () => {
    await pension();
    const { text } = await harness.say('khi nao co');
    expect(text).not.toMatch(NOT_FOUND);
    expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo): áp dụng từ 01/07/2025 theo Nghị định 176/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('ngày và cách chi trả không có trong dữ liệu của trợ lý');
  });

  it('the amount after a card that has one: “dc bn” after the lunch card names 160.000 đồng with its status', async () => {
    harness = await openHarness();
    await harness.say('tien an trua mau giao ho can ngheo');
    const { text } = await harness.say('dc bn');
    expect(text).toContain('Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo: mức: 160.000 đồng/trẻ/tháng (tối đa 9 tháng/năm học) (tham khảo).');
  });
});

describe('“co gi khac ko”, “con j nua ko” after a support card list the class’s other supports', () => {
  it.each(['co gi khac ko', 'con j nua ko'])('“%s” after the near-poor BHYT card', async (asked) => {
    harness = await openHarness();
    expect((await harness.say('ho can ngheo dc bhyt ko')).text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    const { text } = await harness.say(asked);
    expect(text).toMatch(/^Các hỗ trợ khác cho hộ cận nghèo \(áp dụng ngày 15\/03\/2026\)/);
    expect(text).toContain('• Vay vốn tín dụng chính sách: Hộ cận nghèo được vay vốn ưu đãi');
    expect(text).not.toContain('• Hỗ trợ đóng bảo hiểm y tế');
    expect(text).not.toMatch(/Giải thích ngắn|Theo văn bản/);
  });

  it('no class on the card: the supports of every class', async () => {
    harness = await openHarness();
    await harness.say('bhyt');
    expect((await harness.say('con gi nua ko')).text).toMatch(/^Các chính sách hỗ trợ theo loại hộ/);
  });
});

describe('a disabled member named, nothing else asked: what the data holds for them, and what it does not', () => {
  it.each(['ba tui bi liet', 'con tui bi khuyet tat nang'])('“%s”', async (said) => {
    harness = await openHarness();
    const { text } = await harness.say(said);
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì, theo dữ liệu của trợ lý:/);
    expect(text).toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện hưởng trợ cấp theo Nghị định 20/2021/NĐ-CP');
    expect(text).toContain('500.000 đồng/tháng từ 01/07/2024');
    // Round 38 short29: the not-known line in fewer words (the whole line one "chi tiết" away).
    expect(text).toContain('hệ số từng nhóm và số tiền mỗi tháng của một người thì dữ liệu của trợ lý chưa có');
    expect(text).toContain('Nghị định 188/2025/NĐ-CP');
    expect(text).toContain(POVERTY_CADRE);
    expect(text).not.toMatch(/Giải thích ngắn|Theo văn bản/);
    // Round 33 long21: the rest (legal aid, the dependant in the review) is one "chi tiết" away.
    expect((await harness.say('chi tiet')).text).toContain('Trợ giúp pháp lý miễn phí');
  });

  it('the allowance asked with no class is the same card, the allowance first (round 28 words12: was the explainer, quoted)', async () => {
    harness = await openHarness();
    const { text } = await harness.say('con tui bi khuyet tat nang co dc tien tro cap ko');
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì.*\n• Trợ cấp xã hội hằng tháng/);
  });
});

describe('a rumour of monthly cash for every poor household is checked as a claim', () => {
  it('“ho ngheo dc nha nuoc cho tien hang thang 500 nghin”: 500.000 đồng is the social-assistance base, for some members only', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ho ngheo dc nha nuoc cho tien hang thang 500 nghin');
    expect(text).toMatch(/^Chưa đủ: 500\.000 đồng\/tháng là mức chuẩn trợ giúp xã hội của trợ cấp xã hội hằng tháng \(Nghị định 20\/2021\/NĐ-CP, Điều 5; mức chuẩn theo Nghị định 76\/2024\/NĐ-CP, tham khảo\), chỉ khi: thành viên thuộc nhóm được trợ cấp/);
    expect(text).toContain('Dữ liệu chính sách không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo');
    // One verdict whole in itself since round 43 resid48 (was the allowance's card in brief after it), the card one "chi tiết" away.
    expect(text).toContain('Nơi làm: UBND cấp xã (nộp tờ khai đề nghị trợ cấp xã hội).\nBạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú.\nXem đủ: gõ “chi tiết”.');
    expect(text).not.toMatch(/học nghề|\/khóa/);
  });

  it('another figure: “ho can ngheo dc nha nuoc cho tien hang thang 1 trieu” is wrong, and no monthly cash for every near-poor household', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ho can ngheo dc nha nuoc cho tien hang thang 1 trieu');
    expect(text).toMatch(/^Không đúng/);
    // Round 45 (rumour51): said after the verdict, the figure named ("Không đúng: dữ liệu chính sách không có khoản tiền 1.000.000 đồng …").
    expect(text).toMatch(/[Dd]ữ liệu chính sách không có khoản tiền [^\n]*trả hằng tháng cho mọi hộ cận nghèo/);
  });
});

describe('the district level is gone since 01/07/2025: the commune recognises and issues the certificate', () => {
  it.each([
    'nghe noi huyen lam giay chung nhan',
    'len huyen xin giay xac nhan ho ngheo',
    // Routing eval (routing-cadres.yaml) and the same shape as residents write it.
    'Bỏ cấp huyện rồi thì danh sách hộ cận nghèo do ai duyệt?',
    'danh sach ho ngheo ai duyet vay ad',
    'giay chung nhan ho can ngheo do ai cap',
  ])('“%s”', async (said) => {
    harness = await openHarness();
    const { text } = await harness.say(said);
    expect(text).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:/);
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định công nhận hộ nghèo, hộ cận nghèo');
    expect(text).toContain('Từ 01/07/2025 không còn cấp huyện');
    expect(text).toContain('Luật Tổ chức chính quyền địa phương 72/2025/QH15');
    expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
  });
});

describe('livelihood support is rules data, dated, with its basis and status', () => {
  it.each(['ho tro sinh ke', 'ho tro con giong', 'ho tro nuoi bo'])('“%s” in 2026: the 2026–2035 programme, amounts not known', async (asked) => {
    harness = await openHarness();
    const { text } = await harness.say(asked);
    expect(text).toMatch(/^Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế \(theo dữ liệu chính sách, áp dụng ngày 15\/03\/2026\)/);
    expect(text).toContain('Quyết định 417/QĐ-BNNMT');
    expect(text).toContain('chưa được công bố hoặc chưa được kiểm tra');
    expect(text).not.toMatch(/\d\.000\.000 đồng/);
    expect(text).toContain(POVERTY_CADRE);
  });

  it('asked in 2025: projects 2 and 3 of the 2021–2025 programme (QĐ 90/QĐ-TTg), no amount', async () => {
    harness = await openHarness({ now: () => new Date('2025-06-02T03:00:00Z') });
    const { text } = await harness.say('ho ngheo dc ho tro con giong ko');
    expect(text).toContain('Dự án 2 (đa dạng hóa sinh kế, phát triển mô hình giảm nghèo) và Dự án 3 (hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng)');
    expect(text).toContain('Quyết định 90/QĐ-TTg ngày 18/01/2022');
  });

  it('a loan to raise cattle is still the loan', async () => {
    harness = await openHarness();
    expect((await harness.say('ho ngheo vay von nuoi bo dc ko')).text).toMatch(/^Vay vốn tín dụng chính sách/);
  });
});

describe('more follow-ups found in invented conversations', () => {
  it('“chuan ngheo nam 2027” → “o que la bao nhieu” → “con tp”: the 2027 lines by area, never a 2021 passage', async () => {
    harness = await openHarness();
    await harness.say('chuan ngheo nam 2027');
    const rural = await harness.say('o que la bao nhieu');
    expect(rural.text).toMatch(/^Chuẩn nghèo nông thôn áp dụng năm 2027/);
    expect(rural.text).toContain('≤ 2.200.000 đồng: hộ nghèo');
    const urban = await harness.say('con tp');
    expect(urban.text).toMatch(/^Chuẩn nghèo thành thị áp dụng năm 2027/);
    expect(urban.text).toContain('≤ 2.800.000 đồng: hộ nghèo');
  });

  it('“may phan tram” after the near-poor loan card: the rate with its status', async () => {
    harness = await openHarness();
    await harness.say('ho can ngheo dc vay von ko');
    const { text } = await harness.say('may phan tram');
    expect(text).toMatch(/^Về vay vốn tín dụng chính sách/);
    expect(text).toContain('lãi suất 7,92%/năm');
    expect(text).toContain('Mức ghi “tham khảo” là số liệu chưa đối chiếu nguyên văn');
    expect(text).not.toContain('undefined');
  });
});

describe('more answers found wrong in invented conversations', () => {
  it('“ai xet” (who reviews) is the recognition answer, not a provincial resolution', async () => {
    harness = await openHarness();
    await harness.say('thang 1 nam 2027 nha tui con la ho can ngheo ko');
    const { text } = await harness.say('ai xet');
    expect(text).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:/);
  });

  it('“nghe noi 2027 bo chi so dien thoai”: the 2027 indicator changes, not “số điện thoại của cán bộ”', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghe noi 2027 bo chi so dien thoai');
    expect(text).not.toContain('số điện thoại, địa chỉ liên lạc');
    // The compact answer on the indicators (round 12, findings34 N13): what goes and what comes from 01/01/2027.
    expect(text).toContain('Thay đổi về chỉ số thiếu hụt từ 01/01/2027');
    expect(text).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin”');
  });

  it('“khi nao co” after the electricity card: its basis, and that whether it continues is not known (no “áp dụng từ”)', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-02T03:00:00Z') });
    await harness.say('ho ngheo co dc ho tro tien dien ko');
    const { text } = await harness.say('khi nao co');
    // Round 18 (law): 29/05/2025 is the day QĐ 14/2025 was signed, no start of the support (was 'Hỗ trợ tiền điện: từ 29/05/2025 theo …').
    expect(text).toContain('Hỗ trợ tiền điện: theo Quyết định 14/2025/QĐ-TTg ngày 29/05/2025');
    expect(text).not.toContain('từ 29/05/2025');
    expect(text).toContain('còn hỗ trợ hay không và từ khi nào chưa rõ');
    expect(text).not.toContain('áp dụng từ 29/05/2025');
  });

  it.each(['muon xin ho ngheo thi lam sao', 'xin ho can ngheo o dau'])('“%s”: the procedure card (was a passage about the district step)', async (asked) => {
    harness = await openHarness();
    const { text } = await harness.say(asked);
    expect(text).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('Giấy đề nghị (Mẫu số 04)');
  });
});
