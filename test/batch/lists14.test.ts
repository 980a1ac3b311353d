/**
 * Round 14 (cadres' lists, findings N38-71): a list with a column of its own for each indicator, its cells written in everyday
 * words as cadres type them ("ko co bhyt", "nha tam", "chua co nuoc sach", "ko co nha ve sinh"), read through the chat's reader
 * (lexicon household.ts DEPRIVATION_WORDS, one vocabulary); what says nothing of the column's indicator ("wifi" under "BHYT")
 * still refuses its row, naming the row and the column. Classes by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural
 * line 1.500.000 đ/người/tháng; at or under it, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(text: string) {
  const { outcome, rows, problems } = await classifyInProcess(rules, csvSource(text), '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { rows: rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut]), problems };
}

const HEADER = 'Mã hộ,Khu vực,Số NK,TNBQ,BHYT,Chất lượng nhà ở,Nước sạch,Nhà tiêu\n';

describe('N38-71: everyday words in an indicator’s own column are read as the chat reads them', () => {
  it('“ko co bhyt”, “nha tam”, “chua co nuoc sach”, “ko co nha ve sinh”: each its column’s lack (was: every row refused)', async () => {
    const { rows, problems } = await run(
      `${HEADER}A1,nt,4,1200000,ko co bhyt,nha tam,chua co nuoc sach,ko co nha ve sinh\n` +
        'A2,nt,4,1200000,ko co the bhyt,,chưa có nước sạch,\n' +
        'A3,nt,4,1200000,x,nhà tạm bợ,,hok co nha ve sinh\n' +
        'A4,nt,4,1200000,có bhyt,,co nuoc may,\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      ['A1', 'poor', 'health_insurance housing_quality water_source sanitation'],
      ['A2', 'near_poor', 'health_insurance water_source'],
      ['A3', 'poor', 'health_insurance housing_quality sanitation'],
      // "có bhyt", "có nước máy": the household has them, as the chat reads it.
      ['A4', 'near_poor', ''],
    ]);
  });

  it('“wifi” under “BHYT”, “ko co bhyt” under “Nước sạch”: refused, row and column named, the other rows kept', async () => {
    const { rows, problems } = await run(`${HEADER}B1,nt,4,1200000,wifi,,,\nB2,nt,4,1200000,,,ko co bhyt,\nB3,nt,4,1200000,ko co bhyt,,,\n`);
    expect(rows.map((row) => row[1])).toEqual(['error', 'error', 'near_poor']);
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([[2, 'BHYT'], [3, 'Nước sạch']]);
    expect(problems[0]!.message).toContain('“wifi” không rõ là có thiếu hụt hay không');
  });

  it('the deprivation list column reads the same words: “xai nuoc suoi, nha dot nat”, “di ve sinh ngoai dong”, “ko co wifi”', async () => {
    const { rows, problems } = await run(
      'Mã hộ,Khu vực,Số NK,TNBQ,Thiếu hụt\nD1,nt,4,1200000,"xai nuoc suoi, nha dot nat, ko co bhyt"\nD2,nt,4,1200000,di ve sinh ngoai dong\nD3,nt,4,1200000,ko co wifi\nD4,nt,4,1200000,wifi\n',
    );
    // Was: “không biết chỉ số “xai nuoc suoi”” (and “nat”, “di ve sinh ngoai dong”, “ko co wifi”): those rows refused.
    expect(rows).toEqual([
      ['D1', 'poor', 'health_insurance housing_quality water_source'],
      ['D2', 'near_poor', 'sanitation'],
      ['D3', 'near_poor', 'telecom'],
      ['D4', 'error', ''],
    ]);
    // "wifi" alone says no lack: refused, row and column named.
    expect(problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([[5, 'thieu_hut', expect.stringContaining('không biết chỉ số “wifi”')]]);
  });

  it('guard: “1” alone under a column naming only the indicator is still asked (has the card, or lacks it?)', async () => {
    const { problems } = await run(`${HEADER}C1,nt,4,1200000,1,,,\n`);
    expect(problems[0]!.message).toContain('“1” là có BHYT hay thiếu BHYT?');
  });
});
