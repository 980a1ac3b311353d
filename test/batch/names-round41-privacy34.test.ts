/**
 * Round 41 (privacy34): a four-word name a cadre puts into a read cell by mistake (an income "Lý Thị Ngọc Hân") is quoted in
 * ly_do masked whole, "[tên]"; was "[tên] Hân", the last word kept.
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('names-round41-privacy34');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('ten 4 chu nham vao o thu nhap', () => {
  it('is quoted as one [tên] in the reason (was "[tên] Hân")', async () => {
    const { rows } = await check(
      'ds-ten-trong-o.csv',
      csv(['Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân', 'T1,Lý Văn Tâm,nông thôn,3,Lý Thị Ngọc Hân', 'T2,Lê Văn Tư,nông thôn,3,Ly Thi Ngoc Han']),
    );
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error']);
    const reasons = rows.map((row) => row.ly_do).join('\n');
    expect(reasons).not.toMatch(/Hân|Han\b/);
    expect(rows[0]!.ly_do).toContain('“[tên]”');
  });
});
