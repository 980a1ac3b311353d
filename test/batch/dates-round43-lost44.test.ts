/**
 * Round 43 (lost44): a cadre runs `cli batch ds.csv --date 06/12/2026` on a list titled "DANH SÁCH RÀ SOÁT HỘ NGHÈO … NGÀY
 * 15/11/2026". The title's day used to win over the flag unsaid; now the date the cadre chose wins, the notes say the title's day
 * was not used and why, and the summary (the CLI's text, the workbook's "Tổng hợp" sheet, the API's counts) says which day the
 * households were checked at and where it came from: the flag, the title, or today.
 * The day changes the class here through a BHYT card ending 30/11/2026 (as in dates-round42-lists43): in force on 15/11 (2
 * lacks, near-poor at 1.200.000 đồng), ended on 06/12 (3 lacks: poor).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { checkUploadedList } from '../../src/batch/upload.ts';
import { listFiles } from './list-files.ts';

const { check, cli, work } = listFiles('dates-round43-lost44');
const rules = loadRules();
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
const HEADER = 'STT,Họ và tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập bình quân/tháng,Thiếu hụt,Hạn thẻ BHYT';
const HOUSEHOLD = '1,Lò Văn Pấng,Bản Mòng,xã,4,1.200.000,nuoc sh; nha tieu,30/11/2026';
const TITLED = csv(['UBND XÃ MƯỜNG PHĂNG,,,,,,,', 'DANH SÁCH RÀ SOÁT HỘ NGHÈO NGÀY 15/11/2026,,,,,,,', HEADER, HOUSEHOLD]);
const rowsOf = (stdout: string) => parse(stdout, { columns: true, bom: true }) as Record<string, string>[];

describe('cli batch --date on a list whose title names a review day', () => {
  it('the date given wins: the household is checked at 06/12/2026 (poor), the title’s day said as not used (was 15/11/2026, near-poor, the flag dropped unsaid)', async () => {
    const path = join(work, 'ds-ra-soat.csv');
    writeFileSync(path, TITLED);
    const run = cli([path]);
    expect(run.status).toBe(0);
    expect(rowsOf(run.stdout).map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([['4', '06/12/2026', 'poor']]);
    expect(run.stderr).toContain(
      'Ngày rà soát ở dòng đầu (dòng 2 ghi “15/11/2026”) khác ngày đã chọn khi chạy (--date 06/12/2026): ngày đã chọn được ưu tiên, các hộ được xét theo ngày 06/12/2026, không theo ngày ở dòng đầu. Nếu muốn xét theo ngày ở dòng đầu, hãy chạy lại không có --date.',
    );
    expect(run.stderr).toContain('(Ngày xét chung cho hộ không ghi ngày riêng: 06/12/2026, theo ngày xét đã chọn khi chạy kiểm tra (--date, hay trường date khi gửi tệp), được ưu tiên hơn ngày rà soát ghi ở dòng đầu (dòng 2).)');
    expect(run.stderr).not.toContain('Ngày rà soát lấy từ dòng đầu');
  }, 60_000);

  it('the workbook’s summary sheet says the day and why, as its last row', async () => {
    const path = join(work, 'ds-ra-soat-2.csv');
    writeFileSync(path, TITLED);
    const out = join(work, 'kq.xlsx');
    expect(cli([path, '--out', out]).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.getWorksheet('Tổng hợp')!.eachRow((row) => void rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows.find((row) => row[0] === 'Ngày xét chung (hộ không ghi ngày riêng)')).toEqual([
      'Ngày xét chung (hộ không ghi ngày riêng)',
      '06/12/2026, theo ngày xét đã chọn khi chạy kiểm tra (--date, hay trường date khi gửi tệp), được ưu tiên hơn ngày rà soát ghi ở dòng đầu (dòng 2)',
    ]);
  }, 60_000);

  it('--date on a list without a review day in its title: the summary says the flag, nothing of a title', async () => {
    const path = join(work, 'ds-khong-tieu-de.csv');
    writeFileSync(path, csv([HEADER, HOUSEHOLD]));
    const run = cli([path]);
    expect(run.stderr).toContain('(Ngày xét chung cho hộ không ghi ngày riêng: 06/12/2026, theo ngày xét đã chọn khi chạy kiểm tra (--date, hay trường date khi gửi tệp).)');
    expect(run.stderr).not.toContain('dòng đầu');
  }, 60_000);

  it('no --date: the title’s day, said as such in the summary', async () => {
    const { outcome } = await check('ds-khong-co-date.csv', TITLED);
    expect(outcome.ok && outcome.summary.reviewDate).toEqual({ date: '2026-11-15', by: 'title', line: 2 });
  });
});

describe('POST /api/batch counts: which day and why (extends the JSON; nothing removed)', () => {
  it('the form’s date wins over the title’s; without it the title’s; with neither, today', async () => {
    const given = await checkUploadedList(rules, TITLED, { defaultDate: '2026-12-06', dateFlag: 'date' });
    const titled = await checkUploadedList(rules, TITLED, { defaultDate: '2026-12-06' });
    const plain = await checkUploadedList(rules, csv([HEADER, HOUSEHOLD]), { defaultDate: '2026-12-06' });
    if (!given.ok || !titled.ok || !plain.ok) throw new Error('the list should be read');
    expect(given.counts.reviewDate).toEqual({ date: '06/12/2026', by: 'flag', said: '06/12/2026, theo ngày xét đã chọn khi chạy kiểm tra (--date, hay trường date khi gửi tệp), được ưu tiên hơn ngày rà soát ghi ở dòng đầu (dòng 2)' });
    expect(given.counts.classes.find((one) => one.code === 'poor')!.count).toBe(1);
    expect(titled.counts.reviewDate).toEqual({ date: '15/11/2026', by: 'title', line: '2', said: '15/11/2026, lấy từ dòng đầu của danh sách (dòng 2)' });
    expect(titled.counts.classes.find((one) => one.code === 'near_poor')!.count).toBe(1);
    expect(plain.counts.reviewDate).toEqual({ date: '06/12/2026', by: 'today', said: '06/12/2026, hôm nay (không chọn ngày xét khi chạy, dòng đầu không ghi ngày rà soát)' });
    // The counts the API had before are all still there.
    expect(Object.keys(given.counts)).toEqual(expect.arrayContaining(['rows', 'classified', 'rejected', 'classes', 'problems', 'standards', 'refusedByColumn']));
  }, 60_000);
});
