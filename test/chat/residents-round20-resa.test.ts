/**
 * Round 20 (resa): residents' words seen but left by round 19, each played through the chat core as they type it (and
 * /api/ask where the question stands alone).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');
const TODAY = '2026-12-03';

async function opened(): Promise<Harness> {
  harness = await openHarness({ now: DECEMBER });
  return harness;
}

/** The chat's answer and /api/ask's to one question standing alone. */
async function both(question: string): Promise<[string, string]> {
  const h = await opened();
  return [(await h.say(question)).text, askApiText(question, TODAY)];
}

describe('a 72-year-old of a near-poor household: only the pension of 70 to under 75, and in one line that the one from 75 is not for them', () => {
  it.each(['ba noi 72 tuoi ho can ngheo dc tro cap huu tri ko', 'ong 72 tuoi nha can ngheo dc lanh tien gi', 'ba tui 72 tuoi nha can ngheo co dc tien hang thang hok'])(
    '"%s"',
    async (typed) => {
      for (const text of await both(typed)) {
        expect(text, typed).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)');
        // No card of the pension from 75, no "Áp dụng khi" the age said already meets, no "không đúng điều kiện".
        expect(text, typed).not.toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) (theo dữ liệu');
        expect(text, typed).not.toContain('Áp dụng khi: có thành viên từ 70');
        expect(text, typed).not.toContain('không đúng điều kiện');
        expect(text.match(/Còn trợ cấp hưu trí xã hội \(người cao tuổi[^\n]*75 tuổi trở lên[^\n]*không áp dụng cho người 72 tuổi/g) ?? [], typed).toHaveLength(1);
      }
    },
  );

  it('guard: "me tui 78 tuoi co dc tro cap huu tri ko" keeps the pension from 75', async () => {
    const [chat] = await both('me tui 78 tuoi co dc tro cap huu tri ko');
    expect(chat).toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) (theo dữ liệu');
    expect(chat).toContain('không có lương hưu');
  });
});

describe('the near-poor single mother: the card says what is not known, with no clumsy "không đúng điều kiện" line', () => {
  it.each(['tui la me don than, ho can ngheo, dc ho tro gi', 'me don than nuoi con ho can ngheo dc ho tro gi'])('"%s"', async (typed) => {
    for (const text of await both(typed)) {
      expect(text, typed).toContain('Trợ cấp xã hội hằng tháng');
      expect(text, typed).toContain('chưa rõ');
      expect(text, typed).not.toContain('không đúng điều kiện');
      expect(text, typed).not.toContain('không nêu hỗ trợ này cho hộ đó');
    }
  });
});

describe('a class\'s supports asked for a later year: /api/ask lists that year\'s supports as the chat does', () => {
  it.each([
    ['ho ngheo nam 2027 dc ho tro j', 'Hỗ trợ cho hộ nghèo (áp dụng ngày 01/01/2027)'],
    ['nam 2027 ho can ngheo duoc ho tro gi', 'Hỗ trợ cho hộ cận nghèo (áp dụng ngày 01/01/2027)'],
  ])('"%s"', async (typed, heading) => {
    const [chat, api] = await both(typed);
    for (const text of [chat, api]) {
      expect(text, typed).toMatch(new RegExp(`^${heading.replace(/[()]/g, '\\$&')}`));
      expect(text, typed).not.toContain('Giải thích ngắn');
    }
  });

  it('guard: "ho can ngheo dc ho tro gi" (no year) keeps today\'s answer in /api/ask', () => {
    expect(askApiText('ho can ngheo dc ho tro gi', TODAY)).not.toContain('01/01/2027');
  });
});

describe('an old person with nobody to support them: the monthly social allowance of NĐ 20/2021 (its card names them)', () => {
  it.each(['ong ba gia ko ai nuoi', 'ba cu song 1 minh ko con cai', 'ong tui gia roi hok ai phung duong, nha ngheo, dc tro cap ko', 'ba cu nha ben neo don hok con chau'])(
    '"%s"',
    async (typed) => {
      for (const text of await both(typed)) {
        expect(text, typed).toMatch(/^Trợ cấp xã hội hằng tháng/);
        expect(text, typed).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
        expect(text, typed).toContain('Nghị định 20/2021/NĐ-CP');
        expect(text, typed).not.toContain('ngoài phạm vi');
        // "bà cụ" is an old woman, never "3 củ" (3.000.000 đồng).
        expect(text, typed).not.toContain('3.000.000 đồng');
      }
    },
  );

  it('guard: "nha tui 2 nguoi o que thang kiem ba cu" is still 3.000.000 đồng a month', async () => {
    const h = await opened();
    expect((await h.say('nha tui 2 nguoi o que thang kiem ba cu')).text).toContain('3.000.000 đồng/tháng');
  });
});

describe('a follow-up naming the water bill after a support card: that the data has no such support, then its indicator', () => {
  it.each([
    ['ho tro tien dien cho ho ngheo', 'con nuoc thi sao'],
    ['ho tro tien dien cho ho ngheo', 'con nuoc sach thi sao'],
    // Passed before too: the water bill's own words named it.
    ['ho can ngheo dc vay von ko', 'vay con tien nuoc thi sao'],
  ])('"%s", then "%s"', async (card, typed) => {
    const h = await opened();
    await h.say(card);
    const text = (await h.say(typed)).text;
    expect(text, typed).toContain('không có khoản hỗ trợ tiền nước, nước sạch');
    expect(text, typed).toContain('Nguồn nước sinh hoạt');
    expect(text, typed).not.toContain('ngoài phạm vi');
  });

  it('guard: "con bhyt thi sao" after the electricity card is still the BHYT card', async () => {
    const h = await opened();
    await h.say('ho tro tien dien cho ho ngheo');
    expect((await h.say('con bhyt thi sao')).text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });
});

describe('young children: what the rules data holds for them, each with its basis and status, never a figure it lacks', () => {
  it.each(['nha tui co con nho duoi 6 tuoi dc ho tro gi', 'be duoi 6 tuoi dc huong che do gi hok'])('"%s"', async (typed) => {
    for (const text of await both(typed)) {
      expect(text, typed).toMatch(/^Trẻ em dưới 6 tuổi được hỗ trợ gì/);
      expect(text, typed).toContain('ngân sách nhà nước đóng bảo hiểm y tế');
      expect(text, typed).toContain('Luật Bảo hiểm y tế, Điều 12');
      expect(text, typed).toContain('160.000 đồng/trẻ/tháng');
      expect(text, typed).toContain('Nghị quyết 217/2025/QH15');
      // Not every class's list, not a province's plan passage.
      expect(text, typed).not.toContain('Các chính sách hỗ trợ theo loại hộ');
      expect(text, typed).not.toContain('suy dinh dưỡng cân nặng theo tuổi xuống còn');
    }
  });
});

describe('a condition told while the consent question waits is kept for the check, not answered as a question', () => {
  it.each(['co bhyt het', 'ca nha co bhyt het roi', 'nha tui co the bhyt het'])('"%s"', async (typed) => {
    const h = await opened();
    await h.say('nha tui 4 nguoi o que thang dc 5 trieu');
    const turn = await h.say(typed);
    expect(turn.text, typed).toContain('Bảo hiểm y tế: không thiếu hụt');
    expect(turn.text, typed).not.toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(turn.text, typed).toContain('Số người: 4');
    expect(turn.text, typed).toContain('“Đồng ý lưu” hoặc “Không lưu”');
    // The check keeps it: the BHYT question is not asked, its answer is there.
    const started = await h.press('consent:no');
    expect(started.text).toContain('Bảo hiểm y tế: không thiếu hụt');
  });

  it('guard: "co bhyt ko" (asked) while the consent question waits still gets the BHYT card', async () => {
    const h = await opened();
    await h.say('nha tui 4 nguoi o que thang dc 5 trieu');
    expect((await h.say('co bhyt ko')).text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });
});

/**
 * Fifteen fresh questions in Southern words (round 20): 14 were answered right already (a loan, "ổng 73 tuổi", "bả 80 tuổi",
 * "mần thuê", "nhiu", "dzậy", "mần sao"…); this one was the BHYT support card.
 */
describe('"hok co bhyt thi co bi tinh ngheo hok": whether a lack counts towards being poor is its indicator', () => {
  it('chat and /api/ask give the BHYT indicator, not the premium support card', async () => {
    for (const text of await both('hok co bhyt thi co bi tinh ngheo hok')) {
      expect(text).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo/);
      expect(text).toContain('Bảo hiểm y tế (Y tế)');
      expect(text).not.toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    }
  });
});
