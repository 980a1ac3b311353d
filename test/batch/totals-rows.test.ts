/**
 * review7 MUST 1: a household named "Cộng Tố Nga" or "Cộng Xã Đoài" with one empty cell was taken for the total line and
 * not counted, even in the middle of the list, with "0 dòng lỗi". A total line is "Cộng"/"Tổng cộng"/"Tổng số" alone, or
 * before a number or a whole phrase ("Cộng toàn thôn 12 hộ", "Tổng cộng tổ dân phố 3"); one with households after it is an
 * error row, named on stderr.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { decodeText } from '../../src/batch/encoding.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();

async function run(name: string) {
  const decoded = decodeText(readFileSync(fileURLToPath(new URL(`fixtures/review7/${name}`, import.meta.url))));
  if (!decoded.ok) throw new Error(decoded.message);
  const { outcome, rows, problems } = await classifyInProcess(rules, csvSource(decoded.text), '2026-12-01');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, report: formatSummary(rules, outcome.summary) };
}

describe('“Cộng Tố Nga” is a household; a total line in the middle of the list is shown, never dropped (review7 M1)', () => {
  it('a commune list with “Cộng Tố Nga”, “Cộng Xã Đoài”, a mid-list “Cộng”, a real “Cộng”, “Cộng toàn thôn 12 hộ”', async () => {
    const { rows, summary, problems, report } = await run('cong-to-nga.csv');
    // 2: xã (rural) 1.400.000 ≤ 1.500.000, 1 lack → near-poor. 3 “Cộng Tố Nga” (no income) and 4 “Cộng Xã Đoài” (no
    // members): households with a cell missing → error rows (before: total lines, not counted). 5: 1.400.000, no lack →
    // near-poor. 6 “Cộng” with household 7 under it → error row naming why (before: dropped). 7: 2.500.000 > 2.250.000 →
    // none. 8 “Cộng”, 9 “Cộng toàn thôn 12 hộ”, 10 “Tổng cộng tổ dân phố 3” at the end → total lines.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['2', 'near_poor'], ['3', 'error'], ['4', 'error'], ['5', 'near_poor'], ['6', 'error'], ['7', 'none'],
      ['8', 'footer'], ['9', 'footer'], ['10', 'footer'],
    ]);
    expect(summary).toMatchObject({ rows: 6, classified: 3, rejected: 3, footerRows: [8, 9, 10], totalRows: [8, 9, 10] });
    expect(problems.map((problem) => problem.line)).toEqual([3, 4, 6]);
    expect(rows[4]!.ly_do).toContain('dòng “Cộng” đọc như dòng cộng các hộ ở trên (dưới nó còn hộ, dòng 7), không phải hộ. Cần xem lại: số ở dòng này khác tổng các dòng 2–5 (Số người: dòng này ghi 5, cộng các dòng là 8)');
    expect(report).toContain('3 dòng lỗi');
    expect(report).toContain('dòng 8, 9, 10');
  });
});
