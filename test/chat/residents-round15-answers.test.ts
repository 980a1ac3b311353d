/**
 * Round 15: residents' answers during the household check, as they type them: a year's sale named by its harvest ("năm ngoái
 * bán lúa được 105 triệu"), the crops a year answered alone ("2 mùa"), the children told in everyday words ("tụi nhỏ 3 đứa"),
 * Central "răng không" (of course), some members only at an every-member indicator ("co 2 nguoi co bhyt thoi"), and "why was
 * my household not classified poor".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { ask } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round15-answers');

describe('a past year\'s sale named by its harvest is the year\'s income', () => {
  it.each([
    ['năm ngoái bán lúa được 105 triệu', '8.750.000'],
    ['nam ngoai ban heo dc 30 trieu', '2.500.000'],
  ])('"%s" at the income question: ÷ 12, never "tháng hay năm?"', async (typed, monthly) => {
    const [, , reply] = await ask('nha tui 4 nguoi o que', 'Không lưu', typed);
    expect(reply).not.toContain('một tháng hay cả năm');
    expect(reply).toContain(`Thu nhập cả hộ: ${monthly} đồng/tháng`);
    expect(reply).toContain('Câu 4/15');
  });

  it('"nam nay ban lua dc 30 trieu" (this year: a time) is still asked', async () => {
    const [, , reply] = await ask('nha tui 4 nguoi o que', 'Không lưu', 'nam nay ban lua dc 30 trieu');
    expect(reply).toContain('30 triệu là một tháng hay cả năm?');
  });
});

describe('each crop\'s income, then the crops a year answered alone', () => {
  it.each([
    ['ban lua moi mua 20 trieu', '2 mùa', '2 mùa × 20.000.000 đồng = 40.000.000 đồng một năm ÷ 12 = 3.333.333 đồng một tháng', '833.333'],
    ['ban lua moi vu 20 trieu', '2 vụ', '2 vụ × 20.000.000 đồng = 40.000.000 đồng một năm ÷ 12 = 3.333.333 đồng một tháng', '833.333'],
    ['mỗi mùa lúa được 15 triệu', '1 năm làm 3 mùa', '3 mùa × 15.000.000 đồng = 45.000.000 đồng một năm ÷ 12 = 3.750.000 đồng một tháng', '937.500'],
  ])('"%s", then "%s": the year\'s income ÷ 12, in the resident\'s word', async (income, crops, note, perPerson) => {
    const [, , asked, reply] = await ask('nha tui 4 nguoi o que', 'Không lưu', income, crops);
    const word = crops.includes('vụ') ? 'vụ' : 'mùa';
    expect(asked).toContain(`Một năm hộ làm mấy ${word}?`);
    expect(reply).not.toContain('Mình chưa hiểu số tiền');
    expect(reply).toContain(`Mình tính: ${note}.`);
    expect(reply).toContain(`= ${perPerson} đồng/người/tháng`);
    expect(reply).toContain('Câu 4/15');
  });

  it('"hai mua" while the consent question waits is the crops a year too', async () => {
    const [, reply] = await ask('nha tui 4 nguoi o que ban lua moi mua 20 trieu', 'hai mua');
    expect(reply).toContain('(2 mùa × 20.000.000 đồng = 40.000.000 đồng một năm ÷ 12 = 3.333.333 đồng một tháng)');
  });

  it('"1 nam 2 mua, moi mua ban lua dc 20 trieu": each crop\'s, never 20.000.000 đồng a month; said in "mùa"', async () => {
    const [reply] = await ask('nha tui 4 nguoi o que, 1 nam 2 mua, moi mua ban lua dc 20 trieu');
    expect(reply).toContain('(2 mùa × 20.000.000 đồng = 40.000.000 đồng một năm ÷ 12 = 3.333.333 đồng một tháng)');
    expect(reply).not.toContain('20.000.000 đồng/tháng');
    expect(reply).not.toContain('vụ');
  });
});

describe('the children told as a group ("tụi nhỏ 3 đứa") at the dependants question', () => {
  it.each([
    ['nha tui 4 nguoi o que thang dc 5 trieu', 'tụi nhỏ 3 đứa', '3/4'],
    ['nha tui 5 nguoi o que thang dc 5 trieu', 'tui nho 3 dua con di hoc', '3/5'],
  ])('%s, then "%s": dependants over half, said how', async (household, typed, share) => {
    const [, , dependants, reply] = await ask(household, 'Không lưu', 'khong', typed);
    expect(dependants).toContain('Câu 5/15');
    expect(reply).not.toContain('Bạn trả lời "có"');
    expect(reply).toContain(`Người phụ thuộc chiếm ${share} người`);
    expect(reply).toContain('Câu 6/15');
  });
});

describe('Central "răng không" (of course) as a yes', () => {
  it.each(['răng không bạn', 'rang khong ban oi', 'dạ răng không', 'da rang khong'])('"%s" at the employment question is yes', async (typed) => {
    const [, , reply] = await ask('nha tui 4 nguoi o que thang dc 5 trieu', 'Không lưu', typed);
    expect(reply).not.toContain('Mình vẫn đang chờ câu trả lời');
    expect(reply).toContain('Câu 5/15');
  });

  it('"rang khong ban" to "Đồng ý lưu / Không lưu" is the consent', async () => {
    const [, reply] = await ask('nha tui 4 nguoi o que thang dc 5 trieu', 'rang khong ban');
    expect(reply).toContain('Cảm ơn bạn. Câu trả lời sẽ được lưu');
  });
});

describe('"why was my household not classified poor" explains the review, never starts a check', () => {
  it.each(['rang nha tui ko dc xet ho ngheo', 'sao nha tui hok dc xet ho ngheo'])('"%s"', async (typed) => {
    // In brief to a resident since round 40 (short33): how to ask again after "chi tiết".
    const [reply, whole] = await ask(typed, 'chi tiết');
    expect(reply).not.toContain('Mình sẽ hỏi vài câu về hộ của bạn');
    expect(reply).not.toContain('Đồng ý lưu');
    expect(reply).toContain('Vì sao hộ có thể không được công nhận hộ nghèo, hộ cận nghèo');
    expect(reply).toContain('Mỗi năm UBND cấp xã rà soát lại các hộ');
    expect(reply).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản và nêu rõ lý do');
    expect(whole).toContain('Chủ tịch UBND cấp xã công nhận hoặc trả lời bằng văn bản');
    expect(reply).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(reply).toContain('Kiểm tra hộ gia đình');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('"nha tui co dc xet ho ngheo ko" still starts the check', async () => {
    const [reply] = await ask('nha tui co dc xet ho ngheo ko');
    expect(reply).toContain('Đồng ý lưu');
  });
});
