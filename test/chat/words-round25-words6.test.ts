/**
 * Round 25 (words6): residents' words in the chat, as typed on Zalo. A relative the speaker's house names living with another
 * ("nha tui co ba ngoai o voi cau ut") is a household told, whose members are asked; Southern kin called by birth order ("dì ba",
 * "cậu hai", "cô út") are one person each, "đi ba ngày", "chỉ ba người" are not.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round25-words6');

describe('a relative of the house living with another relative, as a first message', () => {
  it('"nha tui co ba ngoai o voi cau ut": the check starts and asks who lives in the household (was "ngoài phạm vi")', async () => {
    const [answer] = await ask('nha tui co ba ngoai o voi cau ut');
    expect(answer).not.toContain('ngoài phạm vi');
    expect(answer).toContain('chưa rõ hộ gồm những ai');
    expect(answer).toContain('hộ có tất cả bao nhiêu người cùng ăn ở chung, tính cả bạn?');
  });
});

describe('Southern kin called by birth order are one person each', () => {
  it.each([
    ['nha tui co tui, vo tui voi cau hai, thang dc 5 trieu, o que', 3],
    ['tui o voi di ba va chu hai, thang dc 6 trieu, o que', 3],
    ['di ba tui 60 tuoi o chung voi vo chong tui, thang dc 4 trieu, o que', 3],
    ['tui o voi co ut va 2 dua nho, thang dc 4 trieu, o que', 4],
    ['vợ chồng tui với dì tư, tháng được 6 triệu, ở quê', 3],
  ])('"%s": %i people (was one fewer)', async (typed, members) => {
    const [answer] = await ask(typed);
    expect(answer).toContain(`Số người: ${members}`);
  });

  it.each([
    ['vo chong tui di ba ngay moi ve, nha 4 nguoi, thang dc 5 trieu, o que', 4],
    ['nha tui chi ba nguoi, thang dc 4 trieu, o que', 3],
    ['nha co ba toi, ma toi voi tui, thang dc 4 trieu, o que', 3],
  ])('guard: "%s" names no kin ("đi ba ngày", "chỉ ba người", "có ba tôi"): %i people', async (typed, members) => {
    const [answer] = await ask(typed);
    expect(answer).toContain(`Số người: ${members}`);
  });
});
