/**
 * Round 44 (helper lists47): a village list with "Ko BHYT", "Ko nhà vệ sinh" (the chat's "không" abbreviations, spoken.ts)
 * read those columns as lacks: Nguyễn Văn Tư (5 người, 6.000.000 đồng, x in the three columns) is poor with 3 lacks (was
 * near-poor, 1 lack: the two columns "bỏ qua", said only on stderr). A column still left that looks like an indicator ("Hem
 * BHYT") is said in the summary on stdout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check, cli, work } = listFiles('headers-round44-lists47');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
const THON3 = [
  'DANH SÁCH RÀ SOÁT HỘ NGHÈO THÔN 3 NĂM 2026',
  'STT,Họ tên chủ hộ,Địa chỉ,Số khẩu,Tổng thu nhập/tháng,Ko BHYT,Nhà tạm,Ko nhà vệ sinh,Ghi chú',
  '1,Nguyễn Văn Tư,Thôn 3 xã Tân An,5,"6.000.000",x,x,x,',
  '2,Trần Thị Bé,Thôn 3 xã Tân An,3,4tr5,,,,',
  '3,Lê Văn Ba,Thôn 3 xã Tân An,4,"2tr5",x,,,ong gia benh',
];

describe('cot "Ko BHYT", "Ko nhà vệ sinh" cua danh sach thon', () => {
  it('ds-thon3.csv: Nguyễn Văn Tư is poor with BHYT, nhà ở, nhà tiêu (was near-poor, 1 lack, two columns "bỏ qua")', () => {
    const file = join(work, 'ds-thon3.csv');
    writeFileSync(file, csv(THON3));
    const run = cli([file, '--out', join(work, 'kq.csv')]);
    expect(run.stderr).toContain('“Ko BHYT” → chỉ số health_insurance');
    expect(run.stderr).toContain('“Ko nhà vệ sinh” → chỉ số sanitation');
    expect(run.stderr).not.toMatch(/bỏ qua\): [^\n]*Ko BHYT/);
    expect(run.stdout).toMatch(/Theo nhóm:\n\s+hộ nghèo: 1\n/);
    expect(run.stdout).not.toContain('Cột giống chỉ số thiếu hụt');
  });

  it.each([
    ['K BHYT', ['health_insurance']],
    ['Khong co BHYT', ['health_insurance']],
    ['Ko nha ve sinh', ['sanitation']],
    ['ko NVS', ['sanitation']],
    ['Hok co nuoc sach', ['water_source']],
  ])('“%s” + x is that lack', async (header, lacks) => {
    const { rows } = await check('ds.csv', csv([`STT,Họ tên chủ hộ,Địa chỉ,Số khẩu,Tổng thu nhập/tháng,${header}`, '1,Lê Thị Hai,Thôn 1 xã Tân An,4,"4.000.000",x']));
    expect(rows.map((row) => row.chi_so_thieu_hut)).toEqual([lacks.join(' ')]);
  });

  it('a column left unread that names an indicator ("Hem BHYT") is said in the summary, not only on stderr', () => {
    const file = join(work, 'ds-hem.csv');
    writeFileSync(file, csv(['STT,Họ tên chủ hộ,Địa chỉ,Số khẩu,Tổng thu nhập/tháng,Hem BHYT', '1,Lê Thị Hai,Thôn 1 xã Tân An,4,"4.000.000",x']));
    const run = cli([file, '--out', join(work, 'kq-hem.csv')]);
    expect(run.stdout).toContain('Cột giống chỉ số thiếu hụt nhưng không đọc được, đã bỏ qua (không tính vào thiếu hụt của hộ): “Hem BHYT”.');
  });
});
