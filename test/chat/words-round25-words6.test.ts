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
    expect(answer).toContain(`÷ ${members} người`);
  });

  it.each([
    ['vo chong tui di ba ngay moi ve, nha 4 nguoi, thang dc 5 trieu, o que', 4],
    ['nha tui chi ba nguoi, thang dc 4 trieu, o que', 3],
    ['nha co ba toi, ma toi voi tui, thang dc 4 trieu, o que', 3],
  ])('guard: "%s" names no kin ("đi ba ngày", "chỉ ba người", "có ba tôi"): %i people', async (typed, members) => {
    const [answer] = await ask(typed);
    expect(answer).toContain(`÷ ${members} người`);
  });
});

describe('a household living in two places', () => {
  it('"vo chong tui di lam Sai Gon, 2 dua nho o que voi ong ba noi": who lives in the household is asked (was 6 taken for granted)', async () => {
    const [answer] = await ask('vo chong tui di lam Sai Gon, 2 dua nho o que voi ong ba noi');
    expect(answer).not.toContain('Số người: 6');
    expect(answer).toContain('hộ có tất cả bao nhiêu người cùng ăn ở chung, tính cả bạn?');
  });

  it('guard: the size told ("…, ho co 6 nguoi, thang gui ve 6 trieu") is used, not asked again', async () => {
    const [answer] = await ask('vo chong tui di lam Sai Gon, 2 dua nho o que voi ong ba noi, ho co 6 nguoi, thang gui ve 6 trieu');
    expect(answer).toContain('÷ 6 người');
    expect(answer).not.toContain('hộ có tất cả bao nhiêu người');
  });
});

describe('"dien" typed plain after "ve", "ho tro" is the electricity', () => {
  it('"viet bai dang nhom zalo ve dien": the electricity support for the group (was a passage of an explainer)', async () => {
    const [answer] = await ask('viet bai dang nhom zalo ve dien');
    expect(answer).toMatch(/^Hỗ trợ tiền điện/);
    expect(answer).not.toContain('Giải thích ngắn:');
  });

  it('"ho ngheo dc ho tro dien ko": the electricity card', async () => {
    const [answer] = await ask('ho ngheo dc ho tro dien ko');
    expect(answer).toMatch(/^Hỗ trợ tiền điện/);
  });

  it('guard: "viet bai ve dien ho ngheo" is "diện hộ nghèo" (the category), not the electricity', async () => {
    const [answer] = await ask('viet bai ve dien ho ngheo');
    expect(answer).not.toMatch(/^Hỗ trợ tiền điện/);
  });
});

describe('"…, la ho j" with a household told: today\'s class and the coming standard\'s', () => {
  it('"nha tui 4 nguoi thu nhap 8 trieu, la ho j" (no area): each area today, and from 01/01/2027 (tạm tính) (was no 2027 line)', async () => {
    const [answer] = await ask('nha tui 4 nguoi thu nhap 8 trieu, la ho j');
    // The class said first since round 43 resid46: the area taken, the other's class, the 2027 line (was "kết quả tùy hộ ở nông thôn hay thành thị").
    expect(answer).toContain('hộ bạn là hộ có mức sống trung bình. Mình tính theo mức nông thôn; nếu nhà ở phường thì là hộ cận nghèo');
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): hộ cận nghèo');
  });

  it('"nha tui 4 nguoi thu nhap 6 trieu, thieu bhyt, vay la ho j": the class asked is no indicator unread (was "Mình chưa hiểu “vay la ho gì” là chỉ số thiếu hụt nào")', async () => {
    const [answer] = await ask('nha tui 4 nguoi thu nhap 6 trieu, thieu bhyt, vay la ho j');
    expect(answer).not.toContain('Mình chưa hiểu');
    expect(answer).toContain('bạn đã kể 1 chỉ số thiếu hụt');
    expect(answer).toContain('Từ 01/01/2027 theo chuẩn mới');
  });
});

describe('the count of deprivations told in a household sentence', () => {
  it.each([
    ['nha tui 4 nguoi o que thu nhap 6 trieu, thieu 2 chi so, la ho j', 'hộ cận nghèo vì thiếu hụt 2 chỉ số'],
    ['nhà tôi 4 người ở quê thu nhập 6 triệu, thiếu hụt 3 chỉ số, là hộ gì', 'hộ nghèo vì thiếu hụt 3 chỉ số'],
  ])('"%s": "%s", today and from 01/01/2027 (was "bạn chưa kể chỉ số thiếu hụt nào")', async (typed, said) => {
    const [answer] = await ask(typed);
    expect(answer).toContain(said);
    expect(answer).toContain('từ 01/01/2027');
    expect(answer).not.toContain('bạn chưa kể chỉ số thiếu hụt nào');
  });
});

describe('a member too sick to work, told in the household sentence', () => {
  it('"…, ong xa tui bi benh nam mot cho, …": said back, not counted as a dependant by that alone (was not said at all)', async () => {
    const [answer] = await ask('nha tui 4 nguoi o que, ong xa tui bi benh nam mot cho, tui lam thue thang dc 3 trieu');
    expect(answer).toContain('bạn kể có người bệnh không làm được');
    expect(answer).toContain('người khuyết tật đang hưởng trợ cấp xã hội hằng tháng');
    expect(answer).toContain('÷ 4 người');
  });

  it('guard: with the allowance told ("…, chong tui bi benh nang, co lanh tro cap, …") no such note', async () => {
    const [answer] = await ask('nha tui 4 nguoi o que, chong tui bi benh nang, co lanh tro cap, tui lam thue thang dc 3 trieu');
    expect(answer).not.toContain('bạn kể có người bệnh không làm được');
  });
});

describe('kin by birth order before where they live', () => {
  it('"vo chong tui voi cau hai o que, thang dc 6 trieu": 3 people ("ở quê" ends "cậu hai")', async () => {
    const [answer] = await ask('vo chong tui voi cau hai o que, thang dc 6 trieu');
    expect(answer).toContain('÷ 3 người');
  });
});
