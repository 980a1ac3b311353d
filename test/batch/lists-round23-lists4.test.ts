/**
 * Round 23 (commune cadres' lists, helper lists4): words cadres type under one criterion column that say something only there —
 * "còn hạn" under "BHYT" (a card in force; in a chat "còn hạn nộp hồ sơ" is not), "giếng" under "Nước sinh hoạt", "nhà xây" under
 * "Nhà ở", "hố xí 2 ngăn" under "Nhà tiêu" (rules/indicators.yaml does not tell these apart: refused with the rule's own words
 * and what to write, never the generic "không rõ"). Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP):
 * rural poor line 1.500.000 đ per person per month; at or under it, fewer than 3 deprivations = near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { everydayCell } from '../../src/rules/understand.ts';
import { excelCsvLists } from './classify-in-process.ts';

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round23-lists4', rules, '2026-12-04');

const read = (rows: Record<string, string>[]) => rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut]);
const MARKS = 'ghi x hoặc ✓ nếu hộ thiếu hụt chỉ số này; để trống hoặc - nếu không';

describe('“còn hạn” under “BHYT”', () => {
  it('is a card in force: no health-insurance lack, said in ly_do with the rule (was: refused, “không rõ là có thiếu hụt hay không”)', async () => {
    const { rows, summary } = await run(
      saved('ds-con-han.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT,Nước sinh hoạt',
        'H1,nt,4,1200000,còn hạn,x',
        'H2,nt,4,1200000,Thẻ còn hạn,x',
        'H3,nt,4,1200000,the con han,x',
        'H4,nt,4,1200000,het han,x', // the lack, as before
        'H5,nt,4,1200000,con han nop ho so,x', // not of the card: still asked
      ]),
    );
    expect(read(rows).slice(0, 4)).toEqual([
      ['H1', 'near_poor', 'water_source'],
      ['H2', 'near_poor', 'water_source'],
      ['H3', 'near_poor', 'water_source'],
      ['H4', 'near_poor', 'health_insurance water_source'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Cột “BHYT” ghi “còn hạn”: đọc là không thiếu hụt chỉ số “Bảo hiểm y tế” (thiếu hụt khi hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế); nếu hộ thiếu hụt chỉ số này, hãy ghi x.',
    );
    expect(rows[2]!.ly_do).toContain('Cột “BHYT” ghi “the con han”: đọc là không thiếu hụt chỉ số “Bảo hiểm y tế”');
    expect(rows[4]!.ma_phan_loai).toBe('error');
    expect(rows[4]!.ly_do).toContain('Cột BHYT: “con han nop ho so” không rõ là có thiếu hụt hay không');
    expect(summary).toMatchObject({ rows: 5, classified: 4, rejected: 1 });
  });

  it('is read only in that column: in a chat sentence “còn hạn” says nothing of health insurance', () => {
    for (const said of ['con han nop ho so ko', 'giay chung nhan ho ngheo con han ko']) {
      const read = everydayCell(said, rules, '2026-12-04');
      expect([...read.had, ...read.deprived, ...read.unsure]).not.toContain('health_insurance');
    }
  });
});

describe('“giếng”, “nước giếng” under “Nước sinh hoạt”', () => {
  it('is refused with the rule and asks which well (was: “không rõ là có thiếu hụt hay không”); longer phrases read first; “tháng giêng” untouched', async () => {
    const { rows } = await run(
      saved('ds-gieng.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Nước sinh hoạt,Thiếu hụt BHYT',
        'H1,nt,4,1200000,nước giếng,x',
        'H2,nt,4,1200000,gieng,x',
        'H3,nt,4,1200000,giếng khoan,x',
        'H4,nt,4,1200000,giếng đào có nắp,x',
        'H5,nt,4,1200000,gieng dao de ho,x',
        'H6,nt,4,1200000,tháng giêng,x',
      ]),
    );
    expect(read(rows).slice(2, 5)).toEqual([
      ['H3', 'near_poor', 'health_insurance'],
      ['H4', 'near_poor', 'health_insurance'],
      ['H5', 'near_poor', 'health_insurance water_source'],
    ]);
    const rule = '(Nước máy, giếng khoan, giếng đào có bảo vệ là nước hợp vệ sinh; chỉ có nước sông, suối, ao hồ, giếng không được bảo vệ là thiếu)';
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toContain(
      `Cột Nước sinh hoạt: “nước giếng” chưa đủ để biết hộ có thiếu hụt chỉ số “Nguồn nước sinh hoạt” hay không ${rule}: giếng khoan hay giếng đào (có nắp/để hở)? Hãy ghi rõ, hoặc ${MARKS}`,
    );
    expect(rows[1]!.ly_do).toContain(`“gieng” chưa đủ để biết hộ có thiếu hụt chỉ số “Nguồn nước sinh hoạt” hay không ${rule}: giếng khoan hay giếng đào`);
    expect(rows[5]!.ma_phan_loai).toBe('error');
    expect(rows[5]!.ly_do).toContain(`Cột Nước sinh hoạt: “tháng giêng” không rõ là có thiếu hụt hay không: ${MARKS}`);
  });
});

describe('houses and latrines the rules do not name', () => {
  it('“nhà xây”, “nhà mái bằng”, “nhà gỗ” under “Nhà ở” and “hố xí 2 ngăn”, “thấm dội nước” under “Nhà tiêu” are refused with the rule’s own words (was: “không rõ”)', async () => {
    const { rows, summary } = await run(
      saved('ds-nha.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Nhà ở,Nhà tiêu,Thiếu hụt BHYT',
        'H1,nt,4,1200000,nhà xây,,x',
        'H2,nt,4,1200000,nha mai bang,,x',
        'H3,nt,4,1200000,Nhà gỗ,,x',
        'H4,nt,4,1200000,,hố xí 2 ngăn,x',
        'H5,nt,4,1200000,,tham doi nuoc,x',
        'H6,nt,4,1200000,nhà cấp 4,tự hoại,x', // named by the rules: read as before
      ]),
    );
    expect(read(rows)[5]).toEqual(['H6', 'near_poor', 'health_insurance']);
    expect(rows[0]!.ly_do).toContain(
      `Cột Nhà ở: “nhà xây” chưa đủ để biết hộ có thiếu hụt chỉ số “Chất lượng nhà ở” hay không (Hộ đang ở trong ngôi nhà thiếu kiên cố hoặc nhà đơn sơ): nhà kiên cố, bán kiên cố hay thiếu kiên cố, đơn sơ (dễ dột, dễ sập)? Hãy ghi rõ, hoặc ${MARKS}`,
    );
    expect(rows[1]!.ly_do).toContain('“nha mai bang” chưa đủ để biết hộ có thiếu hụt chỉ số “Chất lượng nhà ở”');
    expect(rows[2]!.ly_do).toContain('“Nhà gỗ” chưa đủ để biết hộ có thiếu hụt chỉ số “Chất lượng nhà ở”');
    expect(rows[3]!.ly_do).toContain(
      'Cột Nhà tiêu: “hố xí 2 ngăn” chưa đủ để biết hộ có thiếu hụt chỉ số “Nhà tiêu hợp vệ sinh” hay không (Nhà tiêu tự hoại, bán tự hoại hoặc hố xí có nắp đậy đều được tính là hợp vệ sinh',
    );
    expect(rows[3]!.ly_do).toContain('tự hoại, bán tự hoại, hố xí có nắp đậy hay loại khác?');
    expect(rows[4]!.ly_do).toContain('“tham doi nuoc” chưa đủ để biết hộ có thiếu hụt chỉ số “Nhà tiêu hợp vệ sinh”');
    for (const row of rows.slice(0, 5)) expect(row.ly_do).not.toContain('không rõ là có thiếu hụt hay không');
    expect(summary).toMatchObject({ rows: 6, classified: 1, rejected: 5 });
  });
});
