/**
 * Round 18 (lists, 03/12/2026): cells as cadres type them in the commune's list — a review date "15-11-2026" or
 * "15.11.2026", a household size "4 người", "5 khẩu". Classes by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural
 * line 1.500.000 đ per person per month; at or under it, < 3 deprivations = near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(text: string) {
  const { outcome, rows } = await classifyInProcess(rules, csvSource(text), '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows };
}

describe('cells as cadres type them', () => {
  const list =
    'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Thiếu hụt,Ngày rà soát\n' +
    '1,Nguyễn Văn An,NT,4 người,1.200.000,BHYT,15-11-2026\n' + // near-poor
    '2,Trần Thị Bình,NT,5 khẩu,1.400.000,,16.11.2026\n' + // near-poor
    '3,Lê Văn Cường,NT,3 nhân khẩu,1.000.000,,17/11/2026\n' + // near-poor
    ',Cộng,,12,,,\n';

  it('“15-11-2026” and “15.11.2026” are the review dates (was: “không có thật hoặc sai dạng”)', async () => {
    const { rows } = await run(list);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.ngay])).toEqual([
      ['2', 'near_poor', '15/11/2026'], ['3', 'near_poor', '16/11/2026'], ['4', 'near_poor', '17/11/2026'], ['5', 'footer', ''],
    ]);
  });

  it('“4 người”, “5 khẩu”, “3 nhân khẩu” are the household sizes, summed by the “Cộng” under them (was: refused, “phải là số nguyên”)', async () => {
    const { rows, summary } = await run(list);
    expect(summary).toMatchObject({ classified: 3, rejected: 0 });
    expect(rows[0]!.ly_do).not.toContain('số người');
    expect(rows[3]!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 2–4 (Số khẩu 12)');
  });

  // Round 23: "4 ng" is 4 people (the chat's MEMBER_NOUNS, "ng" = người); "4 hộ" counts no people.
  it('a size that is no count of people (“4 hộ”, “bốn”) a date of two separators (“15-11/2026”) and a day that does not exist (“31-11-2026”) are still refused (guard)', async () => {
    const { rows } = await run('Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Ngày rà soát\nA,NT,4 hộ,1.200.000,\nB,NT,bốn,1.200.000,\nC,NT,4,1.200.000,15-11/2026\nD,NT,4,1.200.000,31-11-2026\n');
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error', 'error', 'error']);
  });
});
