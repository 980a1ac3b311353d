/**
 * Round 18: an income said as a bound at the interview's income question ("chua toi 2 trieu", "duoi 7 trieu", "hon 3 trieu chut",
 * "tam 2 trieu mấy", "ko toi 1 trieu") is never saved as if it were the figure where the class turns on it: one figure is asked,
 * politely; where every figure in it gives the household the same class (whatever the indicators still to be asked), that is said
 * and the interview goes on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');

/** A household told ("nha tui 4 nguoi o que"), at the income question. */
async function atIncome(household: string): Promise<Harness> {
  const opened = await openHarness({ now: DECEMBER });
  await opened.say(household);
  const turn = await opened.press('consent:no');
  expect(turn.text).toContain('Câu 3/15');
  return opened;
}

describe('a bound that decides the class is asked back, never saved as the figure', () => {
  it.each([
    ['nha tui 4 nguoi o que', 'duoi 7 trieu', 'Bạn ghi thu nhập chưa tới 7.000.000 đồng một tháng.'],
    ['nha tui 2 nguoi o que', 'hon 3 trieu chut', 'Bạn ghi thu nhập hơn 3.000.000 đồng một tháng.'],
    ['nha tui 1 nguoi o que', 'tam 2 trieu mấy', 'Bạn ghi thu nhập hơn 2.000.000 đồng một tháng.'],
    ['nha tui 2 nguoi o que', 'chua toi 4 trieu', 'Bạn ghi thu nhập chưa tới 4.000.000 đồng một tháng.'],
  ])('%s, "%s"', async (household, typed, asked) => {
    harness = await atIncome(household);
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain(asked);
    expect(turn.text, typed).toContain('Bạn ước giúp một con số gần đúng nhất');
    expect(turn.text, typed).not.toContain('Thu nhập cả hộ:');
    expect(turn.text, typed).toContain('Câu 3/15');
    // The figure answered then is the one kept.
    const next = await harness.say('3tr2');
    expect(next.text).toContain('Thu nhập cả hộ: 3.200.000 đồng/tháng');
  });
});

describe('a bound whose every figure gives the same class is said, and the interview goes on', () => {
  it.each([
    ['nha tui 4 nguoi o que', 'chua toi 2 trieu', 'thu nhập chưa tới 2.000.000 đồng một tháng: dù là bao nhiêu trong khoảng này, kết quả cũng như nhau, mình ghi theo mức 2.000.000 đồng'],
    ['nha tui 4 nguoi o que', 'ko toi 1 trieu', 'thu nhập chưa tới 1.000.000 đồng một tháng: dù là bao nhiêu trong khoảng này, kết quả cũng như nhau'],
    ['nha tui 4 nguoi o que', 'hon 3 trieu chut', 'thu nhập hơn 3.000.000 đồng một tháng: dù là bao nhiêu trong khoảng này, kết quả cũng như nhau, mình ghi theo mức 3.000.000 đồng'],
  ])('%s, "%s"', async (household, typed, said) => {
    harness = await atIncome(household);
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain(said);
    expect(turn.text, typed).toContain('Câu 4/15');
  });
});

describe('"5 xị" for the income: what a xị is worth is not in the facts, so the amount is asked in đồng, no figure guessed', () => {
  it.each(['5 xị', '5 xi', 'thang dc 5 xi thoi'])('"%s" at the income question', async (typed) => {
    harness = await atIncome('nha tui 4 nguoi o que');
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain('là bao nhiêu đồng? Mỗi nơi hiểu cách nói này một khác nên mình không tự đoán');
    // Neither 10.000 nor 100.000 a xị is offered as if known.
    expect(turn.text, typed).not.toMatch(/(?<![\d.])50\.000 đồng|(?<![\d.])500\.000 đồng/);
    expect(turn.text, typed).toContain('Câu 3/15');
    const next = await harness.say('500 ngan');
    expect(next.text).toContain('Thu nhập cả hộ: 500.000 đồng/tháng');
  });
});

describe('BHYT of some members, said "chỉ … có", "… thì có" or "… thôi", is read alike: the others lack the card', () => {
  const READ = /bạn kể (\d) người có bảo hiểm y tế, còn (\d) người trong hộ chưa có, nên hộ thiếu hụt chỉ số bảo hiểm y tế/;
  it.each([
    ['nha tui 4 nguoi o que thang dc 7 trieu, chi ong noi co bhyt', '1'],
    ['nha tui 4 nguoi o que thang dc 7 trieu, ong noi thi co bhyt', '1'],
    ['nha tui 4 nguoi o que thang dc 7 trieu, ong noi co bhyt thoi', '1'],
    ['nha tui 4 nguoi o que thang dc 7 trieu, ong ba noi thi co bhyt', '2'],
  ])('in one sentence: "%s"', async (typed, having) => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(turn.text.match(READ)?.[1], typed).toBe(having);
  });

  it.each([
    ['chi ong noi co bhyt', '1', '3'],
    ['ong noi thi co bhyt', '1', '3'],
    ['ong ba noi thi co bhyt', '2', '2'],
    ['chi co ong noi co the', '1', '3'],
  ])('at the BHYT question of a household of 4: "%s"', async (typed, having, lacking) => {
    const { atQuestion } = await import('./harness.ts');
    harness = await atQuestion(DECEMBER, 7);
    const turn = await harness.say(typed);
    const read = turn.text.match(READ);
    expect([read?.[1], read?.[2]], typed).toEqual([having, lacking]);
    expect(turn.text, typed).toContain('Câu 8/15');
  });
});

describe('"trên dưới 3 triệu" is about 3 triệu, no bound', () => {
  it('at the income question it is the figure, with no "chưa tới"', async () => {
    harness = await atIncome('nha tui 4 nguoi o que');
    const turn = await harness.say('tren duoi 3 trieu');
    expect(turn.text).not.toContain('chưa tới');
    expect(turn.text).toContain('Thu nhập cả hộ: 3.000.000 đồng/tháng');
  });
});

describe('"hong nho", "ko biet nua" at the income question: how to estimate it, never "Mình chưa hiểu số tiền"', () => {
  it.each(['hong nho', 'ko biet nua', 'hong biet nua'])('"%s"', async (typed) => {
    harness = await atIncome('nha tui 3 nguoi o que');
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain('Không sao, bạn ước chừng giúp');
    expect(turn.text, typed).not.toContain('Mình chưa hiểu số tiền');
    expect(turn.text, typed).toContain('Câu 3/15');
  });
});
