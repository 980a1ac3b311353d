/**
 * Round 10 (findings21 H02/H23): the text report of `cli check --text` never said the household's class under the standard
 * starting four weeks later, which `--json` (upcoming) and the chat ("Từ 01/01/2027 theo chuẩn mới: …") both say.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('cli check --text human report', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  it('says the class from 01/01/2027 when the new standard starts within the upcoming window, as the chat and --json do', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', '--date', '02/12/2026', '--text', 'nha e 5 nguoi o duoi que, thu nhap 8tr5 thang, ai cung co bhyt, nha tuong kien co'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Kết quả (ngày 02/12/2026): Hộ có mức sống trung bình (tạm tính)');
    expect(lines[3]).toBe('Từ 01/01/2027 theo chuẩn mới: hộ cận nghèo (tạm tính).');
    expect(run.stdout).toContain('Vì sao (theo chuẩn từ 01/01/2027):');
    expect(run.stdout).toContain('Thu nhập 1.700.000 đồng ≤ 2.200.000 đồng (khu vực nông thôn');
  });
});
