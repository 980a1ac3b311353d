/**
 * Round 37 staff25: commune cadres' questions ("Cho hỏi …", formal, with diacritics) and a resident's after a commune merger.
 * 1. "Cho hỏi tiêu chí thiếu hụt BHYT được xác định thế nào?": the indicator's rule goes on in lower case after the colon
 *    ("bị tính là thiếu hụt khi: hộ có …"), and the card ends on how to check a household by these indicators, fit for a cadre
 *    checking one (was "khi: Hộ có …" and "Bạn có thể kiểm tra hộ của mình").
 * 2. "xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai": the commune-merger entry, which the eval now routes
 *    it to as well (test/eval/households.test.ts, routing-round35-tryout23.yaml).
 * 3. The income levels of the classes over two standards ("muc thu nhap ho ngheo can ngheo trung binh nong thon thanh thi 2026
 *    2027"): one block per standard, one line per area, each figure with its status and the block's basis; the 2027–2030 middle
 *    band "chưa rõ", no figure (was search: an explainer; and the 2022–2025 card alone for "… 2022-2025 và 2027-2030 …").
 * 4. "chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU": the numeric target, mục II.2.2.1 (was II.2.1 "Mục tiêu chung").
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-staff25');

describe('an indicator asked by a cadre', () => {
  it.each([
    ['Cho hỏi tiêu chí thiếu hụt BHYT được xác định thế nào?', 'bị tính là thiếu hụt khi: hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế.'],
    ['đ/c cho e xin tiêu chí thiếu hụt về nhà tiêu hợp vệ sinh', 'bị tính là thiếu hụt khi: hộ không sử dụng nhà tiêu hợp vệ sinh.'],
  ])('"%s": the rule in lower case after the colon, and how to check a household', async (asked, rule) => {
    const text = await first(asked);
    expect(text).toContain(rule);
    expect(text).not.toMatch(/thiếu hụt khi: \p{Lu}/u);
    expect(text).toContain('Muốn kiểm tra một hộ theo các chỉ số này, bấm “Kiểm tra hộ gia đình”.');
    expect(text).not.toContain('Bạn có thể kiểm tra hộ của mình');
  });
});

describe('the list after a commune merger', () => {
  it('says what is known of the merged commune and that how the old lists carry over is not known', async () => {
    const text = await first('xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai');
    expect(text).toContain('UBND cấp xã nơi hộ đang cư trú hiện nay (xã sau sắp xếp)');
    expect(text).toContain('xã mới có rà soát lại riêng hay không');
    expect(text).toContain('(chưa rõ)');
  });
});

describe('the income levels of the classes, side by side', () => {
  it('"muc thu nhap ho ngheo can ngheo trung binh nong thon thanh thi 2026 2027": 2026 and 2027–2030, each area, each class', async () => {
    const text = await first('muc thu nhap ho ngheo can ngheo trung binh nong thon thanh thi 2026 2027');
    expect(text).toContain('Mức thu nhập bình quân mỗi người mỗi tháng theo chuẩn nghèo:');
    const [, y2026, y2027] = text.split(/\n(?=Năm 2026|Giai đoạn 2027–2030)/);
    expect(y2026).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), Điều 3 Nghị định 07/2021/NĐ-CP (tham khảo).');
    expect(y2026).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 1.500.000 đồng; hộ có mức sống trung bình > 1.500.000 đồng và ≤ 2.250.000 đồng');
    expect(y2026).toContain('Thành thị: hộ nghèo, hộ cận nghèo ≤ 2.000.000 đồng; hộ có mức sống trung bình > 2.000.000 đồng và ≤ 3.000.000 đồng');
    expect(y2027).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP, chưa đối chiếu điều khoản (tham khảo).');
    expect(y2027).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 2.200.000 đồng; hộ có mức sống trung bình: chưa có con số (chưa rõ)');
    expect(y2027).toContain('Thành thị: hộ nghèo, hộ cận nghèo ≤ 2.800.000 đồng; hộ có mức sống trung bình: chưa có con số (chưa rõ)');
    expect(text).toContain('Hộ nghèo và hộ cận nghèo có cùng mức thu nhập: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo.');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"Cho hỏi mức thu nhập … giai đoạn 2022-2025 và 2027-2030 …": 2022–2025 verified, 2026 keeping it, then 2027–2030', async () => {
    const text = await first('Cho hỏi mức thu nhập chuẩn nghèo, cận nghèo, trung bình giai đoạn 2022-2025 và 2027-2030 khu vực nông thôn, thành thị');
    expect(text).toContain('Giai đoạn 2022–2025 (01/01/2022 – 31/12/2025). Căn cứ: Nghị định 07/2021/NĐ-CP, sửa đổi bởi Nghị định 30/2025/NĐ-CP, Điều 3 (đã kiểm tra).');
    expect(text).toContain('Năm 2026 (01/01/2026 – 31/12/2026, đang áp dụng hôm nay) giữ nguyên các mức này theo Nghị định 351/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 2.200.000 đồng; hộ có mức sống trung bình: chưa có con số (chưa rõ)');
    expect(text.match(/≤ 1\.500\.000 đồng/g)).toHaveLength(1);
    expect(text.length).toBeLessThan(1200);
  });
});

describe('a target of a provincial resolution', () => {
  it('"chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU": the numeric target of mục II.2.2.1', async () => {
    const text = await first('chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU');
    expect(text).toContain('Duy trì mức giảm tỷ lệ hộ nghèo bình quân từ 1,5 - 2%/năm');
    expect(text).toContain('mục II.2.2.1');
    expect(text).not.toContain('mục II.2.1 ');
  });
});
