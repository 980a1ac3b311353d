/**
 * A request for a short text to share (outreach staff posting into a Zalo group or on a notice board): the
 * rest of the question is answered from the rules data in a few plain lines, with the amounts the data knows
 * (1.500.000 đồng style, "(tham khảo)" where reported), one "Nguồn" line and where to ask; an ordinary
 * question keeps its full answer. Figures: 2026 line 1.500.000/2.000.000 đồng (NĐ 07/2021 kept by NĐ 351/2025),
 * 2027–2030 line 2.200.000/2.800.000 đồng (NĐ 351/2025), lunch for preschool children 160.000 đồng/child/month
 * (NĐ 105/2020 Điều 7), mức chuẩn trợ giúp xã hội 500.000 đồng (NĐ 20/2021), review steps (QĐ 24/2021/QĐ-TTg).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { expectWithinBudget } from './short-budget.ts';
import { supportsFor } from '../../src/rules/index.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(() => harness?.close());

/** A paste-ready text: short, plain, one source line, where to ask, no button lines, no unknown figure. */
function expectShareable(text: string): void {
  expectWithinBudget(text);
  expect(text.match(/^Nguồn: .+\.$/gm)).toHaveLength(1);
  expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  expect(text).not.toMatch(/\[\?\]|Bạn có thể gõ|Chi tiết|<|\*/);
  expect(text.split('\n').length).toBeLessThanOrEqual(10);
}

describe('a short text to share', () => {
  const cases: [string, string[], string[]][] = [
    // The four phrasings of the tester.
    ['tóm tắt ngắn các chính sách cho hộ cận nghèo để gửi bà con', ['Hộ cận nghèo được hỗ trợ', '160.000 đồng/trẻ/tháng', '(tham khảo)', 'Nghị định 105/2020/NĐ-CP'], ['Hộ nghèo được']],
    ['viết giúp 3 dòng về chuẩn nghèo mới để đăng nhóm zalo', ['1.500.000 đồng', '2.200.000 đồng', '2.800.000 đồng', 'Nguồn: Nghị định 351/2025/NĐ-CP; Nghị định 07/2021/NĐ-CP'], []],
    ['soạn tin nhắn zalo ngắn: hộ nghèo được hỗ trợ gì', ['Hộ nghèo được hỗ trợ', '160.000 đồng/trẻ/tháng', '500.000 đồng/tháng (đã kiểm tra), chỉ khi: thành viên thuộc nhóm được trợ cấp', 'Nghị định 20/2021/NĐ-CP'], ['cận nghèo được']],
    ['thông báo dán nhà văn hóa về rà soát hộ nghèo', ['Rà soát', 'Mẫu số 04', '15 ngày', 'Nguồn: Quyết định 24/2021/QĐ-TTg'], []],
    // Typed by outreach staff, with and without diacritics.
    ['tom tat chinh sach ho ngheo de dang nhom zalo', ['Hộ nghèo được hỗ trợ', '160.000 đồng/trẻ/tháng', '(tham khảo)'], []],
    // Round 24 (phones5): the support named once, in the heading (was "Hộ cận nghèo: Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo: 160.000 …").
    ['soan tin nhan ve tien an trua mau giao cho ho can ngheo', ['Hỗ trợ tiền ăn trưa cho trẻ mẫu giáo (áp dụng ngày', 'Hộ cận nghèo: 160.000 đồng/trẻ/tháng', 'Nguồn: Nghị định 105/2020/NĐ-CP.'], ['Hộ nghèo:', 'Nghị định 57/2017']],
    ['viet 3 dong thong bao ba con ve muc chuan ngheo nam 2027', ['2.200.000 đồng', '2.800.000 đồng', 'Nguồn: Nghị định 351/2025/NĐ-CP'], ['1.500.000']],
    ['Thông báo: hộ cận nghèo được đóng bảo hiểm y tế thế nào', ['Hộ cận nghèo:', '70%', 'Nguồn: Nghị định 188/2025/NĐ-CP'], ['Nghị định 146/2018']],
    // When the review is (task 1c): the yearly dates first, and that their use in 2026 is not known, with its status.
    ['thông báo ngắn: khi nào rà soát hộ nghèo năm nay', ['01/09 đến 14/12', 'áp dụng năm 2026', '(chưa rõ)', 'Nguồn: Quyết định 24/2021/QĐ-TTg'], []],
    ['soan tin bao ba con khi nao ra soat ho ngheo', ['01/09 đến 14/12', '(chưa rõ)'], []],
  ];
  it.each(cases)('%s', async (question, present, absent) => {
    const { replies, buttons } = await harness.say(question);
    // The post as pasted: its text, without the buttons under it.
    const text = replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n\n');
    expectShareable(text);
    // Round 10: a post on a topic has the full answer's "Chia sẻ" and "Báo sai" (a class's list of supports has none), nothing else.
    expect(buttons.map((button) => button.label).filter((label) => label !== 'Chia sẻ' && label !== 'Báo sai')).toEqual([]);
    for (const part of present) expect(text).toContain(part);
    for (const part of absent) expect(text).not.toContain(part);
  });

  it('summarises the results of poverty reduction, not the supports of poor households ("giảm nghèo" is no class; task 1c)', async () => {
    const { text } = await harness.say('tóm tắt kết quả giảm nghèo 2021-2025');
    expect(text).toContain('4,4%');
    expect(text).toContain('1,3%');
    expect(text).not.toContain('Hộ nghèo được hỗ trợ');
  });

  it('a list longer than the text names the supports it leaves out (findings6 item 14), and only the sources of those shown', async () => {
    const { text } = await harness.say('soạn tin nhắn zalo ngắn: hộ nghèo được hỗ trợ gì');
    expect(text).not.toMatch(/Và \d+ hỗ trợ khác/);
    // Round 12 (findings N06): the names go on a line of conditional supports, each with its condition in a few words
    // ("(khi …)"), and a line of those not known; a name's own brackets are part of it.
    // A group's shared status after its label (round 32: "- Có điều kiện (tham khảo): …").
    const namesLines = [...text.matchAll(/^- (?:Hỗ trợ khác|Có điều kiện|Chưa rõ mức hoặc còn áp dụng không)(?: \((?:đã kiểm tra|tham khảo)\))?: (.+)\.$/gm)].map((match) => match[1]!);
    // A name's status after it (round 29: a verified one's too, "Trợ giúp pháp lý miễn phí (đã kiểm tra)", in a mixed list).
    const named = namesLines
      .flatMap((line) => line.split(/; (?=[A-ZĐÁÀẢÃẠÂĂÊÔƠƯ])/u))
      .map((name) => name.replace(/ \((?:khi|chưa rõ) [^()]*(?:\([^()]*\)[^()]*)*\)$/u, '').replace(/ \((?:đã kiểm tra|tham khảo)\)$/u, ''));
    const shown = text.split('\n').filter((line) => line.startsWith('- ') && !/^- (?:Hỗ trợ khác|Có điều kiện|Chưa rõ mức)/.test(line));
    const all = supportsFor(harness.app.rules, 'poor', '2026-03-15').map((support) => support.name);
    // Every support is either shown or named, once.
    expect(shown.length + named.length).toBe(all.length);
    for (const name of all) expect(named.includes(name) !== shown.some((line) => line.startsWith(`- ${name}`))).toBe(true);
    // Hỗ trợ tiền điện has no known amount: only named, with what is not known (Quyết định 14/2025/QĐ-TTg replaced the 30 kWh rule).
    expect(text).toMatch(/Hỗ trợ tiền điện \(chưa rõ còn áp dụng không, từ khi Quyết định 14\/2025\/QĐ-TTg/);
  });
});

describe('an ordinary question', () => {
  it('keeps the full answer', async () => {
    await harness.say('hộ nghèo được hỗ trợ gì');
    const supports = await harness.say('chi tiết');
    expect(supports.text.length).toBeGreaterThan(SHORT_TEXT_DEFAULTS.maxChars);
    expect(supports.text).toContain('Nơi làm:');
    const standard = await harness.say('chuẩn nghèo hiện nay là bao nhiêu');
    expect(standard.text).toContain('Các chỉ số thiếu hụt');
    // "thông báo" inside a question is no request for a text to share.
    const procedure = await harness.say('bao lâu thì xã thông báo kết quả xét hộ nghèo');
    expect(procedure.text).toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo');
  });
});
