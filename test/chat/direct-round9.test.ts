/**
 * Round 9 (residents asking a direct question): the chat answered around it — the whole standard card, a passage of an
 * explainer, or the household check's consent block — instead of answering it first. Each reply must now open with the
 * answer (the figure, what the document is, yes/no/not known), from the rules data with its status and source, then at
 * most a short pointer. Questions typed as residents type them on Zalo. Expectations from rules/ (asked on 15/03/2026,
 * harness TEST_NOW, unless a test sets its own day).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** The whole standard card's indicator list: a direct answer leaves it behind the "Chuẩn đầy đủ" button. */
const CARD_INDICATORS = 'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản';

describe('the standard asked as a figure: the figure first', () => {
  it('"muc chuan ngheo bay gio la bn": the lines of today, source and status, the card one button away', async () => {
    harness = await openHarness();
    const turn = await harness.say('muc chuan ngheo bay gio la bn');
    const [first, second] = turn.text.split('\n');
    expect(first).toBe('Chuẩn nghèo áp dụng hôm nay, 15/03/2026 (thu nhập bình quân mỗi người mỗi tháng):');
    expect(second).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    expect(turn.text).toContain('Nguồn: chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp), Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), Điều 3 Nghị định 07/2021/NĐ-CP (tham khảo).');
    expect(turn.text).not.toContain(CARD_INDICATORS);
    expect(turn.buttons.map((button) => button.label)).toContain('Chuẩn đầy đủ');
    // The button gives the card.
    const card = await harness.press(turn.buttons.find((button) => button.label === 'Chuẩn đầy đủ')!.action);
    expect(card.text).toContain(CARD_INDICATORS);
  });

  it('"chuan ngheo 2026 o nong thon la bao nhieu tien": the rural figure of 2026 first, no urban figure, no card', async () => {
    harness = await openHarness();
    const { text } = await harness.say('chuan ngheo 2026 o nong thon la bao nhieu tien');
    const [first, second] = text.split('\n');
    expect(first).toBe('Chuẩn nghèo nông thôn áp dụng năm 2026 (thu nhập bình quân mỗi người mỗi tháng):');
    expect(second).toBe('• ≤ 1.500.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
    expect(text).not.toContain('2.000.000 đồng');
    expect(text).toContain('Nguồn: chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp), Nghị định 351/2025/NĐ-CP');
    expect(text).not.toContain(CARD_INDICATORS);
  });

  it('"chuan ngheo bay gio bn" four weeks before the new standard: the coming lines in one sentence after the figures', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-02T03:00:00Z') });
    const { text } = await harness.say('chuan ngheo bay gio bn');
    expect(text.split('\n')[0]).toBe('Chuẩn nghèo áp dụng hôm nay, 02/12/2026 (thu nhập bình quân mỗi người mỗi tháng):');
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng, theo Nghị định 351/2025/NĐ-CP (tham khảo).');
    expect(text).not.toContain('Sắp thay đổi:');
    expect(text).not.toContain(CARD_INDICATORS);
  });
});

describe('hộ có mức sống trung bình asked as a figure: its band first, or plainly that it is not known', () => {
  it('"nam 2027 ho muc song trung binh la bao nhieu": not known said first, no figure for it, then what is known', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nam 2027 ho muc song trung binh la bao nhieu');
    const [first] = text.split('\n');
    expect(first).toMatch(/^Hộ có mức sống trung bình năm 2027: chưa có con số \(chưa rõ\)\. Ngưỡng hộ có mức sống trung bình giai đoạn 2027–2030 chưa được công bố/);
    expect(first).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // What is known comes after: the 2027 line, with its status.
    expect(text).toContain('Điều đã biết: chuẩn nghèo áp dụng năm 2027');
    expect(text.indexOf('2.200.000 đồng')).toBeGreaterThan(text.indexOf('chưa có con số'));
    // No figure for the middle band of 2027 (neither the 2026 band's 2.250.000 / 3.000.000).
    expect(text).not.toMatch(/2\.250\.000|3\.000\.000/);
    // Said once.
    expect(text.split('Ngưỡng hộ có mức sống trung bình giai đoạn 2027–2030').length).toBe(2);
  });

  it('"ho muc song trung binh la bao nhieu" (2026): the middle band in the first line', async () => {
    harness = await openHarness();
    const { text } = await harness.say('ho muc song trung binh la bao nhieu');
    expect(text.split('\n')[0]).toBe(
      'Hộ có mức sống trung bình hôm nay, 15/03/2026: thu nhập bình quân mỗi người mỗi tháng nông thôn > 1.500.000 đồng và ≤ 2.250.000 đồng, thành thị > 2.000.000 đồng và ≤ 3.000.000 đồng (tham khảo).',
    );
  });

  it('"chuan ngheo bay gio bn" → "con nam sau?" → "con ho trung binh?": the 2027 middle band said not known first', async () => {
    harness = await openHarness();
    await harness.say('chuan ngheo bay gio bn');
    expect((await harness.say('con nam sau?')).text.split('\n')[0]).toBe('Chuẩn nghèo áp dụng năm 2027 (thu nhập bình quân mỗi người mỗi tháng):');
    const { text } = await harness.say('con ho trung binh?');
    expect(text.split('\n')[0]).toMatch(/^Hộ có mức sống trung bình năm 2027: chưa có con số \(chưa rõ\)/);
  });
});

describe('the old and new standards compared: a short comparison first', () => {
  it('"chuan moi voi chuan cu khac nhau cho nao": 2022–2025, 2026 (kept), 2027–2030 (what changes), not the 2027 card', async () => {
    harness = await openHarness();
    const { text, buttons } = await harness.say('chuan moi voi chuan cu khac nhau cho nao');
    const lines = text.split('\n');
    // Round 43 (cadre45): short lines for a phone, each line with its own status (was five long bullets, 1.900 characters).
    expect(lines[0]).toBe('So sánh chuẩn nghèo 2022–2025 và 2027–2030:');
    expect(text).toContain('• Nông thôn: 1.500.000 đồng (đã kiểm tra) → 2.200.000 đồng (tham khảo)');
    expect(text).toContain('• Mức sống trung bình nông thôn: đến 2.250.000 đồng → chưa rõ');
    expect(text).toContain('• Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(text).toContain('vẫn áp dụng chuẩn 2022–2025 (tham khảo); chuẩn 2027–2030 áp dụng từ 01/01/2027.');
    expect(text).toContain('Giống nhau, thu nhập không quá chuẩn nghèo: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo.');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(buttons.map((button) => button.label)).toEqual(expect.arrayContaining(['Chuẩn năm 2026', 'Chuẩn năm 2027']));
  });

  it('"nong thon va thanh thi khac nhau ko" and "ho ngheo voi can ngheo khac nhau cho nao" are no comparison of periods', async () => {
    harness = await openHarness();
    for (const question of ['chuan ngheo nong thon va thanh thi khac nhau ko', 'ho ngheo voi can ngheo khac nhau cho nao']) {
      expect((await harness.say(question)).text, question).not.toContain('So sánh chuẩn nghèo');
    }
  });
});

describe('a document asked "là gì": what it is, in a sentence or two from the rules data, with its status', () => {
  it('"nghi dinh 351 la j": the decree of the 2026 and 2027–2030 standards, issuer and date (tham khảo), not an explainer passage', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nghi dinh 351 la j');
    expect(text.split('\n')[0]).toBe(
      'Nghị định 351/2025/NĐ-CP (Chính phủ, ký ngày 30/12/2025, tham khảo): căn cứ của chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp) (01/01/2026 – 31/12/2026, đang áp dụng) và chuẩn nghèo đa chiều giai đoạn 2027–2030 (01/01/2027 – 31/12/2030) (tham khảo).',
    );
    expect(text).toContain('trợ lý không lưu nguyên văn Nghị định 351/2025/NĐ-CP');
    expect(text).not.toContain('Giải thích ngắn');
  });

  // Round 17 (law27): 29/05/2025 is the day QĐ 14/2025 was signed, its effective date not known (was "từ 29/05/2025").
  it('"qd 14/2025 la gi": the electricity tariff decision replacing QĐ 28/2014, the electricity support not known, whom to ask', async () => {
    harness = await openHarness();
    const { text } = await harness.say('qd 14/2025 la gi');
    expect(text.split('\n')[0]).toBe(
      // Round 18 (law): signed first, and the support not dated from the signing day (was '… căn cứ của hỗ trợ tiền điện từ 29/05/2025 (chưa rõ).').
      'Quyết định 14/2025/QĐ-TTg (ký ngày 29/05/2025; ngày có hiệu lực chưa rõ): văn bản về cơ cấu biểu giá bán lẻ điện; thay thế Quyết định 28/2014/QĐ-TTg (tham khảo); căn cứ của hỗ trợ tiền điện (chưa rõ).',
    );
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('"nd 176 noi j": the basis of the social pensions from 01/07/2025 (tham khảo)', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nd 176 noi j');
    expect(text.split('\n')[0]).toBe(
      'Nghị định 176/2025/NĐ-CP: căn cứ của trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) từ 01/07/2025 (tham khảo); căn cứ của trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) từ 01/07/2025 (tham khảo).',
    );
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('a document the data has nowhere is still said to be missing ("nghi dinh 999 la gi")', async () => {
    harness = await openHarness();
    expect((await harness.say('nghi dinh 999 la gi')).text).toContain('Văn bản Nghị định 999 mà bạn hỏi không có trong dữ liệu của trợ lý');
  });
});

describe('filing online asked: yes, no or not known, first', () => {
  it.each(['co dang ky online dc ko', 'lam ho so tren mang dc hok'])('"%s": not known said first (chưa rõ), then how it is filed (in person or by post), whom to ask', async (question) => {
    harness = await openHarness();
    const { text } = await harness.say(question);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Nộp hồ sơ đề nghị xét hộ nghèo, hộ cận nghèo qua mạng (trực tuyến):');
    expect(lines[1]).toMatch(/^• Nộp Giấy đề nghị qua mạng \(trực tuyến, Cổng dịch vụ công, Zalo\) được hay không: mình không biết, dữ liệu của trợ lý không có thông tin về việc này; .* \(chưa rõ\)\. Căn cứ: Quyết định 24\/2021\/QĐ-TTg\.$/);
    expect(lines[2]).toContain('hộ nộp Giấy đề nghị (Mẫu số 04) trực tiếp hoặc qua bưu điện đến Chủ tịch UBND cấp xã');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // Not the whole procedure card, and never "ngoài phạm vi".
    expect(text).not.toContain('Rà soát định kỳ hằng năm');
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('how long the certificate holds: answered first', () => {
  it('"giay chung nhan ho ngheo co gia tri bao lau": not known said first (chưa rõ), then the yearly review, whom to ask', async () => {
    harness = await openHarness();
    const { text } = await harness.say('giay chung nhan ho ngheo co gia tri bao lau');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo:');
    expect(lines[1]).toBe(
      '• Giấy chứng nhận hộ nghèo, hộ cận nghèo có giá trị (dùng được) bao lâu: mình không biết, thời hạn của giấy không có trong dữ liệu của trợ lý (chưa rõ). Căn cứ: Quyết định 24/2021/QĐ-TTg.',
    );
    expect(text).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // Not the 15 days it takes to get one (the passage quoted before), as if that were how long it holds.
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('"8 triệu là một tháng hay cả năm?" answered in a word', () => {
  const TOLD = 'nam nay nha tui 4 nguoi o que thu nhap 8 trieu';

  it.each([
    ['1 thang', 'Thu nhập cả hộ: 8.000.000 đồng/tháng ÷ 4 người = 2.000.000 đồng/người/tháng'],
    ['thang', 'Thu nhập cả hộ: 8.000.000 đồng/tháng ÷ 4 người = 2.000.000 đồng/người/tháng'],
    ['moi thang', 'Thu nhập cả hộ: 8.000.000 đồng/tháng ÷ 4 người = 2.000.000 đồng/người/tháng'],
    ['ca nam', 'Thu nhập cả hộ: 666.667 đồng/tháng ÷ 4 người = 166.667 đồng/người/tháng'],
    ['1 nam', 'Thu nhập cả hộ: 666.667 đồng/tháng ÷ 4 người = 166.667 đồng/người/tháng'],
    ['nam', 'Thu nhập cả hộ: 666.667 đồng/tháng ÷ 4 người = 166.667 đồng/người/tháng'],
  ])('"%s" while the consent question is open: the income from the 8 triệu told', async (answer, income) => {
    harness = await openHarness();
    expect((await harness.say(TOLD)).text).toContain('8 triệu là một tháng hay cả năm?');
    const { text } = await harness.say(answer);
    expect(text).toContain(`Mình ghi nhận: Khu vực: Nông thôn; Số người: 4; ${income}`);
    // Round 31 consent17: the figures now complete give the class, as a worded correction does; the consent choice after it.
    expect(text).toContain('Với số liệu bạn kể (thu nhập');
    expect(text).toContain('bạn chọn “Đồng ý lưu” hoặc “Không lưu”');
  });

  it('after "Không lưu", the income question asks it again, and "ca nam" answers it (÷ 12)', async () => {
    harness = await openHarness();
    await harness.say(TOLD);
    const asked = await harness.say('2');
    expect(asked.text).toContain('Thu nhập bạn kể: 8 triệu là một tháng hay cả năm?');
    const { text } = await harness.say('ca nam');
    expect(text).toContain('Mình tính: 8.000.000 đồng một năm ÷ 12 = 666.667 đồng một tháng.');
    expect(text).toContain('Thu nhập cả hộ: 666.667 đồng/tháng ÷ 4 người = 166.667 đồng/người/tháng');
  });
});

describe('readMonthOrYear: only a period answers the question', () => {
  it('reads the period typed alone, not an amount, a sentence or both periods', async () => {
    const { readMonthOrYear } = await import('../../src/rules/understand.ts');
    expect(['1 thang', 'thang', 'moi thang', 'một tháng thôi', 'tháng nha'].map(readMonthOrYear)).toEqual(['month', 'month', 'month', 'month', 'month']);
    expect(['ca nam', '1 nam', 'nam', 'cả năm', '12 thang'].map(readMonthOrYear)).toEqual(['year', 'year', 'year', 'year', 'year']);
    expect(['8 trieu', 'thang hay nam', 'nam sau thi sao', 'ko biet'].map(readMonthOrYear)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('a household told with figures and "là hộ gì": what the figures settle comes first', () => {
  it('"nha tui 4 nguoi o que, thu nhap 12 trieu 1 thang, ko co bhyt, nha tam, la ho j": not poor or near-poor by income, whatever the deprivations; no interview', async () => {
    harness = await openHarness();
    const turn = await harness.say('nha tui 4 nguoi o que, thu nhap 12 trieu 1 thang, ko co bhyt, nha tam, la ho j');
    expect(turn.text.split('\n')[0]).toBe(
      'Với số liệu bạn kể (thu nhập 3.000.000 đồng/người/tháng, theo chuẩn áp dụng ngày 15/03/2026), hộ không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình; các chỉ số thiếu hụt chưa hỏi không làm thay đổi kết quả.',
    );
    expect(turn.text).toContain('Kết quả sàng lọc (tham khảo): KHÔNG THUỘC DIỆN HỘ NGHÈO, HỘ CẬN NGHÈO HAY HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    // No consent block, no indicator questions, no standard card: a short answer.
    expect(turn.text).not.toContain('Đồng ý lưu');
    expect(turn.text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(turn.text.split('\n').length).toBeLessThan(15);
    // The details are one tap away.
    const details = await harness.press(turn.buttons.find((button) => button.label === 'Chi tiết')!.action);
    expect(details.text).toContain('nhưng ở mức thu nhập này số chỉ số thiếu hụt không làm thay đổi kết quả');
  });

  it('"nha em 3 nguoi thu nhap 8 trieu, vay la ho gi": each area\'s class (they differ), no card, no consent', async () => {
    harness = await openHarness();
    const turn = await harness.say('nha em 3 nguoi thu nhap 8 trieu, vay la ho gi');
    expect(turn.text.split('\n')[0]).toBe(
      'Với số liệu bạn kể (thu nhập 2.666.667 đồng/người/tháng, theo chuẩn áp dụng ngày 15/03/2026), kết quả tùy hộ ở nông thôn hay thành thị: ở nông thôn, hộ không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình; ở thành thị, hộ là hộ có mức sống trung bình; các chỉ số thiếu hụt chưa hỏi không làm thay đổi kết quả.',
    );
    expect(turn.text).not.toContain('Đồng ý lưu');
    expect(turn.text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(turn.buttons.map((button) => button.label)).toEqual(['Chi tiết (nông thôn)', 'Chi tiết (thành thị)', 'Kiểm tra đầy đủ']);
  });

  it('"nha tui 4 nguoi o que thu nhap 4 trieu, ko co bhyt, la ho gi": near-poor or poor by the deprivations, said first; then only the rest is asked', async () => {
    harness = await openHarness();
    const turn = await harness.say('nha tui 4 nguoi o que thu nhap 4 trieu, ko co bhyt, la ho gi');
    expect(turn.text.split('\n')[0]).toBe(
      'Với số liệu bạn kể (thu nhập 1.000.000 đồng/người/tháng, theo chuẩn áp dụng ngày 15/03/2026), hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt (bạn đã kể 1 chỉ số thiếu hụt); kết quả còn tùy các chỉ số thiếu hụt chưa hỏi.',
    );
    expect(turn.text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(turn.text).toContain('Đồng ý lưu');
  });
});

describe('the area is not asked when both areas give the same class for the figures given', () => {
  it('"nha tui 5 nguoi thu nhap 20 trieu la ho j": above every band in both areas, one result, no area question', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nha tui 5 nguoi thu nhap 20 trieu la ho j');
    expect(text.split('\n')[0]).toContain('hộ không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình (ở nông thôn hay thành thị cũng vậy)');
    expect(text).toContain('Các con số dưới đây theo chuẩn nông thôn.');
    expect(text).not.toMatch(/nông thôn hay thành thị\?/);
    expect(text).not.toContain('Đồng ý lưu');
  });

  it('"nha tui 4 nguoi thu nhap 4 trieu, ko co bhyt, la ho gi": below the line in both areas; the check skips the area question and says why', async () => {
    harness = await openHarness();
    const told = await harness.say('nha tui 4 nguoi thu nhap 4 trieu, ko co bhyt, la ho gi');
    expect(told.text.split('\n')[0]).toContain('hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt (bạn đã kể 1 chỉ số thiếu hụt) (ở nông thôn hay thành thị cũng vậy)');
    expect(told.text).toContain('Khu vực: không cần hỏi (với thu nhập này, ở nông thôn hay thành thị kết quả như nhau)');
    const first = await harness.press('consent:no');
    expect(first.text).not.toContain('Hộ gia đình bạn sống ở nông thôn hay thành thị?');
    expect(first.text).toContain('Câu 4/15');
    let turn = first;
    for (let asked = 0; asked < 15 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko');
    expect(turn.text).toContain('Ở nông thôn hay thành thị kết quả cũng vậy nên mình không hỏi');
    expect(turn.text).toContain('HỘ CẬN NGHÈO');
  });

  it('a corrected income that makes the area matter brings the area question back', async () => {
    harness = await openHarness();
    await harness.say('nha tui 4 nguoi thu nhap 4 trieu');
    expect((await harness.press('consent:no')).text).toContain('Câu 4/15');
    // 7.000.000 ÷ 4 = 1.750.000 đồng: above the rural line, below the urban one.
    const { text } = await harness.say('thu nhap 7 trieu');
    expect(text).toContain('Hộ gia đình bạn sống ở nông thôn hay thành thị?');
    const review = await harness.say('thanh thi');
    expect(review.text).toContain('Khu vực: Thành thị');
    expect(review.text).toContain('1.750.000 đồng/người/tháng');
  });
});
