/**
 * Round 34 (commune cadres' lists, helper lists17): an income cell typed short, its unit abbreviated (“1,5tr”, “800k”, “2 cu”)
 * or a fraction of its unit (“1,2 triệu”, “1.5tr” with a dot), says in its row how it was read, as “3tr5” did since round 32
 * (“Ô “1,5tr” ghi tắt: đọc là 1.500.000 đồng (“tr” là triệu) …”); was read unsaid. A figure in đồng (“1.500.000đ”) and a whole
 * count of a unit written out (“2 triệu”, “1.500 nghìn”) are not said.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const { saved, run } = excelCsvLists('shorthand-round34-lists17', rules, '2026-12-05');

describe('Thôn Bàu Sen (CSV): incomes typed short are said in their rows', () => {
  it('says “1,5tr”, “1,2 triệu”, “800k”, “2 cu”, “1.5tr”, and a refused row the shorthand beside its reason, not “2 triệu”, “1500 nghìn” nor “1.500.000đ”', async () => {
    const { rows } = await run(
      saved('bau-sen.csv', [
        'STT,Ho ten chu ho,Khu vuc,So khau,Thu nhap binh quan,Ngay ra soat,Thieu hut BHYT',
        '1,Lê Văn Tư,nt,4,"1,5tr",05/12/2026,',
        '2,Lê Thị Năm,nt,3,"1,2 triệu",05/12/2026,',
        '3,Trần Văn Sáu,nt,2,800k,05/12/2026,',
        '4,Trần Thị Bảy,nt,5,2 cu,05/12/2026,',
        '5,Võ Văn Tám,nt,4,1.5tr,05/12/2026,',
        '6,Võ Thị Chín,nt,4,2 triệu,05/12/2026,',
        '7,Đỗ Văn Mười,nt,4,1.500.000đ,05/12/2026,',
        '8,Đỗ Thị Một,nt,4,1500 nghìn,05/12/2026,',
        '9,Lý Văn Hai,nt,4,"1,5tr",05/12/2026,hok ro',
      ]),
    );
    const reason = (line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';
    expect(rows.map((row) => [row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['near_poor', '1500000'], ['near_poor', '1200000'], ['near_poor', '800000'], ['middle', '2000000'], ['near_poor', '1500000'],
      ['middle', '2000000'], ['near_poor', '1500000'], ['near_poor', '1500000'], ['error', ''],
    ]);
    expect(reason(2)).toMatch(/^Ô “1,5tr” ghi tắt: đọc là 1\.500\.000 đồng \(“tr” là triệu\); nếu không đúng, hãy ghi số đầy đủ, ví dụ “1\.500\.000”\. Thu nhập bình quân/);
    expect(reason(3)).toMatch(/^Ô “1,2 triệu” ghi tắt: đọc là 1\.200\.000 đồng; nếu không đúng, hãy ghi số đầy đủ, ví dụ “1\.200\.000”\. /);
    expect(reason(4)).toMatch(/^Ô “800k” ghi tắt: đọc là 800\.000 đồng \(“k” là nghìn\); /);
    expect(reason(5)).toMatch(/^Ô “2 cu” ghi tắt: đọc là 2\.000\.000 đồng \(“cu” là triệu\); /);
    expect(reason(6)).toMatch(/^Ô “1\.5tr” ghi tắt: đọc là 1\.500\.000 đồng \(“tr” là triệu, dấu chấm trong “1\.5” đọc là dấu thập phân\); /);
    for (const line of [7, 8, 9]) expect(reason(line)).toMatch(/^Thu nhập bình quân: /);
    // A refused row says the shorthand read beside it, after its reason (round 33).
    expect(reason(10)).toMatch(/^Cột Thieu hut BHYT: “hok ro” .*\. Ô “1,5tr” ghi tắt: đọc là 1\.500\.000 đồng/);
  });

  it('says a household total “4,8tr” under “Tong thu nhap ho/thang” too', async () => {
    const { rows } = await run(
      saved('bau-sen-tong.csv', ['Ho ten chu ho,Khu vuc,So khau,Tong thu nhap ho/thang', 'Phan Văn Ba,nt,4,"4,8tr"', 'Phan Thị Tư,nt,4,4.800.000']),
    );
    expect(rows.map((row) => row.thu_nhap_binh_quan)).toEqual(['1200000', '1200000']);
    expect(rows[0]!.ly_do).toMatch(/^Ô “4,8tr” ghi tắt: đọc là 4\.800\.000 đồng \(“tr” là triệu\); /);
    expect(rows[1]!.ly_do).not.toContain('ghi tắt');
  });
});
