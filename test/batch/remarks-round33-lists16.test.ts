/**
 * Round 33 (commune cadres' lists, helper lists16): a refused row says how its other cells were read, as a classified row
 * does (“Ô “3tr5” ghi tắt: …”, a two-digit year, an area written “T.Thị”, a remark in “Ghi chú”); was: the reason only,
 * the remark sentences on classified rows only, so a cadre fixing the refused cell did not see the shorthand read beside it.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const { saved, run } = excelCsvLists('remarks-round33-lists16', rules, '2026-12-05');
const REMARK_SAID = 'Cột “Ghi chú” có ghi: ghi chú không được đọc để xét hộ; hãy đọc lại, nếu ghi chú làm đổi số liệu của hộ thì sửa ở cột ấy.';

describe('Xã Tân Lập (CSV): refused rows keep the notes on their cells', () => {
  it('says the shorthand, the two-digit year, the shortened area and the remark after the reason', async () => {
    const { rows, summary } = await run(
      saved('tan-lap.csv', [
        'STT,Họ tên chủ hộ,Khu vực,Số khẩu,Thu nhập bình quân,Ngày rà soát,Thiếu hụt BHYT,Ghi chú',
        '1,Lê Văn An,T.Thị,abc,1tr2,05/12/2026,,', // members refused: the area was read before
        '2,Lê Thị Bình,NT,4,3tr5,05/12/26,hmm,gia đình khó khăn', // the lack refused: income, date and remark read before
        '3,Lê Văn Cường,NT,4,1tr2,05/12/2026,x,neo đơn', // classified: near-poor (1.200.000 ≤ 1.500.000, one lack)
        '4,Lê Thị Dung,vùng cao,4,1tr2,05/12/2026,,sđt 0912345678', // area refused: nothing read before it but the remark
      ]),
    );
    const reason = (line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error', 'near_poor', 'error']);
    expect(reason(2)).toBe(
      'Cột Số khẩu (so_nguoi): số người “abc” phải là số nguyên lớn hơn 0, viết bằng chữ số (ví dụ 4). Ô khu vực “T.Thị” ghi tắt: đọc là thành thị; nếu không đúng, hãy ghi đầy đủ.',
    );
    expect(reason(3)).toMatch(/^Cột Thiếu hụt BHYT: “hmm” không rõ là có thiếu hụt hay không: .*\. Ô ngày ghi “05\/12\/26” \(năm hai chữ số\), đọc là 05\/12\/2026\. Ô “3tr5” ghi tắt: đọc là 3\.500\.000 đồng /);
    expect(reason(3).endsWith(REMARK_SAID)).toBe(true);
    expect(reason(4)).toMatch(/^Ô “1tr2” ghi tắt: đọc là 1\.200\.000 đồng/);
    expect(reason(5)).toMatch(/^Cột Khu vực \(khu_vuc\): “vùng cao” là vùng, .*\(ghi nt, nông thôn hoặc xã; tt, thành thị hoặc phường\)\. Cột “Ghi chú” có ghi/);
    // The remark's text is never copied.
    for (const text of ['0912345678', 'khó khăn']) expect(rows.some((row) => Object.values(row).some((cell) => cell.includes(text)))).toBe(false);
    expect(summary).toMatchObject({ classified: 1, rejected: 3 });
  });
});
