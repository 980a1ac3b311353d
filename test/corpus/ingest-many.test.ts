/** `cli ingest` on a big file holding many documents, and on a folder (issue 10). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ingest-many-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', ...args], { cwd: root, encoding: 'utf8' });

/** The same plan issued again and again (same number, same title), as in an exported register. */
const plan = (n: number) => `UỶ BAN NHÂN DÂN
TỈNH THÁI BÌNH

Số: 12 /KH-UBND
Thái Bình, ngày 5 tháng 3 năm 2024

KẾ HOẠCH
Hỗ trợ hộ nghèo năm 2024

I. MỤC ĐÍCH

Nội dung riêng của bản số ${n}: rà soát hộ nghèo định kỳ hằng năm.

Nơi nhận:
- Lưu: VT.
`;

describe('cli ingest', () => {
  it('gives every document of one file its own id and file: none overwrites another', () => {
    const count = 40;
    const source = join(work, 'so-dang-ky.txt');
    writeFileSync(source, Array.from({ length: count }, (_, i) => plan(i + 1)).join('\n'));
    const out = join(work, 'corpus');
    const run = cli([source, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(count);
    const bodies = new Set(files.map((name) => /bản số (\d+)/.exec(readFileSync(join(out, name), 'utf8'))?.[1]));
    expect(bodies.size).toBe(count);
    for (const name of files) expect(readFileSync(join(out, name), 'utf8')).toContain(`id: ${name.replace(/\.md$/, '')}\n`);
    expect(files).toContain('kh-12-kh-ubnd-thai-binh.md');
    expect(files).toContain(`kh-12-kh-ubnd-thai-binh-${count}.md`);
  });

  it('says in Vietnamese that a folder is not a file (no EISDIR), exit 2', () => {
    const run = cli([work]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('là một thư mục, không phải tệp văn bản');
    expect(run.stderr).not.toMatch(/EISDIR|Error/);
  });
});
