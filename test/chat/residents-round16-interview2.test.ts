/**
 * Round 16 (interview 2): a resident describing the household in one sentence or at the interview, as on Zalo. An amount said
 * in slang that is asked back ("5 xị": how many đồng? round 18) is an income told all the same, so a household renting its
 * room ("thue nha o tro", no deprivation) is checked, never sent to the renting explanation; a dug well at the water question
 * ("xai nuoc gieng dao") is asked whether it is protected (rules/indicators.yaml water_source: "giếng đào có bảo vệ" is clean
 * water, "giếng không được bảo vệ" is the lack), and "ko co gieng dao" is no lack of clean water; at the dependants question "2 dua nho thi co, tui voi ba xa thi hong" says
 * who is a dependant and who is not, and is counted as the rules would (2/4 is not more than half).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, atQuestion as atQuestionOn, openHarness, savedAt, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');

const atQuestion = (number: number) => atQuestionOn(DECEMBER, number);

describe('a household in one sentence with its income in "xị" and a rented room is checked', () => {
  it.each([
    'chong chay xe om thang dc 5 xi, vo ban ve so, nha 4 nguoi thue nha o tro',
    'nha 4 nguoi o tro, chong lam ho thang dc 5 xi',
  ])('"%s": the amount asked back and the check started, no renting explanation', async (typed) => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say(typed);
    expect(turn.text, typed).not.toContain('Nhà thuê, nhà trọ không phải là điều kiện riêng');
    expect(turn.text, typed).toContain('Số người: 4');
    expect(turn.text, typed).toContain('“5 xi” là bao nhiêu đồng?');
    const started = await harness.press('consent:no');
    expect(started.text, typed).toContain('Câu 1/15');
  });
});

describe('a dug well at the water question is asked whether it is protected', () => {
  const ASK = 'Giếng đào đó có được bảo vệ không';
  it.each(['xai nuoc gieng dao', 'nha xai gieng dao'])('"%s" is asked back, never the generic "Bạn trả lời “có” …"', async (typed) => {
    harness = await atQuestion(12);
    const asked = await harness.say(typed);
    expect(asked.text, typed).toContain(ASK);
    expect(asked.text, typed).not.toContain('Bạn trả lời "có"');
    expect(asked.text, typed).toContain('Câu 12/15 · Nước sinh hoạt và vệ sinh');
    // The precise answer after it is saved.
    expect(await savedAt(harness, 'khong, da co nuoc sach', 12)).toBe('Không, đã có nước sạch');
  });

  it('"ko co gieng dao" is no lack of clean water: not saved, not asked as a well', async () => {
    harness = await atQuestion(12);
    const turn = await harness.say('ko co gieng dao');
    expect(turn.text).not.toContain('Câu 13/15');
    expect(turn.text).not.toContain(ASK);
    expect(turn.text).toContain('Câu 12/15');
  });

  it('"nha ko co gieng dao, xai nuoc may" is clean water', async () => {
    harness = await atQuestion(12);
    expect(await savedAt(harness, 'nha ko co gieng dao, xai nuoc may', 12)).toBe('Không, đã có nước sạch');
  });

  it('a dug well told in the first sentence is not counted either way: the water question is still asked', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thang dc 5 trieu, xai gieng dao');
    let turn = await harness.press('consent:no');
    for (let step = 4; step < 12; step += 1) turn = await harness.say('khong');
    expect(turn.text).toContain('Câu 12/15 · Nước sinh hoạt và vệ sinh');
  });
});

describe('the dependants question of a household of 4: "X thì có, Y thì hông" says who is a dependant', () => {
  it.each([
    ['2 dua nho thi co, tui voi ba xa thi hong', 'Người phụ thuộc chiếm 2/4 người trở xuống', 'Không, từ một nửa trở xuống'],
    ['3 dua nho thi co, tui thi ko', 'Người phụ thuộc chiếm 3/4 người, hơn 50% số thành viên', 'Có, hơn một nửa'],
  ])('"%s" is counted: "%s", saved as "%s"', async (typed, reason, label) => {
    harness = await atQuestion(5);
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain(`Mình tính: ${reason}`);
    expect(turn.text, typed).toContain('Câu 6/15');
    // The household's size is kept.
    expect(turn.text, typed).not.toContain('Số người: 2');
    const back = await harness.press(actionOf(turn, 'Quay lại'));
    expect(back.text).toContain(`Trả lời trước đó: ${label}`);
  });

  it('"2 dua nho thi co" alone leaves 2 of the 4 untold: never counted as no lack, the question stays', async () => {
    harness = await atQuestion(5);
    const turn = await harness.say('2 dua nho thi co');
    expect(turn.text).not.toContain('Câu 6/15');
    expect(turn.text).toContain('Câu 5/15');
  });
});

describe('"bà nội thì có" is a grandmother, not "nội thị"', () => {
  it('"ba noi thi co, tui voi ba xa thi khong" at the dependants question keeps the household in the countryside', async () => {
    harness = await atQuestion(5);
    const turn = await harness.say('ba noi thi co, tui voi ba xa thi khong');
    expect(turn.text).not.toContain('Thành thị');
    expect(turn.text).not.toContain('Đổi sang Nông thôn');
  });

  it('"ong noi thi co bhyt" in a household sentence names no area: not read as the city', async () => {
    harness = await openHarness({ now: DECEMBER });
    // 7.000.000 ÷ 4 = 1.750.000 đồng/người: the area decides the class, so it must not be guessed.
    const turn = await harness.say('nha tui 4 nguoi thang dc 7 trieu, ong noi thi co bhyt');
    // Since round 46 resid53 (a lack told, no area): the class first, with what a ward would change said beside it.
    expect(turn.text).toContain('÷ 4 người');
    expect(turn.text).toContain('Mình tính theo mức nông thôn; nếu nhà ở phường thì là hộ cận nghèo');
    expect(turn.text).not.toContain('Khu vực: Thành thị');
  });
});
