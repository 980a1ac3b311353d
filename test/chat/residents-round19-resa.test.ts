/**
 * Round 19 (resa): residents' words left wrong by round 18, each played through the chat core as they type it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');

async function opened(): Promise<Harness> {
  harness = await openHarness({ now: DECEMBER });
  return harness;
}

/** A household told ("nha tui 4 nguoi o que"), at the income question. */
async function atIncome(household: string): Promise<Harness> {
  const h = await opened();
  await h.say(household);
  const turn = await h.press('consent:no');
  expect(turn.text).toContain('Câu 3/15');
  return h;
}

describe('"vo chong tui voi tui nho o que": the children are not counted, so how many people is asked', () => {
  it.each(['vo chong tui voi tui nho o que', 'vo chong tui voi tui nho duoi que'])('"%s"', async (typed) => {
    const h = await opened();
    const turn = await h.say(typed);
    expect(turn.text, typed).not.toMatch(/Số người: \d/);
    expect(turn.text, typed).toContain('bao nhiêu người cùng ăn ở chung');
    expect(turn.text, typed).toContain('Khu vực: Nông thôn');
    expect(turn.text, typed).not.toContain('ngoài phạm vi');
    const next = await h.press('consent:no');
    expect(next.text).toContain('có bao nhiêu người cùng ăn ở chung');
    // The area told is kept: not asked again.
    expect(next.text).not.toContain('nông thôn hay thành thị');
  });

  it('guard: "vo chong tui voi 2 dua nho o que" is still 4 people', async () => {
    const h = await opened();
    expect((await h.say('vo chong tui voi 2 dua nho o que')).text).toContain('Số người: 4');
  });
});

describe('a lack told with the income at the income question is kept', () => {
  it('"thang dc 2 trieu ruoi, ko co bhyt": 2.500.000 đồng a month and the BHYT lack', async () => {
    const h = await atIncome('nha tui 4 nguoi o que');
    const turn = await h.say('thang dc 2 trieu ruoi, ko co bhyt');
    expect(turn.text).toContain('Thu nhập cả hộ: 2.500.000 đồng/tháng');
    expect(turn.text).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(turn.text).toContain('Câu 4/15');
  });

  it('guard: "thu nhap ca nha tam 7 trieu" ("tầm") is no "nhà tạm", at the question or in one sentence', async () => {
    const h = await atIncome('nha tui 4 nguoi o que');
    const turn = await h.say('thu nhap ca nha tam 7 trieu');
    expect(turn.text).toContain('Thu nhập cả hộ: 7.000.000 đồng/tháng');
    expect(turn.text).not.toContain('Chất lượng nhà ở: thiếu hụt');
    const other = await openHarness({ now: DECEMBER });
    try {
      const said = await other.say('nha tui 4 nguoi o que, ca nha tam 7 trieu 1 thang');
      expect(said.text).toContain('7.000.000 đồng/tháng');
      expect(said.text).not.toMatch(/nhà tạm|Chất lượng nhà ở: thiếu hụt/);
    } finally {
      other.close();
    }
  });
});

describe('"năm ngoái" before what was sold makes the amount the year\'s', () => {
  it.each(['nam ngoai ban heo voi lua dc 90tr', 'nam ngoai ban heo va lua duoc 90 trieu'])('"%s" is 7.500.000 đồng a month', async (typed) => {
    const h = await atIncome('nha tui 4 nguoi o que');
    const turn = await h.say(typed);
    expect(turn.text, typed).not.toContain('là một tháng hay cả năm');
    expect(turn.text, typed).toContain('7.500.000 đồng/tháng');
  });

  it('guard: "nam ngoai tui voi ong kiem dc 60tr" (people, not what was sold) is still asked', async () => {
    const h = await atIncome('nha tui 4 nguoi o que');
    expect((await h.say('nam ngoai tui voi ong kiem dc 60tr')).text).toContain('là một tháng hay cả năm');
  });
});

describe('/kiemtra one-line checks read an income bound as the interview does', () => {
  it.each([
    ['/kiemtra nt tong duoi 7tr 4ng', 'Bạn ghi thu nhập chưa tới 7.000.000 đồng một tháng.', '/kiemtra nt tong 6.3tr 4ng'],
    ['/kiemtra nong thon chua toi 2tr moi nguoi', 'Bạn ghi thu nhập chưa tới 2.000.000 đồng một tháng mỗi người.', '/kiemtra nong thon 1.8tr moi nguoi'],
    ['/kiemtra nt 2ng tong 3tr may', 'Bạn ghi thu nhập hơn 3.000.000 đồng một tháng.', '/kiemtra nt 2ng tong 3.5tr'],
  ])('"%s": one figure asked, never the bound taken as it', async (typed, asked, retyped) => {
    const h = await opened();
    const turn = await h.say(typed);
    expect(turn.text, typed).toContain(asked);
    expect(turn.text, typed).toContain('Bạn ước giúp một con số gần đúng nhất');
    expect(turn.text, typed).not.toContain('Kết quả sàng lọc');
    expect(turn.text, typed).toContain(retyped);
    // The line typed again as offered is checked.
    expect((await h.say(retyped)).text).toContain('Kết quả sàng lọc');
  });

  it('"/kiemtra nt duoi 1tr bhyt": every figure gives the same class, said, and the check done (no "chưa hiểu: duoi")', async () => {
    const h = await opened();
    const turn = await h.say('/kiemtra nt duoi 1tr bhyt');
    expect(turn.text).toContain('Thu nhập chưa tới 1.000.000 đồng một tháng mỗi người: ở cả hai mức kết quả như nhau');
    expect(turn.text).toContain('Kết quả sàng lọc (tham khảo): HỘ CẬN NGHÈO');
    expect(turn.text).not.toContain('Mình chưa hiểu');
  });
});

describe('a support the data has none of, asked of "nha tui", is answered as /api/ask answers it', () => {
  it('"nha tui ko co nuoc sach thi dc ho tro j"', async () => {
    const question = 'nha tui ko co nuoc sach thi dc ho tro j';
    const h = await opened();
    const turn = await h.say(question);
    expect(turn.text).toContain('không có khoản hỗ trợ tiền nước, nước sạch');
    expect(turn.text).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    expect(askApiText(question, '2026-12-03')).toContain('không có khoản hỗ trợ tiền nước, nước sạch');
  });
});

describe('a near-poor single mother asking the monthly allowance: unconfirmed, never "không có"', () => {
  it('"tui me don than nuoi 2 dua nho, ho can ngheo co dc tro cap ko"', async () => {
    const h = await opened();
    const turn = await h.say('tui me don than nuoi 2 dua nho, ho can ngheo co dc tro cap ko');
    expect(turn.text).toContain('Trợ cấp xã hội hằng tháng');
    expect(turn.text).not.toContain('hộ cận nghèo không có hỗ trợ này');
    expect(turn.text).toContain('chưa rõ');
    expect(turn.text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(turn.text).not.toMatch(/\d{3}\.000 đồng/);
  });
});

describe('after an erasure, and for an emoji alone, a short polite reply with the menu', () => {
  it.each(['/xoadulieu'])('"%s"', async (typed) => {
    const h = await opened();
    const turn = await h.say(typed);
    expect(turn.text).toContain('Đã xóa toàn bộ dữ liệu');
    expect(turn.buttons.map((button) => button.label)).toContain('Kiểm tra hộ gia đình');
  });

  it('"xoa du lieu cua tui", confirmed', async () => {
    const h = await opened();
    const asked = await h.say('xoa du lieu cua tui');
    const confirm = asked.buttons.find((button) => button.label.startsWith('Xóa hết'))!;
    const turn = await h.press(confirm.action);
    expect(turn.text).toContain('Đã xóa toàn bộ dữ liệu');
    expect(turn.buttons.map((button) => button.label)).toContain('Kiểm tra hộ gia đình');
  });

  it.each(['👍', '🙏🙏', '❤️'])('"%s"', async (typed) => {
    const h = await opened();
    const turn = await h.say(typed);
    expect(turn.text).not.toContain('Mình chưa đọc được');
    expect(turn.text).toMatch(/^Dạ\./);
    expect(turn.buttons.map((button) => button.label)).toContain('Kiểm tra hộ gia đình');
  });

  it('guard: "..." is still not read', async () => {
    const h = await opened();
    expect((await h.say('...')).text).toContain('Mình chưa đọc được');
  });
});

describe('thanks typed "cam on nhiu" is thanks, never a question out of scope', () => {
  it.each(['cam on nhiu nha', 'cam on ban nhiu 👍'])('"%s"', async (typed) => {
    const h = await opened();
    const turn = await h.say(typed);
    expect(turn.text).toMatch(/^Không có gì ạ\./);
    expect(turn.text).not.toContain('ngoài phạm vi');
  });

  it('guard: "ho can ngheo vay dc nhiu" still asks how much (the loan card)', async () => {
    const h = await opened();
    expect((await h.say('ho can ngheo vay dc nhiu')).text).toContain('Vay vốn tín dụng chính sách');
  });
});
