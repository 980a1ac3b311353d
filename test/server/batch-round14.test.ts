/**
 * Round 14 lists on POST /api/batch (the web page's upload): what the X-Batch-Summary header tells a cadre about the rows
 * under the list that are no households — a total line whose counts differ from those counted.
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

async function upload(list: string) {
  const response = await server.fetch('/api/batch?date=02/12/2026', { method: 'POST', body: Buffer.from(`\uFEFF${list}`, 'utf8') });
  expect(response.status).toBe(200);
  return JSON.parse(response.headers.get('x-batch-summary')!) as Record<string, unknown>;
}

describe('X-Batch-Summary of a list with “Tổng cộng” and “Tổng số hộ” under it', () => {
  it('names each count that differs, the list’s figure and ours; the other counts as they were', async () => {
    const counts = await upload(
      [
        'STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
        '1,Nguyễn Văn Tư,xã,4,1.200.000,bhyt',
        '2,Lê Thị Bảy,xã,3,2.600.000,',
        'Tổng cộng,,,8,,',
        'Tổng số hộ: 2,,,,,',
      ].join('\r\n'),
    );
    expect(counts).toMatchObject({ rows: 2, classified: 2, rejected: 0, footer: 2 });
    // Before: no such field; the people figure 8 (7 counted) was said only in the result file's ly_do.
    expect(counts.totalDiffers).toEqual(['dòng 4 “Tổng cộng”: số nhân khẩu danh sách ghi 8, đếm được 7']);
  });
});

describe('X-Batch-Summary of a list with rows of counts only', () => {
  it('lists each “dòng chỉ có số đếm” with its text; they are no rows, no footer, no error', async () => {
    const counts = await upload(
      [
        'STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
        '1,Nguyễn Văn Tư,xã,4,1.200.000,bhyt',
        ',Thôn 1: 1 hộ,,,,',
        '2,Lê Thị Bảy,xã,3,2.600.000,',
        ',Thôn 2: 1 hộ,,,,',
      ].join('\r\n'),
    );
    expect(counts).toMatchObject({ rows: 2, classified: 2, rejected: 0, sections: 0 });
    // Before: no such field; the two rows were group headings (“sections”: 2).
    expect(counts.countRows).toEqual(['dòng 3 “Thôn 1: 1 hộ”', 'dòng 5 “Thôn 2: 1 hộ”']);
  });
});
