/**
 * Round 43 (commune cadres' lists, helper lists45): the polarity of có/không follows the header.
 * - A header naming the facility or service ("Nước sạch", "Nhà vệ sinh", "Internet", as "BHYT" already): "có" is has it (no
 *   lack), "không", "khong", "ko", "chưa", "không có" the lack (was refused: “khong” là có Nước sạch hay thiếu Nước sạch?).
 *   A header naming the lack ("Thiếu hụt nước sạch"): "có" is the lack. "1"/"0" under a bare header stay asked.
 * - BHYT "đủ", "du", "đủ thẻ", "cả nhà có": every member has a card; "1 nguoi ko co", "2 người chưa có", "thiếu 1 thẻ": the lack
 *   (NĐ 07/2021 Phụ lục: at least one member aged 6 or over without BHYT; the row says the rule).
 * - Water/latrine words the standard decides ("giếng khoan", "nước máy", "tự hoại", "sông suối") are read; "giếng", "hố xí 2
 *   ngăn", "chung nhà hàng xóm" are asked with the row and the column named.
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP), rural line 1.500.000 đ: at or under it,
 * 3 or more lacks → hộ nghèo, fewer → hộ cận nghèo.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('cells-round43-lists45');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('cot "Nuoc sach", "Nha ve sinh" ghi co/khong (B1)', () => {
  it('the tester’s list: có = has it, khong/ko = the lack; only the truly messy cells are refused', async () => {
    const { rows, notes } = await check(
      'ho.csv',
      csv([
        'STT,Họ tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập cả hộ/tháng,Nhà ở,Nước sạch,Nhà vệ sinh,BHYT,Ghi chú',
        '1,Nguyễn Văn A,nông thôn,4,"2tr5",nhà lá,khong,khong,co,',
        '2,Trần Thị B,Nong thon,3,4.500.000,kiên cố,có,có,,ba 78 tuổi',
        '3,Lê Văn C,thành thị,5,,nhà tạm,co,khong,khong,chưa hỏi thu nhập',
        '4,Phạm D,nông thôn,two,3000000,bán kiên cố,có,có,có,',
        '5,Võ Thị E,,2,1tr2,nha la,gieng,ko,1 nguoi ko co,bệnh tim',
        '6,Huỳnh F,nông thôn,6,12 triệu,kiên cố,có,có,đủ,',
      ]),
    );
    // A: 2.500.000 ÷ 4 = 625.000 ≤ 1.500.000; nhà lá, no water, no latrine = 3 → poor. B: 4.500.000 ÷ 3 = 1.500.000, none → near-poor.
    // F: 12.000.000 ÷ 6 = 2.000.000 > 1.500.000 and ≤ 2.250.000 → middle ("đủ" BHYT read, not refused).
    expect(rows.map((row) => [row.ho_ten_chu_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['Nguyễn Văn A', 'poor', 'housing_quality water_source sanitation'],
      ['Trần Thị B', 'near_poor', ''],
      ['Lê Văn C', 'error', ''],
      ['Phạm D', 'error', ''],
      ['Võ Thị E', 'error', ''],
      ['Huỳnh F', 'middle', ''],
    ]);
    expect(rows[0]!.ly_do).toContain('Cột “Nước sạch” ghi “khong”: cột chỉ ghi tên chỉ số nên “có” là hộ có Nước sạch, “không” là hộ không có Nước sạch');
    expect(rows[2]!.ly_do).toMatch(/^Cột Thu nhập cả hộ\/tháng \(tong_thu_nhap\): chưa ghi thu nhập/);
    expect(rows[3]!.ly_do).toMatch(/^Cột Số nhân khẩu \(so_nguoi\): số người “two”/);
    expect(rows[4]!.ly_do).toMatch(/^Cột Khu vực \(khu_vuc\): chưa ghi khu vực/);
    expect(notes.join('\n')).toContain('Cột “Nước sạch” chỉ ghi tên chỉ số, đọc là hộ có Nước sạch hay không: ô ghi có là hộ có Nước sạch (không thiếu hụt); ô ghi không hoặc chưa là hộ không có Nước sạch (thiếu hụt chỉ số đó)');
    expect(notes.join('\n')).toContain('Cột “BHYT” chỉ ghi tên thẻ, đọc là hộ có thẻ hay không');
  });

  it('“Nước sinh hoạt”, “Nhà tiêu”, “Internet” read có/không as had/lacked; “Thiếu hụt nước sạch”, “Không có nhà tiêu” read “có” as the lack; “1” stays asked', async () => {
    const { rows } = await check(
      'ds-tien-ich.csv',
      csv([
        'Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,Nước sinh hoạt,Nhà tiêu,Internet,Thiếu hụt nước sạch,Không có nhà tiêu',
        'T1,Lò Văn A,nt,3,1.000.000,không,chưa có,ko,,',
        'T2,Lò Văn B,nt,3,1.000.000,có,có,có,,',
        'T3,Lò Văn C,nt,3,1.000.000,,,,có,có',
        'T4,Lò Văn D,nt,3,1.000.000,1,,,,',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['T1', 'poor', 'water_source sanitation telecom'],
      ['T2', 'near_poor', ''],
      ['T3', 'near_poor', 'water_source sanitation'],
      ['T4', 'error', ''],
    ]);
    expect(rows[3]!.ly_do).toMatch(/^Cột Nước sinh hoạt: “1” là có Nước sinh hoạt hay thiếu Nước sinh hoạt\?/);
  });

  it('an Excel sheet with a title row: “Nước sạch”/“Nhà vệ sinh” có/không read the same', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thon 3');
    sheet.addRow(['DANH SÁCH RÀ SOÁT HỘ GIA ĐÌNH THÔN 3']);
    sheet.addRow(['STT', 'Họ tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ/người/tháng', 'Nước sạch', 'Nhà vệ sinh', 'BHYT']);
    sheet.addRow([1, 'Đinh Văn Tâm', 'nông thôn', 4, 1200000, 'Không', 'Không', 'Không']);
    sheet.addRow([2, 'Hà Thị Lan', 'nông thôn', 4, 1200000, 'Có', 'Có', 'Có']);
    const { rows } = await check('ds-thon-3.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows.map((row) => [row.ho_ten_chu_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['Đinh Văn Tâm', 'poor', 'health_insurance water_source sanitation'],
      ['Hà Thị Lan', 'near_poor', ''],
    ]);
  });
});

describe('o BHYT "đủ", "1 nguoi ko co" (B2)', () => {
  it('the tester’s list: “đủ” is every card had, “1 nguoi ko co” the lack (one member of 6 or over is enough)', async () => {
    const { rows } = await check(
      'ho2.csv',
      csv([
        'STT,Họ tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập cả hộ/tháng,Nhà ở,Thiếu hụt nước sạch,Thiếu hụt nhà tiêu,BHYT',
        '1,Nguyễn Văn A,nông thôn,4,"2tr5",nhà lá,có,có,có',
        '2,Trần Thị B,Nong thon,3,4.500.000,kiên cố,,,có',
        '3,Lê Văn C,thành thị,5,9 triệu,nhà tạm,,có,không',
        '4,Võ Thị E,xã,2,1tr2,nha la,có,có,1 nguoi ko co',
        '5,Huỳnh F,nông thôn,6,12 triệu,kiên cố,,,đủ',
        '6,Đặng G,phường,3,"6,6tr",bán kiên cố,,,chưa',
      ]),
    );
    // E: 1.200.000 ÷ 2 = 600.000; nhà lá, water, latrine, BHYT = 4 → poor. F: 2.000.000 rural → middle.
    expect(rows.map((row) => [row.ho_ten_chu_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['Nguyễn Văn A', 'poor', 'housing_quality water_source sanitation'],
      ['Trần Thị B', 'near_poor', ''],
      ['Lê Văn C', 'poor', 'health_insurance housing_quality sanitation'],
      ['Võ Thị E', 'poor', 'health_insurance housing_quality water_source sanitation'],
      ['Huỳnh F', 'middle', ''],
      ['Đặng G', 'middle', 'health_insurance'],
    ]);
    expect(rows[3]!.ly_do).toContain('thiếu hụt khi hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế');
  });

  it('“du”, “đủ thẻ”, “cả nhà có”, “có đủ” are no lack; “thiếu 1 thẻ”, “2 người chưa có”, “hai người không có” are the lack', async () => {
    const cells = ['du', 'đủ thẻ', 'cả nhà có', 'có đủ', 'thiếu 1 thẻ', '2 người chưa có', 'hai người không có'];
    const { rows } = await check('ds-bhyt.csv', csv(['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,BHYT', ...cells.map((cell, at) => `B${at + 1},nt,4,1.000.000,${cell}`)]));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual(
      cells.map((_, at) => [`B${at + 1}`, 'near_poor', at < 4 ? '' : 'health_insurance']),
    );
  });
});

describe('o nuoc, nha ve sinh ghi bang chu (giếng khoan, tự hoại, chung nhà hàng xóm)', () => {
  it('reads what the standard decides and asks the rest, naming the row and the column', async () => {
    const water = ['giếng khoan', 'nước máy', 'sông suối', 'không có', 'giếng', 'chung nhà hàng xóm', 'nước máy'];
    const latrine = ['tự hoại', 'tự hoại', 'tự hoại', 'không có', 'tự hoại', 'tự hoại', 'hố xí 2 ngăn'];
    const { rows } = await check(
      'ds-nuoc-ve-sinh.csv',
      csv(['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,Nước sạch,Nhà vệ sinh', ...water.map((cell, at) => `W${at + 1},nt,4,1.000.000,${cell},${latrine[at]}`)]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['W1', 'near_poor', ''],
      ['W2', 'near_poor', ''],
      ['W3', 'near_poor', 'water_source'],
      ['W4', 'near_poor', 'water_source sanitation'],
      ['W5', 'error', ''],
      ['W6', 'error', ''],
      ['W7', 'error', ''],
    ]);
    expect(rows[4]!.ly_do).toMatch(/^Cột Nước sạch: “giếng” chưa đủ để biết/);
    expect(rows[5]!.ly_do).toContain('Cột Nước sạch: “chung nhà hàng xóm” chưa đủ để biết hộ có thiếu hụt chỉ số “Nguồn nước sinh hoạt” hay không');
    expect(rows[5]!.ly_do).toContain('dùng chung với hàng xóm thì đó là nước gì (nước máy, giếng khoan, giếng đào có nắp hay nguồn khác)?');
    expect(rows[6]!.ly_do).toMatch(/^Cột Nhà vệ sinh: “hố xí 2 ngăn” chưa đủ để biết/);
  });
});
