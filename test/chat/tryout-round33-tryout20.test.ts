/**
 * Round 33 tryout20: residents trying the terminal chat, in their own words (no diacritics, "ko", "dc", "bn", "hok").
 * 1. "ho can ngheo vay von ngan hang csxh dc bn tien" then "lai suat bn" (and "vua thoat ngheo … vay von dc ko" then "lai bn"):
 *    the rate said from its "lãi suất"; was "chưa kiểm tra mức áp dụng từ năm 2026) là lãi suất 7,92%/năm", a sentence cut
 *    inside its brackets.
 * 2. "may thang" after the lunch card: "tối đa 9 tháng/năm học (tham khảo)"; was "điều không ghi (như … thời gian được hưởng)
 *    thì mình không biết" beside the 9 months the card says.
 * 3. "mat bn ngay" after the procedure card: its 15 days; was "Câu hỏi này nằm ngoài phạm vi của trợ lý".
 * 4. "con hoc cap 3 thi sao" after the ethnic-minority students' fee card: the public schools' exemption (NQ 217/2025); was the
 *    students' card again ("Đang học trình độ trung cấp, cao đẳng hoặc đại học").
 * 5. "gio con ko" after the smartphone card: it ended in 2025; was the explainer of the district level. "gio con dc ko" after the
 *    electricity card: whether it still applies (QĐ 14/2025) is not known; was "ngoài phạm vi".
 * 6. "tui ko dong y thi lam sao" after the card of a household taken off the list: the result disputed (written reasons, the
 *    complaint steps not known, whom to ask); was "ngoài phạm vi".
 * 7. "ai tra" after the disability entry: the monthly allowance's card on it (where it is applied for); was a provincial
 *    resolution's passage on "kiểm tra, giám sát" (the "tra" of "kiểm tra").
 * 8. "xin o dau" after the housing card given while the consent question waits: that card's place; was the procedure's step
 *    (Giấy đề nghị, Mẫu số 04), as if the household's recognition were asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r33-tryout20');

describe('the interest rate asked after the loan card of a near-poor or newly escaped household', () => {
  it.each([
    ['ho can ngheo vay von ngan hang csxh dc bn tien', 'lai suat bn', '7,92%'],
    ['nha tui vua thoat ngheo nam ngoai, vay von dc ko', 'lai bn', '8,25%'],
  ])('"%s" then "%s" says the rate whole, never a cut bracket', async (first, asked, rate) => {
    const text = await after([first], asked);
    expect(text).toMatch(new RegExp(`Vay vốn tín dụng chính sách: (lãi suất [^;]*; )?lãi suất ${rate}/năm \\(tham khảo\\)`));
    expect(text).not.toMatch(/(: |; )chưa kiểm tra mức/);
  });
});

describe('how many months, after the lunch card', () => {
  it('"ho ngheo dc mien tien an trua cho con hoc mau giao ko" then "may thang" says its 9 months, with status and basis', async () => {
    const text = await after(['ho ngheo dc mien tien an trua cho con hoc mau giao ko'], 'may thang');
    expect(text).toContain('tối đa 9 tháng/năm học (tham khảo), theo Nghị định 105/2020/NĐ-CP');
    expect(text).not.toContain('dữ liệu của trợ lý không ghi (chưa rõ)');
  });
  it('"vay von ho ngheo" then "vay dc bao lau" still says the data has no loan term', async () => {
    const text = await after(['vay von ho ngheo'], 'vay dc bao lau');
    expect(text).toContain('Về thời hạn của vay vốn tín dụng chính sách: dữ liệu của trợ lý không ghi (chưa rõ).');
  });
});

describe('how many days, after the procedure card', () => {
  it('"bay gio lam giay chung nhan ho ngheo o dau, huyen bo r ma" then "mat bn ngay" says the 15 days', async () => {
    const text = await after(['bay gio lam giay chung nhan ho ngheo o dau, huyen bo r ma'], 'mat bn ngay');
    expect(text).toContain('Trong 15 ngày kể từ khi rà soát');
    expect(text).toContain('(tham khảo)');
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('a pupil asked after the students\' fee card', () => {
  it('"con tui hoc dai hoc, nha ho ngheo, dan toc tay, co dc mien hoc phi ko" then "con hoc cap 3 thi sao": the public schools\' exemption', async () => {
    const text = await after(['con tui hoc dai hoc, nha ho ngheo, dan toc tay, co dc mien hoc phi ko'], 'con hoc cap 3 thi sao');
    expect(text).toContain('Miễn học phí trường công lập');
    expect(text).toContain('Nghị quyết 217/2025/QH15');
    expect(text).not.toContain('Đang học trình độ trung cấp');
  });
});

describe('"still there?" after a support card', () => {
  it('"nha tui co can dien thoai thong minh ko, nghe noi ho ngheo dc cho dt" then "gio con ko": it ended in 2025', async () => {
    const text = await after(['nha tui co can dien thoai thong minh ko, nghe noi ho ngheo dc cho dt'], 'gio con ko');
    expect(text).toContain('Về hỗ trợ điện thoại thông minh: hỗ trợ này đã kết thúc trong năm 2025, không còn áp dụng ngày 06/12/2026.');
    expect(text).toContain('Thông tư 14/2022/TT-BTTTT (đã kiểm tra)');
    expect(text).not.toContain('cấp huyện');
  });
  it('"tien dien ho ngheo dc ho tro bn kwh" then "gio con dc ko": whether it still applies under QĐ 14/2025 is not known', async () => {
    const text = await after(['tien dien ho ngheo dc ho tro bn kwh'], 'gio con dc ko');
    expect(text).toContain('còn hỗ trợ hay không và từ khi nào chưa rõ');
    expect(text).toContain('Quyết định 14/2025/QĐ-TTg');
  });
});

describe('disagreeing, after the card of a household taken off the list', () => {
  it('"bay gio ra sao ma tui bi loai khoi danh sach ho ngheo z" then "tui ko dong y thi lam sao": the result disputed', async () => {
    const text = await after(['bay gio ra sao ma tui bi loai khoi danh sach ho ngheo z'], 'tui ko dong y thi lam sao');
    expect(text).toContain('Hộ không đồng ý với kết quả bình xét, rà soát');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('who pays, after the disability entry', () => {
  it('"con tui bi khuyet tat nang 8 tuoi, nha can ngheo, dc tro cap hok" then "ai tra": the monthly allowance, where it is applied for', async () => {
    const text = await after(['con tui bi khuyet tat nang 8 tuoi, nha can ngheo, dc tro cap hok'], 'ai tra');
    expect(text).toContain('Về trợ cấp xã hội hằng tháng (câu bạn vừa hỏi)');
    expect(text).toContain('UBND cấp xã (nộp tờ khai đề nghị trợ cấp xã hội)');
    expect(text).not.toContain('kiểm tra, giám sát');
  });
});

describe('where to ask for a support, while the consent question waits', () => {
  it('"nha em o ban tren nui, dan toc h mong, 7 nguoi, ko co dien nuoc", "nha em co dc lam nha ko", then "xin o dau": the housing card\'s place', async () => {
    const text = await after(['nha em o ban tren nui, dan toc h mong, 7 nguoi, ko co dien nuoc', 'nha em co dc lam nha ko'], 'xin o dau');
    expect(text).toContain('Về hỗ trợ nhà ở (câu bạn vừa hỏi)');
    expect(text).toContain('UBND cấp xã (lập danh sách, hướng dẫn hồ sơ)');
    expect(text).not.toContain('Mẫu số 04');
  });
});
