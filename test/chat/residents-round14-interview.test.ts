/**
 * Round 14 (N38-27, N38-01, N38-48): the household interview as residents answer it. Southern and Central yes/no ("hông",
 * "có đâu" is a denial, "răng không" is "sao lại không", "không mô"), people named at an indicator question (some members,
 * never the household's size), and the consent to keep the answers given in everyday words ("ok ban", "cu luu di", "thoi khoi").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');
const LABEL = { yes: 'Có, có người như vậy', no: 'Không, không có ai', unsure: 'Không rõ' } as const;

describe('Southern and Central yes/no at an interview question (N38-27)', () => {
  it.each([
    ['hông', 'no'],
    ['hổng có', 'no'],
    ['hong co', 'no'],
    ['có chớ', 'yes'],
    ['ừa', 'yes'],
    ['dạ có', 'yes'],
    ['dạ hông', 'no'],
    ['đâu có', 'no'],
    ['có đâu', 'no'],
    ['co dau', 'no'],
    ['hổng biết', 'unsure'],
    ['răng không', 'yes'],
    ['khôn', 'no'],
    ['có chơ', 'yes'],
    ['ko có mô', 'no'],
    ['không mô', 'no'],
    ['có mô', 'no'],
  ] as const)('"%s" at the employment question is %s', async (typed, answer) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thang dc 5 trieu');
    const asked = await harness.press('consent:no');
    expect(asked.text).toContain('Câu 4/15 · Việc làm');
    const next = await harness.say(typed);
    expect(next.text, typed).not.toContain('Bạn trả lời');
    expect(next.text, typed).toContain('Câu 5/15');
    const back = await harness.press(actionOf(next, 'Quay lại'));
    expect(back.text).toContain('Câu 4/15 · Việc làm');
    expect(back.text).toContain(`(Trả lời trước đó: ${LABEL[answer]}.`);
  });
});

describe('consent to keep the answers in everyday words (N38-48)', () => {
  it.each([
    ['ok ban', 'yes'],
    ['ok luon', 'yes'],
    ['dc', 'yes'],
    ['duoc a', 'yes'],
    ['u', 'yes'],
    ['ừ', 'yes'],
    ['ừa', 'yes'],
    ['dong y nha', 'yes'],
    ['cu luu di', 'yes'],
    ['thoi khoi', 'no'],
    ['ko can luu', 'no'],
    ['dung luu', 'no'],
  ] as const)('"%s" to "Đồng ý lưu / Không lưu" is %s, and the check goes on', async (typed, answer) => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('nha tui 4 nguoi o que thang dc 5 trieu');
    expect(asked.text).toContain('Đồng ý lưu');
    const next = await harness.say(typed);
    expect(next.text, typed).toContain(answer === 'yes' ? 'Cảm ơn bạn. Câu trả lời sẽ được lưu' : 'Được. Câu trả lời chỉ giữ tạm');
    expect(next.text, typed).not.toContain('Đã dừng phần kiểm tra');
    expect(next.text, typed).toContain('Mình hiểu về hộ của bạn như sau');
    // Kept only with consent: after a restart the check is still there (yes) or gone with the process (no).
    harness = await harness.restart();
    const resumed = await harness.say('/kiemtra');
    if (answer === 'yes') expect(resumed.text).toContain('Bạn muốn làm tiếp hay làm lại từ đầu?');
    else expect(resumed.text).not.toContain('Bạn muốn làm tiếp hay làm lại từ đầu?');
  });

  it.each(['dc ko', 'ok ko luu'])('"%s" is no answer: the consent is asked again', async (typed) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thang dc 5 trieu');
    const next = await harness.say(typed);
    // "ok ko luu" may ask whether not saving is fine: since round 33 (mend33a) it is told so, then asked to choose, as "dc ko" is.
    expect(next.text, typed).toMatch(/bạn chọn “Đồng ý lưu” hoặc “Không lưu”|Bạn chọn một trong hai để bắt đầu:/);
    expect(next.text, typed).not.toMatch(/Câu 1\//);
  });
});

describe('people named at an indicator question (N38-01)', () => {
  /** To the BHYT question (Câu 7/15) of a household of 4: "không" to employment, dependants and nutrition. */
  async function atHealthInsurance(): Promise<Harness> {
    const opened = await openHarness({ now: DECEMBER });
    await opened.say('nha tui 4 nguoi o que thang dc 5 trieu');
    await opened.press('consent:no');
    for (const answer of ['khong', 'khong', 'khong']) await opened.say(answer);
    return opened;
  }

  it.each([
    '2 đứa nhỏ chưa có',
    'thang ut chua co bhyt',
    'ba tui thi co, 2 dua nho chua co',
    'ba tui co roi, thang ut chua co',
    'tui voi 2 dua nho chua co',
    'vo chong tui co roi, 2 dua nho chua co',
  ])('"%s" at the BHYT question: deprived, and the household stays 4 people', async (typed) => {
    harness = await atHealthInsurance();
    const next = await harness.say(typed);
    expect(next.text, typed).not.toContain('Bạn trả lời');
    expect(next.text, typed).not.toMatch(/Số người: [123]\b/);
    expect(next.text, typed).toContain('Câu 8/15');
    const back = await harness.press(actionOf(next, 'Quay lại'));
    expect(back.text).toContain('Câu 7/15 · Y tế');
    expect(back.text).toContain('(Trả lời trước đó: Có, có người chưa có thẻ.');
    // The result counts 4 people: 5.000.000 ÷ 4.
    let turn = await harness.say('co');
    for (let step = 0; step < 10 && /Câu \d+\/15/.test(turn.text); step += 1) turn = await harness.say('khong');
    expect(turn.text).toContain('1.250.000');
    expect(turn.text).not.toContain('1.666.667');
  });
});
