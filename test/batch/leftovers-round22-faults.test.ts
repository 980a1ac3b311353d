/**
 * Upload folders of POST /api/batch (a commune's list as sent: names, incomes) that no pid rule removes are removed by
 * their age (RETENTION.uploadFolderMinutes): a folder named before round 21 (`tro-ly-danh-sach-XXXXXX`, no pid), and one
 * whose pid is running again (reused, or pid 1 of every container start). A fresh one (a check in progress) stays.
 * Before, both stayed on disk for good.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeUploadLeftovers } from '../../src/batch/output.ts';
import { RETENTION } from '../../src/privacy/retention.ts';

describe('old upload folders of the web page', () => {
  const saved = process.env.TMPDIR;
  let temporary: string;
  beforeEach(() => {
    temporary = mkdtempSync(join(tmpdir(), 'leftovers-round22-'));
    process.env.TMPDIR = temporary;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(temporary, { recursive: true, force: true });
  });

  /** An upload folder holding a list, last changed `minutesAgo`. */
  function folder(name: string, minutesAgo: number): void {
    const path = join(temporary, name);
    mkdirSync(path);
    writeFileSync(join(path, 'danh-sach'), 'ma_ho,ho_ten,khu_vuc,so_nguoi,thu_nhap_binh_quan\nH1,Trần Thị Bé,ấp 3,4,1200000\n');
    const at = new Date(Date.now() - minutesAgo * 60_000);
    utimesSync(path, at, at);
  }

  it('danh sach ho cua xa gui len trang web tu lau (ko co pid, pid dang chay) bi xoa theo thoi han, danh sach dang kiem tra thi giu', () => {
    const old = RETENTION.uploadFolderMinutes + 5;
    folder('tro-ly-danh-sach-Ab3dEf', old);
    folder(`tro-ly-danh-sach-${process.pid}-Qw12Er`, old);
    folder(`tro-ly-danh-sach-${process.ppid}-Zx98Cv`, old);
    folder('tro-ly-danh-sach-Gh7jKl', 1);
    folder(`tro-ly-danh-sach-${process.pid}-Mn45Op`, 1);
    folder('khac-tro-ly-danh-sach-Ab3dEf', old);
    expect(removeUploadLeftovers()).toBe(3);
    expect(readdirSync(temporary).sort()).toEqual(['khac-tro-ly-danh-sach-Ab3dEf', 'tro-ly-danh-sach-Gh7jKl', `tro-ly-danh-sach-${process.pid}-Mn45Op`].sort());
  });
});
