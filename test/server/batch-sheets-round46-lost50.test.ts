/**
 * tryout51 F2, F4 over real HTTP: POST /api/batch of a workbook whose last sheet's header is not read counts that sheet's
 * household as an error row and puts the warning first in X-Batch-Summary (the web page shows it first); a CSV with CR-only
 * line ends is read (was 400 "Không tìm thấy dòng tên cột").
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;
beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

const HEADER = ['Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập/tháng', 'Các chỉ số thiếu hụt'];

describe('POST /api/batch', () => {
  it('a sheet headed so it cannot be read: its households error rows, the warning first (was rejected: 0, a note last)', async () => {
    const workbook = new ExcelJS.Workbook();
    const one = workbook.addWorksheet('Ấp 1');
    one.addRow(HEADER);
    one.addRow(['A1', 'Nguyễn A', 'nt', 4, '2tr', '']);
    const two = workbook.addWorksheet('Ấp 2');
    two.addRow(['Ma ho', 'Chu ho', 'KV', 'So khau', 'Thu nhap', 'Thieu hut']);
    two.addRow(['B1', 'Trần B', 'nt', 3, '1.2tr', '']);
    two.addRow(['B2', 'Trần C', 'nt', 5, '3tr', '']);
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await server.fetch('/api/batch?date=15/11/2026&name=ds-xa.xlsx&format=csv', { method: 'POST', body });
    expect(response.status).toBe(200);
    const counts = JSON.parse(response.headers.get('x-batch-summary')!) as { rows: number; rejected: number; unreadSheets?: string };
    expect(counts).toMatchObject({ rows: 3, rejected: 2 });
    expect(counts.unreadSheets).toBe('Cảnh báo: 2 dòng trên 1 trang tính chưa đọc được (“Ấp 2” 2 dòng): các dòng ấy là dòng lỗi trong kết quả, chưa được xét, lý do ở cột ly_do.');
    expect(Object.keys(counts)[0]).toBe('unreadSheets');
    const result = await response.text();
    expect(result.match(/Trang “Ấp 2” chưa đọc được cùng danh sách/g)).toHaveLength(2);
  });

  it('a CSV with CR-only line ends is read', async () => {
    const body = [HEADER.join(','), 'A1,Nguyễn A,nt,4,2tr,', 'A2,Nguyễn B,nt,3,"1,5 triệu",bhyt'].join('\r');
    const response = await server.fetch('/api/batch?date=15/11/2026&name=ds.csv', { method: 'POST', body, headers: { 'Content-Type': 'text/csv' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.headers.get('x-batch-summary')!)).toMatchObject({ rows: 2, classified: 2, rejected: 0 });
  });
});
