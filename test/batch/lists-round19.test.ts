/**
 * Round 19 (lists, 03/12/2026): what the last round left in commune cadres' lists — a row shifted by a stray quote or an
 * extra cell named a person as its thôn/ấp in the summary; the member rows of a refused household said it was classified;
 * "2026/11/15" and "15/11/26" were refused; a list without an area column under a title "… XÃ TÂN PHÚ" was refused. Classes
 * by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ per person per month, rural middle up to
 * 2.250.000; urban line 2.000.000; at or under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

const rules = loadRules();
const workbook = workbooks('lists-round19');

async function run(list: TableSource) {
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, notes: outcome.notes, text: formatSummary(rules, outcome.summary) };
}

async function refusal(list: TableSource): Promise<string> {
  const { outcome } = await classifyInProcess(rules, list, '2026-12-03');
  return outcome.ok ? '' : outcome.message;
}

const HEADER = ['STT', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ người/tháng', 'Thiếu hụt'];
const villageLines = (text: string) => text.split('\n').filter((line) => /^ {2}\S.*: \d+ hộ/.test(line));

describe('review dates as cadres type them', () => {
  it('“2026/11/15” and “15/11/26” are 15/11/2026, the two-digit year said (was: “không có thật hoặc sai dạng”)', async () => {
    const book = await workbook('ngay.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'Thu nhập BQ người/tháng', 'Thiếu hụt', 'Ngày rà soát']);
      sheet.addRow([1, 'Nguyễn Văn An', 'NT', 4, 1_200_000, 'BHYT', '2026/11/15']);
      sheet.addRow([2, 'Trần Thị Bình', 'NT', 5, 1_400_000, '', '15/11/26']);
      sheet.addRow([3, 'Lê Văn Cường', 'NT', 3, 1_000_000, '', '5-1-26']);
    });
    const { rows } = await run(book);
    expect(rows.map((row) => [row.ma_phan_loai, row.ngay])).toEqual([['near_poor', '15/11/2026'], ['near_poor', '15/11/2026'], ['near_poor', '05/01/2026']]);
    expect(rows[0]!.ly_do).not.toContain('Ô ngày');
    expect(rows[1]!.ly_do).toContain('Ô ngày ghi “15/11/26” (năm hai chữ số), đọc là 15/11/2026.');
  });

  it('a day that does not exist, or one of three-digit year, is still refused (guard)', async () => {
    const { rows } = await run(
      csvSource('Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Ngày rà soát\nA,NT,4,1.200.000,31/11/26\nB,NT,4,1.200.000,2026/13/01\nC,NT,4,1.200.000,15/11/026\nD,NT,4,1.200.000,2026/11-15\n'),
    );
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error', 'error', 'error']);
    expect(rows[0]!.ly_do).toContain('ngày “31/11/26” không có thật hoặc sai dạng');
  });
});
