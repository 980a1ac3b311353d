/**
 * Round 29 (mend29d): reviewer findings, in residents' words.
 * - A household told in one sentence on 05/12/2026: the 2027–2030 indicators not asked are not counted — the official number is
 *   not known (rules/standards/2027-2030.yaml has no total); was "còn 11 chỉ số thiếu hụt mình chưa hỏi", our list's length.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round29-mend29d');

describe('the 2027–2030 indicators not asked: no count the law has not given', () => {
  it('"nha tui 4 nguoi o que thu nhap 7tr2 1 thang, co dua con bo hoc, la ho gi"', async () => {
    const [result, detail] = await ask('nha tui 4 nguoi o que thu nhap 7tr2 1 thang, co dua con bo hoc, la ho gi', 'chi tiết');
    expect(result).toContain('còn các chỉ số thiếu hụt khác mình chưa hỏi (số chỉ số chính thức chưa rõ)');
    expect(result).not.toMatch(/\d+ chỉ số thiếu hụt mình chưa hỏi/);
    // The names are in "Chi tiết", without a count.
    expect(detail).toMatch(/Các chỉ số thiếu hụt chưa được hỏi: Việc làm, /);
    expect(detail).not.toMatch(/chưa được hỏi \(\d+\)/);
  });

  it('"nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi": nothing told, still no count', async () => {
    const [result] = await ask('nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi');
    expect(result).toContain('mình chưa hỏi các chỉ số thiếu hụt (số chỉ số chính thức chưa rõ)');
    expect(result).not.toMatch(/\d+ chỉ số thiếu hụt mình chưa hỏi/);
  });
});
