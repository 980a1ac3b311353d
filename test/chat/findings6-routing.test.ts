/**
 * Outreach and cadre requests of findings6 item 13 answered from the right source, in the tester's words (and without
 * diacritics): a summary of a document named by its number quotes that document (not a letter citing it); a household
 * that disagrees with the village meeting's result, or asks where to complain, gets rules/reference.yaml's entry (written
 * reasons, Mẫu số 04, and that the complaint path is not in the data: UBND cấp xã), not the standard's explainer; a
 * request for an FAQ on a class is answered from the rules data, not with a Party resolution's paragraph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(() => harness?.close());

describe('findings6 item 13: the right source', () => {
  it.each(['Tóm tắt Nghị quyết 05-NQ/TU Trà Vinh về giảm nghèo cho bà con', 'tom tat nghi quyet 05-nq/tu tra vinh ve giam ngheo'])(
    '%s → NQ 05-NQ/TU itself',
    async (question) => {
      const { text } = await harness.say(question);
      expect(text).toContain('Nguồn: NQ 05-NQ/TU, Tỉnh ủy Trà Vinh');
      expect(text).not.toContain('3286');
    },
  );

  it.each([
    'Hộ không đồng ý với kết quả bình xét ở thôn thì làm gì?',
    'ho ko dong y ket qua binh xet o thon thi lam sao',
    'Soạn tin ngắn: người bị xóa tên khỏi danh sách hộ nghèo thì khiếu nại ở đâu',
  ])('%s → written reasons, Mẫu số 04, the complaint path not known', async (question) => {
    const { text } = await harness.say(question);
    const entry = harness.app.rules.reference.find((candidate) => candidate.id === 'disagreeing_result')!;
    expect(text).toContain(entry.title);
    // An answer says each line as written; a text to share ("Soạn tin ngắn") as to bà con, its `shared` wording (round 15).
    for (const line of entry.lines) expect([line.text, ('shared' in line && line.shared) || line.text].some((said) => text.includes(said.replace(/\.$/, '')))).toBe(true);
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('(chưa rõ)');
    expect(text).not.toContain('xét hai mặt');
  });

  it.each([
    'Soạn 5 câu hỏi đáp (FAQ) thường gặp về hộ cận nghèo để đăng lên trang của xã',
    'soan 5 cau hoi dap thuong gap ve ho can ngheo de dang len trang cua xa',
  ])('%s → the rules data for near-poor households, not a resolution’s paragraph', async (question) => {
    const { text } = await harness.say(question);
    expect(text).toContain('Hộ cận nghèo được hỗ trợ');
    expect(text).not.toContain('NQ 41-NQ/TU');
  });
});
