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
    expect(text).toContain('\n\nChuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)');
    expect(text).not.toContain('Không đúng');
    expect(text).not.toContain('năm 2026 (năm chuyển tiếp)');
  });

  it('“nam 2027 thu nhap duoi 1tr9 la ho ngheo”: wrong for 2027 (the draft’s figure), about the line, not a support', async () => {
    harness = await openHarness();
    const { text } = await harness.say('nam 2027 thu nhap duoi 1tr9 la ho ngheo');
    expect(text).toMatch(/^Không đúng: 1\.900\.000 đồng không phải là mức của chuẩn nghèo đa chiều giai đoạn 2027–2030\. Chuẩn nghèo \(thu nhập bình quân mỗi người mỗi tháng\): nông thôn 2\.200\.000 đồng, thành thị 2\.800\.000 đồng \(tham khảo\)/);
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
