/**
 * Round 11: day and seasonal wage work. The employment indicator (NĐ 07/2021/NĐ-CP Phụ lục, kept for 2026 by NĐ 351/2025/NĐ-CP;
 * the 2027–2030 draft keeps it, updates-2026.md): deprived when a working-age member is unemployed or works for wages without a
 * labour contract. "Không hợp đồng" said → deprived; day or seasonal wage work with the contract not said ("phụ hồ", "làm thuê
 * thời vụ", "làm công nhật") → not known (unsure), never "không thiếu hụt".
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { loadRules } from '../../src/rules/index.ts';
import { answerWithText, interviewSteps } from '../../src/chat/interview.ts';
import type { Interview } from '../../src/chat/session.ts';

const DAY = '2026-12-02';
const { read } = readerOn(DAY);

describe('wage work without a contract said: the employment deprivation', () => {
  it.each([
    'nha 4 nguoi o que, thu nhap 5 trieu, chong lam thue theo ngay, khong hop dong',
    'nha 3 nguoi o xa, 4 trieu, tui lam cong nhat ko hop dong',
    'nha 4 nguoi o que 5tr, ck lam thue theo ngay ko co hd',
  ])('"%s"', (text) => {
    expect(read(text).understood.deprivations).toContain('employment');
  });
});

describe('day or seasonal wage work, contract not said: not known, not "met"', () => {
  it.each([
    'nha 3 nguoi o que, 4 trieu, chong di phu ho',
    'nha 4 nguoi o xa thu nhap 5tr, vo lam thue thoi vu',
    'nha tui 4 nguoi dưới quê, ổng làm công nhật, kiếm chừng 5 triệu',
    'nha 4 nguoi o ap, ck lam thue theo ngay dc 5 trieu',
  ])('"%s"', (text) => {
    const understanding = read(text);
    expect(understanding.understood.unsure).toContain('employment');
    expect(understanding.understood.deprivations).not.toContain('employment');
    expect(understanding.notMentioned).not.toContain('employment');
  });

  it('"ko ai lam cong nhat" negated says nothing', () => {
    expect(read('nha 4 nguoi o que 5tr, ko ai lam cong nhat').understood.unsure).not.toContain('employment');
  });

  it('typed at the employment question, "phụ hồ", "lam thue thoi vu" are answered "không rõ", never "không"', () => {
    const rules = loadRules();
    const steps = interviewSteps(rules, DAY);
    const position = steps.findIndex((step) => step.kind === 'indicator' && step.indicator.id === 'employment');
    const interview = { position, area: 'rural', members: 4, income: { amount: 5_000_000, perPerson: false }, answers: {}, reviewed: true } as unknown as Interview;
    for (const text of ['chồng đi phụ hồ', 'lam thue thoi vu']) {
      const outcome = answerWithText(interview, text, rules, DAY);
      expect(outcome.ok && outcome.interview.answers.employment).toBe('unsure');
    }
  });
});
