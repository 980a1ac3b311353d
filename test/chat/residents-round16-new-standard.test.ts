/**
 * Round 16 (lead), the January 2027 law asked about one's own household: "theo chuẩn mới nhà tui 4 người thu nhập 8 triệu có
 * được hộ nghèo không" is checked by the standard that starts on 01/01/2027 (NĐ 351/2025: ≤ 2.200.000 đồng nông thôn,
 * ≤ 2.800.000 đồng thành thị), as "năm sau …" is. Was the whole 2027 card, then a check by today's standard (1.500.000 /
 * 2.000.000 đồng), which said the opposite for a rural household of 2.000.000 đồng a person.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const { first } = conversationsAt(DECEMBER, 'round16-new-standard');

describe('"chuẩn mới" said with one\'s household: checked from 01/01/2027', () => {
  it.each([
    'theo chuan moi nha tui 4 nguoi thu nhap 8 trieu co dc ho ngheo ko',
    'chuan moi nha tui 4 nguoi 8 trieu o que la ho gi',
  ])('"%s"', async (question) => {
    const text = await first(question);
    // 8.000.000 ÷ 4 = 2.000.000 đồng ≤ 2.200.000 (rural) and ≤ 2.800.000 (urban): poor or near-poor by the indicators.
    expect(text).toMatch(/^Với số liệu bạn kể \(thu nhập 2\.000\.000 đồng\/người\/tháng, theo chuẩn áp dụng ngày 01\/01\/2027/);
    expect(text).toContain('hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt');
    expect(text).toContain('nên mình xét theo chuẩn áp dụng ngày 01/01/2027');
    expect(text).not.toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo)\nÁp dụng cho năm 2027');
  });

  it('"chuan moi thi nha tui 4 nguoi 8 trieu co dc ko": the check for 2027 starts, no card first', async () => {
    const text = await first('chuan moi thi nha tui 4 nguoi 8 trieu co dc ko');
    expect(text).toMatch(/^Mình hiểu: /);
    expect(text).toContain('nên mình xét theo chuẩn áp dụng ngày 01/01/2027');
  });

  it('guard: the new standard asked with the household keeps its card', async () => {
    const text = await first('chuan ngheo moi khac gi, nha tui 4 nguoi 8 trieu thi sao');
    // "khác gì" is the comparison of the two standards since round 43 cadre45 (was the 2027–2030 card): its new lines still said.
    expect(text).toContain('So sánh chuẩn nghèo 2022–2025 và 2027–2030');
    expect(text).toContain('• Nông thôn: 1.500.000 đồng (đã kiểm tra) → 2.200.000 đồng (tham khảo)');
    expect(text).toContain('Mình hiểu: ');
  });
});

describe('a level whose start is not known, asked for 2027', () => {
  it('"bhyt ho can ngheo 2027 dc tra 100% vien phi tu khi nao": never "không có thay đổi nào" before "chưa rõ"', async () => {
    const text = await first('bhyt ho can ngheo 2027 dc tra 100% vien phi tu khi nao');
    expect(text).not.toContain('không có thay đổi nào');
    expect(text).toContain('không ghi ngày thay đổi nào từ nay đến hết 31/12/2027; mức như bên dưới, kể cả điều còn chưa rõ (như ngày bắt đầu áp dụng)');
    // In brief since round 39 short32 (the benefit's own words, rules/supports inBrief); the whole line after "chi tiết".
    expect(text).toContain('quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ');
  });
});
