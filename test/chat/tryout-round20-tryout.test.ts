/**
 * Round 20 (tryout): whole conversations played as residents type them on Zalo (no diacritics, "ko", "dc", "j", "tui", "hok",
 * Southern words), what they found wrong or unhelpful.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round20-tryout');

describe('the household\'s class asked at a living-conditions question', () => {
  const told = 'nha con 6 nguoi o ap 3 xa vinh thanh, ba ma gia, con lam ruong, 1 thang kiem dc tam 7 trieu, nha la, ko co nha ve sinh';

  it('"vay la ho ngheo ha ad" at question 4: the two classes the figures so far allow, then the same question (was: the explainer of newly escaped households)', async () => {
    const [, , asked] = await ask(told, 'ko luu', 'vay la ho ngheo ha ad');
    expect(asked).toContain('1.166.667 đồng/người/tháng');
    expect(asked).toContain('hộ cận nghèo hoặc hộ nghèo');
    expect(asked).not.toContain('Giải thích ngắn');
    expect(asked).not.toContain('mới thoát nghèo');
    expect(asked).toMatch(/Câu 4\/15 · Việc làm/);
  });

  it('"z nha tui la ho gi" once a third deprivation is answered: hộ nghèo settled, then the next question', async () => {
    const [, , , asked] = await ask(told, 'ko luu', 'co', 'z nha tui la ho gi');
    expect(asked).toContain('hộ là hộ nghèo');
    expect(asked).toContain('Câu 5/15');
    expect(asked).not.toContain('Giải thích ngắn');
  });

  it('guard: "ko" at the question is still its answer', async () => {
    const [, , answered] = await ask(told, 'ko luu', 'ko');
    expect(answered).toContain('Câu 5/15');
  });
});

describe('a later year\'s list of supports keeps its year for what follows it', () => {
  const asked = 'tu thang 1 nam 2027 ho can ngheo dc ho tro j';

  it('"con ho ngheo" after the 2027 near-poor list: the poor households\' list on 01/01/2027 (was: today\'s, 04/12/2026)', async () => {
    const [first, poor] = await ask(asked, 'con ho ngheo');
    expect(first).toContain('Hỗ trợ cho hộ cận nghèo (áp dụng ngày 01/01/2027)');
    expect(poor).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 01/01/2027)');
    expect(poor).not.toContain('04/12/2026');
  });

  it('"chi tiet" then "bao nhieu tien" after it: each support in full and the amounts, still on 01/01/2027', async () => {
    const [, , detail, amounts] = await ask(asked, 'con ho ngheo', 'chi tiet', 'bao nhieu tien');
    expect(detail).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 01/01/2027)');
    expect(detail).toContain('Căn cứ');
    expect(amounts).toContain('01/01/2027');
    expect(amounts).not.toContain('04/12/2026');
  });

  it('the buttons under it ("2" = Hộ nghèo, then "1" = Chi tiết từng khoản) keep 01/01/2027', async () => {
    const [, poor, detail] = await ask(asked, '2', '1');
    expect(poor).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 01/01/2027)');
    expect(detail).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 01/01/2027)');
    expect(detail).toContain('Căn cứ');
  });

  it('guard: "con nam nay" after it is today\'s list again', async () => {
    const [, now] = await ask(asked, 'con nam nay thi sao');
    expect(now).toContain('áp dụng ngày 04/12/2026');
  });
});

describe('electricity support after Quyết định 14/2025/QĐ-TTg: where to apply is not known either', () => {
  it('"tien dien ho ngheo dc ho tro ko ad" then "lam o dau": no "UBND cấp xã lập danh sách và chi trả" said as known next to "cách chi trả chưa được kiểm tra"', async () => {
    const [card, where] = await ask('tien dien ho ngheo dc ho tro ko ad', 'lam o dau');
    expect(card).toContain('cách chi trả chưa được kiểm tra');
    for (const answer of [card, where]) {
      expect(answer).not.toContain('UBND cấp xã lập danh sách và chi trả');
      expect(answer).toContain('hỏi cán bộ xã ai lập danh sách và chi trả');
      expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });
});

describe('a household above the 2027 lines is said not to be poor or near-poor, the middle class not known', () => {
  it('"nam sau nha tui 4 nguoi thu nhap 9 trieu o que la ho j": "hộ không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không thì chưa rõ" (was "hộ là chưa xác định được", "CHƯA XÁC ĐỊNH ĐƯỢC")', async () => {
    const [answer] = await ask('nam sau nha tui 4 nguoi thu nhap 9 trieu o que la ho j');
    expect(answer).toContain('2.250.000 đồng/người/tháng');
    // Round 36 law28: today's class first, then the 2027 standard's (was the 2027 result card alone, its class in capitals).
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn mới: không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không thì chưa rõ');
    expect(answer).not.toMatch(/chưa xác định được/i);
  });

  it('today\'s result of a household above 2.200.000 đồng says the 2027 line the same way (was "Từ 01/01/2027 theo chuẩn mới: chưa xác định được")', async () => {
    const [answer] = await ask('nha tui 4 nguoi o que thu nhap 10 trieu 1 thang thi la ho gi');
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn mới: không thuộc diện hộ nghèo, hộ cận nghèo; có là hộ có mức sống trung bình hay không thì chưa rõ');
    expect(answer).not.toMatch(/chưa xác định được/i);
  });

  it('guard: within the 2027 line the two classes it may be are still said', async () => {
    const [answer] = await ask('nam sau nha tui 4 nguoi thu nhap 6 trieu o que la ho j');
    expect(answer).toContain('hộ cận nghèo hoặc hộ nghèo');
  });
});

describe('which level of government, asked after a support card', () => {
  it.each(['nop o xa hay phuong', 'huyen hay xa', 'lam o xa hay phuong vay ad'])('"%s" after the social pension card: where to apply (UBND cấp xã), never "ngoài phạm vi"', async (typed) => {
    const [, where] = await ask('ba noi tui 76 tuoi ko co luong huu dc tro cap bn', typed);
    expect(where).not.toContain('ngoài phạm vi');
    expect(where).toContain('nơi làm: UBND cấp xã');
  });
});
