/**
 * Round 22 (law helper, 04/12/2026): the law in December 2026 and from 01/01/2027 as residents and cadres ask it. Each case
 * fails on the round-21 code (5e3ccc6) unless marked a guard. Statuses and figures are those of shared/facts
 * (updates-2026.md over the older files), worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law22law');

describe('the ongoing review cited by its article (QĐ 24/2021 Điều 5) is "tham khảo" everywhere', () => {
  // updates-2026.md: Điều 5 (ongoing review, Mẫu số 04, 15 days, written reasons) is [M]; the refusal line citing it was
  // already "tham khảo", the sudden-hardship line citing the same article was shown as verified (no label).
  it.each(['nha bi lu cuon het co dc xet ho ngheo lien ko', 'chong tui mat viec nha kho qua xin vao ho ngheo ngay dc ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).toContain('hộ nộp Giấy đề nghị để được rà soát thường xuyên hằng tháng (bước dưới); hộ được công nhận hay không là theo kết quả rà soát, không phải ngay khi nộp (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
  });

  it('every line of the data citing an article of QĐ 24/2021 has the status of the article (reported), never verified', () => {
    const rules = loadRules();
    const cited = [
      ...rules.reference.flatMap((entry) => entry.lines.map((line) => ({ where: entry.id, basis: line.basis, status: line.status }))),
      ...rules.procedure.steps.map((step, index) => ({ where: `procedure ${index}`, basis: step.basis, status: step.status })),
      ...rules.supports.flatMap((support) => support.variants.map((variant) => ({ where: support.id, basis: variant.basis, status: variant.status }))),
    ].filter((line) => /Quyết định 24\/2021\/QĐ-TTg,? Điều \d/.test(line.basis));
    expect(cited.length).toBeGreaterThan(1);
    for (const line of cited) expect(line.status, `${line.where}: ${line.basis}`).not.toBe('verified');
  });
});
