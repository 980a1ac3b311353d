/**
 * Conversations as residents type them in Zalo (outside tester, findings5 K rows): several turns, each line one
 * message. What a reply to the bot's own question, a household told in one sentence, a follow-up ("còn …",
 * "vậy …") and a typed number mean depends on what the bot asked last.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { renderForZalo } from '../../src/channels/zalo/render.ts';
import { ZALO_MAX_TEXT_LENGTH } from '../../src/channels/zalo/api.ts';
import { toPlainText } from '../../src/chat/render.ts';

let harness: Harness;
afterEach(() => harness?.close());

const say = async (...messages: string[]) => {
  let last = await harness.say(messages[0]!);
  for (const message of messages.slice(1)) last = await harness.say(message);
  return last;
};

describe('while the consent question is open', () => {
  it('K04: "6 trieu" answers the bot’s "2 nghìn hay 2 triệu?", and "2" then means "Không lưu"', async () => {
    harness = await openHarness();
    const asked = await say('2 vo chong o quan 8 sai gon, thu nhap ca 2 dc 6 trieu/thang');
    expect(asked.text).toContain('Đồng ý lưu');
    const answered = await say('6 trieu');
    expect(answered.text).not.toContain('ngoài phạm vi');
    expect(answered.text).toContain('6.000.000 đồng/tháng ÷ 2 người = 3.000.000 đồng/người/tháng');
    const chose = await say('2');
    expect(chose.text).toContain('không lưu lại');
    expect(chose.text).toContain('Mình hiểu về hộ của bạn như sau');
    expect(chose.text).not.toContain('Các chính sách hỗ trợ theo loại hộ');
  });

  it('K06: /kiemtra then "o que", "5", "6 trieu": the area and income go into the check, "5" makes no share link', async () => {
    harness = await openHarness();
    await say('/kiemtra');
    const area = await say('o que');
    expect(area.text).toContain('Khu vực: Nông thôn');
    expect(area.buttons.map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    const five = await say('5');
    expect(five.text).not.toContain('đường dẫn');
    expect(five.replies.every((reply) => reply.shareToken === undefined)).toBe(true);
    expect(five.buttons.map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    const income = await say('6 trieu');
    expect(income.text).toContain('Thu nhập cả hộ: 6.000.000 đồng/tháng');
    // Round 21: "5" with no size told yet is kept as the household's (said back), so the size is not asked again.
    expect(five.text).toContain('Số người: 5');
    const started = await say('2');
    expect(started.text).toContain('Số người: 5');
    expect(started.text).not.toContain('bao nhiêu người');
  });

  it('a question typed meanwhile is answered, and the consent question is asked again last', async () => {
    harness = await openHarness();
    await say('/kiemtra');
    const answered = await say('chuan ngheo nong thon bao nhieu');
    expect(answered.text).toContain('1.500.000 đồng');
    expect(answered.replies.at(-1)!.buttons!.flat().map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    expect((await say('1')).text).toContain('Cảm ơn bạn');
  });
});

describe('the days worked a month, asked after a day\'s pay (outside test, item 1)', () => {
  it('"tam 20 ngay", "20", "khoang 3 tuan" while the consent question is open are the days: 300.000 × days, not a new question', async () => {
    for (const [answer, income] of [
      ['tam 20 ngay', '300.000 đồng một ngày × 20 ngày = 6.000.000 đồng một tháng'],
      ['20', '300.000 đồng một ngày × 20 ngày = 6.000.000 đồng một tháng'],
      ['khoang 3 tuan', '300.000 đồng một ngày × 21 ngày = 6.300.000 đồng một tháng'],
    ] as const) {
      harness = await openHarness();
      const asked = await say('nha tui 4 nguoi o que, tui lam ho 300k 1 ngay');
      expect(asked.text).toContain('tiền một ngày');
      const answered = await say(answer);
      expect(answered.text, answer).not.toContain('ngoài phạm vi');
      expect(answered.text, answer).toContain(income);
      expect(answered.buttons.map((button) => button.action), answer).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
      const started = await say('2');
      expect(started.text, answer).toContain('Mình hiểu về hộ của bạn như sau');
      expect(started.text, answer).toContain('÷ 4 người');
      harness.close();
    }
  });

  it('"2 vo chong o que moi nguoi 150k 1 ngay, nha 4 nguoi" then "20": never 3.000.000 per member (the pay is each earner\'s)', async () => {
    harness = await openHarness();
    await say('2 vo chong o que moi nguoi 150k 1 ngay, nha 4 nguoi');
    const answered = await say('20');
    expect(answered.text).not.toContain('3.000.000 đồng/người/tháng');
    expect(answered.text).not.toContain('Thu nhập bình quân');
  });

  it('"nha 4 nguoi o que, 2 vc tui lam thue 200k 1 ngay" then "25": asked whose pay it is, never one day\'s pay for the household (review6 M2)', async () => {
    harness = await openHarness();
    const asked = await say('nha 4 nguoi o que, 2 vc tui lam thue 200k 1 ngay');
    expect(asked.text).toContain('Mỗi người 200.000 đồng một ngày hay cả hai 200.000 đồng một ngày?');
    const days = await say('25');
    // Was 200.000 × 25 = 5.000.000 ÷ 4 = 1.250.000; each earner's pay would be 10.000.000 ÷ 4 = 2.500.000: neither is guessed.
    expect(days.text).not.toContain('1.250.000 đồng/người/tháng');
    expect(days.text).not.toContain('× 25 ngày');
    // "cả hai" said: the day's pay is the two together, and the days make the month as before.
    harness.close();
    harness = await openHarness();
    await say('nha 4 nguoi o que, 2 vc tui lam thue ca hai 200k 1 ngay');
    expect((await say('25')).text).toContain('200.000 đồng một ngày × 25 ngày = 5.000.000 đồng một tháng');
  });

  it('in the interview, "chong lam ho 300k 1 ngay" asks the days a month, and "20" answers it', async () => {
    harness = await openHarness();
    await say('/kiemtra', '2', 'o que', '4');
    const daily = await say('chong lam ho 300k 1 ngay');
    expect(daily.text).toContain('Một tháng làm khoảng mấy ngày?');
    const days = await say('20');
    expect(days.text).not.toContain('2 nghìn');
    expect(days.text).toContain('300.000 đồng một ngày × 20 ngày = 6.000.000 đồng một tháng');
    expect(days.text).toContain('Thu nhập cả hộ: 6.000.000 đồng/tháng ÷ 4 người = 1.500.000 đồng/người/tháng');
  });
});

describe('a household told in one sentence', () => {
  it('K03: one who lives alone, 68, sells lottery tickets, "nha tam bo, ko co bhyt": the check starts, no BHYT card', async () => {
    harness = await openHarness();
    const turn = await say('tui o 1 minh, 68 tuoi, ban ve so moi ngay kiem dc 50 ngan, o que, nha tam bo, ko co bhyt');
    expect(turn.text).toContain('Mình hiểu: Khu vực: Nông thôn; Số người: 1');
    expect(turn.text).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(turn.text).toContain('tiền một ngày');
    expect(turn.buttons.map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    expect(turn.text).not.toContain('Ngân sách nhà nước đóng');
    const income = await say('1500000');
    expect(income.text).toContain('1.500.000 đồng/tháng ÷ 1 người = 1.500.000 đồng/người/tháng');
  });

  it('A58: "cho hỏi chút, nhà e ở P.7 …, 4ng, lương 2 vc 9tr, …" starts the check instead of "ngoài phạm vi"', async () => {
    harness = await openHarness();
    const turn = await say('cho hỏi chút, nhà e ở P.7 Q.Bình Thạnh, 4ng, lương 2 vc 9tr, có con nhỏ 4t đi mẫu giáo, nhà thuê 16m2');
    expect(turn.text).not.toContain('ngoài phạm vi');
    expect(turn.text).toContain('Số người: 4');
    expect(turn.text).toContain('Đồng ý lưu');
  });

  it('a question about a support that tells only the area and members stays a support question', async () => {
    harness = await openHarness();
    const turn = await say('nha tui 3 nguoi o que co dc bhyt ko');
    expect(turn.text).toContain('bảo hiểm y tế');
    expect(turn.text).not.toContain('Đồng ý lưu');
  });
});

describe('"có khác" is no change question without a later time (review5 M2, asked 02/12/2026)', () => {
  it('the classes and the areas compared get today\'s lines; "chuẩn nghèo tháng sau có khác ko" still leads with the changes and shows today\'s card too', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-02T03:00:00Z') });
    for (const question of ['ho ngheo voi ho can ngheo co khac gi nhau', 'chuan ngheo thanh thi va nong thon co khac nhau ko']) {
      const answer = await say(question);
      for (const line of ['1.500.000 đồng', '2.000.000 đồng', '2.250.000 đồng', '3.000.000 đồng']) expect(answer.text, question).toContain(line);
      // Today's card first (it says what changes on 01/01/2027 after its lines), not the changes.
      expect(answer.text, question).toMatch(/^Chuẩn nghèo đa chiều năm 2026/);
    }
    const short = await say('tom tat: ho ngheo va ho can ngheo co khac nhau ko');
    expect(short.text).toContain('1.500.000');
    expect(short.text).not.toMatch(/^Thay đổi từ/);
    const next = await say('chuan ngheo thang sau co khac ko');
    expect(next.text).toContain('2.200.000 đồng');
    expect(next.text).toContain('1.500.000 đồng');
  });
});

describe('the consent question answered as typed (review5 S6)', () => {
  it('"ko luu", "k luu", "hok luu" are "Không lưu": the check goes on, no loop on the consent question', async () => {
    for (const typed of ['ko luu', 'k luu', 'hok luu', 'khong luu']) {
      harness = await openHarness();
      const asked = await say('/kiemtra');
      expect(asked.buttons.map((button) => button.action)).toContain('consent:no');
      const answered = await say(typed);
      expect(answered.buttons.map((button) => button.action), typed).not.toContain('consent:no');
      expect(answered.buttons.map((button) => button.action), typed).toContain('ck:area:rural');
      harness.close();
    }
  });
});

describe('follow-ups read against the last answer', () => {
  it('K11, K15: "con nam sau?", "con thanh thi?", "con ho trung binh?" after the standard card', async () => {
    harness = await openHarness();
    expect((await say('chuan ngheo bay gio bn')).text).toContain('1.500.000 đồng');
    const next = await say('con nam sau?');
    expect(next.text).toContain('2.200.000 đồng');
    expect(next.text).toContain('2.800.000 đồng');
    const urban = await say('con thanh thi?');
    expect(urban.text).not.toContain('ngoài phạm vi');
    // The urban lines of the 2027 card just given (findings14 #8: not that card again).
    expect(urban.text).toContain('Chuẩn nghèo thành thị áp dụng năm 2027');
    expect(urban.text).toContain('≤ 2.800.000 đồng');
    const middle = await say('con ho trung binh?');
    expect(middle.text).toContain('Ngưỡng hộ có mức sống trung bình giai đoạn 2027–2030 chưa được công bố');
    // "/chuan 2027" is the last answer too.
    await say('/chuan 2027');
    expect((await say('con nam nay thi sao')).text).toContain('Nông thôn ≤ 1.500.000 đồng');
  });

  it('K05: "con ho can ngheo?" after the BHYT card is the near-poor BHYT, "vay ha" is "vậy hả", not a loan', async () => {
    harness = await openHarness();
    expect((await say('bhyt ho ngheo the nao ad')).text).toContain('100% mức đóng');
    const nearPoor = await say('con ho can ngheo?');
    expect(nearPoor.text).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng');
    expect(nearPoor.text).not.toContain('tái nghèo');
    const acknowledged = await say('vay ha');
    expect(acknowledged.text).toContain('Dạ.');
    expect(acknowledged.text).not.toMatch(/vay vốn|Vay vốn|lãi suất/);
    expect((await say('vay ha, ok cam on ad')).text).toContain('Không có gì ạ');
  });

  it('K12, K16: "lai suat bn" after the loan card, "con ho can ngheo thi sao" after "ho ngheo dc vay bn"', async () => {
    harness = await openHarness();
    expect((await say('vay von')).text).toContain('6,6%/năm');
    const rate = await say('lai suat bn');
    expect(rate.text).not.toContain('ngoài phạm vi');
    expect(rate.text).toContain('6,6%/năm');
    const poor = await say('ho ngheo dc vay bn');
    expect(poor.text).toContain('100.000.000 đồng/hộ');
    const nearPoor = await say('con ho can ngheo thi sao');
    expect(nearPoor.text).toContain('không quá 130% lãi suất cho hộ nghèo');
    expect(nearPoor.text).not.toContain('tái nghèo');
  });

  it('K02: "con nha tui thi sao" after the near-poor supports starts the check', async () => {
    harness = await openHarness();
    expect((await say('ho can ngheo dc ho tro j vay ad')).text).toContain('Hỗ trợ cho hộ cận nghèo');
    const own = await say('con nha tui thi sao');
    expect(own.text).not.toContain('ngoài phạm vi');
    expect(own.buttons.map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    const other = await say('ho ngheo dc ho tro gi');
    expect(other.text).toContain('Hỗ trợ cho hộ nghèo');
    expect((await say('con ho can ngheo?')).text).toContain('Hỗ trợ cho hộ cận nghèo');
  });

  it('K01, K13: after a check for 2027, "vay nam nay thi sao" gives this year’s class, "vay nha tui dc ho tro j" its supports', async () => {
    harness = await openHarness();
    let turn = await say('nha tui 4 nguoi o que thu nhap 8 trieu, tu 1/1/2027 thi sao', '2');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await say('khong');
    expect(turn.text).toContain('Kết quả sàng lọc (tham khảo): HỘ CẬN NGHÈO');
    expect(turn.text).toContain('ngày 01/01/2027');
    const thisYear = await say('vay nam nay thi sao');
    expect(thisYear.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(thisYear.text).toContain('chuẩn nghèo nông thôn: 1.500.000 đồng');
    expect(thisYear.text).not.toContain('Nghị định 78/2002');
    const supports = await say('vay nha tui dc ho tro j');
    expect(supports.text).toContain('Hỗ trợ cho hộ có mức sống trung bình');
    expect(supports.text).not.toContain('Hộ nghèo:');
  });

  // Short new questions naming a class, a year or an area (review5 M7): each gets the answer it gets on its own.
  const NEW_QUESTIONS = [
    'ho ngheo la gi', 'ho can ngheo la sao', 'ho can ngheo la gi vay', 'ho moi thoat ngheo la gi', 'thanh thi la gi',
    'nong thon la o dau', 'ho trung binh la gi', 'ho ngheo o dau dang ky', 'ho ngheo thi lam gi', 'nam sau co ra soat ko',
    'nam 2027 co gi moi', 'xa tui co bao nhieu ho ngheo', 'ho ngheo gom nhung ai', 'nam nay ho ngheo la gi', 'ho can ngheo co may loai',
  ];

  it('M7: after a support card, "hộ nghèo là gì" and other short new questions are read on their own; bare follow-ups still follow', async () => {
    harness = await openHarness();
    for (const [index, question] of NEW_QUESTIONS.entries()) {
      const alone = await harness.say(question, `alone-${index}`);
      expect((await say('bhyt ho can ngheo dc ho tro bn')).text).toContain('Hộ cận nghèo');
      expect((await say(question)).text, question).toBe(alone.text);
    }
    expect((await say('bhyt ho can ngheo dc ho tro bn', 'ho ngheo la gi')).text).not.toContain('bảo hiểm y tế');
    // With nothing but a bare ask after the class or year, it is still a follow-up.
    expect((await say('bhyt ho ngheo the nao ad', 'ho can ngheo thi sao')).text).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng');
    expect((await say('chuan ngheo bay gio bn', 'nam sau?')).text).toContain('2.200.000 đồng');
  });

  it('M7: after a check, short new questions are read on their own; "vay nam nay thi sao" still follows', async () => {
    harness = await openHarness();
    for (const [index, question] of NEW_QUESTIONS.entries()) {
      const alone = await harness.say(question, `alone-${index}`);
      const user = `checked-${index}`;
      let turn = await harness.say('nha tui 4 nguoi o que thu nhap 8 trieu, tu 1/1/2027 thi sao', user);
      turn = await harness.say('2', user);
      for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('khong', user);
      expect(turn.text).toContain('Kết quả sàng lọc (tham khảo): HỘ CẬN NGHÈO');
      expect((await harness.say(question, user)).text, question).toBe(alone.text);
    }
    const user = 'checked-last';
    let turn = await harness.say('nha tui 4 nguoi o que thu nhap 8 trieu, tu 1/1/2027 thi sao', user);
    turn = await harness.say('2', user);
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('khong', user);
    expect((await harness.say('nam nay thi sao', user)).text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
  });

  it('a follow-up with nothing before it is read on its own, as before', async () => {
    harness = await openHarness();
    const alone = await say('con nam sau?');
    expect(alone.text).toContain('ngoài phạm vi');
  });
});

describe('follow-ups keep the subject (outside test, items 3 and 4; asked 02/12/2026)', () => {
  const december = () => new Date('2026-12-02T03:00:00Z');

  it('"chuan ngheo o que nam nay bn" → "con tp?" → "qua 2027 thi sao": the line, then urban, then 2027 urban', async () => {
    harness = await openHarness({ now: december });
    const rural = await say('chuan ngheo o que nam nay bn');
    expect(rural.text).toMatch(/^Chuẩn nghèo nông thôn áp dụng hôm nay, 02\/12\/2026/);
    expect(rural.text).toContain('≤ 1.500.000 đồng: hộ nghèo');
    const urban = await say('con tp?');
    expect(urban.text).not.toContain('ngoài phạm vi');
    expect(urban.text).toMatch(/^Chuẩn nghèo thành thị áp dụng hôm nay, 02\/12\/2026/);
    expect(urban.text).toContain('≤ 2.000.000 đồng: hộ nghèo');
    const later = await say('qua 2027 thi sao');
    expect(later.text).not.toContain('ngoài phạm vi');
    expect(later.text).toMatch(/^Chuẩn nghèo thành thị áp dụng năm 2027/);
    expect(later.text).toContain('≤ 2.800.000 đồng: hộ nghèo');
  });

  it('"dc bn", "lai nhiu", "vay dc bao lau" after the near-poor loan card stay on the loan', async () => {
    harness = await openHarness({ now: december });
    expect((await say('ho can ngheo dc vay von ko')).text).toContain('7,92%/năm');
    for (const asked of ['dc bn', 'lai nhiu']) {
      const turn = await say(asked);
      expect(turn.text, asked).toMatch(/^Về vay vốn tín dụng chính sách/);
      // The rate asked, with its status; the card just given is not repeated (outside testers, round 8).
      expect(turn.text, asked).toContain('7,92%/năm');
      expect(turn.text, asked).toContain('(Đầy đủ ở câu trả lời phía trên.)');
      expect(turn.text, asked).not.toContain('Hộ cận nghèo: Hộ cận nghèo được vay vốn ưu đãi');
      expect(turn.text, asked).not.toMatch(/ngoài phạm vi|tiền điện|30 kWh/);
    }
    const term = await say('vay dc bao lau');
    expect(term.text).toMatch(/^Về thời hạn của vay vốn tín dụng chính sách: dữ liệu của trợ lý không ghi \(chưa rõ\)\./);
    expect(term.text).toContain('Ngân hàng Chính sách xã hội');
    expect(term.text).not.toContain('Trong vòng 15 ngày');
  });

  it('"thang sau co khac ko" after the BHYT card: what changes for BHYT by then, from the data, and whom to ask', async () => {
    harness = await openHarness({ now: december });
    expect((await say('ho ngheo co dc bhyt ko')).text).toContain('100% mức đóng');
    const next = await say('thang sau co khac ko');
    expect(next.text).not.toContain('ngoài phạm vi');
    expect(next.text).toContain('Hỗ trợ đóng bảo hiểm y tế cho hộ nghèo: dữ liệu của trợ lý không ghi ngày thay đổi nào từ nay đến hết 31/12/2027');
    expect(next.text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(next.text).toContain('áp dụng ngày 01/01/2027');
    expect(next.text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('a household asked about 2027 gets the standard in force then (outside test, item 2; asked 02/12/2026)', () => {
  const december = () => new Date('2026-12-02T03:00:00Z');
  const finish = async (turn: Awaited<ReturnType<typeof say>>) => {
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await say('ko');
    return turn;
  };

  it('"tu thang 1 toi nha tui co con ngheo ko": the 2027 standard, not "không tìm thấy"', async () => {
    harness = await openHarness({ now: december });
    const turn = await say('tu thang 1 toi nha tui co con ngheo ko');
    expect(turn.text).not.toContain('không tìm thấy');
    // In one line since round 37 law29 (was the 2027 figures card after the short answer).
    expect(turn.text).toContain('chuẩn nghèo nông thôn 2.200.000 đồng');
  });

  it('the year said while the consent question is open, or mid-interview, moves the check to 01/01/2027', async () => {
    harness = await openHarness({ now: december });
    await say('nha tui 4 nguoi o que');
    const told = await say('qua nam 2027 thu nhap 8 trieu thi sao');
    expect(told.text).toContain('Bạn hỏi về năm 2027, nên mình xét theo chuẩn áp dụng ngày 01/01/2027.');
    const result = await finish(await say('2'));
    expect(result.text).toContain('HỘ CẬN NGHÈO');
    expect(result.text).toContain('chuẩn nghèo nông thôn: 2.200.000 đồng');
    harness.close();

    harness = await openHarness({ now: december });
    await say('nha tui 4 nguoi o que thu nhap 8 trieu', '2', 'ko');
    const moved = await say('qua 2027 thi sao');
    expect(moved.text).toContain('Bạn hỏi về năm 2027, nên mình xét theo chuẩn áp dụng ngày 01/01/2027.');
    const later = await finish(moved);
    expect(later.text).toContain('HỘ CẬN NGHÈO');
    expect(later.text).toContain('ngày 01/01/2027');
  });

  it('one sentence ("qua nam 2027 nha tui 4 nguoi o que thu nhap 8 trieu thi sao") is checked for 01/01/2027 too', async () => {
    harness = await openHarness({ now: december });
    const result = await finish(await say('qua nam 2027 nha tui 4 nguoi o que thu nhap 8 trieu thi sao', '2'));
    expect(result.text).toContain('chuẩn nghèo nông thôn: 2.200.000 đồng');
  });
});

describe('other follow-up shapes as residents type them (outside test, item 5)', () => {
  it('after the supports of the poor: "the con", "ua vay ha", "ok con j nua ko", "o thanh pho thi sao", "cam on" — none opens an unrelated passage', async () => {
    harness = await openHarness();
    expect((await say('ho ngheo dc ho tro gi')).text).toContain('Hỗ trợ cho hộ nghèo');
    const and = await say('the con');
    expect(and.text).toMatch(/^Bạn muốn hỏi thêm gì về các hỗ trợ cho hộ nghèo\? .*“còn hộ cận nghèo\?”/);
    expect((await say('ua vay ha')).text).toMatch(/^Dạ\./);
    const more = await say('ok con j nua ko');
    expect(more.text).toMatch(/^Về các hỗ trợ cho hộ nghèo, trên đây là những gì dữ liệu của trợ lý có\./);
    const city = await say('o thanh pho thi sao');
    expect(city.text).toContain('không chia theo nông thôn hay thành thị');
    expect(city.text).toContain('ở thành thị, hộ có thu nhập bình quân mỗi người mỗi tháng từ 2.000.000 đồng trở xuống');
    expect(city.text).toContain('Hỗ trợ cho hộ nghèo');
    expect((await say('cam on')).text).toMatch(/^Không có gì ạ/);
  });

  it('"z la sao" after the near-poor BHYT card names it, and each follow-up it suggests is answered', async () => {
    harness = await openHarness();
    expect((await say('ho can ngheo co dc bhyt ko')).text).toContain('tối thiểu 70%');
    const unclear = await say('z la sao');
    expect(unclear.text).toContain('Bạn muốn hỏi thêm gì về hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo?');
    expect(unclear.text).toContain('“còn hộ nghèo?”, “được bao nhiêu”, “năm sau có khác ko”');
    expect((await say('còn hộ nghèo?')).text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng');
    expect((await say('được bao nhiêu')).text).toMatch(/^Về hỗ trợ đóng bảo hiểm y tế/);
    expect((await say('năm sau có khác ko')).text).toMatch(/^Có gì thay đổi từ nay đến hết năm 2027/);
    const escaped = await say('con ho moi thoat ngheo?');
    expect(escaped.text).toContain('Hộ mới thoát nghèo: Không có mức hỗ trợ chung cả nước, chỉ một số tỉnh, thành tự hỗ trợ. Theo thông tin tham khảo');
    expect(escaped.text).not.toContain('Giải thích ngắn');
  });

  it('"z la sao" after the standard: its suggestions are answered', async () => {
    harness = await openHarness();
    await say('chuan ngheo bn');
    expect((await say('z la sao')).text).toContain('“còn thành thị?”, “năm sau thì sao”, “hộ cận nghèo được hỗ trợ gì”');
    expect((await say('còn thành thị?')).text).toMatch(/^Chuẩn nghèo thành thị áp dụng hôm nay/);
    expect((await say('năm sau thì sao')).text).toMatch(/^Chuẩn nghèo thành thị áp dụng năm 2027/);
    expect((await say('hộ cận nghèo được hỗ trợ gì')).text).toContain('Hỗ trợ cho hộ cận nghèo');
  });

  it('"z la sao" after a check result: its suggestions are answered', async () => {
    harness = await openHarness();
    let turn = await say('nha tui 4 nguoi o que thu nhap 5 trieu', '2');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await say('khong');
    expect((await say('z la sao')).text).toContain('Bạn muốn hỏi thêm gì về kết quả kiểm tra hộ của bạn? Bạn gõ rõ hơn giúp mình, ví dụ: “năm sau thì sao”, “nhà tui được hỗ trợ gì”');
    expect((await say('năm sau thì sao')).text).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    expect((await say('nhà tui được hỗ trợ gì')).text).toContain('Hỗ trợ cho hộ cận nghèo');
  });

  it('"con bhyt?" after the near-poor loan card is BHYT for near-poor households', async () => {
    harness = await openHarness();
    await say('ho can ngheo dc vay von ko');
    const other = await say('con bhyt?');
    expect(other.text).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(other.text).not.toContain('Hộ nghèo: Ngân sách nhà nước đóng 100%');
  });
});

describe('more follow-ups of the last answer (outside test, item 5; asked 02/12/2026)', () => {
  const december = () => new Date('2026-12-02T03:00:00Z');

  it('"bn 1 thang" after the electricity card, "vay la tang ha" after the 2027 standard, "vay la doi ha" after the BHYT card', async () => {
    harness = await openHarness({ now: december });
    await say('ho ngheo dc ho tro tien dien ko');
    const amount = await say('bn 1 thang');
    expect(amount.text).toMatch(/^Về hỗ trợ tiền điện/);
    expect(amount.text).not.toContain('ngoài phạm vi');
    await say('nam sau chuan ngheo bn');
    const rose = await say('vay la tang ha');
    expect(rose.text).toContain('Sắp thay đổi');
    expect(rose.text).toContain('Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng/người/tháng');
    await say('bhyt ho ngheo');
    expect((await say('vay la doi ha')).text).toMatch(/^Có gì thay đổi từ nay đến hết năm 2027/);
  });

  it('"vay nha tui 4 nguoi o que thu nhap 8 trieu thi sao" right after the 2027 standard is checked for 01/01/2027', async () => {
    harness = await openHarness({ now: december });
    await say('chuan ngheo 2027 bn');
    const told = await say('vay nha tui 4 nguoi o que thu nhap 8 trieu thi sao');
    // Round 37 law29: the class of 01/01/2027 first, today's after, the full check a button away (was the check's consent).
    expect(told.text.split('\n')[0]).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo');
    expect(told.buttons.map((one) => one.label)).toContain('Kiểm tra đầy đủ');
  });
});

describe('a long answer on Zalo (findings5 K02.1: about 4.000 characters, one Zalo message holds 2.000)', () => {
  it('the near-poor supports list goes in messages of at most 2.000 characters, each ending a whole line, nothing lost, in order', async () => {
    harness = await openHarness();
    await harness.app.core.handle({ channel: 'zalo', userId: 'z1', text: 'ho can ngheo dc ho tro j vay ad' });
    const replies = await harness.app.core.handle({ channel: 'zalo', userId: 'z1', text: 'chi tiet' });
    const whole = replies.map((reply) => toPlainText(reply, { numberedChoices: true })).join('\n\n');
    const parts = renderForZalo(replies);
    expect(whole.length).toBeGreaterThan(ZALO_MAX_TEXT_LENGTH);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(ZALO_MAX_TEXT_LENGTH);
    // Each part but the last ends where a line of the whole answer ends: no word, figure or bullet is cut.
    for (const part of parts.slice(0, -1)) expect(whole).toContain(`${part}\n`);
    expect(parts.join('\n').replace(/\s+/g, ' ')).toBe(whole.replace(/\s+/g, ' '));
    expect(parts.at(-1)).toMatch(/\n1\. Hộ nghèo\n2\. Hộ cận nghèo/);
  });
});
