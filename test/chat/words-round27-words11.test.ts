/**
 * Round 27 (words11, 05/12/2026): residents' questions that got the wrong answer.
 * - "ong ba tui deu tren 75 tuoi dc j ko": was a household check ("Mình hiểu: Số người: 2", "ông bà" counted as the household);
 *   now the social pension from 75 for every household (NĐ 176/2025, tham khảo, its amount not known: no figure).
 * - "nha can ngheo bi sap mai co dc ho tro ko": was every support of near-poor households (about 1.790 characters); now the
 *   housing support for near-poor households, as "nha tui bi sap mai co dc ho tro ko" gets it.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const today = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round27words11-today');

describe('parents over 75 and what they get: the social pension, not a household check', () => {
  it.each(['ong ba tui deu tren 75 tuoi dc j ko', 'tia ma tui deu tren 75 tuoi dc j ko', 'ba me tui 2 nguoi deu 76 tuoi co dc tien gia ko'])('"%s"', async (question) => {
    const text = await today.first(question);
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(text).toContain('Mọi hộ gia đình, thuộc loại nào cũng vậy');
    expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ');
    expect(text).not.toMatch(/\d\.\d{3}\.\d{3} đồng/);
    expect(text).not.toContain('Mình hiểu');
  });

  it('"nha tui 2 nguoi, ong ba tui tren 75 tuoi, thu nhap 3 trieu" (size and income told) still starts the check', async () => {
    const text = await today.first('nha tui 2 nguoi, ong ba tui tren 75 tuoi, thu nhap 3 trieu');
    expect(text).toMatch(/^Mình hiểu: .*Số người: 2; Thu nhập cả hộ: 3\.000\.000 đồng\/tháng/);
  });
});

describe('a near-poor household whose roof fell in: the housing support for its class', () => {
  it('"nha can ngheo bi sap mai co dc ho tro ko"', async () => {
    const text = await today.first('nha can ngheo bi sap mai co dc ho tro ko');
    // Round 38 short29: the card in brief, its heading the day alone (the whole card one "chi tiết" away).
    expect(text).toMatch(/^Hỗ trợ nhà ở \((theo dữ liệu chính sách, )?áp dụng ngày 05\/12\/2026\):\n• Hộ cận nghèo: /);
    expect(text).toContain('Căn cứ: Nghị quyết 257/2025/QH15');
    expect(text).not.toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(text.length).toBeLessThan(1300);
  });

  it('"ho ngheo bi sap mai dc ho tro j ko": the housing support for a poor household', async () => {
    const text = await today.first('ho ngheo bi sap mai dc ho tro j ko');
    expect(text).toMatch(/^Hỗ trợ nhà ở .*\n• Hộ nghèo: /);
  });
});
