/**
 * Round 24 (words5): a household told with "có đc hỗ trợ j k ạ" gets what its figures settle before the consent question (the
 * supports are the class's), and the area told next at the consent question gives the estimate there.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round24-words5');
const MOTHER = 'nhà e 3 ng, chồng đi làm công nhân lương 6tr, e ở nhà trông con, có đc hỗ trợ j k ạ';

describe('the supports asked of a household told', () => {
  it(`"${MOTHER}": 2.000.000 đồng/người/tháng, the class by area today and from 01/01/2027, what the supports depend on, then the consent (was the consent only)`, async () => {
    const [answer] = await ask(MOTHER);
    const lead = answer!.indexOf('Với số liệu bạn kể (thu nhập 2.000.000 đồng/người/tháng, theo chuẩn áp dụng ngày 04/12/2026)');
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(answer).toContain('ở nông thôn, hộ là hộ có mức sống trung bình');
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo');
    expect(answer).toContain('Hộ được hỗ trợ gì tùy hộ là hộ nghèo, hộ cận nghèo hay không');
    expect(lead).toBeLessThan(answer!.indexOf('Đồng ý lưu'));
  });

  it('"nha tui 4 nguoi thang dc 6 trieu, co dc ho tro j ko": the same, unaccented (was the consent only)', async () => {
    const [answer] = await ask('nha tui 4 nguoi thang dc 6 trieu, co dc ho tro j ko');
    expect(answer).toContain('Với số liệu bạn kể (thu nhập 1.500.000 đồng/người/tháng');
    expect(answer).toContain('Hộ được hỗ trợ gì tùy');
  });

  it('"e ở ngoài bắc, nông thôn ạ" next: hộ có mức sống trung bình today, at least hộ cận nghèo from 01/01/2027 (was "Mình ghi nhận…" alone)', async () => {
    const [, answer] = await ask(MOTHER, 'e ở ngoài bắc, nông thôn ạ');
    expect(answer).toContain('Khu vực: Nông thôn');
    expect(answer).toContain('hộ là hộ có mức sống trung bình; các chỉ số thiếu hụt chưa hỏi không làm thay đổi kết quả');
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo');
  });

  it('guard: the class asked ("..., là hộ j ạ") keeps its answer, no supports sentence', async () => {
    const [answer] = await ask('nhà e 3 ng, chồng đi làm công nhân lương 6tr, là hộ j ạ');
    // The class said first since round 43 resid46 (was "Với số liệu bạn kể (thu nhập 2.000.000 đồng/người/tháng …").
    expect(answer).toContain('÷ 3 người = 2.000.000 đồng/người/tháng, ở nông thôn, trên mức 1.500.000 đồng theo chuẩn hiện hành');
    expect(answer).toContain('hộ bạn là hộ có mức sống trung bình');
    expect(answer).not.toContain('Hộ được hỗ trợ gì tùy');
  });
});
