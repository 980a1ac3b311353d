/**
 * Round 14 (findings37 N37-01, N37-04, findings38 N38-19, findings36 N36-11): residents tell their household in one Zalo
 * sentence ("2 vo chong voi tui nho 3 dua", "ổng bả với tụi nhỏ 3 đứa"); the chat counts the people as they say them, asks how
 * many when the number is not said ("vo chong tui voi tui nho"), starts the check on an income told without the size, and
 * reads an income per person as per person, saying first what it means against the lines.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { loadRules } from '../../src/rules/index.ts';
import { readMemberCount, understandHousehold } from '../../src/rules/understand.ts';

const TODAY = '2026-12-03';
const { ask, first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round14-size');
const rules = loadRules();
const membersOf = (text: string) => understandHousehold(text, rules, TODAY).understood.members;

describe('household size from family words (N37-01, N38-19)', () => {
  it.each([
    ['2 vo chong voi tui nho 3 dua', 5],
    ['ông bà nội, ba má với 2 anh em tui', 6],
    ['ổng bả với tụi nhỏ 3 đứa', 5],
    ['2 ông bà già với thằng cháu nội', 3],
    ['tui nuôi 2 đứa nhỏ', 3],
    ['nha co 2 vo chong', 2],
    ['nha tui co 2 vo chong, con 3 dua', 5],
  ])('"%s" = %i people, and the check starts with it', async (text, members) => {
    expect(membersOf(text)).toBe(members);
    const reply = await first(text);
    expect(reply).toMatch(new RegExp(`Số người: ${members}[.;]`));
    expect(reply).not.toContain('ngoài phạm vi');
  });

  it('typed at the members question: "2 vo chong voi tui nho 3 dua" is 5', () => {
    expect(readMemberCount('2 vo chong voi tui nho 3 dua')).toBe(5);
    expect(readMemberCount('ổng bả với tụi nhỏ 3 đứa')).toBe(5);
  });

  it('with the income: 5 people, 1.200.000 đồng/người/tháng, rural', async () => {
    const reply = await first('2 vo chong voi tui nho 3 dua, thu nhap 6 trieu 1 thang o que, la ho ngheo ko');
    expect(reply).toContain('Thu nhập cả hộ: 6.000.000 đồng/tháng ÷ 5 người = 1.200.000 đồng/người/tháng');
    expect(reply).toContain('Khu vực: Nông thôn');
    expect(reply).toMatch(/^Với số liệu bạn kể \(thu nhập 1\.200\.000 đồng\/người\/tháng/);
  });

  it('"nuôi 3 con heo" is still no child', () => {
    expect(membersOf('2 vo chong nuoi 3 con heo')).toBe(2);
  });
});

describe('people of no told number: the total is asked, not guessed (N37-01)', () => {
  it.each(['nha co 2 vo chong va may dua nho', 'vo chong tui voi tui nho'])('"%s"', async (text) => {
    expect(membersOf(text)).toBeNull();
    const [reply, area, members] = await ask(text, 'Không lưu', 'o que');
    expect(reply).not.toMatch(/Số người: \d/);
    expect(reply).toContain('bao nhiêu người');
    expect(reply).not.toContain('ngoài phạm vi');
    expect(area).toContain('nông thôn hay thành thị');
    expect(members).toContain('có bao nhiêu người cùng ăn ở chung');
  });

  it('typed at the members question, "2 vo chong voi may dua nho" is asked again, not 2', async () => {
    expect(readMemberCount('2 vo chong voi may dua nho')).toBeUndefined();
    const [, , members, again] = await ask('kiem tra ho gia dinh', 'Không lưu', 'o que', '2 vo chong voi may dua nho');
    expect(members).toContain('có bao nhiêu người cùng ăn ở chung');
    expect(again).toContain('có bao nhiêu người cùng ăn ở chung');
    expect(again).not.toContain('Thu nhập của cả hộ trung bình mỗi tháng');
  });
});

describe('an income told without the size starts the check (N37-04)', () => {
  it('"nha tui lam ruong thu nhap 5 trieu 1 thang" asks the rest, the size among it', async () => {
    const [reply, area, members] = await ask('nha tui lam ruong thu nhap 5 trieu 1 thang', 'Không lưu', 'o que');
    expect(reply).toContain('Thu nhập cả hộ: 5.000.000 đồng/tháng');
    expect(reply).not.toContain('Giải thích ngắn');
    expect(reply).not.toContain('ngoài phạm vi');
    expect(area).toContain('nông thôn hay thành thị');
    expect(members).toContain('có bao nhiêu người cùng ăn ở chung');
  });

  it('"nha tui thu nhap 5 trieu co dc vay von ko" is still the loan question', async () => {
    const reply = await first('nha tui thu nhap 5 trieu co dc vay von ko');
    expect(reply).not.toContain('Mình hiểu');
    expect(reply).toContain('vay');
  });
});

describe('an income per person is per person, and what it means comes first (N36-11)', () => {
  it('"moi nguoi trong nha dc khoang 1 trieu ruoi 1 thang": both areas, today and from 01/01/2027, then only what is missing', async () => {
    const [reply, area, members, next] = await ask('moi nguoi trong nha dc khoang 1 trieu ruoi 1 thang', 'Không lưu', 'o que', '4');
    expect(reply).toMatch(/^Thu nhập bình quân 1\.500\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày 03\/12\/2026/);
    // The lines of the rules data: 2026 (NĐ 07/2021 kept) and 2027–2030 (NĐ 351/2025), rural and urban.
    for (const line of ['1.500.000 đồng', '2.000.000 đồng', 'từ 01/01/2027', '2.200.000 đồng', '2.800.000 đồng']) expect(reply).toContain(line);
    expect(reply).toContain('Thu nhập bình quân: 1.500.000 đồng/người/tháng');
    expect(reply).not.toContain('Thu nhập cả hộ');
    expect(area).toContain('nông thôn hay thành thị');
    expect(members).toContain('có bao nhiêu người cùng ăn ở chung');
    expect(next).not.toContain('Thu nhập của cả hộ trung bình mỗi tháng');
    expect(next).toContain('1.500.000 đồng/người/tháng');
  });

  it('"binh quan 1tr2 / nguoi" in town: the urban line only', async () => {
    const reply = await first('nha tui o phuong, binh quan 1tr2 / nguoi');
    expect(reply).toMatch(/^Thu nhập bình quân: 1\.200\.000 đồng\/người\/tháng, ở thành thị, /);
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): như trên.');
    // Today's class, the same from 2027 (round 44 resid49: said once).
    expect(reply).toContain('hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên.');
    expect(reply).not.toContain('nông thôn');
  });

  it('"binh quan 1tr2 / nguoi" alone', async () => {
    const reply = await first('binh quan 1tr2 / nguoi');
    expect(reply).toMatch(/^Thu nhập bình quân 1\.200\.000 đồng\/người\/tháng/);
    expect(reply).not.toContain('ngoài phạm vi');
  });
});
