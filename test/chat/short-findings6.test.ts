/**
 * Outreach short texts and cadre questions of findings6, in the tester's words (and typed without diacritics):
 * - item 8: the 2027–2030 middle band is not known (updates-2026 [?]): said first, no figure; 2026 has its band.
 * - item 7: "tiêu chí … năm 2026" is that year's standard (NĐ 07/2021 Điều 3 kept by NĐ 351/2025), not 2027–2030's.
 * - item 6: a support's condition stays with it in a short text (social assistance: only some members, NĐ 20/2021 Điều 5).
 * - item 5: a figure the request states wrongly is corrected first ("Không đúng: …"): the 9/2025 draft lines
 *   1.900.000 / 2.500.000 đồng (the rules data's notFigures), 40 triệu for housing in 2026 (the amount of 2022–2025).
 * - item 14: no sentence cut with "…", no "Và 9 hỗ trợ khác".
 * Figures come from the rules data, not written here.
 */
import { describe, expect, it } from 'vitest';
import { lowerFirst } from '../../src/corpus/vietnamese.ts';
import { describeStandard, formatMoney, loadRules, procedureSteps, supportsFor } from '../../src/rules/index.ts';
import { forReaders, shortAnswer } from '../../src/chat/short.ts';
import { tagged } from '../../src/chat/result.ts';
import { topicAnswer } from '../../src/chat/topics.ts';
import { expectWithinBudget } from './short-budget.ts';

const rules = loadRules();
const TODAY = '2026-12-02';
const textOf = (question: string) => shortAnswer(rules, question, TODAY)?.replies[0]?.spans.map((span) => span.text).join('');
const topicText = (question: string) => topicAnswer(rules, question, TODAY)?.map((answer) => answer.spans.map((span) => span.text).join('')).join('\n');
/** The item lines of a short text ("- …"). */
const items = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

const s2026 = describeStandard(rules, '2026-07-01');
const s2027 = describeStandard(rules, '2027-07-01');
const line = (standard: typeof s2026, area: 'rural' | 'urban') => standard.lines.find((entry) => entry.area === area)!.text;

describe('item 8: the middle band of a year', () => {
  it.each([
    'Tóm tắt cho bà con: hộ có mức sống trung bình năm 2027 là bao nhiêu tiền',
    'tom tat cho ba con ho co muc song trung binh nam 2027 la bao nhieu tien',
  ])('%s → not known, said first, with no figure', (question) => {
    const text = textOf(question)!;
    const [first] = items(text);
    expect(first).toContain('hộ có mức sống trung bình chưa rõ');
    expect(first).toContain('(chưa rõ)');
    expect(first).not.toMatch(/\d\.\d{3}\.\d{3}/);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('2026 has its band (NĐ 07/2021 Điều 3 kept), and 2027 is said not known', () => {
    const text = textOf('soạn tin zalo: hộ có mức sống trung bình năm nay là bao nhiêu')!;
    const middle = s2026.bands.find((band) => band.outcome === 'hộ có mức sống trung bình')!;
    expect(items(text)[0]).toContain(`nông thôn ${middle.rural}, thành thị ${middle.urban}`);
    // Round 10: the coming standard says from when.
    // Round 22: the two standards in a line each, the middle band first (was each standard's title twice).
    expect(text).toContain(`Từ 01/01/2027, ${lowerFirst(s2027.title)}: mức của hộ có mức sống trung bình chưa rõ`);
  });
});

describe('item 7: criteria of a year are that year’s standard', () => {
  it.each([
    'Đề nghị cho biết tiêu chí xác định hộ nghèo năm 2026 áp dụng theo văn bản nào?',
    'de nghi cho biet tieu chi xac dinh ho ngheo nam 2026 ap dung theo van ban nao',
    'tiêu chí xét hộ nghèo năm 2026 là gì',
  ])('%s → the 2026 standard, NĐ 07/2021 Điều 3', (question) => {
    const text = topicText(question)!;
    // The card is 2026's (the coming 2027 change may follow it, after its own heading); a resident's "… là gì" (no text asked
    // for) the criteria in short, headed "Xét hộ nghèo (năm 2026) theo chuẩn nghèo …" (round 33 law21: a year written no longer
    // keeps the whole card).
    expect(text.split('\n')[0]!.toLowerCase()).toContain(s2026.title.toLowerCase());
    expect(text).toContain('Điều 3 Nghị định 07/2021/NĐ-CP');
    expect(text.toLowerCase()).toContain(`nông thôn ≤ ${line(s2026, 'rural')}, thành thị ≤ ${line(s2026, 'urban')}`);
    expect(text.toLowerCase()).not.toContain(`nông thôn ≤ ${line(s2027, 'rural')}`);
  });

  it('tieu chi ho ngheo nam 2027 → the 2027–2030 standard', () => {
    const text = topicText('tieu chi ho ngheo nam 2027')!;
    expect(text.split('\n')[0]!.toLowerCase()).toContain(s2027.title.toLowerCase());
    expect(text).toContain(line(s2027, 'urban'));
  });

  it('Soạn nội dung tờ rơi: Làm sao biết nhà mình có phải hộ nghèo không? → the standard, not the supports', () => {
    const text = textOf('Soạn nội dung tờ rơi: Làm sao biết nhà mình có phải hộ nghèo không?')!;
    expect(text).toContain(line(s2026, 'rural'));
    expect(text).not.toContain('được hỗ trợ');
  });
});

describe('item 6: a support keeps its condition in a short text', () => {
  it.each([
    'tóm tắt cho bà con biết hộ nghèo được hỗ trợ những gì năm 2026',
    'tom tat cho ba con biet ho ngheo duoc ho tro nhung gi nam 2026',
    'soạn tin nhắn ngắn về hộ cận nghèo được hỗ trợ gì',
  ])('%s', (question) => {
    const text = textOf(question)!;
    const classification = question.includes('cận') ? 'near_poor' : 'poor';
    const shown = supportsFor(rules, classification, TODAY).filter((support) => items(text).some((item) => item.startsWith(`- ${support.name}`)));
    expect(shown.length).toBeGreaterThan(0);
    for (const support of shown) {
      const item = items(text).find((candidate) => candidate.startsWith(`- ${support.name}`))!;
      // Round 12 (findings N06): the condition in a few words (up to its first ":", ";" or ", ví dụ").
      if (support.condition) expect(item).toContain(`chỉ khi: ${lowerFirst(support.conditionBrief!)}`);
    }
    if (classification === 'poor') expect(text).toContain('Trợ cấp xã hội hằng tháng: Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra), chỉ khi: thành viên thuộc nhóm');
  });
});

describe('item 5: a wrong figure in the request is corrected first', () => {
  it.each([
    ['soạn tin ngắn thông báo: từ 2027 hộ có dưới 1,9 triệu/người ở nông thôn là hộ nghèo', 1_900_000],
    ['soan tin ngan thong bao: tu 2027 ho co duoi 1,9 trieu/nguoi o nong thon la ho ngheo', 1_900_000],
    ['Soạn tin ngắn gửi nhóm zalo: chuẩn nghèo thành thị năm 2027 là 2,5 triệu đúng không?', 2_500_000],
    ['soan tin gui nhom zalo: chuan ngheo thanh thi nam 2027 la 2tr5 dung ko', 2_500_000],
  ])('%s', (question, figure) => {
    const text = textOf(question)!;
    // The verdict opens the text, before its heading, no list mark (round 40 short33; was the first item under the heading).
    const first = text.split('\n')[0]!;
    expect(items(text).some((item) => item.includes('Không đúng'))).toBe(false);
    expect(first).toMatch(new RegExp(`^Không đúng: ${formatMoney(figure).replace(/\./g, '\\.')} không phải là mức của ${lowerFirst(s2027.title)}`));
    expect(first).toContain(`${line(s2027, 'rural')}, `);
    expect(first).toContain(line(s2027, 'urban'));
    expect(first).toContain('dự thảo tháng 9/2025');
    expect(first).toContain('(tham khảo)');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP.');
  });

  it.each([
    'soạn tin zalo báo bà con: hộ nghèo năm 2026 được hỗ trợ xây nhà 40 triệu',
    'soan tin zalo bao ba con ho ngheo nam 2026 dc ho tro xay nha 40tr',
  ])('%s → not so, the 2026 amount is not known, 40 triệu was 2022–2025’s; nothing cut', (question) => {
    const text = textOf(question)!;
    // The verdict opens the text, before its heading (round 40 short33; was the first item under it).
    const first = text.split('\n')[0]!;
    // Not known for 2026, so not confirmed (findings33 O12: never a flat "Không đúng" for an amount not known).
    expect(first).toContain('Chưa xác nhận được: mức 40.000.000 đồng của hỗ trợ nhà ở năm 2026 chưa được công bố');
    expect(first).toContain('(chưa rõ)');
    expect(first).toContain('40.000.000 đồng là mức của giai đoạn trước');
    expect(first).toContain('đến 31/12/2025');
    expect(text).toContain('không áp dụng các mức của giai đoạn trước');
    expect(text).not.toContain('…');
  });

  it.each([
    'soạn tin: chuẩn nghèo nông thôn năm 2027 là 2,2 triệu',
    'viết giúp 3 dòng về chuẩn nghèo mới để đăng nhóm zalo',
    'soan tin nhan ve tien an trua mau giao 160 nghin cho ho can ngheo',
  ])('%s → a right figure, or none, is not corrected', (question) => {
    expect(textOf(question)).not.toContain('Không đúng');
  });

  // review5 M5: a household's income or a loan wanted is no claim about the line or a support's amount (was "Không đúng: 6.000.000
  // đồng không phải là mức của chuẩn nghèo…", "Không đúng: không có căn cứ cho mức 50.000.000 đồng của hỗ trợ nhà ở").
  it.each([
    'tom tat chuan ngheo 2026 cho nha 4 nguoi thu nhap 6 trieu de gui ba con',
    'tom tat ho tro nha o cho ho ngheo, nha tui muon vay 50 trieu sua nha',
  ])('%s → the resident’s own figure is not contradicted', (question) => {
    const text = textOf(question)!;
    expect(text).not.toContain('Không đúng');
    expect(text).not.toContain('6.000.000');
    expect(text).not.toContain('50.000.000');
  });
});

describe('item 14: paste-ready texts are whole', () => {
  it.each([
    'tóm tắt cho bà con biết hộ nghèo được hỗ trợ những gì năm 2026',
    'soạn tin nhắn ngắn về hộ cận nghèo được hỗ trợ gì',
    'Tóm tắt cho bà con thủ tục đăng ký xét hộ nghèo, ngắn gọn dễ hiểu',
    'Soạn thông báo ngắn về việc rà soát hộ nghèo cuối năm 2026 để đọc trên loa xã',
    'soạn tin zalo: hộ mới thoát nghèo có còn được vay vốn không',
    'soạn tin ngắn gửi nhóm zalo về trợ cấp hưu trí xã hội cho người 70 tuổi hộ nghèo',
  ])('%s', (question) => {
    expectWithinBudget(textOf(question)!);
  });

  it('the review steps a household needs are there, the one it files (Mẫu số 04) included', () => {
    const text = textOf('Tóm tắt cho bà con thủ tục đăng ký xét hộ nghèo, ngắn gọn dễ hiểu')!;
    // Round 23 (phone-round23-phones2): a post of at most 5 lines, two steps (was every step, 6 bullets).
    const steps = procedureSteps(rules, TODAY).filter((candidate) => !candidate.classes);
    const filed = steps.find((step) => step.text.includes('Mẫu số 04') && step.about?.includes('review_request'))!;
    // said to bà con (findings36 N36-15), with its status (round 26: QĐ 24/2021 Điều 5 is [M], tham khảo); the one text of the step (round 30)
    // The status before the step's full stop since round 36 (staff24, `tagged`).
    expect(text.split('\n').slice(1, 3)).toContain(`- ${tagged(forReaders(filed.text), 'reported')}`);
    expect(text.split('\n').length).toBeLessThanOrEqual(5);
  });

  it('soạn tin zalo về hỗ trợ làm nhà cho hộ nghèo năm 2026 → the housing support, not the list', () => {
    const text = textOf('soạn tin zalo về hỗ trợ làm nhà cho hộ nghèo năm 2026')!;
    expect(text.split('\n')[0]).toContain('Hỗ trợ nhà ở');
    expect(text).not.toContain('Hộ nghèo được hỗ trợ');
  });
});
