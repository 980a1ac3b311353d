/**
 * Round 41 (commune cadres' lists, helper lists42): POST /api/batch's log line says how many rows were refused for each
 * column, as column codes only ("so_nguoi": 1), and the X-Batch-Summary header says the same in `refusedByColumn`, its other
 * fields unchanged. Neither holds a cell's text, a name or a header as the list writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;
beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

const LIST = [
  'Mã hộ,Họ tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ,Thiếu hụt BHYT,Ngày rà soát',
  'Q1,Nguyễn Văn Sáu,nt,bốn,1.200.000,,',
  'Q2,Trần Thị Bảy,nt,4,hỏi lại sau,,',
  'Q3,Lê Văn Tám,nt,4,chưa rõ,,',
  'Q4,Phạm Thị Chín,nt,4,1.200.000,?,',
  'Q5,Đỗ Văn Mười,nt,4,1.200.000,,31/02/2026',
  'Q6,Vũ Thị Một,nt,4,1.200.000,,',
].join('\r\n');

describe('POST /api/batch: dong loi theo cot trong log va trong X-Batch-Summary', () => {
  it('counts refused rows by column code in the log and the summary, no cell text (was: rows, classified, rejected only)', async () => {
    const response = await server.fetch('/api/batch?date=06/12/2026', { method: 'POST', body: LIST, headers: { 'Content-Type': 'text/csv' } });
    expect(response.status).toBe(200);
    const summary = JSON.parse(response.headers.get('x-batch-summary') ?? 'null');
    expect(summary).toMatchObject({ rows: 6, classified: 1, rejected: 5 });
    expect(summary.refusedByColumn).toEqual({ so_nguoi: 1, thu_nhap_binh_quan: 2, chi_so: 1, ngay: 1 });
    const logged = server.logs().find((line) => line.event === 'batch_checked');
    expect(logged).toMatchObject({ rows: 6, classified: 1, rejected: 5, refusedByColumn: { so_nguoi: 1, thu_nhap_binh_quan: 2, chi_so: 1, ngay: 1 } });
    const log = server.logLines.join('\n');
    for (const text of ['Nguyễn', 'Nguy\\u1ec5n', 'bốn', 'hỏi lại', 'chưa rõ', 'BHYT', '31/02', 'Q1']) expect(log).not.toContain(text);
  });
});
