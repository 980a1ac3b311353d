/**
 * Round 43 (lost44): a household written twice under one code, the second time with other figures (surveyed again and added at
 * the bottom, a correction typed below instead of over the row). The second row said only "Trùng mã hộ … không tính lại" and the
 * summary asked to "xóa dòng thừa": the row with the newer figures was the one a cadre would delete, and the classes counted the
 * first row's figures unsaid. Now the row says both rows' figures and that which is right is not known, the summary names such rows
 * apart and asks to check with the household before deleting any; the rows, the counts and a plain repeated row are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { formatSummary, summaryRows } from '../../src/batch/households.ts';
import { loadRules } from '../../src/rules/index.ts';
import { cellValue } from '../../src/batch/types.ts';
import { listFiles } from './list-files.ts';

const { check } = listFiles('duplicates-round43-lost44');
const rules = loadRules();
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
const HEADER = 'Mã hộ,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân/tháng,Thiếu hụt';

describe('one household code, the same head, other figures', () => {
  it('the second row says both rows’ figures and not to delete before checking; the summary names it apart', async () => {
    const { rows, outcome } = await check(
      'ds-trung.csv',
      csv([HEADER, 'H01,Lò Văn Pấng,xã,4,1.200.000,bhyt', 'H02,Lò Thị Ón,xã,3,2.000.000,', 'H01,Lò Văn Pấng,xã,5,900.000,bhyt; nuoc sh; nha tieu', 'h02 ,Lò Thị Ón,xã,3,2.000.000,']),
    );
    // Every row comes out, each with its own result.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['2', 'H01', 'near_poor'],
      ['3', 'H02', 'middle'],
      ['4', 'H01', 'poor'],
      ['5', 'h02', 'middle'],
    ]);
    expect(rows[2]!.ly_do).toMatch(
      /^Trùng mã hộ “H01” với dòng 2 nhưng số liệu khác \(dòng 2: 4 người, thu nhập 1\.200\.000 đồng mỗi người mỗi tháng, hộ cận nghèo; dòng này: 5 người, thu nhập 900\.000 đồng mỗi người mỗi tháng, hộ nghèo\): chưa rõ dòng nào đúng, tổng hợp theo nhóm đang tính theo dòng 2\. Hãy đối chiếu với hộ, sửa dòng sai cho đúng hoặc xóa dòng sai sau khi đã đối chiếu, rồi kiểm tra lại\. /,
    );
    // The same figures again is a row written twice, said as before.
    expect(rows[3]!.ly_do).toMatch(/^Trùng mã hộ “h02” với dòng 3 \(dòng ấy ghi “H02”, chỉ khác chữ hoa, chữ thường hay dấu cách\): không tính lại trong tổng hợp theo nhóm\. /);
    if (!outcome.ok) throw new Error('the list should be read');
    const summary = formatSummary(rules, outcome.summary);
    expect(summary).toContain('(2 dòng trùng mã hộ với một dòng trước: dòng 4, 5.');
    expect(summary).toContain(
      '(Trong đó 1 dòng cùng mã hộ nhưng số liệu khác dòng đầu: dòng 4 (so với dòng 2): chưa rõ dòng nào đúng, tổng hợp tính theo dòng đầu; hãy đối chiếu với hộ trước khi xóa dòng nào.)',
    );
    expect(outcome.summary.byClass.get('near_poor')).toBe(1);
    expect(outcome.summary.byClass.get('poor') ?? 0).toBe(0);
    const sheet = summaryRows(rules, outcome.summary).map(([label, value]) => [label, cellValue(value)]);
    expect(sheet).toContainEqual(['Trong đó dòng trùng mã hộ có số liệu khác dòng đầu (cần đối chiếu)', 1]);
  });

  it('another head under the same code is still said as a code written wrong', async () => {
    const { rows } = await check('ds-khac-chu-ho.csv', csv([HEADER, 'H01,Lò Văn Pấng,xã,4,1.200.000,bhyt', 'H01,Quàng Văn Xôm,xã,2,1.000.000,']));
    expect(rows[1]!.ly_do).toMatch(/^Trùng mã hộ “H01” với dòng 2 nhưng chủ hộ khác/);
  });
});
