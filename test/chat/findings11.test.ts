/**
 * Findings 11 (outside tester, residents writing as on Zalo, without diacritics), on 02/12/2026 (the 2026 transition
 * standard; the 2027–2030 standard of NĐ 351/2025 starts 01/01/2027).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { ask, first } = conversationsAt(NOW, 'f11');

describe('R84: a rumour that a class ends in 2027', () => {
  const cases: [string, string][] = [
    ['nghe noi nam 2027 bo ho can ngheo, co that ko', 'hộ cận nghèo'],
    ['nghe noi nam sau khong con ho can ngheo nua', 'hộ cận nghèo'],
    ['nam 2027 het ho ngheo a', 'hộ nghèo'],
  ];
  for (const [question, name] of cases) {
    it(`“${question}”: not true per the data, the 2027–2030 standard (NĐ 351/2025, tham khảo) keeps ${name}, with its line`, async () => {
      const lead = (await first(question)).split('\n')[0]!;
      expect(lead).toMatch(/^Không đúng theo dữ liệu/);
      expect(lead).toContain('Nghị định 351/2025/NĐ-CP');
      expect(lead).toContain('tham khảo');
      expect(lead).toContain(`vẫn có ${name}`);
      expect(lead).toContain('2.200.000 đồng');
      expect(lead).toContain('2.800.000 đồng');
    });
  }

  it('"bo" as a father away from a class is no rumour', async () => {
    expect(await first('bo tui o ho can ngheo')).not.toContain('Không đúng theo dữ liệu');
  });
});

describe('R66/R97: 60 and 30 triệu for a house were the 2024–2025 xóa nhà tạm campaign, ended in 2025', () => {
  const cases: [string, string][] = [
    ['nghe noi ho ngheo dc nha nuoc cho 60 trieu xay nha dung ko', '60.000.000 đồng'],
    ['ho ngheo co dc ho tro tien sua nha 30 trieu ko', '30.000.000 đồng'],
  ];
  for (const [question, figure] of cases) {
    it(`“${question}”: the campaign's figure, ended 2025, status from the data; 2026 amounts unknown; no interview`, async () => {
      const text = await first(question);
      const lead = text.split('\n')[0]!;
      expect(lead).toContain(`${figure}/nhà`);
      expect(lead).toContain('xóa nhà tạm, nhà dột nát (2024–2025)');
      expect(lead).toContain('31/12/2025');
      expect(lead).toContain('hoàn thành trong năm 2025');
      expect(lead).toContain('tham khảo');
      // Not known for 2026: not confirmed, never a flat "Không đúng" (findings33 O12).
      expect(lead).toMatch(/^Chưa xác nhận được: mức [\d.]+ đồng của hỗ trợ nhà ở năm 2026 chưa được công bố hoặc chưa được kiểm tra \(chưa rõ\)/);
      expect(text).not.toContain('Thu nhập cả hộ');
    });
  }
});

describe('R55: "dai hoc" is university, not "đài" (radio, the information-access indicator)', () => {
  it('“con hoc dai hoc thi sao” after the tuition card: NĐ 238/2025 for ethnic-minority students of poor/near-poor families', async () => {
    const [, text] = await ask('ho ngheo dc hoc phi ko', 'con hoc dai hoc thi sao');
    expect(text).not.toContain('Phương tiện phục vụ tiếp cận thông tin');
    expect(text).toContain('Nghị định 238/2025/NĐ-CP');
    expect(text).toContain('dân tộc thiểu số');
  });
});
