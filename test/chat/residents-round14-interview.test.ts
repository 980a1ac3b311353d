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
    expect(next.text, typed).toContain('bạn chọn “Đồng ý lưu” hoặc “Không lưu”');
  });
});
