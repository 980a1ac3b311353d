/**
 * Findings 18 (outside tester: commune cadres asking criteria, forms and supports), in the cadres' own words, on 02/12/2026
 * (the 2026 transition standard; the 2027–2030 standard of NĐ 351/2025 starts 01/01/2027). Facts: /work/shared/facts
 * ([M] answered "tham khảo"; [?] said unknown, pointing to the cán bộ phụ trách giảm nghèo ở UBND cấp xã).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { first } = conversationsAt(NOW, 'f18');

/** The answer's first paragraph (up to the first blank line). */
const lead = (text: string) => text.split('\n\n')[0]!;

describe('Q7: "chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào"', () => {
  it('is answered with how the 2027–2030 indicators differ, first (was: an explainer on hộ có mức sống trung bình)', async () => {
    const text = await first('chỉ số thiếu hụt 2027 khác 2022-2025 chỗ nào');
    const head = lead(text);
    expect(head).toMatch(/^Chỉ số thiếu hụt của chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\) so với /);
    // updates-2026.md [M]: the information-access indicator removed, digital services / Internet and household waste added.
    expect(head).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(head).toContain('“Sử dụng dịch vụ số, Internet”');
    expect(head).toContain('Thêm chỉ số “Xử lý rác thải sinh hoạt” (ngưỡng thiếu hụt chưa rõ)');
    expect(text).not.toContain('Hộ có mức sống trung bình là hộ có thu nhập bình quân cao hơn mức chuẩn nghèo');
  });

  it('without diacritics too, and a class comparison for 2027 still compares the classes (no changes list first)', async () => {
    expect(lead(await first('chi so thieu hut nam 2027 khac gi so voi giai doan 2022-2025'))).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(await first('hộ nghèo với hộ cận nghèo năm 2027 khác nhau chỗ nào')).not.toMatch(/^Chỉ số thiếu hụt của/);
  });
});

describe('Q10: "chuẩn nghèo 2027-2030 theo nghị định nào, ký ngày nào"', () => {
  it('names NĐ 351/2025 and its date 30/12/2025 (tham khảo, updates-2026.md [M]) in the lines under the title; the decree’s own effective date is said unknown', async () => {
    const text = await first('chuẩn nghèo 2027-2030 theo nghị định nào, ký ngày nào');
    const [title, basis] = text.split('\n');
    expect(title).toBe('Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)');
    expect(basis).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP');
    expect(basis).toContain('Ngày ký 30/12/2025 theo vietnamnet.vn (8/2026, tham khảo)');
    expect(basis).toContain('ngày có hiệu lực của Nghị định 351/2025/NĐ-CP chưa rõ');
  });

  it('the 2022–2025 card gives NĐ 07/2021’s date (27/01/2021) the same way', async () => {
    expect((await first('chuan ngheo giai doan 2022-2025 theo nghi dinh nao')).split('\n')[1]).toContain('Ký ngày 27/01/2021.');
  });
});
