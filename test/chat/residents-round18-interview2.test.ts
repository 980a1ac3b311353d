/**
 * Round 18: what-ifs after a result. After "thang lon di xkld roi thi sao" (the household without him), the next what-if ("neu thu
 * nhap 4 trieu thi sao", as the reply invites) is of the household without him too, and says so; "neu con tui di lam xa" is such
 * a what-if. "neu thu nhap 4 trieu thi sao" typed at a question asked again ("Sửa câu trả lời") or before the result is a what-if,
 * never a correction of the income.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resultOf, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = new Date('2026-12-03T04:00:00Z');
const HOUSEHOLD = 'nha tui 4 nguoi o que thang dc 5 trieu';

describe('a what-if after members away is of the household without them', () => {
  it.each(['thang lon di xkld roi thi sao', 'neu con tui di lam xa'])('"%s", then "neu thu nhap 4 trieu thi sao": 3 people', async (away) => {
    harness = await resultOf(DECEMBER, HOUSEHOLD);
    const first = await harness.say(away);
    expect(first.text, away).toContain('Giả định: Số người: 4 → 3');
    const next = await harness.say('neu thu nhap 4 trieu thi sao');
    expect(next.text).toContain('Như câu trước, mình vẫn tính 1 người đi làm xa không ở trong hộ (3 người).');
    expect(next.text).toContain('4.000.000 đồng/tháng ÷ 3 người = 1.333.333 đồng/người/tháng');
    expect(next.text).not.toContain('÷ 4 người = 1.000.000');
  });

  it('a what-if telling its own size is that size; another message in between drops the members away', async () => {
    harness = await resultOf(DECEMBER, HOUSEHOLD);
    await harness.say('thang lon di xkld roi thi sao');
    const sized = await harness.say('neu 5 nguoi thu nhap 4 trieu thi sao');
    expect(sized.text).toContain('4.000.000 đồng/tháng ÷ 5 người');
    await harness.say('thang lon di xkld roi thi sao');
    await harness.say('ho can ngheo dc ho tro gi');
    const later = await harness.say('neu thu nhap 4 trieu thi sao');
    expect(later.text).toContain('4.000.000 đồng/tháng ÷ 4 người = 1.000.000 đồng/người/tháng');
  });
});

describe('"neu thu nhap 4 trieu thi sao" at a question is a what-if, never a correction', () => {
  it('at the question asked again after "Sửa câu trả lời" (ck:back): the what-if result, the question again, the income kept', async () => {
    harness = await resultOf(DECEMBER, HOUSEHOLD);
    const back = await harness.press('ck:back');
    expect(back.text).toContain('Câu 15/15');
    const turn = await harness.say('neu thu nhap 4 trieu thi sao');
    expect(turn.text).toContain('Giả định: Thu nhập cả hộ: 5.000.000 đồng/tháng ÷ 4 người = 1.250.000 đồng/người/tháng → 4.000.000 đồng/tháng');
    expect(turn.text).toContain('Câu 15/15');
    expect(turn.text).not.toContain('Mình hiểu về hộ của bạn như sau');
    const done = await harness.say('ko');
    expect(done.text).toContain('Thu nhập bình quân: 1.250.000 đồng/người/tháng');
  });
});

describe('"neu thu nhap 4 trieu thi sao" before the result', () => {
  it('at question 5: said that nothing was changed, the question again', async () => {
    const { atQuestion } = await import('./harness.ts');
    harness = await atQuestion(() => DECEMBER, 5);
    const turn = await harness.say('neu thu nhap 4 trieu thi sao');
    expect(turn.text).toContain('mình chưa sửa thông tin của hộ');
    expect(turn.text).toContain('Câu 5/15');
    expect(turn.text).not.toContain('Mình hiểu về hộ của bạn như sau');
  });
});
