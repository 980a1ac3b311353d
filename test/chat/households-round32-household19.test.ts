/**
 * Round 32 (household19, 05/12/2026): residents telling their household in one sentence, and what the chat reads of it.
 * - "…, thang gui ve 3 trieu, o nha lam ruong thang kiem 2 trieu": money sent home is income (only the State's social assistance
 *   is left out, NĐ 07/2021/NĐ-CP; facts/poverty-standards.md), added to the farm's and said so; was asked which amount counts.
 * - "tui lam cong nhat …, nha 4 dua": the speaker and 4 children, 5 people; was no size, and the sentence out of scope.
 * - "moi vu dc 3 tan lua, 1 nam 2 vu": a harvest by its weight, no money: the year's money it brings is asked, and "40 trieu"
 *   answered alone is that year's; was the month's income asked as if nothing had been said.
 * - a week's pay asked back shows a week's example (4 tuần × …), was "20 ngày × 200.000 đồng".
 * - "ho ngheo dc bn kg gao": "kg" before rice is the kilogram (was "không"): no rice handout in the data, said so.
 * - "ngắn hơn nữa" right after a short text said to "bạn": still "bạn" (was "Bà con …").
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round32-household19');
const rules = loadRules();
const read = (text: string) => understandHousehold(text, rules, '2026-12-05');

describe('money sent home is income', () => {
  it('"nha 4 nguoi o que, thang gui ve 3 trieu, o nha lam ruong thang kiem 2 trieu": 5.000.000 đồng, the remittance said counted', () => {
    const understanding = read('nha 4 nguoi o que, thang gui ve 3 trieu, o nha lam ruong thang kiem 2 trieu');
    expect(understanding.understood).toMatchObject({ area: 'rural', members: 4, monthlyIncome: 5_000_000 });
    expect(understanding.notes.join(' ')).toContain('tiền người nhà gửi về có tính vào thu nhập của hộ');
  });

  it('"con di lam xa thang gui ve 3 trieu, chong lam ruong 2 trieu, nha 5 nguoi o que": the same sum', () => {
    expect(read('con di lam xa thang gui ve 3 trieu, chong lam ruong 2 trieu, nha 5 nguoi o que').understood).toMatchObject({ members: 5, monthlyIncome: 5_000_000 });
  });
});

describe('"nhà 4 đứa" said by the speaker: the speaker and the children', () => {
  it.each([
    ['tui lam cong nhat ngay 180 ngan, lam 25 ngay, nha 4 dua', 5],
    ['tui lam thue thang 4 trieu, o que, nha co 3 dua nho', 4],
    ['vo chong tui lam thue, nha 3 dua nho, o que, thang 5 trieu', 5],
  ])('"%s": %i people', (text, members) => {
    expect(read(text).understood.members).toBe(members);
  });

  it('"nha 4 dua, o que, thang 4 trieu": no speaker said, the size asked', () => {
    expect(read('nha 4 dua, o que, thang 4 trieu').understood.members).toBeNull();
  });

  it('the chat reads the day-labourer\'s sentence as a household, never out of scope', async () => {
    const text = await first('tui lam cong nhat ngay 180 ngan, lam 25 ngay, nha 4 dua');
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toContain('÷ 5 người');
    expect(text).toContain('4.500.000 đồng');
  });
});

describe('a harvest by its weight: the money asked', () => {
  it('"nha 5 nguoi o que, moi vu dc 3 tan lua, 1 nam 2 vu": the year\'s money asked, "40 trieu" that year\'s', async () => {
    const [told, consent, answered] = await ask('nha 5 nguoi o que, moi vu dc 3 tan lua, 1 nam 2 vu', '2', '40 trieu');
    expect(told).toContain('Bán nông sản cả năm được khoảng bao nhiêu tiền?');
    expect(consent).toContain('Bán nông sản cả năm được khoảng bao nhiêu tiền?');
    expect(answered).toContain('40.000.000 đồng một năm ÷ 12 = 3.333.333 đồng một tháng');
  });

  it('"be nang 12 kg, nha 4 nguoi o que": a child\'s weight is no harvest', () => {
    expect(read('be nang 12 kg, nha 4 nguoi o que').questions.join(' ')).not.toContain('sản lượng thu hoạch');
  });
});

describe('a week\'s pay asked back', () => {
  it('"vo chong tui lam thue tuan kiem dc 1tr5, nha 4 mieng an o que": a week\'s example', async () => {
    const text = await first('vo chong tui lam thue tuan kiem dc 1tr5, nha 4 mieng an o que');
    expect(text).toContain('tiền một tuần');
    expect(text).toContain('4 tuần × 1.000.000 đồng = 4.000.000 đồng một tháng');
    expect(text).not.toContain('20 ngày × 200.000 đồng');
  });
});

describe('"kg" is the kilogram', () => {
  it('"ho ngheo dc bn kg gao": no rice handout in the data, said so (was a passage)', async () => {
    const text = await first('ho ngheo dc bn kg gao');
    expect(text).not.toContain('Giải thích ngắn');
    expect(text).toContain('gạo');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('"ngắn hơn nữa" right after a short text to "bạn"', () => {
  it.each([
    ['thu tuc xet ho ngheo', 'ngan hon nua 3 dong'],
    ['ho can ngheo dc ho tro gi', 'tom tat 2 y'],
  ])('"%s", "ngắn hơn", "%s": still "bạn … nơi bạn cư trú"', async (question, again) => {
    const [, short, shorter] = await ask(question, 'ngắn hơn', again);
    expect(short).toContain('nơi bạn cư trú');
    expect(shorter).toContain('nơi bạn cư trú');
    expect(shorter).not.toContain('Bà con');
  });

  it('"viet bai ngan cho ba con ve thu tuc xet ho ngheo", "ngan hon nua 3 dong": a post for its readers stays theirs', async () => {
    const [post, shorter] = await ask('viet bai ngan cho ba con ve thu tuc xet ho ngheo', 'ngan hon nua 3 dong');
    expect(post).toContain('Bà con');
    expect(shorter).not.toContain('nơi bạn cư trú');
  });
});
