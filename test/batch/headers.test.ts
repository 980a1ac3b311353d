/**
 * A commune's own export read as it is (findings3 item 10): the header words cadres use ("Số nhân khẩu",
 * "Tổng thu nhập/tháng"), title rows above the header, indicator names as written ("tiếp cận thông tin",
 * old and draft names, without diacritics), and no row ever dropped: a row that cannot be read keeps its
 * place in the results with its Vietnamese reason and is counted in the summary. Classes by hand, 2026
 * (NĐ 07/2021 Điều 3 kept by NĐ 351/2025): rural line 1.500.000 đ, middle up to 2.250.000 đ; urban line
 * 2.000.000 đ; at or under the line, poor with ≥ 3 deprivations, else near-poor.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { columnOfHeader } from '../../src/batch/header-words.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 180_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'batch-headers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', ...args], { cwd: root, encoding: 'utf8' });

const rules = loadRules();

/** Runs the list through the batch's reader and classifier in process; rows keyed by the result columns. */
async function classify(text: string, defaultDate = '2026-12-01') {
  const { outcome, rows, problems } = await classifyInProcess(rules, csvSource(text), defaultDate);
  return { outcome, rows, problems, byCode: Object.fromEntries(rows.map((r) => [r.ma_ho, r])) };
}

describe('header words cadres use', () => {
  it.each([
    ['Số nhân khẩu', 'so_nguoi'],
    ['Nhân khẩu', 'so_nguoi'],
    ['Số người', 'so_nguoi'],
    ['so_nguoi', 'so_nguoi'],
    ['Tổng thu nhập/tháng', 'tong_thu_nhap'],
    ['Tổng thu nhập của hộ (đồng/tháng)', 'tong_thu_nhap'],
    ['Thu nhập bình quân đầu người/tháng', 'thu_nhap_binh_quan'],
    ['TNBQ (đồng/người/tháng)', 'thu_nhap_binh_quan'],
    ['Thu nhập (đồng/người/tháng)', 'thu_nhap_binh_quan'],
    ['Khu vực (NT/TT)', 'khu_vuc'],
    ['Các chỉ số thiếu hụt', 'thieu_hut'],
    ['Thiếu hụt DVXHCB', 'thieu_hut'],
    ['Chỉ số thiếu hụt chưa rõ', 'khong_ro'],
    ['Ngày rà soát', 'ngay'],
    ['Mã số hộ', 'ma_ho'],
    ['MÃ HỘ', 'ma_ho'],
  ])('“%s” is %s', (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  it.each(['STT', 'Họ tên chủ hộ', 'Ngày sinh chủ hộ', 'Năm sinh', 'Số người phụ thuộc', 'Số người trong độ tuổi lao động', 'Ghi chú', 'Thu nhập'])('“%s” names no column', (header) => {
    expect(columnOfHeader(header)).toBeNull();
  });
});

describe('finding the header row', () => {
  it('skips a title row and a subtitle above the header, says so, and counts them apart from households', async () => {
    const { outcome, rows } = await classify(
      [
        'DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 3,,,,',
        '(Kèm theo biên bản họp thôn),,,,',
        ',,,,',
        'STT,Mã hộ,Khu vực,Số nhân khẩu,Tổng thu nhập/tháng',
        '1,H1,Nông thôn,4,5000000',
        '2,H2,nt,3,9000000',
      ].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000, no deprivation → near-poor; 9.000.000 ÷ 3 = 3.000.000 > 2.250.000 → none.
    expect(rows.map((r) => [r.dong, r.ma_ho, r.ma_phan_loai])).toEqual([['5', 'H1', 'near_poor'], ['6', 'H2', 'none']]);
    expect(outcome.summary.titleRows).toEqual([1, 2]);
    expect(outcome.summary.rows).toBe(2);
    expect(outcome.notes.join('\n')).toContain('“Số nhân khẩu” → so_nguoi');
    expect(formatSummary(rules, outcome.summary)).toContain('(Không tính 2 dòng tiêu đề nằm trên dòng tên cột: dòng 1, 2.)');
  });

  it('a title typed alone above a “;” header decides neither the delimiter nor the width: every column and every row is read', async () => {
    // Hand-computed, 2026 rural: H01 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000, 1 deprivation → near-poor; H02 3.000.000 ÷ 3 = 1.000.000 → near-poor.
    const semicolons = ['DANH SACH HO RA SOAT NAM 2026 - THON 3', 'STT;Mã hộ;Khu vực;Số nhân khẩu;Tổng thu nhập;Thiếu hụt;Ghi chú', '1;H01;nt;4;5000000;bhyt;"ghi chú\nhai dòng"', '2;H02;nt;3;3000000;;'];
    const commas = ['DANH SÁCH HỘ RÀ SOÁT', ...semicolons.slice(1).map((line) => line.replaceAll(';', ','))];
    for (const lines of [semicolons, commas]) {
      const { outcome, rows, problems } = await classify(lines.join('\n'));
      if (!outcome.ok) throw new Error(outcome.message);
      expect(problems).toEqual([]);
      expect(rows.map((r) => [r.dong, r.ma_ho, r.ma_phan_loai, r.chi_so_thieu_hut])).toEqual([['3', 'H01', 'near_poor', 'health_insurance'], ['5', 'H02', 'near_poor', '']]);
      expect(outcome.summary).toMatchObject({ rows: 2, classified: 2, rejected: 0, titleRows: [1] });
    }
  });

  it('a title row that cannot be read is counted apart, and its problem is still said', async () => {
    const { outcome, rows } = await classify(['"DANH SÁCH" HỘ NGHÈO,,', 'Khu vực,Số nhân khẩu,Thu nhập bình quân', 'nt,4,1200000'].join('\n'));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(rows.map((r) => r.ma_phan_loai)).toEqual(['near_poor']);
    expect(outcome.summary.titleRows).toEqual([1]);
    expect(outcome.notes.join('\n')).toContain('Dòng 1 (trên dòng tên cột, không tính): sau dấu ngoặc kép đóng ô còn chữ');
  });

  it('a header that only says “Thu nhập” is refused with that header named, never guessed per person or total', async () => {
    const { outcome } = await classify('Mã hộ,Khu vực,Số nhân khẩu,Thu nhập\nH1,nt,4,5000000\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain('Dòng 1 là dòng tên cột nhưng chưa đủ cột để xét hộ. Tệp thiếu cột Thu nhập bình quân đầu người/tháng (thu_nhap_binh_quan), tên cột được nhận: “Thu nhập bình quân đầu người/tháng”, “TNBQ”, “Thu nhập BQ (đồng/người/tháng)”; hoặc cột Tổng thu nhập của hộ/tháng (tong_thu_nhap)');
    expect(outcome.message).toContain('Cột “Thu nhập” chưa rõ là thu_nhap_binh_quan hay tong_thu_nhap');
  });

  it('no header among the first rows: says where it looked and what a header needs', async () => {
    const { outcome } = await classify(Array.from({ length: 12 }, (_, i) => `Ghi chú ${i + 1},,`).join('\n'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain('Không tìm thấy dòng tên cột trong 10 dòng đầu của tệp');
  });

  it('a second column of the same kind is said, the first is used; a birth date is not the review date', async () => {
    const { outcome, rows } = await classify('Mã hộ,Khu vực,Số người,Số nhân khẩu,Thu nhập bình quân,Ngày sinh chủ hộ\nH1,nt,2,9,1400000,12/05/1960\n');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.notes).toContain('Cột “Số nhân khẩu” và cột “Số người” đều là so_nguoi; dùng cột “Số người”.');
    expect(rows[0]).toMatchObject({ ngay: '01/12/2026', ma_phan_loai: 'near_poor' });
  });
});

describe('indicator names as people write them', () => {
  const list = (date: string, ...cells: [string, string][]) =>
    ['Mã hộ,Khu vực,Số nhân khẩu,Tổng thu nhập/tháng,Thiếu hụt,Ngày', ...cells.map(([code, deprivations]) => `${code},nt,4,4000000,"${deprivations}",${date}`)].join('\n');

  it('names, parts of names, old and draft names, with or without diacritics; one row per household', async () => {
    const { byCode, outcome } = await classify(
      list(
        '01/12/2026',
        ['H1', 'viễn thông, tiếp cận thông tin, nhà tiêu'],
        ['H2', 'vien thong, tiep can thong tin, nha tieu'],
        ['H3', 'Tài sản phục vụ tiếp cận thông tin; Công trình phụ và bhyt'],
        ['H4', 'Bảo hiểm y tế\nNguồn nước sinh hoạt'],
        ['H5', 'không'],
        ['H6', 'nhà tiêu hợp vệ sinh + diện tích nhà ở'],
      ),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(byCode.H1!.chi_so_thieu_hut).toBe('sanitation telecom information_access');
    expect(byCode.H2!.chi_so_thieu_hut).toBe(byCode.H1!.chi_so_thieu_hut);
    expect(byCode.H3!.chi_so_thieu_hut).toBe('health_insurance sanitation information_access');
    expect(byCode.H4!.chi_so_thieu_hut).toBe('health_insurance water_source');
    expect(byCode.H5!.so_chi_so_thieu_hut).toBe('0');
    expect(byCode.H6!.chi_so_thieu_hut).toBe('housing_area sanitation');
    // 4.000.000 ÷ 4 = 1.000.000 ≤ 1.500.000: 3 deprivations → poor, 2 → near-poor.
    expect([byCode.H1, byCode.H3, byCode.H4].map((r) => r!.ma_phan_loai)).toEqual(['poor', 'poor', 'near_poor']);
  });

  it('“nhà ở” names two indicators: the row is kept with the two named, counted as refused, not dropped', async () => {
    const { rows, problems, outcome } = await classify(list('01/12/2026', ['H1', 'nhà ở, bảo hiểm y tế'], ['H2', 'bhyt']));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(rows.map((r) => [r.ma_ho, r.ma_phan_loai])).toEqual([['H1', 'error'], ['H2', 'near_poor']]);
    expect(rows[0]!.ly_do).toBe(
      'Cột Thiếu hụt (thieu_hut): “nhà ở” là nhiều chỉ số: Chất lượng nhà ở (housing_quality), Diện tích nhà ở bình quân đầu người (housing_area); hãy ghi rõ chỉ số nào',
    );
    expect(problems).toEqual([{ line: 2, column: 'thieu_hut', heading: 'Thiếu hụt (thieu_hut)', message: expect.stringContaining('“nhà ở” là nhiều chỉ số') }]);
    expect(outcome.summary).toMatchObject({ rows: 2, classified: 1, rejected: 1 });
  });

  it('codes as the rules data writes them (health_insurance), alone or several separated by spaces, as the README lists them', async () => {
    const { byCode, problems } = await classify(list('01/12/2026', ['H1', 'health_insurance'], ['H2', 'health_insurance water_source sanitation'], ['H3', 'bhyt nuoc']));
    expect(problems).toEqual([]);
    expect(byCode.H1!.chi_so_thieu_hut).toBe('health_insurance');
    expect(byCode.H2!.chi_so_thieu_hut).toBe('health_insurance water_source sanitation');
    expect(byCode.H3!.chi_so_thieu_hut).toBe('health_insurance water_source');
    expect(byCode.H2!.ma_phan_loai).toBe('poor');
  });

  it('an unknown word is named as written; the 2027 name “dịch vụ số” is the 2027 indicator', async () => {
    const { byCode } = await classify(list('15/01/2027', ['H1', 'tiếp cận dịch vụ y tế'], ['H2', 'dịch vụ số, nhà tiêu, bhyt, nước']));
    expect(byCode.H1!.ly_do).toContain('không biết chỉ số “tiếp cận dịch vụ y tế”');
    expect(byCode.H2!.chi_so_thieu_hut).toBe('health_insurance water_source sanitation');
    expect(byCode.H2!.ly_do).toContain('Sử dụng dịch vụ số, Internet');
  });
});

describe('a column of its own for each indicator, marked as cadres mark it', () => {
  // Hand-computed, 2026 (NĐ 07/2021 Điều 3 kept by NĐ 351/2025), rural: 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000.
  // H1: BHYT x, nước X, nhà tiêu “có” → 3 deprivations → poor (before: the marks were ignored, near-poor).
  // H2: BHYT ✓, nước x, nhà tiêu 0, việc làm “-” → 2 → near-poor. H3: nothing marked → 0 → near-poor.
  const header = 'STT,Mã hộ,Khu vực,Số nhân khẩu,Tổng thu nhập,BHYT,Nước sinh hoạt,Thiếu hụt nhà tiêu,Việc làm,Ghi chú';
  it('“x”, “X”, “✓” are deprived, and “có” under a header saying the lack; blank, “-”, and “0” under such a header are not; the marks join the deprivation column', async () => {
    const { byCode, outcome, problems } = await classify(
      [header, '1,H1,nt,4,5000000,x,X,có,,', '2,H2,nt,4,5000000,✓,x,0,-,', '3,H3,nt,4,5000000,,,,,ghi chú'].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(problems).toEqual([]);
    expect(byCode.H1).toMatchObject({ ma_phan_loai: 'poor', chi_so_thieu_hut: 'health_insurance water_source sanitation' });
    expect(byCode.H2).toMatchObject({ ma_phan_loai: 'near_poor', chi_so_thieu_hut: 'health_insurance water_source' });
    expect(byCode.H3).toMatchObject({ ma_phan_loai: 'near_poor', so_chi_so_thieu_hut: '0' });
    expect(outcome.notes.join('\n')).toContain('“BHYT” → chỉ số health_insurance, “Nước sinh hoạt” → chỉ số water_source, “Thiếu hụt nhà tiêu” → chỉ số sanitation');
    expect(outcome.notes.join('\n')).toContain('Cột ghi thiếu hụt (“Thiếu hụt nhà tiêu”): ô ghi x, có, 1 hoặc ✓ là hộ thiếu hụt chỉ số đó');
    expect(outcome.notes.join('\n')).toContain('Cột chỉ ghi tên chỉ số (“Việc làm”): ô ghi x, ✓, √ hoặc không đạt là hộ thiếu hụt chỉ số đó');
    // A water column is read as the water had or not since round 43 lists45, said in its own note (was with “Việc làm”).
    expect(outcome.notes.join('\n')).toContain('Cột “Nước sinh hoạt” chỉ ghi tên chỉ số, đọc là hộ có Nước sinh hoạt hay không: ô ghi có là hộ có Nước sinh hoạt (không thiếu hụt)');
    // Round 32: the card's column is said apart (“có” there is the card had).
    expect(outcome.notes.join('\n')).toContain('Cột “BHYT” chỉ ghi tên thẻ, đọc là hộ có thẻ hay không: ô ghi có là hộ có thẻ (không thiếu hụt)');
  });

  // review5 M1. A commune list: "BHYT" / "Nước sạch" + "Có" = the household HAS the card / clean water. 4e2e7e3 read it as two
  // deprivations (one more marked column and the household would be poor). Hand-computed, 2026, rural:
  // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000, so the class turns on the count of deprivations.
  // Round 32 (lists15): under “BHYT” alone (the card, HELD_INDICATORS) “có” is the card had and “không” the lack, as review5 M1
  // says a commune list means them (were asked back); “1”/“0” there, and “có”/“1” under “Nước sạch”, are still asked.
  it('under a column headed only by the indicator, “có”/“không” under “BHYT” is the card had or not, “có” under “Nước sạch” the water had (round 43 lists45); “1” is asked back', async () => {
    const { rows, problems, outcome } = await classify(
      ['ma_ho,khu_vuc,so_nguoi,tong_thu_nhap,BHYT,Nước sạch', 'H01,nt,4,5000000,có,-', 'H02,nt,4,5000000,không,', 'H03,nt,4,5000000,x,', 'H04,nt,4,5000000,1,', 'H05,nt,4,5000000,-,có'].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(rows.map((r) => [r.ma_ho, r.ma_phan_loai, r.chi_so_thieu_hut])).toEqual([
      ['H01', 'near_poor', ''],
      ['H02', 'near_poor', 'health_insurance'],
      ['H03', 'near_poor', 'health_insurance'],
      ['H04', 'error', ''],
      ['H05', 'near_poor', ''],
    ]);
    expect(rows[3]!.ly_do).toMatch(/^Cột BHYT: “1” là có BHYT hay thiếu BHYT\?/);
    expect(rows[4]!.ly_do).toContain('cột chỉ ghi tên chỉ số nên “có” là hộ có Nước sạch');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[5, 'BHYT']]);
    const second = await classify(['ma_ho,khu_vuc,so_nguoi,tong_thu_nhap,BHYT,Nước sạch', 'H01,nt,4,5000000,-,1'].join('\n'));
    expect(second.rows[0]!.ly_do).toMatch(/^Cột Nước sạch: “1” là có Nước sạch hay thiếu Nước sạch\?/);
  });

  it('under a column saying the lack (“Thiếu hụt BHYT”, “Không có nước sạch”, “Chưa có nhà tiêu”), “có”/“1” is deprived and “không”/“0” is not', async () => {
    const { byCode, problems, outcome } = await classify(
      [
        'ma_ho,khu_vuc,so_nguoi,tong_thu_nhap,Thiếu hụt BHYT,Không có nước sạch,Chưa có nhà tiêu',
        'H01,nt,4,5000000,có,có,1',
        'H02,nt,4,5000000,không,0,',
      ].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(problems).toEqual([]);
    expect(byCode.H01).toMatchObject({ ma_phan_loai: 'poor', chi_so_thieu_hut: 'health_insurance water_source sanitation' });
    expect(byCode.H02).toMatchObject({ ma_phan_loai: 'near_poor', so_chi_so_thieu_hut: '0' });
  });

  it('a mark that says neither refuses its row, in place, naming the column as the list heads it; “Nhà ở” marked is at least one housing indicator', async () => {
    const { rows, problems, outcome } = await classify(
      ['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,BHYT,Nhà ở', 'H1,nt,4,1000000,chờ xác minh,', 'H2,nt,4,1000000,x,x', 'H3,nt,4,1000000,x,'].join('\n'),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    // Round 15: “Nhà ở” marked counts as at least one of its two indicators (chất lượng, the first), as the chat counts “thiếu nhà ở”.
    expect(rows.map((r) => [r.dong, r.ma_ho, r.ma_phan_loai])).toEqual([['2', 'H1', 'error'], ['3', 'H2', 'near_poor'], ['4', 'H3', 'near_poor']]);
    // Round 23: "chưa làm thẻ" (no card yet) is read as the lack; "chờ xác minh" says neither.
    expect(rows[0]!.ly_do).toBe('Cột BHYT: “chờ xác minh” không rõ là có thiếu hụt hay không: ghi x hoặc ✓ nếu hộ thiếu hụt chỉ số này; để trống hoặc - nếu không');
    expect(rows[1]!.chi_so_thieu_hut).toBe('health_insurance housing_quality');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 'BHYT']]);
    expect(outcome.summary).toMatchObject({ rows: 3, classified: 2, rejected: 1 });
  });

  it('a count column is not an indicator column: “Số người phụ thuộc” keeps its numbers, “Người phụ thuộc” is marked', async () => {
    const { byCode, problems } = await classify(['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Số người phụ thuộc,Người phụ thuộc,Điện thoại', 'H1,nt,4,1000000,3,x,0912345678'].join('\n'));
    expect(problems).toEqual([]);
    expect(byCode.H1!.chi_so_thieu_hut).toBe('dependents');
  });
});

describe('cli batch on real files', () => {
  it('CSV as the tester exported it: every row in the results, reasons in Vietnamese, counts add up', () => {
    const input = join(work, 'ds.csv');
    writeFileSync(
      input,
      [
        'STT,Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,Tổng thu nhập/tháng,Thiếu hụt,Ghi chú',
        '1,HN001,Nguyễn Văn Tư,Nông thôn,4,"5.000.000",bhyt nhà tiêu nước,',
        '2,HN002,Trần Thị Lài,nt,3,"4,5 triệu",,',
        '3,HN003,Lê Văn Ba,Thành thị,5,12000000,"nhà ở, bảo hiểm y tế",',
        '4,HN004,Phạm Thị Mười,,2,2000000,,thiếu khu vực',
        '9,HN009,Ngô Văn Chín,thành thị,4,8000000,"viễn thông, tiếp cận thông tin, nhà tiêu",',
      ].join('\r\n'),
    );
    const out = join(work, 'kq.csv');
    const run = cli([input, '--out', out, '--date', '01/12/2026']);
    expect(run.status).toBe(3);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    // HN001 5.000.000 ÷ 4 = 1.250.000, 3 deprivations → poor; HN002 1.500.000, none → near-poor;
    // HN009 urban 8.000.000 ÷ 4 = 2.000.000 ≤ 2.000.000, 3 deprivations → poor.
    expect(rows.map((r) => [r.dong, r.ma_ho, r.ma_phan_loai])).toEqual([
      ['2', 'HN001', 'poor'],
      ['3', 'HN002', 'near_poor'],
      ['4', 'HN003', 'error'],
      ['5', 'HN004', 'error'],
      ['6', 'HN009', 'poor'],
    ]);
    // The refused row says its remark too (round 33, lists16), never its text.
    expect(rows[3]!.ly_do).toBe(
      'Cột Khu vực (khu_vuc): chưa ghi khu vực (ghi nt, nông thôn hoặc xã; tt, thành thị hoặc phường). Cột “Ghi chú” có ghi: ghi chú không được đọc để xét hộ; hãy đọc lại, nếu ghi chú làm đổi số liệu của hộ thì sửa ở cột ấy.',
    );
    expect(run.stderr).toContain('Dòng 4, cột Thiếu hụt (thieu_hut): “nhà ở” là nhiều chỉ số');
    expect(run.stderr).toContain('“Số nhân khẩu” → so_nguoi, “Tổng thu nhập/tháng” → tong_thu_nhap');
    expect(run.stdout).toContain('Tổng hợp: 5 dòng, 3 hộ đã phân loại, 2 dòng lỗi chưa phân loại (lý do ở từng dòng).');
    // Only the 2026 standard was used: its 12 indicators are summed, not the 2027 ones.
    expect(run.stdout).toContain('Phương tiện phục vụ tiếp cận thông tin (information_access): 1');
    expect(run.stdout).not.toContain('(waste)');
  });

  it('XLSX with a merged title row above the header: read, title counted apart, every row in “Kết quả”', async () => {
    const input = join(work, 'ds.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS hộ');
    sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 3']);
    sheet.mergeCells('A1:H1');
    sheet.addRow(['STT', 'Mã hộ', 'Chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân', 'Thiếu hụt', 'Ngày']);
    sheet.addRow([1, 'T3-01', 'Nguyễn Văn A', 'Nông thôn', 4, 1200000, 'bhyt, nước', new Date(Date.UTC(2026, 11, 1))]);
    sheet.addRow([2, 'T3-02', 'Trần Thị B', 'Nông thôn', 3, { formula: '4500000/3', result: 1500000 }, 'nhà tạm, nhà tiêu, bhyt', '15/01/2027']);
    sheet.addRow([4, 'T3-04', 'Phạm D', '', 2, '1,5 triệu', '', '']);
    sheet.addRow([5, 'T3-05', 'Võ E', 'nt', 4, '1.500.000đ', 'dinh dưỡng\nviệc làm', '']);
    await workbook.xlsx.writeFile(input);
    const out = join(work, 'kq.xlsx');
    const run = cli([input, '--out', out]);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('Tổng hợp: 4 dòng, 3 hộ đã phân loại, 1 dòng lỗi chưa phân loại (lý do ở từng dòng).');
    expect(run.stdout).toContain('(Không tính 1 dòng tiêu đề nằm trên dòng tên cột: dòng 1.)');
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
    const values = (name: string) => result.getWorksheet(name)!.getSheetValues().filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1).map(String));
    // 1.200.000 rural, 2 deprivations → near-poor; 15/01/2027: 1.500.000 ≤ 2.200.000, 3 → poor; 1.500.000, 2 → near-poor.
    expect(values('Kết quả').slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['3', 'T3-01', 'near_poor'],
      ['4', 'T3-02', 'poor'],
      ['5', 'T3-04', 'error'],
      ['6', 'T3-05', 'near_poor'],
    ]);
    const summary = Object.fromEntries(values('Tổng hợp').slice(1).map(([label, count]) => [label, Number(count)]));
    expect(summary).toMatchObject({ 'Số dòng (hộ)': 4, 'Đã phân loại': 3, 'Dòng lỗi': 1, 'Dòng tiêu đề trên dòng tên cột (không tính)': 1 });
  });
});

/**
 * Lost nothing, guessed nothing (round 6, `lost`): a household written twice in a list without household codes, the area
 * of each row from its own column, an income read as its header says. Classes by hand, 15/03/2026 (NĐ 07/2021 Điều 3
 * kept by NĐ 351/2025): rural line 1.500.000 đ, middle to 2.250.000 đ; urban line 2.000.000 đ, middle to 3.000.000 đ.
 */
describe('a list without household codes: the same name and address twice', () => {
  it('marks the later row as a possible duplicate, keeps both rows, counts the household once', async () => {
    const { outcome, rows } = await classify(
      [
        'STT,Họ và tên chủ hộ,Địa chỉ,Khu vực,Số khẩu,Tổng thu nhập/tháng,Thiếu hụt',
        '1,Nguyễn Văn Tư,Thôn 3,nt,4,5000000,bhyt nuoc nhatieu',
        '2,Trần Thị Bé,Thôn 3,nt,3,9000000,',
        // The same household typed again without marks, in lower case, with spaces: 5.000.000 ÷ 4 = 1.250.000, 3 → poor.
        '3,nguyen van  tu , thon 3,nt,4,5000000,bhyt nuoc nhatieu',
        // The same name in another village: another household.
        '4,Nguyễn Văn Tư,Thôn 5,nt,2,2000000,',
      ].join('\n'),
      '2026-03-15',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(rows.map((r) => [r.dong, r.ma_phan_loai])).toEqual([['2', 'poor'], ['3', 'none'], ['4', 'poor'], ['5', 'near_poor']]);
    expect(rows[2]!.ly_do).toMatch(/^Có thể trùng hộ với dòng 2 \(cùng họ tên, địa chỉ và số liệu\): không tính lại trong tổng hợp theo nhóm/);
    expect(rows[3]!.ly_do).not.toMatch(/trùng/);
    expect(outcome.summary).toMatchObject({ rows: 4, classified: 4, possibleDuplicateRows: [4], duplicateRows: [] });
    expect(outcome.summary.byClass.get('poor')).toBe(1);
    expect(outcome.summary.byIndicator.get('health_insurance')).toBe(1);
    expect(formatSummary(rules, outcome.summary)).toContain('(1 dòng có thể trùng hộ (cùng họ tên, địa chỉ và số liệu) với một dòng trước: dòng 4.');
    expect(outcome.notes.join('\n')).toContain('Không có cột mã hộ: hộ ghi hai lần được nhận ra theo cột “Họ và tên chủ hộ” và “Địa chỉ”');
  });
});

/**
 * review6 M4/M5, typed as a cadre's list without household codes. Classes by hand, 01/12/2026 (NĐ 07/2021 Điều 3 kept by
 * NĐ 351/2025), rural line 1.500.000 đ: 5.000.000 ÷ 4 = 1.250.000, 1 thiếu hụt → cận nghèo; 4.000.000 ÷ 6 = 666.667,
 * 3 thiếu hụt → nghèo.
 */
describe('a list without household codes: same name and village, different households; dates written in words', () => {
  it('counts a namesake with other figures as its own household and marks it for checking', async () => {
    const { outcome, rows } = await classify(
      [
        'Họ và tên chủ hộ,Địa chỉ,khu_vuc,so_nguoi,tong_thu_nhap,thieu_hut',
        'Nguyễn Văn Hùng,Thôn 3,nt,4,5000000,bhyt',
        'nguyen van hung,thon 3,nt,6,4000000,"bhyt, nuoc sach, nha tieu"',
      ].join('\n'),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(rows.map((r) => [r.dong, r.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'poor']]);
    expect(rows[1]!.ly_do).toMatch(/^Cùng họ tên và địa chỉ với dòng 2 nhưng số liệu khác — kiểm tra lại/);
    expect(rows[1]!.ly_do).not.toMatch(/không tính lại/);
    expect(outcome.summary).toMatchObject({ rows: 2, classified: 2, possibleDuplicateRows: [], duplicateRows: [] });
    expect(outcome.summary.byClass.get('poor')).toBe(1);
    expect(outcome.summary.byClass.get('near_poor')).toBe(1);
    expect(outcome.summary.byIndicator.get('health_insurance')).toBe(2);
    expect(outcome.summary.byIndicator.get('sanitation')).toBe(1);
    const byClass = [...outcome.summary.byClass.values()].reduce((sum, n) => sum + n, 0);
    expect(byClass).toBe(outcome.summary.classified);
  });

  it('classifies a full household row whose date or note says “ngày 20 tháng 11 năm 2026”; the sign-off line stays a footer', async () => {
    const { outcome, rows } = await classify(
      [
        'Họ và tên chủ hộ,Địa chỉ,khu_vuc,so_nguoi,tong_thu_nhap,thieu_hut,Ngày rà soát,Ghi chú',
        'Nguyễn Văn A,Thôn 3,nt,4,5000000,bhyt,ngày 20 tháng 11 năm 2026,',
        'Trần Văn B,Thôn 3,nt,3,3000000,,,ra soat ngay 20 thang 11 nam 2026',
        'Lê Thị C,Thôn 4,nt,2,2000000,bhyt,ngay 20 thang 11 nam 2026,',
        ',,,,,,,"Tân Hòa, ngày 28 tháng 11 năm 2026"',
        'Người lập biểu,,,,,,,',
      ].join('\n'),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // 1.250.000 / 1.000.000 / 1.000.000 per person, under 1.500.000, fewer than 3 thiếu hụt: cận nghèo.
    expect(rows.map((r) => [r.dong, r.ngay, r.ma_phan_loai])).toEqual([
      ['2', '20/11/2026', 'near_poor'],
      ['3', '01/12/2026', 'near_poor'],
      ['4', '20/11/2026', 'near_poor'],
      ['5', '', 'footer'],
      ['6', '', 'footer'],
    ]);
    expect(outcome.summary).toMatchObject({ rows: 3, classified: 3, rejected: 0, footerRows: [5, 6] });
  });

  it('never drops a row with household figures as a footer, even when its date cannot be read', async () => {
    const { outcome, rows } = await classify(
      ['Họ và tên chủ hộ,Địa chỉ,khu_vuc,so_nguoi,tong_thu_nhap,thieu_hut,ngay', 'Nguyễn Văn A,Thôn 3,nt,4,5000000,bhyt,ngày 31 tháng 11 năm 2026'].join('\n'),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(rows.map((r) => r.ma_phan_loai)).toEqual(['error']);
    expect(outcome.summary).toMatchObject({ rows: 1, classified: 0, rejected: 1, footerRows: [] });
  });
});

describe('the area of each row from its own column', () => {
  it('reads “Địa bàn” with thành thị, nông thôn, TT, NT, phường, xã per row; refuses what names no area, naming the column', async () => {
    // 2 người, 2.600.000 đ/người: rural → above 2.250.000, none; urban → ≤ 3.000.000, middle.
    const { rows } = await classify(
      [
        'Mã hộ,Địa bàn,Số khẩu,Thu nhập bình quân đầu người,Thiếu hụt',
        'H1,thành thị,2,2600000,', 'H2,nông thôn,2,2600000,', 'H3,TT,2,2600000,', 'H4,NT,2,2600000,', 'H5,phường,2,2600000,', 'H6,xã,2,2600000,',
        'H7,Hà Nội,2,2600000,', 'H8,phường/xã,2,2600000,',
      ].join('\n'),
      '2026-03-15',
    );
    expect(rows.map((r) => [r.ma_ho, r.ma_phan_loai])).toEqual([
      ['H1', 'middle'], ['H2', 'none'], ['H3', 'middle'], ['H4', 'none'], ['H5', 'middle'], ['H6', 'none'], ['H7', 'error'], ['H8', 'error'],
    ]);
    expect(rows[6]!.ly_do).toBe('Cột Địa bàn (khu_vuc): khu vực “Hà Nội” không rõ là nông thôn hay thành thị (ghi nt, nông thôn hoặc xã; tt, thành thị hoặc phường)');
    // Both areas named (a form's blank left as typed): said as such since the lists read places as the chat does.
    expect(rows[7]!.ly_do).toMatch(/^Cột Địa bàn \(khu_vuc\): khu vực “phường\/xã” có cả từ chỉ nông thôn \(xã, thôn\) và thành thị \(phường, thị trấn\): chưa rõ/);
  });

  it('reads a “Thành thị/Nông thôn” column the same way', async () => {
    const { rows } = await classify(['Mã hộ,Thành thị/Nông thôn,Số khẩu,Thu nhập bình quân,Thiếu hụt', 'H1,Phường,2,2600000,', 'H2,Xã,2,2600000,'].join('\n'), '2026-03-15');
    expect(rows.map((r) => r.ma_phan_loai)).toEqual(['middle', 'none']);
  });
});

describe('an income read as its header says, never guessed', () => {
  it('5.600.000 per person under “Thu nhập bình quân đầu người”, the household’s under “Tổng thu nhập hộ”', async () => {
    // 4 người ở nông thôn: 5.600.000 đ/người → none; 5.600.000 ÷ 4 = 1.400.000 ≤ 1.500.000, no deprivation → near-poor.
    const perPerson = await classify(['Mã hộ,Khu vực,Số khẩu,Thu nhập bình quân đầu người', 'H1,nt,4,5600000'].join('\n'), '2026-03-15');
    const total = await classify(['Mã hộ,Khu vực,Số khẩu,Tổng thu nhập hộ', 'H1,nt,4,5600000'].join('\n'), '2026-03-15');
    expect([perPerson.rows[0]!.ma_phan_loai, perPerson.rows[0]!.thu_nhap_binh_quan]).toEqual(['none', '5600000']);
    expect([total.rows[0]!.ma_phan_loai, total.rows[0]!.thu_nhap_binh_quan]).toEqual(['near_poor', '1400000']);
  });

  it('refuses a row under a header that does not say whose income (“Thu nhập hộ bình quân/tháng”), naming it', async () => {
    const { outcome, rows } = await classify(['Mã hộ,Khu vực,Số khẩu,Thu nhập hộ bình quân/tháng', 'H1,nt,4,5600000', 'H2,nt,4,'].join('\n'), '2026-03-15');
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toMatch(/^Cột Thu nhập hộ bình quân\/tháng \(tong_thu_nhap\): “Thu nhập hộ bình quân\/tháng” chưa rõ là thu nhập bình quân mỗi người hay tổng thu nhập của cả hộ/);
    expect(outcome.ok && outcome.notes.join('\n')).toContain('“Thu nhập hộ bình quân/tháng” → tong_thu_nhap (chưa rõ bình quân mỗi người hay tổng của hộ');
  });

  it('refuses a cell saying per person in the household’s total, and the household’s in a per-person column', async () => {
    const total = await classify(['Mã hộ,Khu vực,Số khẩu,Tổng thu nhập của hộ,Thiếu hụt', 'H1,nt,4,"1,2 triệu/người",', 'H2,nt,4,5 triệu,'].join('\n'), '2026-03-15');
    // Before: “1,2 triệu/người” was the household's 1.200.000 ÷ 4 = 300.000 đ/người.
    expect(total.rows[0]!.ma_phan_loai).toBe('error');
    expect(total.rows[0]!.ly_do).toMatch(/^Cột Tổng thu nhập của hộ \(tong_thu_nhap\): “1,2 triệu\/người” là thu nhập mỗi người, nhưng cột này là tổng thu nhập của hộ/);
    expect([total.rows[1]!.ma_phan_loai, total.rows[1]!.thu_nhap_binh_quan]).toEqual(['near_poor', '1250000']);
    const perPerson = await classify(['Mã hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng)', 'H1,nt,4,5 triệu/hộ', 'H2,nt,4,"1,2 triệu/người"'].join('\n'), '2026-03-15');
    expect(perPerson.rows[0]!.ly_do).toMatch(/“5 triệu\/hộ” là thu nhập của cả hộ, nhưng cột này là thu nhập bình quân mỗi người/);
    expect([perPerson.rows[1]!.ma_phan_loai, perPerson.rows[1]!.thu_nhap_binh_quan]).toEqual(['near_poor', '1200000']);
  });
});
