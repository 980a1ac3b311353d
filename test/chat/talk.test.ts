/**
 * Conversations as residents type them in Zalo (outside tester, findings5 K rows): several turns, each line one
 * message. What a reply to the bot's own question, a household told in one sentence, a follow-up ("còn …",
 * "vậy …") and a typed number mean depends on what the bot asked last.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

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
    const started = await say('2');
    expect(started.text).toContain('Câu 2/');
    expect(started.text).toContain('bao nhiêu người');
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
