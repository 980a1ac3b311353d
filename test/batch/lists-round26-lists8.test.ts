/**
 * Round 26 (commune cadres' lists, helper lists8): lists as a commune keeps them. A "BHYT" column marked x beside a "Hạn thẻ
 * BHYT" column whose card is in force on the review date (the lack counted, the card in force said beside it, the two cells'
 * disagreement unsaid); "x" under "Hạn thẻ BHYT" (read as the lack, silently: it is no date, and may be a tick for "has a
 * card"). Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person
 * per month; at or under it, fewer than 3 lacks = near-poor; review date 04/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess, excelCsvLists } from './classify-in-process.ts';
import { twoRowHeader, workbooks } from './merged-header.ts';

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round26-lists8', rules, '2026-12-04');
const workbook = workbooks('lists-round26-lists8');

describe('“BHYT” and “Hạn thẻ BHYT” on the same row', () => {
  it('that disagree are said on the row, both cells named, and which one was counted and why (was: the lack counted, “vẫn còn hạn … không thiếu hụt” beside it)', async () => {
    const { rows, summary } = await run(
      saved('ds-bhyt-han.csv', [
        'STT,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ,BHYT,Hạn thẻ BHYT',
        '1,Nguyễn Văn Tư,nt,4,1tr2,x,31/12/2027', // x = lacks, yet a card in force
        '2,Lò Thị Mai,nt,4,1tr2,x,31/12/2025', // both say the lack
        '3,Đinh Văn Sáu,nt,4,1tr2,,31/12/2027', // both say none
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['2', 'near_poor', 'health_insurance'],
      ['3', 'near_poor', 'health_insurance'],
      ['4', 'near_poor', ''],
    ]);
    expect(rows[0]!.ly_do).toContain('Cần xem lại: cột “BHYT” ghi “x” (thiếu hụt) nhưng cột “Hạn thẻ BHYT” ghi “31/12/2027”, thẻ còn hạn vào ngày xét 04/12/2026: hai ô không khớp.');
    expect(rows[0]!.ly_do).toContain('Hộ được tính là thiếu hụt chỉ số “Bảo hiểm y tế” theo ô “x”, vì chỉ cần một thành viên không có thẻ là hộ thiếu hụt');
    expect(rows[0]!.ly_do).toContain('hãy xóa “x” ở cột “BHYT”');
    expect(rows[0]!.ly_do).not.toContain('nên đọc là không thiếu hụt');
    for (const row of rows.slice(1)) expect(row.ly_do).not.toContain('Cần xem lại');
    expect(summary.rejected).toBe(0);
  });

  it('“có” under “BHYT (có/không)” beside a card ended: the lack counted by the card’s term, said', async () => {
    const { rows } = await run(
      saved('ds-bhyt-co-khong.csv', ['STT,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ,BHYT (có/không),Hạn thẻ BHYT', '1,Nguyễn Văn Tư,nt,4,1tr2,có,31/12/2025', '2,Lò Thị Mai,nt,4,1tr2,không,31/12/2027']),
    );
    expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['near_poor', 'health_insurance'],
      ['near_poor', 'health_insurance'],
    ]);
    expect(rows[0]!.ly_do).toContain('Cần xem lại: cột “BHYT (có/không)” ghi “có” (không thiếu hụt) nhưng cột “Hạn thẻ BHYT” ghi “31/12/2025”, thẻ hết hạn trước ngày xét 04/12/2026');
    expect(rows[0]!.ly_do).toContain('theo hạn thẻ, vì thẻ hết hạn thì vào ngày xét người ấy không có bảo hiểm; nếu thẻ đã được gia hạn, hãy ghi hạn mới');
    expect(rows[1]!.ly_do).toContain('hãy ghi “có” ở cột “BHYT (có/không)”');
  });
});

describe('a day kept by Excel as its number under “Hạn thẻ BHYT” (“47483”, a cell formatted General)', () => {
  it('is read as that day, said (was: refused, “không rõ là có thiếu hụt hay không: ghi x hoặc ✓”)', async () => {
    const { rows, summary } = await run(
      saved('ds-han-so.csv', [
        'STT,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ,BHYT,Hạn thẻ BHYT',
        '1,Nguyễn Văn Tư,nt,4,1tr2,,47483', // 31/12/2029
        '2,Lò Thị Mai,nt,4,1tr2,,46022', // 31/12/2025
        '3,Trần Văn Ba,nt,4,1tr2,x,47483',
      ]),
    );
    expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['near_poor', ''],
      ['near_poor', 'health_insurance'],
      ['near_poor', 'health_insurance'],
    ]);
    expect(rows[0]!.ly_do).toContain('Cột “Hạn thẻ BHYT” ghi “47483”: đó là ngày theo cách Excel lưu (số ngày), đọc là 31/12/2029; ô chỉ ghi ngày, đọc là hạn của thẻ: thẻ có hạn đến 31/12/2029');
    expect(rows[1]!.ly_do).toContain('đọc là 31/12/2025; thẻ hết hạn ngày 31/12/2025, trước ngày xét 04/12/2026, nên đọc là thiếu hụt');
    expect(rows[2]!.ly_do).toContain('nhưng cột “Hạn thẻ BHYT” ghi “47483” (ngày 31/12/2029 theo cách Excel lưu số ngày), thẻ còn hạn vào ngày xét 04/12/2026: hai ô không khớp');
    expect(summary.rejected).toBe(0);
  });
});

describe('a mark under “Hạn thẻ BHYT”', () => {
  it('is no date: the row is refused naming its row and column, both readings said (was: “x” read as the lack, unsaid)', async () => {
    const list = saved('ds-han-x.csv', [
      'STT,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ,Hạn thẻ BHYT',
      '1,Trần Văn Ba,nt,4,1tr2,x',
      '2,Trần Văn Bốn,nt,4,1tr2,không có thẻ',
      '3,Trần Văn Năm,nt,4,1tr2,có',
      '4,Trần Văn Sáu,nt,4,1tr2,',
    ]);
    const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-04');
    if (!outcome.ok) throw new Error(outcome.message);
    const { summary, notes } = outcome;
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['2', 'error', ''],
      ['3', 'near_poor', 'health_insurance'],
      ['4', 'error', ''],
      ['5', 'near_poor', ''],
    ]);
    expect(rows[0]!.ly_do).toContain('Cột Hạn thẻ BHYT: “x” không phải ngày: cột “Hạn thẻ BHYT” ghi ngày hết hạn của thẻ, còn “x” chưa rõ là hộ không có thẻ (thiếu hụt) hay đánh dấu hộ có thẻ');
    expect(rows[0]!.ly_do).toContain('Hãy ghi ngày hết hạn in trên thẻ (dd/MM/yyyy), hoặc “không có thẻ” nếu hộ thiếu hụt chỉ số này');
    expect(rows[2]!.ly_do).toContain('“có” không phải ngày');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([4, 2, 2]);
    expect(formatSummary(rules, summary)).toContain('Cột Hạn thẻ BHYT: 2 dòng (dòng 2, 4), ví dụ dòng 2: “x” không phải ngày');
    // The header's report says how the card's term is read, and no longer that x under it is a lack.
    expect(notes.join('\n')).toContain('ô ghi x, ✓, √, có hay không thì dòng bị từ chối: không phải ngày');
    expect(notes.join('\n')).not.toContain('Cột chỉ ghi tên chỉ số (“Hạn thẻ BHYT”)');
  });
});

describe('a household code typed again otherwise (“hgd001 ” under “HGD001”), its row hidden in the workbook', () => {
  it('is the same household: its row comes out marked and is counted once (was: two households, counted twice in the classes)', async () => {
    const list = await workbook('thon1.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 - XÃ TÂN THÀNH']);
      sheet.mergeCells('A1:I1');
      const merge = twoRowHeader(sheet, ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ (đồng/người/tháng)', { group: 'Các chỉ số thiếu hụt', under: ['BHYT', 'Nước sạch'] }, 'Ngày rà soát']);
      sheet.addRow([1, 'HGD001', 'Nguyễn Văn An', 'Nông thôn', 4, '1.500.000', 'x', '', '20/11/2026']);
      sheet.addRow([2, 'HGD002', 'Lê Thị Bình', 'nong thon', 3, '1tr2', '', 'x', 46346]);
      sheet.addRow([3, 'hgd001 ', 'Nguyễn Văn An', 'Nông thôn', 4, '1.500.000', 'x', '', '20/11/2026']);
      sheet.getRow(sheet.rowCount).hidden = true;
      sheet.addRow([4, 'HGD 002', 'Lê Thị Bình', 'Nông thôn', 3, '1tr2', '', 'x', '20/11/2026']);
      sheet.addRow(['Tổng cộng', null, null, null, 14]);
      merge();
    });
    const { rows, summary } = await run(list);
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['4', 'HGD001', 'near_poor'],
      ['5', 'HGD002', 'near_poor'],
      ['6', 'hgd001', 'near_poor'],
      ['7', 'HGD 002', 'near_poor'],
      ['8', '', 'footer'],
    ]);
    expect(rows[2]!.ly_do).toContain('Trùng mã hộ “hgd001” với dòng 4 (dòng ấy ghi “HGD001”, chỉ khác chữ hoa, chữ thường hay dấu cách): không tính lại trong tổng hợp theo nhóm.');
    expect(rows[3]!.ly_do).toContain('Trùng mã hộ “HGD 002” với dòng 5 (dòng ấy ghi “HGD002”');
    expect(summary.duplicateRows).toEqual([6, 7]);
    expect(summary.byClass.get('near_poor')).toBe(2);
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([4, 4, 0]);
  });
});

describe('a “Tổng cộng” row whose household count stands under “Mã hộ” (“7 hộ”)', () => {
  it('is the list’s total line, its count checked (was: a household “7 hộ”, refused for its area)', async () => {
    const { rows, summary } = await run(
      saved('ds-tong-ma-ho.csv', [
        '"DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 - XÃ ĐÔNG HÒA",,,,,,',
        'STT,Mã hộ,Họ và tên,Khu vực,Số NK,Thu nhập bình quân (đồng/người/tháng),Thiếu hụt',
        '1,DH01,Nguyễn Thị Hường,nông thôn,4,1.5tr,bhyt',
        '2,DH02,Trần Văn Đức,nông thôn,3,1tr500,',
        '3,DH03,Lê Văn Hùng,nông thôn,5,"1,500,000",bhyt',
        ',,,,,,',
        'Tổng cộng,4 hộ,,,12,,',
        ',,,,,,',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['3', 'DH01', 'near_poor'],
      ['4', 'DH02', 'near_poor'],
      ['5', 'DH03', 'near_poor'],
      ['7', '', 'footer'],
    ]);
    expect(rows[3]!.ly_do).toContain('Dòng “Tổng cộng” là dòng tổng cộng của danh sách (cộng các hộ ở trên), không phải hộ: không tính. Số ở dòng này bằng tổng các dòng 3–5 (Số NK 12).');
    expect(rows[3]!.ly_do).toContain('Cần xem lại: dòng này ghi 4 hộ, danh sách có 3 hộ.');
    expect([summary.rows, summary.classified, summary.rejected, summary.totalRows]).toEqual([3, 3, 0, [7]]);
  });
});
