/**
 * Round 12 (res12a): residents telling their household in pieces, one Zalo message at a time, without marks. Whatever they
 * said is counted: the size alone starts the check (N02), "còn bà ngoại nữa" adds her (N03), a fact told is never asked
 * again (N10), and "ko dung, 5 nguoi chu" corrects the size and goes on with the question waiting (R05). Asked on
 * 02/12/2026 (the 2026 transition standard: NĐ 07/2021/NĐ-CP kept by NĐ 351/2025/NĐ-CP).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness, type Turn } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
const OUT_OF_SCOPE = 'ngoài phạm vi';
const CONSENT = ['Đồng ý lưu', 'Không lưu'];

/** The questions of the check the turn asks (Reply.asks: "position:step"), by step. */
const askedSteps = (turn: Turn) => turn.replies.flatMap((reply) => (reply.asks ? [reply.asks.split(':')[1]!] : []));

/** Answers "khong" to every question until the result; every step asked on the way. */
async function answerNoToTheEnd(turn: Turn, user?: string): Promise<string[]> {
  const asked: string[] = [];
  let current = turn;
  for (let guard = 0; guard < 20; guard += 1) {
    const steps = askedSteps(current);
    if (steps.length === 0) break;
    asked.push(...steps);
    current = await harness.say('khong', user);
  }
  return asked;
}

describe('N02: the size of the household told alone starts the check, never "ngoài phạm vi"', () => {
  it('"nha tui 5 nguoi", "2 vo chong voi 3 dua con", "co ai giup ko": 5 people kept, help comes with the result', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = await harness.say('nha tui 5 nguoi');
    expect(first.text).not.toContain(OUT_OF_SCOPE);
    expect(first.text).toContain('Số người: 5');
    expect(first.buttons.map((button) => button.label)).toEqual(expect.arrayContaining(CONSENT));

    const second = await harness.say('2 vo chong voi 3 dua con');
    expect(second.text).not.toContain(OUT_OF_SCOPE);
    expect(second.text).toContain('Số người: 5');

    const third = await harness.say('co ai giup ko');
    expect(third.text).toContain('Kiểm tra xong, mình cho biết hộ có thể thuộc loại nào và các hỗ trợ của loại hộ đó');
    expect(third.text).not.toContain('Trợ giúp pháp lý');
    expect(third.buttons.map((button) => button.label)).toEqual(expect.arrayContaining(CONSENT));

    // The size is never asked: the area, then the income.
    const started = await harness.say('hok luu');
    expect(askedSteps(started)).toEqual(['area']);
    const area = await harness.say('o que');
    expect(askedSteps(area)).toEqual(['income']);
  });

  it.each(['2 vo chong voi 3 dua con', 'nha tui 5 nguoi, co ai giup ko', 'nhà em 5 người'])('"%s" as a first message starts the check with 5 people', async (text) => {
    harness = await openHarness({ now: DECEMBER });
    const { text: answer, buttons } = await harness.say(text);
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer).toContain('Số người: 5');
    expect(buttons.map((button) => button.label)).toEqual(expect.arrayContaining(CONSENT));
  });

  it('a question asked with the size stays that question: "nha tui 5 nguoi dc ho tro gi" is the list of supports', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nha tui 5 nguoi dc ho tro gi');
    expect(text).toMatch(/^Các chính sách hỗ trợ theo loại hộ/);
  });
});

describe('N03: "còn bà ngoại nữa" once the size is known adds her, and says so', () => {
  it('"con ba ngoai nua" after "nha tui 5 nguoi, thu nhap 1 trieu 1 thang": 6 people, the income per person again', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 5 nguoi, thu nhap 1 trieu 1 thang');
    const { text, buttons } = await harness.say('con ba ngoai nua');
    expect(text).toContain('Đã tính thêm bà ngoại: hộ 6 người');
    // 1.000.000 ÷ 6 people, rounded.
    expect(text).toContain('1.000.000 đồng/tháng ÷ 6 người = 166.667 đồng/người/tháng');
    expect(text).not.toContain(OUT_OF_SCOPE);
    expect(buttons.map((button) => button.label)).toEqual(expect.arrayContaining(CONSENT));
  });

  it('"them ong noi 80 tuoi nua" during the interview: a dependant, 6 people, the question waiting asked again', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 5 nguoi');
    const area = await harness.say('ko luu');
    expect(askedSteps(area)).toEqual(['area']);
    const added = await harness.say('them ong noi 80 tuoi nua');
    expect(added.text).toContain('Đã tính thêm ông nội (người phụ thuộc): hộ 6 người');
    expect(askedSteps(added)).toEqual(['area']);
  });

  it('"còn bà ngoại nữa" with marks, typed at an indicator question: counted, and the dependants question asked again when it may change', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 6 trieu');
    const first = await harness.say('khong luu');
    expect(askedSteps(first)).toEqual(['employment']);
    const dependants = await harness.say('khong');
    expect(askedSteps(dependants)).toEqual(['dependents']);
    const next = await harness.say('khong');
    expect(askedSteps(next)).not.toContain('dependents');
    // "bà ngoại" without an age may or may not be a dependant: 4 + 1 people, "half or fewer" may no longer hold.
    const added = await harness.say('còn bà ngoại nữa');
    expect(added.text).toContain('Đã tính thêm bà ngoại: hộ 5 người');
    expect(added.text).toContain('hỏi lại câu về người phụ thuộc');
    expect(askedSteps(added)).toEqual(['dependents']);
  });

  it('"con ba ngoai" without "nữa" or "thêm" adds no one', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 5 nguoi, thu nhap 1 trieu 1 thang');
    const { text } = await harness.say('con ba ngoai');
    expect(text).not.toContain('Đã tính thêm');
    expect(text).not.toContain('6 người');
  });
});

describe('N10: every fact told is kept and never asked again', () => {
  it('"o que, thu nhap 2 trieu, ko co bhyt" at the area question: neither the income nor the BHYT is asked', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi');
    const area = await harness.say('khong luu');
    expect(askedSteps(area)).toEqual(['area']);
    const told = await harness.say('o que, thu nhap 2 trieu, ko co bhyt');
    expect(told.text).toContain('Khu vực: Nông thôn');
    expect(told.text).toContain('2.000.000 đồng/tháng ÷ 4 người = 500.000 đồng/người/tháng');
    expect(told.text).toContain('Bảo hiểm y tế: thiếu hụt');
    const asked = await answerNoToTheEnd(told);
    expect(asked).not.toContain('income');
    expect(asked).not.toContain('members');
    expect(asked).not.toContain('health_insurance');
  });

  it('"5 nguoi, thu nhap 3 trieu, ko co bhyt" at the size question: neither the income nor the BHYT is asked', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('/kiemtra');
    await harness.say('khong luu');
    const members = await harness.say('nong thon');
    expect(askedSteps(members)).toEqual(['members']);
    const told = await harness.say('5 nguoi, thu nhap 3 trieu, ko co bhyt');
    expect(told.text).toContain('3.000.000 đồng/tháng ÷ 5 người = 600.000 đồng/người/tháng');
    const asked = await answerNoToTheEnd(told);
    expect(asked).not.toContain('income');
    expect(asked).not.toContain('health_insurance');
  });

  it('"o que" typed while the consent question waits, after "nha tui 5 nguoi": the area is not asked', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 5 nguoi');
    await harness.say('o que');
    const started = await harness.say('khong luu');
    expect(askedSteps(started)).toEqual(['income']);
  });
});

describe('R05: "ko dung, 5 nguoi chu" corrects the size and goes on with the question waiting', () => {
  it('at an indicator question: 5 people, 400.000 đồng each, the same question again (no "trả lời có, không")', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi thu nhap 2 trieu');
    const first = await harness.say('khong luu');
    expect(askedSteps(first)).toEqual(['employment']);
    const corrected = await harness.say('ko dung, 5 nguoi chu');
    expect(corrected.text).not.toContain('Bạn trả lời "có"');
    expect(corrected.text).toContain('Số người: 5');
    expect(corrected.text).toContain('2.000.000 đồng/tháng ÷ 5 người = 400.000 đồng/người/tháng');
    expect(askedSteps(corrected)).toEqual(['employment']);
  });

  it('at the area question: the size corrected, said back, the area asked again', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi');
    await harness.say('khong luu');
    const corrected = await harness.say('ko dung, 5 nguoi chu');
    expect(corrected.text).toContain('Mình ghi nhận: Số người: 5');
    expect(corrected.text).not.toContain('Mình chưa hiểu');
    expect(askedSteps(corrected)).toEqual(['area']);
    const income = await harness.say('thanh thi');
    expect(askedSteps(income)).toEqual(['income']);
  });
});
