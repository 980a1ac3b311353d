/**
 * Round 18 (lists, 03/12/2026): a commune's list by ấp whose "Cộng ấp" rows give the year's income ("57,6 triệu/năm"), as
 * cadres copy the figure from the yearly report. Classes by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line
 * 1.500.000 đ per person per month; at or under it, ≥ 3 deprivations = poor, else near-poor; above it, not poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(text: string) {
  const { outcome, rows, problems } = await classifyInProcess(rules, csvSource(text), '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, said: (line: string) => rows.find((row) => row.dong === line)!.ly_do };
}

describe('a “Cộng ấp” row giving the year’s income', () => {
  it('under “Tổng thu nhập năm”, its “57,6 triệu/năm” is the year’s 57.600.000, equal to the ấp’s (was: read as 4.800.000 a month, “khác tổng”)', async () => {
    const { said } = await run(
      'STT;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Tổng thu nhập năm;Thiếu hụt\n' +
        '1;Nguyễn Văn An;Ấp 1;NT;4;57.600.000;BHYT\n' + // 57.600.000 ÷ 12 ÷ 4 = 1.200.000 → near-poor
        ';Cộng ấp 1;;;4;57,6 triệu/năm;\n' +
        '2;Lê Thị Bình;Ấp 2;NT;3;50.400.000;\n' + // 50.400.000 ÷ 12 ÷ 3 = 1.400.000 → near-poor
        ';Cộng ấp 2;;;3;4,2 triệu/tháng;\n',
    );
    expect(said('3')).toContain('Số ở dòng này bằng tổng dòng 2 (Số nhân khẩu 4, Tổng thu nhập năm 57.600.000).');
    expect(said('3')).not.toContain('Cần xem lại');
    expect(said('5')).toContain('Số ở dòng này bằng tổng dòng 4 (Số nhân khẩu 3, Tổng thu nhập năm “4,2 triệu/tháng”, tức 50.400.000 cả năm).');
  });

  it('under a month’s column it says the year’s figure as written and the month it is; a wrong one is named so', async () => {
    const { said } = await run(
      'STT;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n' +
        '1;Nguyễn Văn An;Ấp 1;NT;4;4.800.000;BHYT\n;Cộng ấp 1;;;4;57,6 triệu/năm;\n' +
        '2;Lê Thị Bình;Ấp 2;NT;3;4.200.000;\n;Cộng ấp 2;;;3;60 triệu/năm;\n',
    );
    expect(said('3')).toContain('Số ở dòng này bằng tổng dòng 2 (Số nhân khẩu 4, Tổng thu nhập của hộ/tháng “57,6 triệu/năm”, tức 4.800.000 mỗi tháng).');
    expect(said('5')).toContain('Cần xem lại: số ở dòng này khác tổng dòng 4 (Tổng thu nhập của hộ/tháng: dòng này ghi “60 triệu/năm”, tức 5.000.000 mỗi tháng, cộng các dòng là 4.200.000).');
  });

  it('a “Cộng ấp 1” row with its Khu vực typed too (“NT” filled down) is the ấp’s subtotal, not a household of 4 at 1.200.000 (was: classified hộ cận nghèo)', async () => {
    const { rows, summary, said } = await run(
      'STT;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n' +
        '1;Nguyễn Văn An;Ấp 1;NT;4;4.800.000;BHYT\n' +
        ';Cộng ấp 1;Ấp 1;NT;4;57,6 triệu/năm;\n' +
        '2;Lê Thị Bình;Ấp 2;NT;3;4.200.000;\n',
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'footer'], ['4', 'near_poor']]);
    expect(summary).toMatchObject({ rows: 2, classified: 2, rejected: 0, subtotalRows: [3] });
    expect(said('3')).toContain('Dòng “Cộng ấp 1” là dòng cộng của một nhóm hộ (ấp, thôn…) giữa danh sách, không phải hộ: không tính.');
  });

  it('a household named “Cộng Văn Hải” with its area is still a household (guard)', async () => {
    const { rows } = await run('STT;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n1;Cộng Văn Hải;NT;4;4.800.000;BHYT\n');
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor']]);
  });
});
