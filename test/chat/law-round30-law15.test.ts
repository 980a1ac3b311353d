/**
 * Round 30 (law helper law15, 05/12/2026): the law around 01/01/2027 and one status per statement. 2026 keeps the NĐ 07/2021
 * standard under NĐ 351/2025/NĐ-CP [M]; 2027–2030 has its own lines [M] (/work/shared/facts/updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round30law15');

/** The statuses a line says: every "(tham khảo)", "(chưa rõ)", "(đã kiểm tra)" and ", tham khảo)"-style label in it. */
const statusesIn = (line: string) => line.match(/(?:\(|; |, )(?:tham khảo|chưa rõ|đã kiểm tra)\)/gu) ?? [];

describe('the ongoing review step says one status, and the card says the period once', () => {
  it.each(['ra soat thuong xuyen ho ngheo la sao vay ad', 'nop don xin ho ngheo hang thang duoc ko hay phai doi cuoi nam', 'thủ tục xin hộ nghèo thế nào'])('"%s"', async (question) => {
    const text = await first(question);
    const line = text.split('\n').find((candidate) => candidate.includes('Rà soát thường xuyên'))!;
    // Was "… (đã kiểm tra); … còn áp dụng hay không chưa rõ. (tham khảo)": two statuses in one statement.
    expect(statusesIn(line)).toEqual(['(tham khảo)']);
    // The period of QĐ 24/2021 is said once in the card, by the schedule line (was twice, the step repeating it).
    expect(text.match(/giai đoạn 2022 – 2025/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
  it('an answer reusing the step ("tui chuyen nha qua xa khac thi dang ky ho ngheo o dau") adds its own tag to the step alone', async () => {
    // In brief since round 36 short27: the step's brief line ("Hộ nộp Giấy đề nghị (Mẫu số 04) …").
    const text = await first('tui chuyen nha qua xa khac thi dang ky ho ngheo o dau');
    const line = text.split('\n').find((candidate) => candidate.includes('Mẫu số 04'))!;
    expect(statusesIn(line)).toEqual(['(tham khảo)']);
  });
  it('a post on the review ("soan tin zalo ve ra soat ho ngheo hang thang") says the one text of the step', async () => {
    const text = await first('soan tin zalo ve ra soat ho ngheo hang thang');
    const line = text.split('\n').find((candidate) => candidate.includes('Mẫu số 04'))!;
    // Was "… Áp dụng sau năm 2025: chưa rõ. (tham khảo)" (the step's `shared` copy): a status in its words, another after them.
    expect(line).toMatch(/\(tham khảo\)\.$/);
    expect(line.replace(/\(tham khảo\)\.$/, '')).not.toMatch(/chưa rõ|đã kiểm tra|tham khảo/);
  });
});

describe('a period over two standards names each in its heading', () => {
  it.each([
    ['chuan ngheo 2025 den 2027', 'năm 2027 theo chuẩn nghèo đa chiều giai đoạn 2027–2030'],
    ['chuẩn nghèo từ 2026 tới 2030 ra sao', 'năm 2026 theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), giai đoạn 2027–2030 theo chuẩn nghèo đa chiều giai đoạn 2027–2030'],
  ])('"%s"', async (question, heading) => {
    const text = await first(question);
    // Was "… năm 2027 theo chuẩn khác" / "năm 2026 theo một chuẩn, giai đoạn 2027–2030 theo chuẩn khác".
    expect(text.split('\n')[0]).toContain(heading);
    expect(text).not.toMatch(/theo (?:một )?chuẩn khác|theo một chuẩn/);
  });
});

describe('the standard switches at 00:00 of 01/01/2027 in Vietnam (the one clock), not at UTC midnight', () => {
  // 16:59 UTC on 31/12/2026 is 23:59 in Vietnam; 17:00 UTC is 00:00 on 01/01/2027.
  const before = conversationsAt(new Date('2026-12-31T16:59:00Z'), 'round30law15-before');
  const after = conversationsAt(new Date('2026-12-31T17:00:00Z'), 'round30law15-after');
  it('"chuan ngheo bay gio la bn" at 23:59 on 31/12/2026 is the 2026 standard, at 00:00 on 01/01/2027 the 2027–2030 one', async () => {
    const [late] = await before.ask('chuan ngheo bay gio la bn');
    expect(late).toContain('Chuẩn nghèo áp dụng hôm nay, 31/12/2026');
    expect(late).toContain('Nông thôn ≤ 1.500.000 đồng');
    const [early] = await after.ask('chuan ngheo bay gio la bn');
    expect(early).toContain('Chuẩn nghèo áp dụng hôm nay, 01/01/2027');
    expect(early).toContain('Nông thôn ≤ 2.200.000 đồng');
  });
  it('"4 nguoi o nong thon thu nhap 1tr8 moi nguoi": hộ có mức sống trung bình on 31/12/2026, under the 2.200.000 đồng line on 01/01/2027', async () => {
    const [late] = await before.ask('4 nguoi o nong thon thu nhap 1tr8 moi nguoi');
    // Class first (round 43 resid46): at 23:59 the 2026 standard (NĐ 07/2021 kept), over its 1.500.000 đồng line.
    expect(late).toContain('theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là hộ có mức sống trung bình');
    expect(late).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): hộ cận nghèo');
    const [early] = await after.ask('4 nguoi o nong thon thu nhap 1tr8 moi nguoi');
    // At 00:00 the 2027–2030 standard: under its 2.200.000 đồng line, near-poor, poor with 3 lacks.
    expect(early).toContain('theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (tham khảo), hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(early).not.toContain('07/2021');
    expect(early).not.toContain('mức sống trung bình');
  });
});
