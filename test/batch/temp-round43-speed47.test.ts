/**
 * Round 43 (speed47): `cli batch` on a CSV list (text, never read by ExcelJS) makes nothing in the machine's temporary folder:
 * no folder of its run, and so no AsyncLocalStorage around the run (its promise hooks were ~3% of a 100.000-row CSV's CPU).
 * Before, every run made and removed a `tro-ly-danh-sach-<pid>-…` folder, CSV too. A workbook still reads through its own
 * folder (temp-round36-privacy27.test.ts); a killed run's folder still goes at the next run, CSV too.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchWatchingTemp } from './temp-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'round43-speed47-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cli batch on a CSV list and the temporary folder', () => {
  it('writes its result and makes nothing in TMPDIR; a killed run’s folder still goes', async () => {
    const input = join(work, 'danh-sach.csv');
    writeFileSync(input, 'ma_ho,ho_ten,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut\nH1,Nguyen Van Teo,nt,4,1200000,bhyt\nH2,Le Thi Hoa,tt,3,2.500.000,\n');
    const out = join(work, 'ket-qua.csv');
    const { run, temp, killed, created } = await batchWatchingTemp(work, input, out);
    expect(run.status, run.stderr).toBe(0);
    // No folder of this run's (tsx, when dist/ is older than src/, keeps its own cache there: not the list's).
    expect(created.filter((name) => name.startsWith('tro-ly-danh-sach-') && name !== 'tro-ly-danh-sach-999999-abcdef')).toEqual([]);
    expect(readdirSync(temp).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
    expect(existsSync(killed)).toBe(false);
    const result = readFileSync(out, 'utf8');
    expect(result).toContain('H1');
    expect(result).toContain('H2');
  }, 120_000);
});
