/**
 * Round 29 (mend29c, 05/12/2026): reviewer findings on the law of 2026–2027 (/work/shared/facts/updates-2026.md).
 * A loan said to be cut in 2027 is told the loan still holds and that its cap and rates for 2027 are not known (2026 caps/rates
 * [?]), no 2019 cap said as 2027's; a period over years sharing a standard says them as one (2026 keeps 2022–2025 under
 * NĐ 351/2025 [M]); the changes of 2027–2030 name the digital-services criterion added [M].
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round29mend29c');

describe('a loan said to be cut in 2027: still held, its 2027 cap and rates not known, no figure', () => {
  it.each([
    ['nam 2027 co bo vay von ho ngheo ko', 'hộ nghèo'],
    ['Năm 2027 có bỏ chính sách vay vốn ưu đãi cho hộ cận nghèo không?', 'hộ cận nghèo'],
  ])('"%s"', async (question, name) => {
    const text = await first(question);
    const said = text.split('\n')[0]!;
    // Was "ngày 01/01/2027 vẫn là: … mức vay tối đa 100.000.000 đồng/hộ …, lãi suất 6,6%/năm" and, two sentences later, that
    // the cap of 2026 is not in the data.
    // Round 39 short31: what it still is, in the card below in brief (was "ngày 01/01/2027 vẫn là: … được vay vốn ưu đãi tại
    // Ngân hàng Chính sách xã hội" above the whole card).
    expect(said).toContain('ngày 01/01/2027 vẫn có; mức vay, lãi suất áp dụng năm 2027 chưa rõ (xem bên dưới)');
    expect(text).toContain(`• ${name[0]!.toUpperCase()}${name.slice(1)}: Được vay ưu đãi`);
    expect(text).toContain('Ngân hàng Chính sách xã hội');
    expect(said).not.toMatch(/100\.000\.000|6,6%|7,92%/);
    expect(said.match(/mức vay, lãi suất/g)).toHaveLength(1);
    // The programme's line is kept, with its status.
    expect(said).toContain('khoảng 23.000 tỷ đồng vốn tín dụng chính sách (vốn cho vay ưu đãi) cho giai đoạn 2026–2030 (tham khảo)');
    // The card below still carries the earlier figures with their caveat and basis, once.
    expect(text.match(/100\.000\.000 đồng\/hộ|7,92%/g)).toHaveLength(1);
    expect(text.length).toBeLessThan(1700);
  });
});

describe('a period over years sharing a standard says them as one ("chuan ngheo 2025 den 2027 la bn")', () => {
  it('2025 and 2026 are one standard, 2027–2030 is labelled as its period', async () => {
    const text = await first('chuan ngheo 2025 den 2027 la bn');
    // Was "năm 2025 theo một chuẩn, năm 2026 theo chuẩn khác, năm 2027 theo chuẩn khác".
    expect(text).toContain(
      'năm 2025–2026 theo chuẩn nghèo đa chiều giai đoạn 2022–2025 (năm 2026 giữ nguyên theo Nghị định 351/2025/NĐ-CP), năm 2027 theo chuẩn nghèo đa chiều giai đoạn 2027–2030', // round 30 (law15): named, was "theo chuẩn khác"
    );
    const lines = text.split('\n');
    // Was "• Năm 2027 (01/01/2027 – 31/12/2030)" and "• Năm 2025 (01/01/2022 – 31/12/2025)".
    expect(lines.some((line) => line.startsWith('• Giai đoạn 2027–2030 (01/01/2027 – 31/12/2030)'))).toBe(true);
    expect(lines.some((line) => line.startsWith('• Giai đoạn 2022–2025 (01/01/2022 – 31/12/2025)'))).toBe(true);
    expect(text).not.toContain('• Năm 2027');
  });
});

describe('the changes of 2027–2030 name the digital-services criterion as added, its threshold not known', () => {
  it('"chuan ngheo 2026 den 2030 la bao nhieu": the 2027–2030 row', async () => {
    const text = await first('chuan ngheo 2026 den 2030 la bao nhieu');
    const row = text.split('\n').find((line) => line.startsWith('• Giai đoạn 2027–2030'))!;
    // Was "bộ chỉ số thay đổi: bỏ chỉ số “Phương tiện …”, thêm chỉ số “Xử lý rác thải sinh hoạt”" (Internet hidden).
    expect(row).toContain(
      'bộ chỉ số thay đổi: bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”, thêm tiêu chí “Sử dụng dịch vụ số, Internet” (ngưỡng chưa rõ), thêm chỉ số “Xử lý rác thải sinh hoạt” (ngưỡng chưa rõ)',
    );
    expect(row).toMatch(/\(tham khảo\)\.$/);
  });
  it('"chuan ngheo 2027 co gi thay doi": listed as added, with its status', async () => {
    const text = await first('chuan ngheo 2027 co gi thay doi');
    // Was "Chỉ số “Sử dụng dịch vụ viễn thông”: nội dung này được nêu là tiêu chí “Sử dụng dịch vụ số, Internet”".
    expect(text).toContain('01/01/2027: Thêm tiêu chí “Sử dụng dịch vụ số, Internet” (dự thảo gọi là “Sử dụng dịch vụ viễn thông”) (tham khảo)');
    expect(text).toContain('01/01/2027: Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    // Round 35 short25: on the one "Chưa rõ" line (was its own bullet, "(chưa rõ)").
    expect(text).toMatch(/^Chưa rõ \(chưa công bố hoặc chưa được kiểm tra\): [^\n]*ngưỡng thiếu hụt chính thức của tiêu chí “Sử dụng dịch vụ số, Internet”/m);
  });
});
