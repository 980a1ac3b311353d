/**
 * Round 15: residents' answers during the household check, as they type them: a year's sale named by its harvest ("năm ngoái
 * bán lúa được 105 triệu"), the crops a year answered alone ("2 mùa"), the children told in everyday words ("tụi nhỏ 3 đứa"),
 * Central "răng không" (of course), some members only at an every-member indicator ("co 2 nguoi co bhyt thoi"), and "why was
 * my household not classified poor".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { ask } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round15-answers');

describe('a past year\'s sale named by its harvest is the year\'s income', () => {
  it.each([
    ['năm ngoái bán lúa được 105 triệu', '8.750.000'],
    ['nam ngoai ban heo dc 30 trieu', '2.500.000'],
  ])('"%s" at the income question: ÷ 12, never "tháng hay năm?"', async (typed, monthly) => {
    const [, , reply] = await ask('nha tui 4 nguoi o que', 'Không lưu', typed);
    expect(reply).not.toContain('một tháng hay cả năm');
    expect(reply).toContain(`Thu nhập cả hộ: ${monthly} đồng/tháng`);
    expect(reply).toContain('Câu 4/15');
  });

  it('"nam nay ban lua dc 30 trieu" (this year: a time) is still asked', async () => {
    const [, , reply] = await ask('nha tui 4 nguoi o que', 'Không lưu', 'nam nay ban lua dc 30 trieu');
    expect(reply).toContain('30 triệu là một tháng hay cả năm?');
  });
});
