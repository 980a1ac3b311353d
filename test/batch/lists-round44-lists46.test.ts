/**
 * Round 44 (commune cadres' lists, helper lists46): sheets as a commune's cadre types them, nothing dropped unsaid.
 * - Title dates: "DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026" (the date further than 3 words from "rà
 *   soát") and "Ngày lập danh sách: 15/11/2026" name the list's day: read as the review day, said why; a decision's date still
 *   is not; --date still wins (was the run's day, unsaid).
 * The day changes the class here through a BHYT card ending 30/11/2026 (as in dates-round42-lists43): in force on 15/11 (2
 * lacks, near-poor at 1.200.000 đồng, rural 2026 line 1.500.000 đồng), ended on 06/12 (3 lacks: poor).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { checkUploadedList } from '../../src/batch/upload.ts';
import { listFiles } from './list-files.ts';

const { check } = listFiles('lists-round44-lists46');
const rules = loadRules();
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
const HEADER = 'STT,Họ và tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập BQ/người/tháng,Thiếu hụt,Hạn thẻ BHYT';
const HOUSEHOLD = '1,Lò Văn Pấng,Thôn 3,xã,4,1.200.000,nuoc sh; nha tieu,30/11/2026';
const dateNotes = (notes: readonly string[]) => notes.filter((note) => /^(?:Ngày rà soát|Các dòng đầu ghi)/.test(note));

describe('ngay ra soat o cuoi dong tieu de, ngay lap danh sach', () => {
  it('“… RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026”: checked at 15/11/2026 (near-poor), said why (was 06/12/2026, poor, unsaid)', async () => {
    const { rows, notes, outcome } = await check('ds-thon-3.csv', csv(['UBND XÃ MƯỜNG PHĂNG,,,,,,,', 'DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026,,,,,,,', HEADER, HOUSEHOLD]));
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([['4', '15/11/2026', 'near_poor']]);
    expect(dateNotes(notes)).toEqual([
      'Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 2; ngày ghi sau chữ “ngày” trong dòng tiêu đề danh sách rà soát, dòng không nêu văn bản nào khác): các hộ được xét theo ngày này, không theo ngày xét chung 06/12/2026.',
    ]);
    expect(outcome.ok && outcome.summary.reviewDate).toEqual({ date: '2026-11-15', by: 'title', line: 2, kind: 'titled' });
  });

  it('“Ngày lập danh sách: 15/11/2026” with no review day written: that day, said as the day the list was made', async () => {
    const { rows, notes } = await check('ds-ngay-lap.csv', csv(['DANH SÁCH HỘ NGHÈO THÔN 3,,,,,,,', 'Ngày lập danh sách: 15/11/2026,,,,,,,', HEADER, HOUSEHOLD]));
    expect(rows.map((row) => [row.ngay, row.ma_phan_loai])).toEqual([['15/11/2026', 'near_poor']]);
    expect(dateNotes(notes)).toEqual([
      'Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 2; ngày lập danh sách; danh sách không ghi ngày rà soát riêng nên dùng ngày này): các hộ được xét theo ngày này, không theo ngày xét chung 06/12/2026.',
    ]);
  });

  it('a review day and another day the list was made: the review day, the other said as not used', async () => {
    const { rows, notes } = await check('ds-hai-loai-ngay.csv', csv(['Danh sách rà soát ngày 15/11/2026,,,,,,,', 'Ngày lập danh sách: 05/12/2026,,,,,,,', HEADER, HOUSEHOLD]));
    expect(rows.map((row) => row.ngay)).toEqual(['15/11/2026']);
    expect(dateNotes(notes)).toEqual([
      'Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 1): các hộ được xét theo ngày này, không theo ngày xét chung 06/12/2026. Ngày lập danh sách (dòng 2 ghi “05/12/2026”) không dùng làm ngày rà soát: dòng đầu đã ghi ngày rà soát.',
    ]);
  });

  it('a decision’s date far after “rà soát” is still no review day', async () => {
    const { rows, notes } = await check(
      'ds-quyet-dinh.csv',
      csv(['"DANH SÁCH HỘ NGHÈO SAU RÀ SOÁT NĂM 2026 (Kèm theo Quyết định số 125/QĐ-UBND ngày 20/11/2026 của UBND xã)",,,,,,,', HEADER, HOUSEHOLD]),
    );
    expect(rows.map((row) => [row.ngay, row.ma_phan_loai])).toEqual([['06/12/2026', 'poor']]);
    expect(dateNotes(notes)).toEqual([]);
  });

  it('the form’s date still wins; the API says the title’s kind (extends reviewDate, nothing renamed)', async () => {
    const list = csv(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026,,,,,,,', HEADER, HOUSEHOLD]);
    const flagged = await checkUploadedList(rules, list, { defaultDate: '2026-12-06', dateFlag: 'date' });
    expect(flagged.ok && flagged.counts.reviewDate.date).toBe('06/12/2026');
    const titled = await checkUploadedList(rules, list, { defaultDate: '2026-12-06' });
    expect(titled.ok && titled.counts.reviewDate).toEqual({
      date: '15/11/2026',
      by: 'title',
      line: '1',
      titleKind: 'titled',
      said: '15/11/2026, lấy từ dòng đầu của danh sách (dòng 1: ngày ghi sau chữ “ngày” trong dòng tiêu đề danh sách rà soát, dòng không nêu văn bản nào khác)',
    });
  });
});
