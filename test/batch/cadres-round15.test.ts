/**
 * Commune cadres' Excel lists, round 15 (users' words: the headers and marks as cadres type them). 2026 (NĐ 07/2021 Điều 3,
 * kept by NĐ 351/2025 for 2026), rural line 1.500.000 đồng/người/tháng: at or under it, ≥ 3 deprivations = poor, else near-poor.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });
const rules = loadRules();

async function classify(lines: string[]) {
  const { outcome, rows, problems } = await classifyInProcess(rules, csvSource(lines.join('\n')), '2026-12-01');
  if (!outcome.ok) throw new Error(outcome.message);
  return { rows, problems, notes: outcome.notes.join('\n'), got: rows.map((r) => [r.ma_ho, r.ma_phan_loai, r.chi_so_thieu_hut]) };
}

describe('a column headed just “Nhà ở” is the housing indicator, marked as cadres mark it', () => {
  // Each household: 1.200.000 ≤ 1.500.000 (rural), BHYT and nước lacking (2); a housing mark makes 3 → poor.
  it('“x”, “X”, “không đạt”, “tạm”, “dột nát” are a housing deprivation (chất lượng nhà ở); blank and “đạt” are none', async () => {
    const { got, problems, notes } = await classify([
      'Mã hộ,Họ và tên chủ hộ,Khu vực,Số khẩu,TN bình quân,Nhà ở,Thiếu hụt BHYT,Thiếu hụt nước sạch',
      'H1,Nguyễn Văn A,nông thôn,4,1200000,x,có,có',
      'H2,Trần Thị B,nông thôn,4,1200000,X,có,có',
      'H3,Lê Văn C,nông thôn,4,1200000,không đạt,có,có',
      'H4,Phạm D,nông thôn,4,1200000,tạm,có,có',
      'H5,Võ E,nông thôn,4,1200000,dột nát,có,có',
      'H6,Đỗ F,nông thôn,4,1200000,,có,có',
      'H7,Hồ G,nông thôn,4,1200000,đạt,có,có',
    ]);
    expect(problems).toEqual([]);
    const poor = ['poor', 'health_insurance housing_quality water_source'];
    const near = ['near_poor', 'health_insurance water_source'];
    expect(got).toEqual([['H1', ...poor], ['H2', ...poor], ['H3', ...poor], ['H4', ...poor], ['H5', ...poor], ['H6', ...near], ['H7', ...near]]);
    // The header report says how the column is read: at least one of its two indicators.
    expect(notes).toContain('“Nhà ở” → chỉ số housing_quality (cột “Nhà ở” gồm 2 chỉ số');
  });

  it('“Nha o” without diacritics, and “Nhà ở (đạt/không)”: “không” there is the lack, “đạt” is not', async () => {
    const { got, problems } = await classify([
      'Ma ho,Khu vuc,So khau,TN binh quan,Nha o,Thieu hut BHYT,Thieu hut nuoc sach',
      'A1,nt,3,1000000,x,co,co',
      'A2,nt,3,1000000,,co,co',
    ]);
    expect(problems).toEqual([]);
    expect(got.map(([code, cls]) => [code, cls])).toEqual([['A1', 'poor'], ['A2', 'near_poor']]);
    const legend = await classify([
      'Mã hộ,Khu vực,Số khẩu,TN bình quân,Nhà ở (đạt/không),Thiếu hụt BHYT,Thiếu hụt nước sạch',
      'B1,nt,3,1000000,không,có,có',
      'B2,nt,3,1000000,đạt,có,có',
      'B3,nt,3,1000000,Không đạt,có,có',
    ]);
    expect(legend.problems).toEqual([]);
    expect(legend.got.map(([code, cls]) => [code, cls])).toEqual([['B1', 'poor'], ['B2', 'near_poor'], ['B3', 'poor']]);
  });

  it('“BHYT (có/không)”: “không”/“ko” is the lack, “có” is the card; “x” there is asked, never guessed', async () => {
    const { got, problems, notes } = await classify([
      'Mã hộ,Khu vực,Số khẩu,TN bình quân,BHYT (có/không),Thiếu hụt nước sạch,Thiếu hụt nhà tiêu',
      'C1,nt,3,1000000,không,có,có',
      'C2,nt,3,1000000,Có,có,có',
      'C3,nt,3,1000000,ko,có,có',
      'C4,nt,3,1000000,x,có,có',
    ]);
    expect(got.map(([code, cls]) => [code, cls])).toEqual([['C1', 'poor'], ['C2', 'near_poor'], ['C3', 'poor'], ['C4', 'error']]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[5, 'BHYT (có/không)']]);
    expect(notes).toContain('Cột ghi có/không (“BHYT (có/không)”): ô ghi có hoặc đạt là hộ có (không thiếu hụt)');
  });
});

describe('one row per member with “STT” and “Quan hệ với chủ hộ”, no household code nor size column', () => {
  // Rural 2026: 48.000.000/năm ÷ 12 ÷ 3 = 1.333.333 ≤ 1.500.000 → near-poor (BHYT only); 30.000.000 ÷ 12 ÷ 2 = 1.250.000 → near-poor;
  // 20.000.000 ÷ 12 ÷ 1 = 1.666.667 > 1.500.000, ≤ 2.250.000 → middle.
  const header = 'STT,Họ và tên,Quan hệ với chủ hộ,Khu vực,Tổng thu nhập năm,BHYT';
  it('the head’s row opens the household, “vợ”, “con” under it are its members, counted as its size; the columns are said, not “bỏ qua”', async () => {
    const { got, rows, problems, notes } = await classify([
      header,
      '1,Nguyễn Văn A,Chủ hộ,nông thôn,48000000,x',
      '2,Trần Thị B,Vợ,,,',
      '3,Nguyễn Văn C,con,,,',
      '1,Lê Văn D,chủ hộ,nông thôn,30000000,',
      '2,Phạm Thị E,vo,,,',
      '1,Hồ Văn F,Chủ hộ,nông thôn,20000000,',
    ]);
    expect(problems).toEqual([]);
    expect(got).toEqual([['', 'near_poor', 'health_insurance'], ['', 'near_poor', ''], ['', 'middle', '']]);
    expect(rows.map((r) => [r.dong, r.thu_nhap_binh_quan])).toEqual([['2', '1333333'], ['5', '1250000'], ['7', '1666667']]);
    expect(rows[0]!.ly_do).toContain('3 nhân khẩu (danh sách không có cột số nhân khẩu, đếm theo số dòng)');
    expect(notes).toContain('Cột “Quan hệ với chủ hộ” và “STT” dùng để nhận dòng thành viên');
    expect(notes).not.toMatch(/bỏ qua\): [^\n]*Quan hệ/);
  });

  it('a person under a head with a relation not known (“Người ở nhờ”) is refused in place and not counted, never silently a household', async () => {
    const { rows, problems } = await classify([header, '1,Nguyễn Văn A,Chủ hộ,nông thôn,48000000,x', '2,Trần Thị B,Vợ,,,', '3,Ngô Văn K,Người ở nhờ,,,']);
    // 48.000.000 ÷ 12 ÷ 2 = 2.000.000: middle (the person not counted, said).
    expect(rows.map((r) => [r.dong, r.ma_phan_loai, r.thu_nhap_binh_quan])).toEqual([['2', 'middle', '2000000'], ['4', 'error', '']]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('quan hệ “Người ở nhờ” không phải quan hệ trong hộ đã biết');
  });
});

describe('rows giving only counts: their figures checked against the list when they are counts of households or people, else said unchecked', () => {
  it('“Thôn 1: 3 hộ” in the code column over 2 households, “Số hộ | 3 | Số nhân khẩu | 11” over 12 people, “Số hộ nghèo: 2”', async () => {
    const list = [
      'Mã hộ,Khu vực,Số khẩu,TN bình quân,Thiếu hụt',
      'H1,nt,4,1000000,bhyt',
      'H2,nt,3,1200000,',
      'Thôn 1: 3 hộ,,,,',
      'H3,nt,5,2000000,',
      'Số hộ nghèo: 2,,,,',
      'Số hộ,3,Số nhân khẩu,11,',
    ];
    const { outcome, rows } = await classifyInProcess(rules, csvSource(list.join('\n')), '2026-12-01');
    if (!outcome.ok) throw new Error(outcome.message);
    // Before: row 4 a group heading (its “3 hộ” never checked), row 7 refused as a household (“khu vực “3” không rõ”).
    expect(rows.map((r) => [r.dong, r.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'near_poor'], ['4', 'footer'], ['5', 'middle'], ['6', 'footer'], ['7', 'footer']]);
    expect(rows[2]!.ly_do).toContain('Cần xem lại: dòng này ghi 3 hộ, danh sách đến đây có 2.');
    expect(rows[4]!.ly_do).toContain('Số ở dòng này không phải số hộ hay số nhân khẩu của danh sách (ví dụ số hộ nghèo, số hộ cận nghèo): không được đối chiếu');
    expect(rows[5]!.ly_do).toContain('Cần xem lại: dòng này ghi 11 nhân khẩu, danh sách đến đây có 12.');
    expect(outcome.summary.totalDiffers.map(({ line, what, said, counted }) => [line, what, said, counted])).toEqual([[4, 'households', 3, 2], [7, 'people', 11, 12]]);
    const report = formatSummary(rules, outcome.summary);
    expect(report).toContain('(Số ở dòng 6 không phải số hộ hay số nhân khẩu của danh sách');
    expect(report).toContain('dòng 4 “Thôn 1: 3 hộ”: số hộ danh sách ghi 3, đếm được 2');
  });
});

describe('npm run cli -- batch --help: a cadre reads how count rows and totals are checked', () => {
  it('names the count rows (“Thôn 1: 25 hộ”, “Số hộ nghèo: 5”), what is checked against what, the relation column, “Nhà ở” and “(có/không)”', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', '--help'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('dòng chỉ có số đếm ("Thôn 1: 25 hộ", "Số hộ: 3 | Số khẩu: 13", "Số hộ nghèo: 5")');
    expect(help).toContain('số khác (số hộ nghèo, cận nghèo…) không được đối chiếu');
    expect(help).toContain('dòng tổng dưới danh sách ("Tổng cộng", "Cộng", "Tổng số hộ: 12", "Cộng: 12 hộ, 45 nhân khẩu"): số hộ và số nhân khẩu so với số đếm được');
    expect(help).toContain('"Cần xem lại"');
    expect(help).toContain('cột "Quan hệ với chủ hộ": số dòng của hộ được đếm');
    expect(help).toContain('Cột chỉ ghi "Nhà ở"');
    expect(help).toContain('"BHYT (có/không)"');
    // Every line fits a terminal of 125 columns.
    expect(run.stdout.split('\n').filter((line) => line.length > 125)).toEqual([]);
  });
});
