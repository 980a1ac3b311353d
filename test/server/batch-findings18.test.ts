/**
 * Findings 18 (commune cadres on the web page and POST /api/batch): what a cadre without a terminal is told. A list the
 * page cannot read says how to fix it there (not "npm run cli -- batch --help"); the CLI keeps its own --help hint.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const L08 = join(ROOT, 'test/batch/fixtures/findings18/L08_ngay_2027.csv');
/** The tester's API3 file: the households typed straight away, no header row above them. */
const NO_HEADER = 'S-1,nông thôn,4,1400000,"bhyt, nhà tiêu"\nS-2,nông thôn,4,1800000,bhyt\n';

let server: TestService;
let scratch: string;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  scratch = mkdtempSync(join(tmpdir(), 'batch-f18-'));
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('API3 / W5: a list with no header row', () => {
  it('on /api/batch: a 400 on field "file" that says what to fix in the file, with a header row to copy, and no command line', async () => {
    const response = await server.fetch('/api/batch?date=02/12/2026', { method: 'POST', body: NO_HEADER });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { field: string; message: string } };
    expect(error.field).toBe('file');
    expect(error.message).toMatch(/^Không tìm thấy dòng tên cột /);
    expect(error.message).not.toContain('npm run');
    expect(error.message).toContain('Hãy sửa dòng tên cột trong tệp rồi gửi lại');
    expect(error.message).toContain('Khu vực | Số nhân khẩu | Thu nhập bình quân');
  });

  it('in cli batch: the same reason, then the CLI’s own hint (npm run cli -- batch --help)', () => {
    const list = join(scratch, 'khong-dong-ten-cot.csv');
    writeFileSync(list, NO_HEADER);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', list], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Không tìm thấy dòng tên cột .*thu nhập \(bình quân hoặc tổng\)\. Xem: npm run cli -- batch --help$/m);
    expect(run.stderr).not.toContain('Hãy sửa dòng tên cột trong tệp rồi gửi lại');
  });
});

describe('W3: L08, rows reviewed on 15/12/2026 and on 15/01/2027', () => {
  type Share = { id: string; name: string; from: string; dates: string; households: number; classes: { code: string; count: number }[] };
  const byCode = (share: Share) => Object.fromEntries(share.classes.map((entry) => [entry.code, entry.count]));

  it('X-Batch-Summary splits the classes by the standard each row was checked under, named, as cli batch does; `classes` is kept as it was', async () => {
    const response = await server.fetch('/api/batch?date=02/12/2026', { method: 'POST', body: readFileSync(L08) });
    expect(response.status).toBe(200);
    const counts = JSON.parse(response.headers.get('x-batch-summary')!) as { rows: number; classes: { code: string; count: number }[]; standards: Share[]; nextStandards: Share[] };
    expect(counts.rows).toBe(7);
    // The old field, all rows together: unchanged for scripts that read it.
    expect(Object.fromEntries(counts.classes.map((entry) => [entry.code, entry.count]))).toEqual({ poor: 2, near_poor: 1, middle: 1, none: 0, unknown: 3 });
    const [in2027, in2026] = counts.standards;
    // By hand, 2027 (NĐ 351/2025, rural ≤ 2.200.000): D-01 2,0 M + 3 → nghèo; D-04 urban 2,8 M + 0 → cận nghèo; D-02, D-06 (1 and 2 known,
    // 2 indicators of unknown threshold) and D-05 (2,3 M, middle band [?]) → chưa xác định.
    expect(in2027!.name).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2027–2030 – Nghị định 351\/2025\/NĐ-CP/);
    expect(in2027!.dates).toBe('ngày xét 15/01/2027');
    expect(in2027!.households).toBe(5);
    expect(byCode(in2027!)).toEqual({ poor: 1, near_poor: 1, middle: 0, none: 0, unknown: 3 });
    // 2026 (NĐ 07/2021 kept): D-03 2,0 M → trung bình; D-07 1,4 M + 3 → nghèo.
    expect(in2026!.name).toMatch(/^Chuẩn nghèo đa chiều năm 2026/);
    expect(in2026!.households).toBe(2);
    expect(byCode(in2026!)).toEqual({ poor: 1, near_poor: 0, middle: 1, none: 0, unknown: 0 });
    // The 2026 rows under the standard that starts 01/01/2027 (chuan_moi_*): D-03 → nghèo, D-07 (2 known) → chưa xác định.
    expect(counts.nextStandards).toHaveLength(1);
    expect(counts.nextStandards[0]!.from).toBe('01/01/2027');
    expect(byCode(counts.nextStandards[0]!)).toEqual({ poor: 1, near_poor: 0, middle: 0, none: 0, unknown: 1 });
  });
});
