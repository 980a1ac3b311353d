/**
 * Round 36 (commune cadres' whole lists, helper lists20). A cadre checking a long list stops it (Ctrl-C), or the machine
 * stops it (kill): what is left must say it is not the whole list. Was: the process died unsaid, stdout (`cli batch
 * danh-sach.csv > ket-qua.csv`) cut in the middle of a row with no mark, and `--out`'s temporary file left behind.
 * And a file that is not a list: a Word document renamed .xlsx was "Tệp trống (không có dòng tên cột)".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { openList, runList } from '../../src/batch/run.ts';
import type { ResultSink } from '../../src/batch/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'stopped-round36-lists20-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A commune's long list, as typed: 150.000 households of Thôn 1–9. */
function longList(): string {
  const lines = ['Mã hộ,Họ tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập BQ/người/tháng,Thiếu hụt'];
  for (let index = 0; index < 150_000; index += 1) {
    lines.push(`H${index},Lò Văn ${index},Thôn ${1 + (index % 9)},nông thôn,${1 + (index % 6)},"${1_000 + (index % 30) * 50}.000",${index % 3 ? 'bhyt' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
const input = join(work, 'danh-sach.csv');
writeFileSync(input, longList());

function runBatch(extra: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', input, '--date', '06/12/2026', ...extra], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return { child, exited, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => stderr };
}

describe('a long list stopped half-way (Ctrl-C, kill)', () => {
  it('Ctrl-C with the results on stdout: whole rows, then a last record “KẾT QUẢ DỞ DANG” naming the last line checked', async () => {
    const run = runBatch([]);
    // The first results are out: the cadre presses Ctrl-C.
    await new Promise((resolve) => run.child.stdout.once('data', resolve));
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    const records = parse(run.stdout(), { relax_column_count: true }) as string[][];
    const [header, ...rows] = records;
    const last = rows.pop()!;
    expect(last).toHaveLength(1);
    expect(last[0]).toMatch(/^KẾT QUẢ DỞ DANG: lần kiểm tra bị dừng \(Ctrl-C\) trước khi xong\. Ở trên chỉ có \d+ dòng kết quả đầu tiên \(đến dòng \d+ của danh sách\); các dòng sau chưa được kiểm tra, chưa có tổng hợp\. Hãy chạy lại cả danh sách\.$/);
    // Every row above it whole, in order from line 2, none cut; the mark names the last of them.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(150_000);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.map((row) => Number(row[0]))).toEqual(rows.map((_, at) => at + 2));
    expect(last[0]).toContain(`Ở trên chỉ có ${rows.length} dòng kết quả đầu tiên (đến dòng ${rows.length + 1} của danh sách)`);
    expect(run.stderr()).toContain(`Đã dừng giữa chừng (Ctrl-C): kết quả in ra chỉ có ${rows.length} dòng đầu, dòng cuối ghi “KẾT QUẢ DỞ DANG”; chưa có tổng hợp. Hãy chạy lại cả danh sách.`);
    expect(run.stderr()).not.toContain('Tổng hợp:');
  }, 120_000);

  it('kill with --out: no result file, no temporary file left, and it says so', async () => {
    const out = join(work, 'ket-qua.csv');
    const run = runBatch(['--out', out]);
    const temp = join(work, `.ket-qua.csv.${run.child.pid}.tmp`);
    const deadline = Date.now() + 60_000;
    while (!(existsSync(temp) && statSync(temp).size > 0) && Date.now() < deadline) await sleep(5);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    expect(readdirSync(work).sort()).toEqual(['danh-sach.csv']);
    expect(run.stderr()).toMatch(/Đã dừng giữa chừng \(lệnh kill\) sau \d+ dòng kết quả: chưa ghi tệp “.*ket-qua\.csv” \(phần đã làm đã xóa, không để lại tệp dở dang\); tệp danh sách không bị đổi\. Hãy chạy lại cả danh sách\./);
  }, 120_000);
});

describe('a file that is not a list of households, named .xlsx', () => {
  const rules = loadRules();
  const refused = async (name: string, files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(files)) zip.file(path, text);
    const path = join(work, name);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const source = openList(path, statSync(path).size);
    if (typeof source === 'string') throw new Error(source);
    const sink: ResultSink = { header: () => {}, row: () => {}, problem: () => {}, finish: async () => {}, abort: async () => {} };
    const outcome = await runList(rules, source, sink, { defaultDate: '2026-12-06', onProblem: () => {} });
    rmSync(path);
    return outcome.ok ? 'read' : outcome.message;
  };

  it('a Word document renamed danh-sach.xlsx is said to be one, not an empty list', async () => {
    const message = await refused('danh-sach.xlsx', { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document>DANH SÁCH HỘ NGHÈO</w:document>' });
    expect(message).toBe('Tệp “danh-sach.xlsx” không phải bảng tính Excel: bên trong là một văn bản Word (.docx), không có trang tính nào (có thể tệp bị đổi tên thành .xlsx). Hãy mở danh sách hộ trong Excel và lưu thành .xlsx (hoặc “CSV UTF-8”), rồi chạy lại. Chưa ghi kết quả nào.');
  });

  it('a LibreOffice sheet (.ods) and a plain zip renamed .xlsx are each named', async () => {
    expect(await refused('thon-1.xlsx', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' })).toContain('bên trong là một tệp LibreOffice hay OpenOffice (.ods, .odt)');
    expect(await refused('nen.xlsx', { 'danh-sach.csv': 'Họ tên,Khu vực\n' })).toContain('bên trong là một tệp nén (.zip)');
  });
});
