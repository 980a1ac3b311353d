/**
 * Round 21 (commune cadres), the web page's "Kiểm tra danh sách hộ" in headless Chromium: the summary says the rows skipped as
 * no household — the blank rows and the rows of a form numbered in advance and left empty, with their lines — as `cli batch`
 * says them, so a cadre sees that a household written on such a row was not checked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceAndBrowser } from './chromium.ts';

const running = serviceAndBrowser();
let page: Page;
const folder = mkdtempSync(join(tmpdir(), 'batch-round21-'));

beforeAll(async () => {
  page = await (await running.browser.newContext({ locale: 'vi-VN', acceptDownloads: true })).newPage();
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the page’s summary of a form with rows left empty', () => {
  it('says the blank rows and the numbered empty rows (was: not said)', async () => {
    const list = join(folder, 'mau-danh-sach.csv');
    writeFileSync(list, `\uFEFF${['STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt', '1,Nguyễn Văn Tư,xã,4,1.200.000,bhyt', ',,,,,', '2,,,,,', '3,,,,,'].join('\r\n')}`);
    await page.goto(running.server.url);
    await page.getByText('Kiểm tra danh sách hộ').click();
    await page.getByLabel('Tệp danh sách').setInputFiles(list);
    await page.getByLabel('Ngày xét (dd/MM/yyyy, bỏ trống là hôm nay)').fill('02/12/2026');
    await page.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    await page.getByRole('link', { name: /^Tải tệp kết quả/ }).waitFor();
    const summary = (await page.locator('#batch-result').textContent()) ?? '';
    expect(summary).toContain('Đã kiểm tra 1 dòng: 1 hộ đã phân loại, 0 dòng lỗi chưa phân loại.');
    expect(summary).toContain('Không tính 1 dòng trống.');
    expect(summary).toContain('Không tính 2 dòng trống của mẫu, chỉ có số thứ tự (dòng 4, 5): nếu có hộ ở các dòng đó, hãy ghi đủ thông tin của hộ.');
  });
});
