/**
 * POST /api/batch over real HTTP (findings15 #5): a commune cadre without a terminal sends the list file and gets back the
 * result file `cli batch --out` writes, byte for byte for CSV; a workbook back as a workbook; a bad file a Vietnamese 400;
 * nothing kept (the temporary folder is empty after each answer, no household text in the log).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_DEFAULTS } from '../../src/batch/defaults.ts';
import { startTestService, type TestService } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/batch/fixtures/findings15');
const L01 = join(FIXTURES, 'L01_xa_an_binh_bom.csv');
const L04 = join(FIXTURES, 'L04_3dong_tieude_2trang.xlsx');
const L06 = join(FIXTURES, 'L06_dong_loi.csv');

let server: TestService;
let scratch: string;
let uploads: string;
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  // Where the route's temporary folders go (os.tmpdir() reads TMPDIR on each call): watched to be empty after each answer.
  uploads = mkdtempSync(join(tmpdir(), 'batch-uploads-'));
  scratch = mkdtempSync(join(tmpdir(), 'batch-cli-'));
  process.env.TMPDIR = uploads;
});

afterAll(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await server?.close();
  rmSync(uploads, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** The result file `cli batch <list> --out <name> --date <date>` writes. */
function cliResult(list: string, name: string, date: string): Buffer {
  const out = join(scratch, name);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', list, '--out', out, '--date', date, '--force'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: scratch } });
  expect(run.status === 0 || run.status === 3, run.stderr).toBe(true);
  return readFileSync(out);
}

const post = (path: string, body: RequestInit['body'], headers: Record<string, string> = {}) => server.fetch(path, { method: 'POST', body, headers });
const summaryOf = (response: Response) => JSON.parse(response.headers.get('x-batch-summary') ?? 'null');

async function sheetRows(bytes: ArrayBuffer | Buffer, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('POST /api/batch', () => {
  it('a CSV list sent as it is: the same file cli batch --out writes, the counts in Vietnamese, nothing left in the temporary folder', async () => {
    const response = await post('/api/batch?date=02/12/2026&name=L01_xa_an_binh_bom.csv', readFileSync(L01), { 'Content-Type': 'text/csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ket-qua-L01_xa_an_binh_bom.csv"');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(cliResult(L01, 'l01.csv', '02/12/2026'))).toBe(true);
    const counts = summaryOf(response);
    // By hand (findings15 L01): AB001 1,4 tr + 3 → nghèo; AB002 1,5 tr + 1 → cận nghèo; AB003 2,4 tr → không; AB004 1,5 tr + 3 → nghèo; AB005 2,25 tr → trung bình.
    expect(counts).toMatchObject({ rows: 5, classified: 5, rejected: 0, footer: 3 });
    expect(Object.fromEntries(counts.classes.map((entry: { label: string; count: number }) => [entry.label, entry.count]))).toMatchObject({
      'hộ nghèo': 2,
      'hộ cận nghèo': 1,
      'hộ có mức sống trung bình': 1,
    });
    expect(readdirSync(uploads)).toEqual([]);
    // Nothing of the list in the log: no code, no name, no place.
    const log = server.logLines.join('\n');
    for (const text of ['AB001', 'Nguyễn Văn Một', 'An Bình', 'Nguy\\u1ec5n']) expect(log).not.toContain(text);
    expect(server.logs().find((line) => line.event === 'batch_checked')).toBeDefined();
  });

  it('a list with a total line under each ấp: those rows are counted apart, as subtotals, not households nor errors', async () => {
    const response = await post('/api/batch?date=01/12/2026', readFileSync(join(ROOT, 'test/batch/fixtures/lists9/cong-ap.csv')), { 'Content-Type': 'text/csv' });
    expect(response.status).toBe(200);
    const rows = Buffer.from(await response.arrayBuffer()).toString('utf8').split('\n');
    expect(rows.filter((row) => row.includes(',"dòng cộng giữa danh sách')).map((row) => row.split(',')[0])).toEqual(['7', '10', '13']);
    // By hand (test/batch/lists9.test.ts): 8 households; “Cộng ấp 1”, “Cộng ấp Tân Thành”, “Cộng:” mid-list; “Tổng cộng” and two signature lines under it.
    expect(summaryOf(response)).toMatchObject({ rows: 8, classified: 8, rejected: 0, footer: 3, subtotals: 3 });
  });

  it('a workbook sent from a form (multipart, with the date field) comes back as a workbook with the same sheets and rows as cli batch --out .xlsx', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(L04)]), 'L04 thôn 1-2.xlsx');
    form.append('date', '01/01/2027');
    const response = await post('/api/batch', form);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ket-qua-L04-thon-1-2.xlsx"');
    const body = await response.arrayBuffer();
    const expected = cliResult(L04, 'l04.xlsx', '01/01/2027');
    for (const sheet of ['Kết quả', 'Dòng lỗi', 'Tổng hợp']) expect(await sheetRows(body, sheet)).toEqual(await sheetRows(expected, sheet));
    const results = await sheetRows(body, 'Kết quả');
    // Every household read on the date asked (no date column in L04).
    expect(results.filter((row) => row[2] === '01/01/2027').length).toBe(5);
    expect(summaryOf(response)).toMatchObject({ rows: 5, classified: 5, rejected: 0 });
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('format=csv turns a workbook into the CSV result; the refused rows are named with their reason', async () => {
    const response = await post('/api/batch?format=csv&date=2026-12-02', readFileSync(L06));
    expect(response.status).toBe(200);
    const counts = summaryOf(response);
    expect(counts).toMatchObject({ rows: 9, classified: 1, rejected: 8 });
    expect(counts.problems).toHaveLength(BATCH_DEFAULTS.upload.problemsShown);
    expect(counts.problems[0]).toMatch(/^Dòng 2, cột .*chưa ghi thu nhập \(ô trống\)/);
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text.split('\n').filter((line) => line.includes(',error,')).length).toBe(8);
  });

  it('headers=readable heads the result in Vietnamese words, the same columns and rows; another value is a Vietnamese 400', async () => {
    const ids = Buffer.from(await (await post('/api/batch?format=csv&date=2026-12-02', readFileSync(L01))).arrayBuffer()).toString('utf8').split('\n');
    const response = await post('/api/batch?format=csv&date=2026-12-02&headers=readable', readFileSync(L01));
    expect(response.status).toBe(200);
    const lines = Buffer.from(await response.arrayBuffer()).toString('utf8').split('\n');
    // Before: the parameter was ignored (column ids).
    expect(lines[0]!.replace(/^\uFEFF/, '').split(',').slice(0, 4)).toEqual(['Dòng trong danh sách', 'Mã hộ', 'Ngày xét', 'Kết quả phân loại']);
    expect(lines.slice(1)).toEqual(ids.slice(1));
    const bad = await post('/api/batch?headers=vi', readFileSync(L01));
    expect(bad.status).toBe(400);
  });

  it('a file that is no list gets a Vietnamese 400 saying what to do, and nothing is left behind', async () => {
    const notAList = await post('/api/batch', 'xin chào, đây là thư mời họp\nhọp lúc 8 giờ\n');
    expect(notAList.status).toBe(400);
    const refused = (await notAList.json()) as { error: { message: string; field: string } };
    expect(refused.error.field).toBe('file');
    expect(refused.error.message).toMatch(/^Không tìm thấy dòng tên cột .*khu vực, số người/);
    const xls = await post('/api/batch', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(xls.status).toBe(400);
    expect(((await xls.json()) as { error: { message: string } }).error.message).toMatch(/Excel 97–2003 \(\.xls\).*\.xlsx/);
    const damaged = await post('/api/batch', readFileSync(L04).subarray(0, 3000));
    expect(damaged.status).toBe(400);
    expect(((await damaged.json()) as { error: { message: string } }).error.message).toMatch(/bị hỏng hoặc chưa tải về hết/);
    const empty = await post('/api/batch', '');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/tệp trống/);
    const badDate = await post('/api/batch?date=31/02/2027', readFileSync(L01));
    expect(badDate.status).toBe(400);
    expect(((await badDate.json()) as { error: { field: string; message: string } }).error).toEqual({ field: 'date', message: 'Ngày xét “31/02/2027” không có thật hoặc sai dạng; hãy ghi dd/MM/yyyy, ví dụ 02/12/2026.' });
    const brokenForm = await post('/api/batch', '--x\r\nnot a form part', { 'Content-Type': 'multipart/form-data; boundary=x' });
    expect(brokenForm.status).toBe(400);
    expect(((await brokenForm.json()) as { error: { message: string } }).error.message).toMatch(/^Biểu mẫu gửi lên \(multipart\/form-data\) sai định dạng/);
    const noFile = new FormData();
    noFile.append('date', '02/12/2026');
    const withoutFile = await post('/api/batch', noFile);
    expect(withoutFile.status).toBe(400);
    expect(((await withoutFile.json()) as { error: { field: string } }).error.field).toBe('file');
    const badFormat = await post('/api/batch?format=pdf', readFileSync(L01));
    expect(badFormat.status).toBe(400);
    expect(readdirSync(uploads)).toEqual([]);
    const reasons = server.logs().filter((line) => line.event === 'batch_refused').map((line) => line.reason);
    expect(reasons).toEqual(expect.arrayContaining(['unreadable', 'damaged', 'empty']));
  });

  it('a list past the size or row limit gets a Vietnamese 413 telling to split it', async () => {
    const big = Buffer.alloc(BATCH_DEFAULTS.upload.maxBytes + 1, 0x61);
    const tooBig = await post('/api/batch', big);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { message: string } }).error.message).toBe(
      'Tệp danh sách quá lớn (tối đa 5 MB). Hãy chia danh sách thành nhiều tệp (ví dụ theo thôn, ấp) rồi kiểm tra từng tệp.',
    );
    const rows = ['Mã hộ;Khu vực;Số người;Thu nhập bình quân'];
    for (let i = 0; i <= BATCH_DEFAULTS.upload.maxRows; i += 1) rows.push(`H${i};nt;4;1.200.000`);
    const long = await post('/api/batch', rows.join('\n'));
    expect(long.status).toBe(413);
    expect(((await long.json()) as { error: { message: string } }).error.message).toBe(
      'Danh sách quá dài (tối đa 20.000 hộ một tệp, không kể dòng tiêu đề, tên cột, tổng cộng, chữ ký). Hãy chia danh sách thành nhiều tệp (ví dụ theo thôn, ấp) rồi kiểm tra từng tệp.',
    );
    // findings32 L06: exactly 20.000 households under a title and a header, with the total and a signature under them, is
    // taken (before: 413, the title, header and footer lines counted as rows).
    const exact = ['DANH SÁCH HỘ RÀ SOÁT NĂM 2026', ...rows.slice(0, BATCH_DEFAULTS.upload.maxRows + 1), 'Tổng cộng;;80000;', ';Người lập biểu;;'];
    const taken = await post('/api/batch?format=csv', exact.join('\n'));
    expect(taken.status).toBe(200);
    const counts = JSON.parse(taken.headers.get('x-batch-summary')!) as { rows: number; classified: number; footer: number };
    expect([counts.rows, counts.classified, counts.footer]).toEqual([20_000, 20_000, 2]);
    expect(readdirSync(uploads)).toEqual([]);
  });
});

describe('POST /api/batch is rate-limited like the other API routes', () => {
  it('the third list in a minute at 2 a minute gets 429', async () => {
    const limited = await startTestService({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const send = () => limited.fetch('/api/batch', { method: 'POST', body: readFileSync(L01) });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const third = await send();
      expect(third.status).toBe(429);
      expect(((await third.json()) as { error: { message: string } }).error.message).toMatch(/^Bạn gửi quá nhiều yêu cầu/);
    } finally {
      await limited.close();
    }
  });
});
