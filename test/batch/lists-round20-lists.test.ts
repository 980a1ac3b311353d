/**
 * Round 20 (lists, 04/12/2026): lists as commune cadres make them. A quote opening a “Ghi chú” cell (`"Hộ có người ốm`
 * never closed, `"ốm" nặng`) refused the whole household; a shifted row copied a name into `thon_ap`. Classes by hand,
 * 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ per person per month, rural middle up to
 * 2.250.000; at or under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(list: TableSource) {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, '2026-12-04');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, text: formatSummary(rules, outcome.summary) };
}

const villageLines = (text: string) => text.split('\n').filter((line) => /^ {2}\S.*: \d+ hộ/.test(line));

describe('a quote typed in a note cell', () => {
  // As a cadre types notes in a CSV by hand: quotes around a word, an opening quote never closed, a comma inside it.
  const list = [
    'STT,Mã hộ,Họ và tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Tổng thu nhập/tháng,Ghi chú',
    '1,H01,Nguyễn Văn An,Thôn 1,nt,4,5.000.000,"Hộ có người ốm', // 1.250.000 a person: near-poor
    '2,H02,Lê Thị Bé,Thôn 1,nt,3,4.000.000,"ốm" nặng', // 1.333.333: near-poor
    '3,H03,Trần Văn Cường,Thôn 2,nt,2,6.000.000,"chồng bị ung thư, nằm viện', // 3.000.000: above the middle line
    '4,H04,Phạm Thị Dung,Thôn 2,nt,"2,3.000.000,ko co bhyt', // a quote in the size cell: refused, its thôn known
    '5,H05,Võ Văn Em,Thôn 2,nt,2,2.000.000,hộ cũ', // 1.000.000: near-poor
  ].join('\n');

  it('keeps the household, reads the note as text and says the quoting is broken (was: the row refused for its note)', async () => {
    const { rows, summary } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['2', 'H01', 'near_poor'],
      ['3', 'H02', 'near_poor'],
      ['4', 'H03', 'none'],
      ['5', 'H04', 'error'],
      ['6', 'H05', 'near_poor'],
    ]);
    expect(summary).toMatchObject({ rows: 5, classified: 4, rejected: 1 });
    expect(rows[0]!.ly_do).toMatch(/^Dòng CSV có dấu ngoặc kép đặt sai \(có dấu ngoặc kép mở mà không đóng\) ở ô “"Hộ có người ốm” ở cột “Ghi chú”/);
    expect(rows[0]!.ly_do).toContain('5.000.000 đồng ÷ 4 người = 1.250.000 đồng/người/tháng');
    expect(rows[1]!.ly_do).toContain('Dòng CSV có dấu ngoặc kép đặt sai (sau dấu ngoặc kép đóng ô còn chữ) ở ô “"ốm" nặng” ở cột “Ghi chú”');
    // Name and thôn copied as the list writes them.
    expect(rows.slice(0, 3).map((row) => [row.ho_ten_chu_ho, row.thon_ap])).toEqual([
      ['Nguyễn Văn An', 'Thôn 1'],
      ['Lê Thị Bé', 'Thôn 1'],
      ['Trần Văn Cường', 'Thôn 2'],
    ]);
  });

  it('an open quote in the last cell takes the rest of the line (its comma too), the illness in the note masked', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows[2]!.ly_do).toContain('ở ô “"chồng bị [sức khỏe], nằm viện” ở cột “Ghi chú”');
    expect(rows[2]!.ly_do).not.toContain('ung thư');
    expect(rows[2]!.ly_do).toContain('6.000.000 đồng ÷ 2 người = 3.000.000 đồng/người/tháng');
  });

  it('a quote in a cell read to classify still refuses the row, naming that cell; its name and thôn are kept', async () => {
    const { rows, problems } = await run(csvSource(list));
    expect(rows[3]!.ly_do).toContain('có dấu ngoặc kép (") mở mà không đóng');
    expect(rows[3]!.ly_do).toContain('(ô “"2” ở cột “Số nhân khẩu”: cột này được đọc để xét hộ, nên dòng chưa được phân loại)');
    expect([rows[3]!.ho_ten_chu_ho, rows[3]!.thon_ap]).toEqual(['Phạm Thị Dung', 'Thôn 2']);
    expect(problems.map((problem) => problem.line)).toEqual([5]);
  });

  it('the lines read with a broken quote are named once for the cadre (stderr notes; was: nothing said there)', async () => {
    const { outcome } = await classifyInProcess(rules, csvSource(list), '2026-12-04');
    expect(outcome.ok && outcome.notes).toContain('Dấu ngoặc kép đặt sai ở ô không dùng để xét hộ (ghi chú, họ tên, địa chỉ), dòng 2, 3, 4: ô ấy được đọc như chữ, dòng vẫn được xét (cột ly_do nói ô nào). Hãy sửa các ô đó trong danh sách.');
  });

  it('the summary counts each household under its thôn', async () => {
    const { text } = await run(csvSource(list));
    expect(villageLines(text)).toEqual([
      '  Thôn 1: 2 hộ (hộ cận nghèo 2)',
      '  Thôn 2: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1); 1 dòng lỗi',
    ]);
  });

  it('a quote that does close over two lines is still one cell (guard)', async () => {
    const { rows } = await run(csvSource('Mã hộ,Thôn,Khu vực,Số nhân khẩu,TNBQ,Ghi chú\nH01,Thôn 1,nt,2,1tr,"dòng một\ndòng hai"\nH02,Thôn 1,nt,2,1tr,\n'));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['4', 'near_poor']]);
    expect(rows[0]!.ly_do).not.toContain('ngoặc kép');
  });
});

describe('a shifted row copies no thôn/ấp', () => {
  const list = [
    'STT,Họ và tên chủ hộ,Thôn/ấp,Khu vực,Số nhân khẩu,Tổng thu nhập/tháng',
    '1,Phạm Văn, Dũng,Ấp 2,nt,5,6000000', // a comma in the name: every cell one column right
    '2,Võ Thị Em,Ấp 2,nt,5,1,5 tr', // 1,5 tr unquoted: split right of the ấp
    '3,Đỗ Văn Giàu,Ấp 3,nt,2,2000000',
  ].join('\n');

  it('leaves thon_ap empty where its cell may be a name (was: “Dũng” as the thôn/ấp)', async () => {
    const { rows } = await run(csvSource(list));
    // Round 22: one household reads from the row with “Phạm Văn, Dũng” joined back: classified, its thôn/ấp still unsure (was: refused).
    expect(rows[0]!.ma_phan_loai).toBe('near_poor');
    expect(rows[0]!.thon_ap).toBe('');
    expect(rows[0]!.ho_ten_chu_ho).toBe('Phạm Văn, Dũng');
    expect(rows[0]!.ly_do).toContain('chưa rõ phần chữ sau dấu phẩy thuộc cột “Thôn/ấp” hay cột bên cạnh');
  });

  it('an amount split right of the thôn/ấp column keeps the row under its ấp (was: counted as a shifted row)', async () => {
    const { rows, text } = await run(csvSource(list));
    expect(rows[1]!.ma_phan_loai).toBe('error');
    expect(rows[1]!.thon_ap).toBe('Ấp 2');
    expect(rows[1]!.ly_do).toContain('“1” và “5 tr” là số tiền “1,5 tr” bị dấu phẩy tách làm hai ô');
    expect(villageLines(text)).toEqual([
      '  (dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp): 1 hộ (hộ cận nghèo 1)',
      '  Ấp 2: 0 hộ; 1 dòng lỗi',
      '  Ấp 3: 1 hộ (hộ cận nghèo 1)',
    ]);
  });
});

describe('the housing service named with how it lacks', () => {
  // A cadre's lacks cell, typed without diacritics or with: "nhà ở" then the word saying what is wrong with it.
  const list = [
    'Họ và tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ,Các chỉ số thiếu hụt',
    'Lò Văn Dũng,nt,5,1.000.000,"bhyt, nha tieu, nha o tam"', // 3 lacks under the line: poor
    'Hà Thị Én,nt,2,1.000.000,nhà ở dột nát', // near-poor, housing quality
    'Vi Văn Phúc,nt,2,1.000.000,nha o chat hep', // near-poor, housing area
    'Lục Văn Giang,nt,2,1.000.000,nhà ở', // which of the two: still refused
  ].join('\n');

  it('“nha o tam”, “nhà ở dột nát”, “nha o chat hep” are the one lack they say (was: refused, “nhà ở” là nhiều chỉ số)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['poor', 'health_insurance housing_quality sanitation'],
      ['near_poor', 'housing_quality'],
      ['near_poor', 'housing_area'],
      ['error', ''],
    ]);
  });

  it('“nhà ở” alone still names two indicators: refused, both named (guard)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows[3]!.ly_do).toContain('“nhà ở” là nhiều chỉ số: Chất lượng nhà ở (housing_quality), Diện tích nhà ở bình quân đầu người (housing_area)');
  });
});

describe('amounts saved with two decimals', () => {
  // A CSV saved from a sheet whose money cells are formatted "#.##0,00" (Vietnamese) or "#,##0.00": `;` between cells.
  const list = [
    'Họ tên chủ hộ;Khu vực;Số khẩu;TNBQ (đồng/người/tháng);Tổng thu nhập hộ/tháng',
    'Nguyễn Văn An;nt;2;1.200.000,00;', // near-poor
    'Trần Thị Bé;nt;4;;4,800,000.00', // 1.200.000 a person: near-poor
    'Lê Văn Cư;nt;2;1.200.000,50;', // a fraction of a đồng kept as written
    'Phạm Văn Dũng;nt;2;1.500,00;', // 1.500 đồng is no income a person: asked, never read
  ].join('\n');

  it('“1.200.000,00” and “4,800,000.00” are read, the decimals said (was: “Mình chưa hiểu số tiền”)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['near_poor', '1200000'],
      ['near_poor', '1200000'],
      ['near_poor', '1200001'],
      ['error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “1.200.000,00” ghi số có hai chữ số thập phân (“,00”): đọc là 1.200.000 đồng.');
    expect(rows[1]!.ly_do).toContain('4.800.000 đồng ÷ 4 người = 1.200.000 đồng/người/tháng');
    expect(rows[2]!.ly_do).toContain('có phần lẻ dưới 1 đồng');
  });

  it('“1.500,00” is not read as 1.500 đồng (guard)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows[3]!.ly_do).toContain('“1.500,00”');
    expect(rows[3]!.ma_phan_loai).toBe('error');
  });
});

describe('what the batch keeps of a household', () => {
  // A list as a commune keeps it: title, two-row header, ethnicity and notes with a phone number and an illness.
  const list = [
    'DANH SÁCH HỘ CẬN NGHÈO NĂM 2026 - XÃ TÂN PHÚ;;;;;;;',
    'STT;Họ và tên chủ hộ;Dân tộc;Thôn;Khu vực;Số nhân khẩu;TNBQ (đồng/người/tháng);Ghi chú',
    '1;Lò Văn Dũng;Thái;Thôn 1;nt;5;1.200.000;vợ bị tiểu đường, sđt 0912 345 678',
    '2;Hà Thị Én;Mường;Thôn 1;nt;2;1,3 tr;"gọi 0987654321 bị ung thư',
    ';Cộng thôn 1;;;;7;;',
    ';Người lập biểu;;;;;;Chủ tịch UBND xã',
  ].join('\n');

  it('no note, phone number, illness or ethnicity in any result row, note or summary; a quoted note is masked', async () => {
    const { rows, text } = await run(csvSource(list));
    const { outcome } = await classifyInProcess(rules, csvSource(list), '2026-12-04');
    const everything = [JSON.stringify(rows), text, outcome.ok ? outcome.notes.join('\n') : ''].join('\n');
    expect(rows.filter((row) => row.ma_phan_loai === 'near_poor').map((row) => row.ho_ten_chu_ho)).toEqual(['Lò Văn Dũng', 'Hà Thị Én']);
    for (const kept of ['0912', '0987654321', 'tiểu đường', 'ung thư', 'Thái', 'Mường']) expect(everything).not.toContain(kept);
    expect(rows[1]!.ly_do).toContain('ở ô “"gọi [số điện thoại] bị [sức khỏe]” ở cột “Ghi chú”');
  });
});

describe('a form numbered in advance, some rows left empty', () => {
  // The STT column filled 1…6 before the review; rows 2, 3, 5, 6 have no household yet.
  const list = ['STT,Họ và tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,TNBQ,Ghi chú', '1,Nguyễn Văn An,Thôn 1,nt,2,1tr,', '2,,,,,,', '3,,,,,,', '4,Lê Văn Cư,Thôn 1,nt,2,1tr,', '5,,,,,,', '6,,,,,,'].join('\n');

  it('says each is an empty numbered row of the form, not a count (was: “Dòng “2” chỉ có số đếm … không được đối chiếu”)', async () => {
    const { rows, text } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'footer'], ['4', 'footer'], ['5', 'near_poor'], ['6', 'footer'], ['7', 'footer']]);
    expect(rows[1]!.ly_do).toBe('Dòng chỉ có số thứ tự “2” ở cột “STT”, các ô khác để trống: dòng trống của mẫu danh sách, không phải hộ: không tính, không phân loại. Nếu đây là một hộ, hãy ghi đủ thông tin của hộ rồi kiểm tra lại.');
    expect(text).toContain('(Không tính 4 dòng chỉ có số thứ tự, các ô khác để trống (dòng trống của mẫu, không phải hộ): dòng 3, 4, 6, 7;');
    expect(text).not.toContain('số đếm');
  });

  it('a row with its number and a name but no figures is still a household refused for what it lacks (guard)', async () => {
    const { rows } = await run(csvSource(`${list}\n7,Trần Văn Em,,,,,`));
    expect(rows.at(-1)!.ma_phan_loai).toBe('error');
  });
});

describe('a broken quote on a member’s row', () => {
  it('the household is classified on its head’s row, the member’s line named (was: “Dòng CSV …” without the line)', async () => {
    const list = [
      'Mã hộ,Họ tên,Quan hệ với chủ hộ,Thôn,Khu vực,Số nhân khẩu,Tổng thu nhập hộ/tháng,Ghi chú',
      'H01,Nguyễn Văn An,Chủ hộ,Thôn 1,nt,2,2.000.000,',
      'H01,Trần Thị Bình,Vợ,Thôn 1,,,,"bị ốm', // the wife's note opened by a quote never closed
      'H02,Lê Văn Cư,Chủ hộ,Thôn 1,nt,1,1tr,',
    ].join('\n');
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['4', 'near_poor']]);
    expect(rows[0]!.ly_do).toMatch(/^Dòng 3 \(thành viên\): dòng CSV có dấu ngoặc kép đặt sai \(có dấu ngoặc kép mở mà không đóng\) ở ô “"bị ốm” ở cột “Ghi chú”/);
    expect(rows[1]!.ly_do).not.toContain('ngoặc kép');
  });
});
