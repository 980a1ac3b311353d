/**
 * Round 21 (commune cadres) on POST /api/batch: the X-Batch-Summary header says the rows skipped as no household — the blank
 * rows and the rows of a form numbered in advance and left empty — as `cli batch`'s summary says them, so the web page can
 * say them too (nothing of the list left unsaid); the page's summary says them (web client.js batchSummary). Classes by hand, 2026 rural (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ
 * 351/2025/NĐ-CP): poor line 1.500.000 đ per person per month; at or under it, under 3 deprivations = near-poor.
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

describe('X-Batch-Summary of a form with rows left empty', () => {
  it('counts the blank rows and names the numbered empty rows of the form (was: neither in the header)', async () => {
    const list = [
      'STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
      '1,Nguyễn Văn Tư,xã,4,1.200.000,bhyt', // near-poor
      ',,,,,',
      '2,Lê Thị Bảy,xã,3,1.000.000,', // near-poor
      '3,,,,,',
      '4,,,,,',
      ',,,,,',
    ].join('\r\n');
    const response = await server.fetch('/api/batch?date=02/12/2026', { method: 'POST', body: Buffer.from(`\uFEFF${list}`, 'utf8') });
    expect(response.status).toBe(200);
    const counts = JSON.parse(response.headers.get('x-batch-summary')!) as Record<string, unknown>;
    expect(counts).toMatchObject({ rows: 2, classified: 2, rejected: 0, blank: 2, blankFormRows: ['5', '6'] });
    // The result file keeps the form's empty rows, each said (guard).
    const file = await response.text();
    expect(file).toContain('5,,,"dòng trống của mẫu (chỉ có số thứ tự), không phải hộ",footer');
    expect(file).toContain('6,,,"dòng trống của mẫu (chỉ có số thứ tự), không phải hộ",footer');
  });
});
