/**
 * Round 18 lists on POST /api/batch (the web page's upload): the X-Batch-Summary header gives a cadre the households of each
 * thôn/ấp and the refused rows counted by reason, as `cli batch` says them.
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

describe('X-Batch-Summary of a list by ấp', () => {
  it('says each ấp’s households by class and the refused rows by reason (was: no such fields)', async () => {
    const list = [
      'STT,Họ và tên chủ hộ,Ấp,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
      '1,Nguyễn Văn Tư,Ấp 1,xã,4,1.200.000,bhyt', // near-poor
      '2,Lê Thị Bảy,Ấp 1,xã,3,2.600.000,', // none
      '3,Trần Văn Tám,Ấp 2,xã,bốn,1.000.000,', // refused
      '4,Đỗ Thị Chín,Ấp 2,,2,900.000,', // refused
      '5,Phạm Văn Mười,Ấp 2,xã,2,900.000,bhyt; nước sinh hoạt; nhà tiêu', // poor
    ].join('\r\n');
    const response = await server.fetch('/api/batch?date=02/12/2026', { method: 'POST', body: Buffer.from(`\uFEFF${list}`, 'utf8') });
    expect(response.status).toBe(200);
    const counts = JSON.parse(response.headers.get('x-batch-summary')!) as Record<string, unknown>;
    expect(counts).toMatchObject({ rows: 5, classified: 3, rejected: 2 });
    expect(counts.villages).toEqual({
      title: 'Theo thôn, ấp (theo cột “Ấp”): số hộ đã phân loại theo nhóm, và số dòng lỗi',
      lines: ['Ấp 1: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)', 'Ấp 2: 1 hộ (hộ nghèo 1); 2 dòng lỗi'],
    });
    expect(counts.refusedReasons).toEqual([
      'Cột Số nhân khẩu (so_nguoi): 1 dòng (dòng 4), ví dụ dòng 4: số người “bốn” phải là số nguyên lớn hơn 0, viết bằng chữ số',
      'Cột Khu vực (khu_vuc): 1 dòng (dòng 5), ví dụ dòng 5: chưa ghi khu vực',
    ]);
  });
});
