/**
 * Round 21b (helper "elderly"): an old person with nobody to support them, asked by a resident and by a commune cadre. The
 * monthly social allowance (NĐ 20/2021 Điều 5: the elderly of poor households with no carer) answers, led by the social pension
 * (NĐ 176/2025) when the age said reaches it; a pension named by its own name keeps the pension's card. Asked on 04/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { first } = conversationsAt(DECEMBER, 'round21b-elderly');

describe('an old person with no carer: the monthly social allowance, never the pension card alone', () => {
  it('the cadre’s "… được hưởng trợ cấp xã hội hằng tháng theo văn bản nào?": NĐ 20/2021 Điều 5, no pension card', async () => {
    const question = 'Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng được hưởng trợ cấp xã hội hằng tháng theo văn bản nào?';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Trợ cấp xã hội hằng tháng/);
      expect(text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
      expect(text).toContain('Nghị định 20/2021/NĐ-CP, Điều 5');
      expect(text).not.toContain('Trợ cấp hưu trí xã hội');
    }
  });

  it.each([
    'Người cao tuổi thuộc hộ nghèo không có người có nghĩa vụ phụng dưỡng thì hưởng chế độ gì?',
    'ong ba gia neo don ko con chau thi xa co ho tro gi ko',
  ])('"%s" (no age said): the allowance first, then the pensions from 70 and from 75', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Trợ cấp xã hội hằng tháng/);
      expect(text).toContain('Nghị định 20/2021/NĐ-CP, Điều 5');
      expect(text).toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)');
      expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)');
    }
  });

  it('"ong noi tui 78 tuoi ko co luong huu nha ngheo ko ai nuoi dc lanh tien gi ko": the pension from 75, then the allowance', async () => {
    const text = await first('ong noi tui 78 tuoi ko co luong huu nha ngheo ko ai nuoi dc lanh tien gi ko');
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    const allowance = text.indexOf('Trợ cấp xã hội hằng tháng');
    expect(allowance).toBeGreaterThan(0);
    expect(text.slice(allowance)).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
  });

  it('guard: "ba tui ko ai nuoi co dc tien gia ko" (the pension named, no age) keeps the pension card', async () => {
    expect(await first('ba tui ko ai nuoi co dc tien gia ko')).toMatch(/^Trợ cấp hưu trí xã hội/);
  });
});

describe('a decree named with a class: the card of the support it is the basis of, in the chat and /api/ask alike', () => {
  it('"nghi dinh 176/2025 ho can ngheo dc gi": the pension of poor and near-poor members from 70, with the one from 75 of every household', async () => {
    for (const text of [await first('nghi dinh 176/2025 ho can ngheo dc gi'), askApiText('nghi dinh 176/2025 ho can ngheo dc gi', TODAY)]) {
      expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
      expect(text).toContain('• Hộ cận nghèo: Áp dụng khi: có thành viên từ 70 đến dưới 75 tuổi');
      expect(text).toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)');
      expect(text).not.toContain('Hỗ trợ cho hộ cận nghèo');
    }
  });

  it('"nghi dinh 20/2021 ho ngheo dc huong gi": the monthly social allowance, not every support of poor households', async () => {
    const text = await first('nghi dinh 20/2021 ho ngheo dc huong gi');
    expect(text).toMatch(/^Trợ cấp xã hội hằng tháng/);
    expect(text).not.toContain('Hỗ trợ cho hộ nghèo');
  });
});

describe('a household wanting to leave poverty: what helps it do so, not how to be taken off the list', () => {
  it.each(['lam sao de thoat ngheo dc ho tro gi ko', 'nha tui muon thoat ngheo thi nha nuoc giup gi'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Hộ muốn thoát nghèo được hỗ trợ gì/);
      expect(text).toContain('đa dạng hóa sinh kế');
      expect(text).toContain('Quyết định 46/2015/QĐ-TTg');
      expect(text).toContain('Ngân hàng Chính sách xã hội');
      // The 2026–2035 programme's amounts are not known: no figure of the 2021–2025 housing or livelihood projects.
      expect(text).not.toMatch(/40\.000\.000|20\.000\.000/);
      expect(text).not.toContain('Hộ không bị bắt buộc ở lại danh sách');
    }
  });

  it('guards: asking to be taken off the list, or what is kept after leaving, keep their entries', async () => {
    expect(await first('muon rut ten khoi ho can ngheo')).not.toMatch(/^Hộ muốn thoát nghèo được hỗ trợ gì/);
    expect(await first('lam sao thoat ngheo ma van dc ho tro')).toMatch(/^Hộ mới thoát nghèo còn được gì/);
  });

  it.each(['nghị quyết 05 có giải pháp gì để thoát nghèo', 'hộ thoát nghèo bền vững'])('guard: "%s" (the plans’ words) still quotes the plans', (question) => {
    expect(askApiText(question, TODAY)).toMatch(/^Theo văn bản:/);
  });
});
