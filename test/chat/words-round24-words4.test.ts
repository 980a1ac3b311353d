/**
 * Round 24 (words4): residents' words in the chat, as typed on Zalo. A relative living with another relative ("bà ngoại ở với
 * cậu út") is no member; "cậu", "dì", "mợ" are people where the sentence is about one. "di hoc dc bn tien" is the learning-cost
 * card, "dc bn vay" the loan card, a guess ("chắc là có") the answer it leans to, said back; "cho tui link van ban" after the
 * supports list their documents.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, atQuestion as atQuestionOn, conversationsAt, onPhone, openHarness, savedAt, type Harness } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round24-words4');

let harness: Harness | undefined;
afterEach(() => {
  harness?.close();
  harness = undefined;
});

describe('a relative living with another relative is no member', () => {
  it('"vo chong tui voi 2 dua nho 5 voi 8 tuoi, ba ngoai o voi cau ut, …": 4 people (was 5, the grandmother counted)', async () => {
    const [answer] = await ask('vo chong tui voi 2 dua nho 5 voi 8 tuoi, ba ngoai o voi cau ut, lam ruong thang dc 4 trieu, o xa');
    expect(answer).toContain('÷ 4 người');
    expect(answer).toContain('4.000.000 đồng/tháng ÷ 4 người');
  });

  it('"tui o voi ba ngoai va cau ut o que, cau ut chay xe om thang dc 4 trieu": the speaker, the grandmother and "cậu út" (was 2)', async () => {
    const [answer] = await ask('tui o voi ba ngoai va cau ut o que, cau ut chay xe om thang dc 4 trieu');
    expect(answer).toContain('÷ 3 người');
  });

  it('"ba tui o voi chu ut tren thi tran, nha tui 2 vo chong voi be 3 tuoi, …, o xa": 3 people in the countryside, the town is the father\'s (was asked both)', async () => {
    const [answer] = await ask('ba tui o voi chu ut tren thi tran, nha tui 2 vo chong voi be 3 tuoi, thang dc 4 trieu ruoi, o xa');
    expect(answer).toContain('ở nông thôn,');
    expect(answer).toContain('÷ 3 người');
  });

  it('guard: "di", "cau" as words of their own are no one ("vo chong tui voi 2 dua nho, di lam ruong …, nha co cau tieu ao ca")', async () => {
    const [answer] = await ask('vo chong tui voi 2 dua nho, di lam ruong thang 4 trieu, o xa, nha co cau tieu ao ca');
    expect(answer).toContain('Số người: 4');
  });
});

describe('supports asked in residents\' words', () => {
  it('"ho ngheo di hoc dc bn tien": the learning cost and the fee exemption, their amounts "chưa rõ" (was a passage of a Tỉnh ủy resolution)', async () => {
    const [answer] = await ask('ho ngheo di hoc dc bn tien');
    expect(answer).toContain('Hỗ trợ chi phí học tập');
    expect(answer).toContain('chưa rõ');
    expect(answer).not.toContain('Theo văn bản:');
  });

  it('"ho ngheo dc bn vay": the preferential loan card with its ceiling as the data holds it (was the supports explainer)', async () => {
    const [answer] = await ask('ho ngheo dc bn vay');
    expect(answer).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(answer).toContain('100.000.000 đồng/hộ');
    expect(answer).toContain('tham khảo');
  });

  it('guard: "tien dien ho ngheo dc bn vay" is still the electricity card ("vậy" closes it)', async () => {
    const [answer] = await ask('tien dien ho ngheo dc bn vay');
    expect(answer).toContain('Hỗ trợ tiền điện');
    expect(answer).not.toContain('Vay vốn tín dụng chính sách');
  });

  it('"cho tui link van ban" after the supports list: no link made up, the documents of each support listed (was out of scope)', async () => {
    const [, answer] = await ask('ho ngheo dc ho tro gi', 'cho tui link van ban');
    expect(answer).toContain('không có đường dẫn tới văn bản gốc');
    expect(answer).toContain('Nguồn của câu trả lời vừa rồi');
    expect(answer).toContain('Nghị định 105/2020/NĐ-CP ngày 08/09/2020');
    expect(answer).not.toContain('nằm ngoài phạm vi');
  });
});

describe('a guess at a yes/no question of the check is the answer it leans to, said back', () => {
  it.each([
    ['chac la co', 'Có, có người như vậy'],
    ['chắc có', 'Có, có người như vậy'],
    ['hinh nhu co', 'Có, có người như vậy'],
    ['chac ko', 'Không, không có ai'],
  ])('"%s" at Câu 4/15 is saved "%s", with how to change it (was "Không rõ")', async (typed, saved) => {
    harness = await atQuestionOn(() => DECEMBER, 4);
    const next = await harness.say(typed);
    expect(next.text).toContain(`Mình tạm ghi “${saved}” (bạn chưa chắc chắn). Nếu hỏi lại người trong nhà thấy khác, bạn chọn “Quay lại” (hoặc gõ “quay lại”)`);
    expect(onPhone(next)).not.toMatch(/bấm/i);
    expect(next.text).toContain('Câu 5/15');
    const back = await harness.press(actionOf(next, 'Quay lại'));
    expect(back.text).toContain(`Trả lời trước đó: ${saved}`);
  });

  it('guard: "khong ro" is still "Không rõ"', async () => {
    harness = await atQuestionOn(() => DECEMBER, 4);
    expect(await savedAt(harness, 'khong ro', 4)).toBe('Không rõ');
  });

  it('the result counts the guess: "chắc là có" at every question gives a class, not "chưa xác định"', async () => {
    harness = await openHarness({ now: () => DECEMBER });
    await harness.say('nha tui 4 nguoi o que thang dc 5 trieu');
    let turn = await harness.press('consent:no');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('chac la co');
    expect(turn.text).toContain('Kết quả sàng lọc (tham khảo): HỘ NGHÈO');
  });
});
