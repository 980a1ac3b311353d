/**
 * Round 34 (commune cadres' lists, helper lists18): a row refused that holds a cell naming a group of the list (“Tổ 3”,
 * “Thôn 2”) says what to do with it: a heading row on its own, a “Cộng tổ 3” row, or a household with its tổ in the thôn/ấp
 * column; was only the generic reason (“chưa ghi khu vực”, “số người “Tổ 3” phải là số nguyên…”, “không rõ…”). “TDP 3”
 * alone on a row is a group heading, as “Tổ dân phố số 3” was (tdp: the places lexicon's short form of “tổ dân phố”).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const { saved, run } = excelCsvLists('groups-round34-lists18', rules, '2026-12-05');
const HINT = /Ô “Tổ 3” \(cột “[^”]+”\) là tên tổ, thôn, ấp: nếu là dòng đầu nhóm, hãy để “Tổ 3” một mình trên dòng; nếu là dòng cộng của nhóm, hãy ghi “Cộng tổ 3”; nếu là một hộ, hãy ghi “Tổ 3” ở cột “Thon ap”/;

describe('Phường Hòa Bình (CSV): a cell “Tổ 3” on a refused row says what it may be', () => {
  it('tells a heading, a total line or a household, whichever column “Tổ 3” was typed in', async () => {
    const { rows } = await run(
      saved('hoa-binh.csv', [
        'Ho ten chu ho,Thon ap,Khu vuc,So khau,Thu nhap binh quan,Ghi chu',
        'Tổ 3,,NT,,,',
        ',,Tổ 3,2,,',
        'Lê Thị Hường,,tt,Tổ 3,2.500.000,',
        'Tổ 3,,,3,3000000,',
        'Ng Van Tam,Tổ 3,tt,4,1.900.000,ko co',
      ]),
    );
    const reason = (line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error', 'error', 'error', 'near_poor']);
    for (const line of [2, 3, 4, 5]) expect(reason(line)).toMatch(HINT);
    // The reason itself still comes first.
    expect(reason(4)).toMatch(/^Cột So khau \(so_nguoi\): số người “Tổ 3” phải là số nguyên/);
    // A household with “Tổ 3” in its thôn/ấp column is read as before, no hint.
    expect(reason(6)).not.toContain('tên tổ, thôn, ấp');
  });

  it('“TDP 3” alone on a row heads a group, as “Tổ dân phố số 3” does', async () => {
    const { rows } = await run(
      saved('tdp.csv', [
        'Ho ten chu ho,Khu vuc,So khau,Thu nhap binh quan',
        'TDP 3,,,',
        'Phan Văn Tư,tt,4,1.900.000',
        'Tổ dân phố số 4,,,',
        'Phan Thị Năm,tt,3,2.500.000',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thon_ap])).toEqual([
      ['2', 'footer', ''],
      ['3', 'near_poor', ''],
      ['4', 'footer', ''],
      ['5', 'middle', ''],
    ]);
  });
});
