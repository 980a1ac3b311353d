/**
 * "Kiểm tra danh sách hộ" on the web page in headless Chromium (findings15 #5): a commune cadre without a terminal
 * chooses the list file, writes the review date, gets a short Vietnamese summary and the result file to download (the
 * file POST /api/batch answers: the same as `cli batch --out`, test/server/batch.test.ts). A file that is no list gets
 * a Vietnamese message on the page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceAndBrowser, newPhoneContext, PHONES } from './chromium.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const L01 = fileURLToPath(new URL('../batch/fixtures/findings15/L01_xa_an_binh_bom.csv', import.meta.url));
const L08 = fileURLToPath(new URL('../batch/fixtures/findings18/L08_ngay_2027.csv', import.meta.url));

const running = serviceAndBrowser();
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await newPhoneContext(running.browser, PHONES.common, { acceptDownloads: true });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

/** The CSV's rows as cells (no quoted commas in the columns read here before ly_do). */
const csvRows = (text: string) => text.replace(/^\uFEFF/, '').trim().split('\n').map((line) => line.split(','));

describe('Kiểm tra danh sách hộ in Chromium', () => {
  it('uploads a list with a review date, shows the counts and gives the result file', async () => {
    await page.goto(running.server.url);
    await page.getByText('Kiểm tra danh sách hộ').click();
    await page.getByLabel('Tệp danh sách').setInputFiles(L01);
    await page.getByLabel('Ngày xét (dd/MM/yyyy, bỏ trống là hôm nay)').fill('02/12/2026');
    await page.getByLabel('Tệp kết quả', { exact: true }).selectOption('csv');
    await page.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    const link = page.getByRole('link', { name: /^Tải tệp kết quả/ });
    await link.waitFor();
    const summary = (await page.locator('#batch-result').textContent()) ?? '';
    // By hand (findings15 L01): AB001 and AB004 nghèo, AB002 cận nghèo, AB005 trung bình, AB003 không thuộc diện.
    expect(summary).toContain('Đã kiểm tra 5 dòng: 5 hộ đã phân loại, 0 dòng lỗi chưa phân loại.');
    // findings18 W3: the standard the classes are under is named.
    expect(summary).toContain('Chuẩn áp dụng: Chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp)');
    expect(summary).toContain('- Hộ nghèo: 2');
    expect(summary).toContain('- Hộ cận nghèo: 1');
    expect(summary).toContain('- Hộ có mức sống trung bình: 1');
    expect(summary).toContain('Không tính 3 dòng tổng cộng, chữ ký');
    await page.screenshot({ path: `${ARTIFACTS}web-batch-upload.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('ket-qua-L01_xa_an_binh_bom.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    const rows = csvRows(text);
    expect(rows[0]!.slice(0, 5)).toEqual(['dong', 'ma_ho', 'ngay', 'phan_loai', 'ma_phan_loai']);
    // The class code stands after phan_loai, which may hold commas ("không thuộc diện hộ nghèo, hộ cận nghèo hay …").
    const byCode = Object.fromEntries(rows.slice(1).filter((row) => row[1]).map((row) => [row[1], [row[2], /,(poor|near_poor|middle|none|unknown),/.exec(row.join(','))?.[1]]]));
    // Each row's own date (Ngày rà soát) is kept; the date asked is for rows without one.
    expect(byCode).toEqual({
      AB001: ['15/11/2026', 'poor'],
      AB002: ['15/11/2026', 'near_poor'],
      AB003: ['16/11/2026', 'none'],
      AB004: ['16/11/2026', 'poor'],
      AB005: ['17/11/2026', 'middle'],
    });
  });

  it('findings18 W3: a list with rows of 15/12/2026 and 15/01/2027 shows the households under each standard, named, never added together', async () => {
    await page.getByLabel('Tệp danh sách').setInputFiles(L08);
    await page.getByLabel('Ngày xét (dd/MM/yyyy, bỏ trống là hôm nay)').fill('02/12/2026');
    await page.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    await page.getByRole('link', { name: /^Tải tệp kết quả \(ket-qua-L08/ }).waitFor();
    const summary = (await page.locator('#batch-result').textContent()) ?? '';
    expect(summary).toContain('Các dòng có ngày xét thuộc nhiều chuẩn; số hộ theo từng chuẩn:');
    // By hand: 2027 (NĐ 351/2025) D-01 nghèo, D-04 cận nghèo, D-02 D-05 D-06 chưa xác định; 2026 D-03 trung bình, D-07 nghèo.
    expect(summary).toMatch(/Chuẩn nghèo đa chiều giai đoạn 2027–2030 – Nghị định 351\/2025\/NĐ-CP \(tham khảo\), ngày xét 15\/01\/2027: 5 hộ\n- Hộ nghèo: 1\n- Hộ cận nghèo: 1\n- Hộ có mức sống trung bình: 0\n/);
    expect(summary).toMatch(/Chuẩn nghèo đa chiều năm 2026 \(năm chuyển tiếp\)[^\n]*, ngày xét 15\/12\/2026: 2 hộ\n- Hộ nghèo: 1\n- Hộ cận nghèo: 0\n- Hộ có mức sống trung bình: 1\n/);
    expect(summary).toMatch(/Theo chuẩn mới từ 01\/01\/2027: [^\n]*2 hộ có ngày xét 15\/12\/2026:\n- Hộ nghèo: 1\n/);
    // Not the two standards' households added up with no standard named (2 nghèo: 1 in 2026 + 1 in 2027).
    expect(summary).not.toContain('- Hộ nghèo: 2');
  });

  it('“Tên cột tiếng Việt, dễ đọc”: the result file is headed in words a cadre reads, the same columns in the same order', async () => {
    await page.getByLabel('Tệp danh sách').setInputFiles(L01);
    await page.getByLabel('Ngày xét (dd/MM/yyyy, bỏ trống là hôm nay)').fill('02/12/2026');
    await page.getByLabel('Tệp kết quả', { exact: true }).selectOption('csv');
    // Before: the page had no such choice (only cli batch --readable-headers and /api/batch headers=readable had it).
    await page.getByLabel('Dòng tên cột của tệp kết quả').selectOption('readable');
    await page.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    const link = page.getByRole('link', { name: /^Tải tệp kết quả \(ket-qua-L01/ });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = csvRows(readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]!.slice(0, 5)).toEqual(['Dòng trong danh sách', 'Mã hộ', 'Ngày xét', 'Kết quả phân loại', 'Mã phân loại']);
    expect(rows.slice(1).filter((row) => row[1]).map((row) => row[1])).toEqual(['AB001', 'AB002', 'AB003', 'AB004', 'AB005']);
    // Back to the column ids (the default) for the next list.
    await page.getByLabel('Dòng tên cột của tệp kết quả').selectOption('');
  });

  it('a file that is no list gets a Vietnamese message on the page', async () => {
    await page.getByLabel('Tệp danh sách').setInputFiles({ name: 'thu-moi.csv', mimeType: 'text/csv', buffer: Buffer.from('Thư mời họp\nLúc 8 giờ sáng thứ Hai\n') });
    await page.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    const alert = page.locator('#batch-result [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Không tìm thấy dòng tên cột .*khu vực, số người/);
    // findings18 W5: what to do on the page, not a command line the cadre cannot run.
    expect(await alert.textContent()).toContain('Hãy sửa dòng tên cột trong tệp rồi gửi lại');
    expect(await alert.textContent()).not.toContain('npm run');
    expect(await page.getByRole('link', { name: /^Tải tệp kết quả/ }).count()).toBe(0);
  });

  it('broke no rule of its own CSP and threw no error', () => {
    // The one 400 is the refused file above (Chromium logs every answer ≥ 400 as a console error).
    expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});

describe('round 14 lists on the web page', () => {
  it('a list with “Thôn 1: 1 hộ” rows and a “Tổng số hộ” that is off: both said in the page’s summary', async () => {
    await page.goto(running.server.url);
    await page.getByText('Kiểm tra danh sách hộ').click();
    const list = [
      'STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
      '1,Nguyễn Văn Tư,xã,4,1.200.000,bhyt',
      ',Thôn 1: 1 hộ,,,,',
      '2,Lê Thị Bảy,xã,3,2.600.000,',
      'Tổng số hộ: 3,,,,,',
    ].join('\r\n');
    await page.getByLabel('Tệp danh sách').setInputFiles({ name: 'ds-thon.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${list}`, 'utf8') });
    await page.getByLabel('Ngày xét (dd/MM/yyyy, bỏ trống là hôm nay)').fill('02/12/2026');
    await page.getByRole('button', { name: 'Kiểm tra danh sách' }).click();
    await page.getByRole('link', { name: /^Tải tệp kết quả \(ket-qua-ds-thon/ }).waitFor();
    const summary = (await page.locator('#batch-result').textContent()) ?? '';
    expect(summary).toContain('Đã kiểm tra 2 dòng: 2 hộ đã phân loại, 0 dòng lỗi chưa phân loại.');
    // Before: the count row was a group heading, the household count never checked.
    expect(summary).toContain('Không tính 1 dòng chỉ có số đếm (không phải hộ): dòng 3 “Thôn 1: 1 hộ”.');
    expect(summary).toContain('Cần xem lại dòng tổng cộng, số khác với số đếm được: dòng 5 “Tổng số hộ: 3”: số hộ danh sách ghi 3, đếm được 2.');
  });
});
