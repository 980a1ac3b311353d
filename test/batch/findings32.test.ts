/**
 * Whole lists as commune cadres send them (findings32, L02–L09): income headers abbreviated "TN", the area "KV", group
 * heading rows "I | THÔN 1" inside the list, a final "Tổng cộng" whose figure is not the sum, lists over 31/12/2026 and
 * 01/01/2027, and the wording of a few messages. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025 for
 * 2026; facts/poverty-standards.md): income per person per month; rural line 1.500.000 đ (middle band ≤ 2.250.000); at or
 * under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(text: string, date = '2026-12-02') {
  const list = csvSource(text);
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  return { outcome, rows, problems, notes: outcome.ok ? outcome.notes.join('\n') : '', report: outcome.ok ? formatSummary(rules, outcome.summary) : '' };
}

describe('L02: income headers written “TN” (thu nhập) and the area “KV” (khu vực)', () => {
  it('ds xa: “TN bình quân”, “TN BQ”, “Tổng TN/năm”, “TN/người/tháng”, “tn binh quan” under “KV” are read, the households classified', async () => {
    // 1.200.000 NT, bhyt → near-poor; 1.400.000 NT, bhyt nước nhà tiêu → poor.
    for (const income of ['TN bình quân', 'TN BQ', 'TN bình quân (đ/người/tháng)', 'TN BQ đầu người', 'tn binh quan', 'TN/người/tháng']) {
      const { outcome, rows } = await run(`STT;Mã hộ;KV;Số NK;${income};Thiếu hụt\n1;A1-01;NT;4;1200000;bhyt\n2;A1-02;nt;3;1tr4;bhyt, nuoc, nha tieu\n`);
      expect(outcome.ok ? '' : outcome.message, income).toBe('');
      expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan]), income).toEqual([['A1-01', 'near_poor', '1200000'], ['A1-02', 'poor', '1400000']]);
    }
    // A year's total of the household: 43.200.000 ÷ 12 ÷ 3 = 1.200.000 → near-poor with bhyt.
    const year = await run('Mã hộ,Khu vực,Số nhân khẩu,Tổng TN/năm,Thiếu hụt\nB-01,nông thôn,3,43200000,bhyt\n');
    expect(year.rows.map((row) => [row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([['near_poor', '1200000']]);
    expect(year.notes).toContain('“Tổng TN/năm” → tong_thu_nhap (thu nhập cả năm, chia 12 ra mỗi tháng)');
  });

  it('an indicator header with “BQ” stays the indicator’s column, never the income (“DT nhà ở BQ đầu người”)', async () => {
    const { rows, notes } = await run('Mã hộ,Khu vực,Số NK,TNBQ,DT nhà ở BQ đầu người\nC-01,nt,4,1200000,x\n');
    expect(notes).toContain('“DT nhà ở BQ đầu người” → chỉ số housing_area');
    expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([['near_poor', 'housing_area']]);
  });

  it('a header row with a column not understood: the list is refused naming that column and the columns seen, not “no header row”', async () => {
    const { outcome } = await run('STT;Mã hộ;Thôn/ấp;Số NK;Thu nhập tháng trước;Thiếu hụt\n1;A1-01;Ấp 1, xã Tân An;4;1200000;bhyt\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // Before: "Không tìm thấy dòng tên cột trong 10 dòng đầu của tệp. Dòng 1: Tệp thiếu cột …".
    expect(outcome.message).not.toContain('Không tìm thấy dòng tên cột');
    expect(outcome.message).toMatch(/^Dòng 1 là dòng tên cột nhưng chưa đủ cột để xét hộ\. Tệp thiếu cột Thu nhập bình quân đầu người\/tháng \(thu_nhap_binh_quan\)/);
    expect(outcome.message).toContain('Các cột ở dòng này: “STT”, “Mã hộ”, “Thôn/ấp”, “Số NK”, “Thu nhập tháng trước”, “Thiếu hụt”; đã đọc được: “Mã hộ” → ma_ho, “Số NK” → so_nguoi');
    // A file that is no list still says no header row was found.
    const letter = await run('Thư mời họp\nLúc 8 giờ sáng thứ Hai\n');
    expect(!letter.outcome.ok && letter.outcome.message).toMatch(/^Không tìm thấy dòng tên cột trong 10 dòng đầu của tệp/);
  });
});

describe('L04: group heading rows inside the list (“I | THÔN 1”) are section rows, never households', () => {
  const LIST =
    '\uFEFFDANH SÁCH HỘ CẬN NGHÈO NĂM 2026;;;;;;\n' +
    'STT;Mã hộ;Họ tên chủ hộ;Thôn/ấp;Số nhân khẩu;TNBQ (1000đ/người/tháng);Thiếu hụt\n' +
    '(1);(2);(3);(4);(5);(6);(7)\n' +
    'I;THÔN 1;;;;;\n' +
    '1;G1-01;Nguyễn Văn Một;Thôn 1;4;1200;BHYT\n' +
    'II;Ấp Tân Hòa;;;;;\n' +
    '1;G2-01;Lê Văn Ba;Ấp Tân Hòa;5;1100;bhyt, nhà tiêu, nước\n' +
    ';Thôn Cộng Hòa;;;;;\n' +
    '1;G3-01;Cộng Văn Hải;Thôn 3;3;1300;\n';

  it('ds thon: rows 4, 6, 8 are named section rows (ma_phan_loai footer), not error rows “chưa ghi khu vực”; the households are counted alone', async () => {
    const { outcome, rows, problems, report } = await run(LIST);
    expect(outcome.ok).toBe(true);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['4', '', 'footer'], ['5', 'G1-01', 'near_poor'], ['6', '', 'footer'], ['7', 'G2-01', 'poor'], ['8', '', 'footer'], ['9', 'G3-01', 'near_poor'],
    ]);
    expect(rows[0]!.ly_do).toBe('Dòng “I THÔN 1” là dòng tên nhóm hộ (thôn, ấp…) giữa danh sách, không phải hộ: không tính.');
    expect(report).toContain('Tổng hợp: 3 dòng, 3 hộ đã phân loại, 0 dòng lỗi');
    expect(report).toContain('(Không tính 3 dòng tên nhóm giữa danh sách (I, II… ấp, thôn), không phải hộ: dòng 4, 6, 8;');
  });

  it('a member list (codes repeated, no household size): “I | THÔN 1” is no household of one; M01 is 2.800.000 ÷ 2 = 1.400.000 with BHYT, near-poor', async () => {
    const { rows, problems } = await run('STT,Mã hộ,Họ tên,Khu vực,Tổng thu nhập của hộ (đồng/tháng),BHYT\nI,THÔN 1,,,,\n1,M01,Nguyễn Văn Một,nông thôn,2800000,x\n2,M01,Lê Thị Hai,nông thôn,2800000,\n');
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([['2', '', 'footer'], ['3', 'M01', 'near_poor']]);
  });

  it('a household with only its code and a name like a thôn’s is still a row to mend, not dropped (“H07 | Thôn Hạ” with figures missing)', async () => {
    const { rows } = await run('Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ\nH07,Thôn Hạ,,,\n');
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([['H07', 'error']]);
  });
});

describe('L08: the final “Tổng cộng” is checked against the sum of the households, as the mid-list “Cộng” lines are', () => {
  const LIST = (total: number) =>
    'STT,Mã hộ,Họ tên chủ hộ,Địa chỉ,Số nhân khẩu,Tổng thu nhập/tháng,Thiếu hụt\n' +
    '1,S1,Nguyễn Văn Hải,Ấp Tân Hòa,4,4000000,\n' +
    '2,S2,Trần Thị Liên,Ấp Tân Hòa,3,6000000,bhyt\n' +
    ',,Cộng ấp Tân Hòa,,7,10000000,\n' +
    '3,S3,Lê Văn Tám,Khu phố 3,5,8000000,"bhyt, nhà tiêu, nước"\n' +
    '4,S9,Cộng Văn Hải,Xóm 2,3,3000000,\n' +
    `,,Tổng cộng,,${total},,\n`;

  it('ds ap: “Tổng cộng” 18 nhân khẩu over households of 4 + 3 + 5 + 3 = 15 says “Cần xem lại … dòng này ghi 18, cộng các dòng là 15”', async () => {
    const { rows } = await run(LIST(18));
    const total = rows.find((row) => row.dong === '7')!;
    expect(total.ma_phan_loai).toBe('footer');
    // Before: only "Dòng “Tổng cộng” là dòng tổng cộng … không tính."
    expect(total.ly_do).toContain('Cần xem lại: số ở dòng này khác tổng các dòng 2–6 (Số nhân khẩu: dòng này ghi 18, cộng các dòng là 15).');
  });

  it('a right total says so, and counts the households above every “Cộng” line, not only the last group', async () => {
    const { rows } = await run(LIST(15));
    expect(rows.find((row) => row.dong === '7')!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 2–6 (Số nhân khẩu 15).');
  });
});

describe('L09: messages name what the list has', () => {
  it('ds xa: an empty “TNBQ” cell is refused naming the column “TNBQ”, not tong_thu_nhap (a column the file does not have)', async () => {
    const { problems } = await run('STT;Mã hộ;Thôn/ấp;Số NK;TNBQ;Các chỉ số thiếu hụt\n4;A1-04;Ấp 1, xã Tân An;4;;BHYT\n');
    expect(problems.map((problem) => [problem.column, problem.heading, problem.message])).toEqual([
      ['thu_nhap_binh_quan', 'TNBQ (thu_nhap_binh_quan)', 'chưa ghi thu nhập (ô trống): hãy ghi thu nhập bình quân mỗi người mỗi tháng, ví dụ 1.500.000 hoặc “1,5 triệu”'],
    ]);
  });

  it('a member list with the code written on each row is summed up as such, not “dưới ô mã hộ gộp” (there is no merged cell)', async () => {
    const { report } = await run(
      'Mã hộ,Họ tên,Quan hệ,Khu vực,Tổng thu nhập của hộ (đồng/tháng),BHYT\nM01,Nguyễn Văn Một,Chủ hộ,nông thôn,4200000,\nM01,Lê Thị Hai,Vợ,nông thôn,4200000,x\nM01,Nguyễn Văn Ba,Con,nông thôn,4200000,\n',
    );
    expect(report).toContain('(Không tính riêng 2 dòng thành viên cùng mã hộ với dòng trên (mã hộ ghi lại ở mỗi dòng) (mỗi dòng một người của hộ ở dòng trên): dòng 3, 4.)');
    expect(report).not.toContain('ô mã hộ gộp');
  });
});

describe('L07: a list over 31/12/2026 and 01/01/2027 gives its classes per standard, never one total of both', () => {
  it('ds ra soat: “Theo nhóm” and the summary sheet rows are per standard; the 2026 near-poor and the 2027 poor are not added together', async () => {
    // 02/12/2026: 1.400.000 NT + bhyt → near-poor (2026). 15/01/2027: 1.400.000 NT + bhyt, nhà tiêu, nước → poor (2027–2030).
    const list = 'Mã hộ,Khu vực,Số NK,TNBQ (đồng/người/tháng),Thiếu hụt,Ngày rà soát\nN1,nông thôn,4,1400000,bhyt,02/12/2026\nN2,nông thôn,3,1400000,"bhyt, nhà tiêu, nước",15/01/2027\n';
    const { outcome, report } = await run(list);
    expect(report).not.toMatch(/^Theo nhóm:$/m);
    expect(report).toMatch(/^Theo nhóm, Chuẩn nghèo đa chiều năm 2026 .*\(ngày xét 02\/12\/2026\):\n {2}hộ nghèo: 0\n {2}hộ cận nghèo: 1\n/m);
    expect(report).toMatch(/^Theo nhóm, Chuẩn nghèo đa chiều giai đoạn 2027–2030 .*\(ngày xét 15\/01\/2027\):\n {2}hộ nghèo: 1\n {2}hộ cận nghèo: 0\n/m);
    if (!outcome.ok) return;
    const { summaryRows } = await import('../../src/batch/households.ts');
    expect(summaryRows(rules, outcome.summary).map(([label]) => label).filter((label) => label.startsWith('Nhóm: '))).toEqual([]);
  });
});
