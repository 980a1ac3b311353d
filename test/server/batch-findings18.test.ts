/**
 * Findings 18 (commune cadres on the web page and POST /api/batch): what a cadre without a terminal is told. A list the
 * page cannot read says how to fix it there (not "npm run cli -- batch --help"); the CLI keeps its own --help hint.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
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
