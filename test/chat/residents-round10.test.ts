/**
 * Round 10 (resident testers): questions typed as residents type them that were answered around the point — the check
 * read for today when "tháng 1 tới" was said, a monthly-cash rumour "confirmed" as the urban line, a newly escaped household
 * answered with why households drop off the list, the social pension's amount not said first. Expectations from rules/
 * (asked on 02/12/2026 unless a test sets its own day).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, expectBriefConsent, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';

const askApi = (question: string) => askApiText(question, TODAY);

describe('monthly cash said of a class: none for the class as such (claims.ts), in chat and /api/ask', () => {
  it('"ho ngheo thang nao cung dc phat 2 trieu phai ko": wrong, 2 triệu is the urban line, the monthly money is per person', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ho ngheo thang nao cung dc phat 2 trieu phai ko');
    const first = text.split('\n')[0]!;
    expect(first).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
    // Never "confirmed" as the line it equals.
    expect(first).not.toMatch(/^(Chưa đủ|Đúng)/);
    expect(first).toContain('2.000.000 đồng là chuẩn nghèo ở thành thị của chuẩn nghèo đa chiều năm 2026');
    expect(first).toContain('không phải tiền hộ được nhận');
    expect(first).toContain('không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo');
    // The monthly money there is: per person, with basis and status.
    expect(first).toContain('trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP, Điều 5');
    expect(first).toContain('500.000 đồng/tháng');
    expect(first).toContain('Nghị định 176/2025/NĐ-CP, tham khảo');
  });

  it('"nghe noi ho can ngheo dc nha nuoc cho tien hang thang" (no figure): wrong first, then the pension card, no passage', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi ho can ngheo dc nha nuoc cho tien hang thang');
    expect(text.split('\n')[0]).toMatch(/^Không đúng: không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ cận nghèo chỉ vì là hộ cận nghèo/);
    expect(text).toContain('trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (Nghị định 176/2025/NĐ-CP, tham khảo), chỉ khi: có thành viên từ 70 đến dưới 75 tuổi');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
    expect(text).not.toContain('2.500.000 đồng/người/khóa');
  });

  it('/api/ask says the same first', () => {
    expect(askApi('nghe noi ho can ngheo dc nha nuoc cho tien hang thang')).toMatch(/^Không đúng: không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ cận nghèo/);
    expect(askApi('ho ngheo thang nao cung dc phat 2 trieu phai ko')).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
  });

  it('guards: the line said as the line is still confirmed; a question is answered without "Không đúng"', async () => {
    harness = await openHarness({ now: DECEMBER });
    expect((await harness.say('chuan ngheo thanh thi 2 trieu dung ko')).text.split('\n')[0]).toMatch(/^Đúng: 2\.000\.000 đồng là chuẩn nghèo ở thành thị/);
    expect((await harness.say('ho ngheo co dc tien hang thang ko')).text.split('\n')[0]).toMatch(/^Không có khoản tiền Nhà nước trả hằng tháng cho mọi hộ nghèo chỉ vì là hộ nghèo/);
  });
});

describe('the social pension (NĐ 176/2025): the amount asked is answered first, as the data has it', () => {
  it('"luong huu xa hoi bn tien": the amount first — not in the data (chưa rõ), no figure — then the card with the ages', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('luong huu xa hoi bn tien');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Mức hỗ trợ bạn hỏi, theo dữ liệu chính sách (ngày 02/12/2026):');
    // Said once for both pensions (round 33 law22: was a line for each, and "chưa rõ" again in each card).
    expect(lines[1]).toBe('• Cả 2 hỗ trợ dưới đây: dữ liệu của trợ lý chưa có số tiền (chưa rõ), nên mình không nêu con số nào.');
    expect(text.split('chưa rõ')).toHaveLength(2);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // Who gets it, from the card below: from 75 without a pension; 70 to under 75 in poor and near-poor households.
    expect(text).toContain('người từ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng tháng');
    expect(text).toContain('thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi');
    expect(text).not.toMatch(/hưu trí xã hội[^.]*\d{3}\.000 đồng/);
  });

  it('"me tui 75 tuoi dc tien gia bn": the amount of the pension from 75 only (the 70–74 band is not hers)', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('me tui 75 tuoi dc tien gia bn');
    const lead = text.slice(0, text.indexOf('\n\n'));
    expect(lead).toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ): dữ liệu của trợ lý chưa có số tiền');
    expect(lead).not.toContain('(hộ nghèo, hộ cận nghèo)');
  });

  it('"tien gia 500 ngan dung ko": not confirmed (the amount is not in the data), and 500.000 đồng is the social assistance\'s', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = (await harness.say('tien gia 500 ngan dung ko')).text.split('\n')[0]!;
    expect(first).toMatch(/^Chưa xác nhận được: mức 500\.000 đồng của trợ cấp hưu trí xã hội năm 2026 chưa được công bố hoặc chưa được kiểm tra \(chưa rõ\)/);
    expect(first).toContain('500.000 đồng/tháng là mức chuẩn trợ giúp xã hội của trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP, Điều 5; mức chuẩn theo Nghị định 76/2024/NĐ-CP, tham khảo), một khoản khác');
    // "lương hưu xã hội 1 triệu": "lương" of the support's name is no household's wage.
    expect((await harness.say('luong huu xa hoi 1 trieu phai ko')).text.split('\n')[0]).toMatch(/^Chưa xác nhận được: mức 1\.000\.000 đồng của trợ cấp hưu trí xã hội/);
  });
});

describe('a household that has just escaped poverty: what it keeps and for how long, from the data', () => {
  it('"thoat ngheo co bi cat bhyt lien ko": the BHYT card of hộ mới thoát nghèo (no national line, the card issued not known), not the review', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('thoat ngheo co bi cat bhyt lien ko');
    expect(text.split('\n')[0]).toBe('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách, áp dụng ngày 02/12/2026):');
    expect(text).toContain('• Hộ mới thoát nghèo: Không có mức hỗ trợ chung cả nước, chỉ một số tỉnh, thành tự hỗ trợ.');
    expect(text).toContain('Hà Nội hỗ trợ 100% trong 36 tháng từ 01/01/2026');
    expect(text).toContain('Thẻ đã cấp khi còn là hộ nghèo, hộ cận nghèo dùng đến khi nào thì chưa rõ');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Vì sao hộ có thể không còn trong danh sách');
  });

  it('"moi thoat ngheo thi con dc ho tro j ko": what is kept and for how long (36 tháng, QĐ 28/2015) leads the list', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('moi thoat ngheo thi con dc ho tro j ko');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Hộ mới thoát nghèo còn được gì, trong bao lâu:');
    // Round 27 (status9): a verified line's source says its status ("(đã kiểm tra)"), as a reported one's says "(tham khảo)".
    expect(lines[1]).toBe('• Hộ mới thoát nghèo là hộ ra khỏi danh sách hộ nghèo trong vòng 3 năm (36 tháng) gần nhất; quá 3 năm thì không còn là hộ mới thoát nghèo. Căn cứ: Quyết định 28/2015/QĐ-TTg (đã kiểm tra).');
    expect(lines[2]).toContain('Trong 3 năm đó hộ vẫn được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
    expect(lines[2]).toContain('(tham khảo)');
    expect(lines[3]).toContain('(chưa rõ)');
    expect(text).toContain('Hỗ trợ cho hộ mới thoát nghèo (áp dụng ngày 02/12/2026):');
    expect(text).toContain('Vay vốn tín dụng chính sách: ');
    expect((await harness.say('xem chi tiet')).text).toContain('Vay vốn tín dụng chính sách: Hộ mới thoát nghèo');
  });

  it('"nha tui moi thoat ngheo" as a first message: the same answer, no household check started', async () => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say('nha tui moi thoat ngheo');
    expect(turn.text.split('\n')[0]).toBe('Hộ mới thoát nghèo còn được gì, trong bao lâu:');
    expect(turn.text).not.toContain('Trước khi bắt đầu');
    expect(turn.buttons.map((button) => button.label)).not.toContain('Đồng ý lưu');
    // Guard: a household's figures still start the check.
    // The class first and the consent question in brief since round 43 resid46 (was the full consent question).
    expectBriefConsent((await harness.say('nha tui 4 nguoi thu nhap 5 trieu o que')).text);
  });
});

// Round 36 law28: the class asked of 2027 in December is today's first, then the 2027 standard's (was the 2027 check alone).
describe('"tháng 1 tới", "qua tháng giêng", "qua năm" in December: the day asked (01/01/2027, provisional) first, then today\'s class (round 37 law29)', () => {
  it.each([
    'thang 1 toi nha tui co thanh ho can ngheo ko, 4 nguoi thu nhap 7 trieu o que',
    'qua thang gieng nha tui 4 nguoi thu nhap 7 trieu o que la ho gi',
    'qua nam nha tui 4 nguoi thu nhap 7 trieu o que con la ho can ngheo ko',
    'đầu năm sau nhà tui 4 người thu nhập 7 triệu ở quê có còn hộ cận nghèo ko',
  ])('"%s": what the figures settle by the 2027 standard, then today, no standard card before it', async (said) => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say(said);
    expect(text.split('\n')[0]).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính).');
    expect(text).toContain('thu nhập 1.750.000 đồng/người/tháng, theo chuẩn áp dụng ngày 02/12/2026');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
  });

  it('"nha tui 5 nguoi, thu nhap 9 trieu, o tp, sang nam la ho gi": "sang năm" mid-sentence with the class asked gives the 2027 class', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nha tui 5 nguoi, thu nhap 9 trieu, o tp, sang nam la ho gi');
    expect(text.split('\n')[0]).toContain('Từ 01/01/2027 theo chuẩn mới:');
    expect(text).toContain('thu nhập 1.800.000 đồng/người/tháng, theo chuẩn áp dụng ngày 02/12/2026');
  });

  it('guards: "làm lụng qua năm dc 60 triệu" is a year\'s income and "từ tháng giêng tới giờ" is past: both today\'s standard', async () => {
    harness = await openHarness({ now: DECEMBER });
    const year = (await harness.say('nha tui lam lung qua nam dc 60 trieu, 4 nguoi o que, la ho gi')).text;
    expect(year.split('\n')[0]).toContain('÷ 4 người = 1.250.000 đồng/người/tháng (60.000.000 đồng một năm ÷ 12 = 5.000.000 đồng một tháng), ở nông thôn, dưới mức 1.500.000 đồng theo chuẩn hiện hành');
    await harness.say('/huy');
    const past = (await harness.say('tu thang gieng toi gio nha tui 4 nguoi thu nhap 7 trieu o que la ho gi')).text;
    expect(past.split('\n')[0]).toContain('theo chuẩn áp dụng ngày 02/12/2026)');
  });
});
