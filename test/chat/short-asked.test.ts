/**
 * Outreach short texts keep what was asked for (findings3 items 13, 16), in the tester's words: a support's line
 * says who qualifies and where to apply (legal aid: Trung tâm trợ giúp pháp lý nhà nước của tỉnh; social pension:
 * both classes named, 70 to under 75, UBND cấp xã), tuition says every public-school pupil is exempt (NQ 217/2025),
 * the procedure line asked for comes first ("không còn huyện" → the district line), a question about personal data
 * gets rules/reference.yaml's entry, a document's summary is not answered with a supports list, a summary of the
 * 2027 indicator changes lists them (changesBetween). Every text stays
 * within SHORT_TEXT_DEFAULTS.maxChars with one "Nguồn" line.
 */
import { describe, expect, it } from 'vitest';
import { changesBetween, loadRules, supportsFor } from '../../src/rules/index.ts';
import { shortAnswer } from '../../src/chat/short.ts';
import { expectWithinBudget } from './short-budget.ts';

const rules = loadRules();
const TODAY = '2026-12-01';
const textOf = (question: string) => {
  const answer = shortAnswer(rules, question, TODAY);
  return answer?.replies[0]?.spans.map((span) => span.text).join('');
};
const support = (id: string, classification: 'poor' | 'near_poor') => supportsFor(rules, classification, TODAY).find((candidate) => candidate.id === id)!;

describe('a short text keeps the line asked for', () => {
  it('“… trợ giúp pháp lý miễn phí ở đâu”: where to apply is shown', () => {
    const text = textOf('soạn tin ngắn: hộ nghèo được trợ giúp pháp lý miễn phí ở đâu')!;
    expect(text).toContain(`Nơi làm: ${support('legal_aid', 'poor').whereToApply}`);
    // Round 24 (phones5): the support named in the heading only.
    expect(text).toContain('Hộ nghèo: Thành viên hộ nghèo được trợ giúp pháp lý miễn phí');
  });

  it('social pension: both classes named share one line with the age rule, and UBND cấp xã', () => {
    const text = textOf('soạn tin zalo: người 70-75 tuổi thuộc hộ nghèo, cận nghèo được trợ cấp hưu trí xã hội, làm hồ sơ ở đâu')!;
    expect(text).toMatch(/Hộ (cận nghèo, hộ nghèo|nghèo, hộ cận nghèo) \(chỉ khi có thành viên từ 70 đến dưới 75 tuổi\): [^\n]*trợ cấp hưu trí xã hội/);
    expect(text).toContain('từ 70 đến dưới 75 tuổi');
    expect(text).toContain(`Nơi làm: ${support('social_pension', 'poor').whereToApply}`);
  });

  it('tuition: the exemption of every public-school pupil is said, not only for the class asked', () => {
    const text = textOf('soan thong bao loa xa ve ho tro hoc phi cho con em ho ngheo')!;
    expect(text).toContain('mọi học sinh trường mầm non và phổ thông công lập được miễn học phí');
  });

  it('“… không còn huyện”: the procedure line about the district comes first', () => {
    const text = textOf('viết thông báo: từ năm 2026 thủ tục hộ nghèo nộp ở UBND xã, không còn huyện')!;
    expect(text.split('\n')[1]).toContain('cấp huyện');
  });

  it('personal data: the rules/reference.yaml entry, not a supports list', () => {
    const text = textOf('soạn tin gửi nhóm: chia sẻ kết quả kiểm tra hộ nghèo có an toàn thông tin cá nhân không')!;
    const entry = rules.reference.find((candidate) => candidate.id === 'personal_data')!;
    expect(text).toContain(entry.title);
    expect(text).toContain(entry.lines[0]!.text.replace(/\.$/, ''));
    expect(text).not.toContain('được hỗ trợ');
  });

  it('a resolution’s summary is not answered with a supports list (left to the documents)', () => {
    expect(textOf('tóm tắt ngắn gọn 5 ý chính Nghị quyết 05-NQ/TU Trà Vinh về giảm nghèo')).toBeUndefined();
  });

  it('“tóm tắt thay đổi chỉ số thiếu hụt năm 2027”: the indicator changes of 01/01/2027 from the rules data, nothing else', () => {
    const text = textOf('tóm tắt thay đổi chỉ số thiếu hụt năm 2027 trong 3 gạch đầu dòng')!;
    const changes = changesBetween(rules, '2026-12-31', '2027-01-01').filter((change) => change.kind === 'indicator');
    expect(changes.length).toBeGreaterThan(0);
    // Every indicator added, carried on under its new name or removed, on one line (findings33 O11).
    for (const change of changes) expect(text).toContain(`“${change.kind === 'indicator' ? change.name : ''}”`);
    expect(text).toContain('Phương tiện phục vụ tiếp cận thông tin');
    expect(text).not.toContain('2.200.000');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP.');
  });

  it.each([
    'tóm tắt thay đổi chỉ số thiếu hụt năm 2027 trong 3 gạch đầu dòng',
    'soạn tin ngắn: hộ nghèo được trợ giúp pháp lý miễn phí ở đâu',
    'soạn tin zalo: người 70-75 tuổi thuộc hộ nghèo, cận nghèo được trợ cấp hưu trí xã hội, làm hồ sơ ở đâu',
    'viết thông báo: từ năm 2026 thủ tục hộ nghèo nộp ở UBND xã, không còn huyện',
    'soạn tin gửi nhóm: chia sẻ kết quả kiểm tra hộ nghèo có an toàn thông tin cá nhân không',
    'viet tin ngan: ho ngheo vay von o dau',
  ])('“%s” has one source line and no sentence cut', (question) => {
    const text = textOf(question)!;
    expectWithinBudget(text);
    expect(text.match(/^Nguồn: .+\.$/gm)).toHaveLength(1);
  });
});

/**
 * Outside testers, round 7: a short text about a household's class as a result carries, once, that the result is for
 * reference and the Chủ tịch UBND cấp xã decides recognition (DECISION_NOTE); a text about supports only does not need it.
 */
describe('a short text about a household class result says who decides', () => {
  it.each([
    'soạn tin zalo ngắn: nhà 4 người ở quê thu nhập 5 triệu là hộ cận nghèo',
    'soan tin zalo ngan bao ket qua ho can ngheo cho ba con',
    'soạn tin nhắn zalo ngắn thông báo kết quả kiểm tra hộ nghèo',
    'soan tin zalo ngan bao nha ba nam duoc cong nhan ho can ngheo thi dc ho tro gi',
    'viet tin zalo: ho ong ba thuoc ho ngheo, dc huong bhyt bao nhieu',
  ])('“%s”: the note once, before where to ask', (question) => {
    const text = textOf(question)!;
    expect(text.split('chỉ để tham khảo, không phải quyết định chính thức').length - 1).toBe(1);
    expect(text).toContain('do Chủ tịch UBND cấp xã quyết định sau khi rà soát');
  });

  it('a list of supports asked for without a result has no note', () => {
    expect(textOf('soạn tin zalo ngắn: hộ cận nghèo được hỗ trợ gì')).not.toContain('chỉ để tham khảo, không phải quyết định');
  });
});
