/**
 * Round 18 (lists, 03/12/2026): a household written one row per member whose own row is refused, and member rows that give
 * it other figures: the household's error row names them, as a cadre asked ("dòng 14, 15: cột Thu nhập khác dòng hộ").
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(text: string) {
  const { outcome, rows, problems } = await classifyInProcess(rules, csvSource(text), '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems };
}

describe('a refused household whose member rows differ from it', () => {
  it('names the member rows and their columns on the household’s error row (was: only its own reason)', async () => {
    const { rows, problems, summary } = await run(
      'STT,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập bình quân (đồng/người/tháng),Ngày rà soát,BHYT\n' +
        '1,Nguyễn Văn A,Chủ hộ,NT,không rõ,01/12/2026,\n' +
        ',Lê Thị B,Vợ,NT,1.400.000,01/12/2026,x\n' +
        ',Nguyễn Văn C,Con,NT,1.400.000,01/12/2026,\n' +
        ',Nguyễn Văn D,Con,TT,,03/12/2026,\n',
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'error'], ['3', 'error'], ['4', 'error'], ['5', 'error']]);
    expect(summary).toMatchObject({ classified: 0, rejected: 4 });
    expect(rows[0]!.ly_do).toContain('thu nhập “không rõ” là chưa có số thu nhập, không đọc là 0 đồng: hãy hỏi hộ');
    expect(rows[0]!.ly_do).toContain(
      'Các dòng thành viên ghi khác dòng hộ, cũng là dòng lỗi (lý do ở dòng đó): dòng 3, 4: cột Thu nhập bình quân (đồng/người/tháng) khác dòng hộ (dòng 2); dòng 5: các cột Khu vực, Ngày rà soát khác dòng hộ (dòng 2)',
    );
    // The same on stderr (onProblem), where a cadre reads the refused rows.
    expect(problems[0]!.message).toContain('dòng 3, 4: cột Thu nhập bình quân (đồng/người/tháng) khác dòng hộ (dòng 2)');
  });

  it('a member list with the code written on each row: the household refused for its area names row 4’s other income', async () => {
    const { rows } = await run(
      'Mã hộ;Họ và tên;Khu vực;Thu nhập bình quân (đồng/người/tháng);Thiếu hụt\n' +
        'H07;Trần Văn Tâm;Hà Nội;1.200.000;bhyt\nH07;Lê Thị Mai;;;\nH07;Trần Văn Tú;;1.300.000;\n',
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'error'], ['4', 'error']]);
    expect(rows[0]!.ly_do).toContain('khu vực “Hà Nội” không rõ là nông thôn hay thành thị');
    expect(rows[0]!.ly_do).toContain('dòng 4: cột Thu nhập bình quân (đồng/người/tháng) khác dòng hộ (dòng 2)');
  });

  it('a refused household whose member rows agree says nothing of them (guard)', async () => {
    const { rows } = await run('Mã hộ;Họ và tên;Khu vực;Thu nhập bình quân (đồng/người/tháng);Thiếu hụt\nH07;Trần Văn Tâm;Hà Nội;1.200.000;bhyt\nH07;Lê Thị Mai;;;\n');
    expect(rows[0]!.ly_do).not.toContain('Các dòng thành viên');
  });
});
