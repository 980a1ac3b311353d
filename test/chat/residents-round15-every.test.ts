/**
 * Round 15: at an interview question about something every member must have (BHYT from 6 years old) or that a phone may not
 * give (Internet), a partial answer is never read as the opposite: "co 2 nguoi co bhyt thoi" is no "ai cũng có thẻ", "chi
 * thang lon co dien thoai" is no "có người dùng Internet". What a resident's words decide is saved; what they leave open is
 * asked precisely.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { atQuestion as atQuestionOn, savedAt, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');

const atQuestion = (number: number) => atQuestionOn(DECEMBER, number);

describe('the BHYT question of a household of 4: what some members have is not that all do', () => {
  // Round 18: the people named as the only ones with the card are counted, as "ong noi thi co bhyt" is: the others lack it (was:
  // asked "nếu còn người chưa có …", then "co" saved the same answer).
  it.each(['co 2 nguoi co bhyt thoi', 'co ong ba co the thoi', 'chi ba tui co bhyt'])('"%s" is the lack, never saved as no lack', async (typed) => {
    harness = await atQuestion(7);
    const turn = await harness.say(typed);
    expect(turn.text, typed).toMatch(/Mình tính: bạn kể \d người có bảo hiểm y tế, còn \d người trong hộ chưa có/);
    expect(turn.text, typed).toContain('Câu 8/15');
    expect(turn.text, typed).not.toContain('Không, ai cũng có thẻ');
  });

  it.each([
    ['2 dua nho chua co the bhyt', 'Có, có người chưa có thẻ'],
    ['2 dua nho chua co the', 'Có, có người chưa có thẻ'],
    ['ca nha co the het', 'Không, ai cũng có thẻ'],
    ['4 nguoi deu co bhyt', 'Không, ai cũng có thẻ'],
    ['moi nguoi deu co the bhyt', 'Không, ai cũng có thẻ'],
  ])('"%s" is saved as "%s"', async (typed, label) => {
    harness = await atQuestion(7);
    expect(await savedAt(harness, typed, 7)).toBe(label);
  });
});

describe('the Internet question: a phone is not Internet', () => {
  it.each(['chi thang lon co dien thoai', 'thang lon co dtdd thoi'])('"%s" is asked precisely, never saved as someone uses Internet', async (typed) => {
    harness = await atQuestion(14);
    const asked = await harness.say(typed);
    expect(asked.text, typed).not.toContain('Câu 15/15');
    expect(asked.text, typed).toContain('Điện thoại đó có dùng Internet (Zalo, Facebook');
    expect(asked.text, typed).toContain('Câu 14/15 · Thông tin');
  });

  it.each([
    ['chi co tui xai zalo', 'Không, có người dùng Internet'],
    ['thang lon co xai facebook', 'Không, có người dùng Internet'],
    ['nha ko ai co dien thoai', 'Có, không ai dùng Internet'],
  ])('"%s" is saved as "%s"', async (typed, label) => {
    harness = await atQuestion(14);
    expect(await savedAt(harness, typed, 14)).toBe(label);
  });
});
