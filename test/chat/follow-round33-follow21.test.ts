/**
 * Round 33 (helper "follow21"): residents' short follow-ups read against the answer just given.
 * 1. "ai tra", "ai dong tien" after the poor household's BHYT card (100%): the State budget, status, nothing left to pay;
 *    was "phần còn lại … do ai trả thì chưa rõ".
 * 2. "tro cap hang thang nguoi khuyet tat" → "bn 1 thang" → "ai tra": the monthly allowance, who pays not known; was a
 *    provincial passage.
 * 3. "z la sao" after a card (or a post of it): the plainer card, then the suggestions, whom to ask said once; was twice.
 * 4. "lai bn" right after a class's list of supports ("ho can ngheo dc ho tro gi", or "vay con ho ngheo" = "vậy còn hộ nghèo"
 *    after it): the loan's rate for that class, with status; was "ngoài phạm vi".
 * 5. "cai do la gi", "cu the la sao", "cai do sao" after a card: that card plainer and/or what to ask of it; was a passage or
 *    an explainer of another standard.
 * 6. "ap dung khi nao" after the 2027 card, "o dau lanh" after the pension's amount: the card's dates, its place; was search.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness, type Turn } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

async function chainTurn(...messages: string[]): Promise<Turn> {
  harness = await openHarness({ now: DECEMBER });
  let turn: Turn | undefined;
  for (const message of messages) turn = await harness.say(message);
  return turn!;
}

async function chain(...messages: string[]): Promise<string> {
  return (await chainTurn(...messages)).text;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('who pays, after the poor household\'s BHYT card', () => {
  it.each(['ai tra', 'ai dong tien'])('"%s": the State budget pays all, with status; no rest said to be unknown', async (asked) => {
    const text = await chain('the bhyt ho ngheo', asked);
    expect(text).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo)');
    expect(text).toContain('hộ không phải tự đóng phần nào');
    expect(text).not.toContain('phần còn lại');
    expect(text).toContain(CADRE);
  });
});

describe('who pays, after the disability allowance and its amount', () => {
  it('"ai tra" stays on the monthly allowance: who pays not known, where to apply, whom to ask', async () => {
    const text = await chain('tro cap hang thang nguoi khuyet tat', 'bn 1 thang', 'ai tra');
    expect(text).toContain('Về trợ cấp xã hội hằng tháng');
    expect(text).toContain('nơi làm: UBND cấp xã (nộp tờ khai đề nghị trợ cấp xã hội)');
    expect(text).toContain('Ai chi trả, ngoài điều ghi ở trên, dữ liệu của trợ lý không ghi (chưa rõ).');
    expect(text).toContain(CADRE);
    expect(text).not.toContain('Theo văn bản');
  });
});

describe('"z la sao" after a card', () => {
  it.each([
    ['the bhyt ho can ngheo', 'z la sao'],
    ['vay von ho ngheo', 'tom tat', 'z la sao'],
    ['tom tat the bhyt ho ngheo', 'z la sao'],
  ])('%s … : whom to ask said once over the plainer card and the suggestions', async (...messages) => {
    const turn = await chainTurn(...messages);
    expect(turn.replies).toHaveLength(2);
    expect(turn.text).toContain('Bạn gõ rõ hơn giúp mình');
    expect(count(turn.text, CADRE)).toBe(1);
  });
});

describe('the loan\'s rate asked right after the list of a class\'s supports', () => {
  it('"lai bn" after the near-poor list: 7,92%/năm (tham khảo) for the near-poor household', async () => {
    const text = await chain('ho can ngheo dc ho tro gi', 'lai bn');
    expect(text).toContain('Về vay vốn tín dụng chính sách cho hộ cận nghèo');
    expect(text).toContain('lãi suất 7,92%/năm (tham khảo)');
    expect(text).not.toContain('ngoài phạm vi');
  });

  it('"vay con ho ngheo" (vậy còn hộ nghèo) then "lai bn": the poor household\'s rate, 6,6%/năm (tham khảo)', async () => {
    const text = await chain('ho can ngheo dc ho tro gi', 'vay con ho ngheo', 'lai bn');
    expect(text).toContain('Về vay vốn tín dụng chính sách cho hộ nghèo');
    expect(text).toContain('lãi suất 6,6%/năm (tham khảo)');
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('"cai do la gi", "cu the la sao", "cai do sao" pointing back at a card', () => {
  it('"cai do la gi" after the 2027 standard: that card plainer and what to ask of it, not the 2022–2025 explainer', async () => {
    const text = await chain('chuan ngheo 2027', 'cai do la gi');
    expect(text).toContain('Từ 01/01/2027');
    expect(text).toContain('Bạn muốn hỏi thêm gì về chuẩn nghèo năm 2027?');
    expect(text).not.toContain('Giải thích ngắn');
    expect(count(text, CADRE)).toBe(1);
  });

  it.each(['cu the la sao', 'cai do sao'])('"%s" after the loan card stays on the loan, not a passage', async (asked) => {
    const text = await chain('vay von ho ngheo', asked);
    expect(text).toContain('vay vốn tín dụng chính sách cho hộ nghèo');
    expect(text).not.toContain('trích nguyên văn');
  });
});

describe('since when, and where the money is received, in residents\' words', () => {
  it('"ap dung khi nao" after the 2027 standard: its dates (01/01/2027), not the middle-income explainer', async () => {
    const text = await chain('chuan ngheo 2027', 'ap dung khi nao');
    expect(text).toContain('hiệu lực 01/01/2027 – 31/12/2030');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('"o dau lanh" after the pension card and its amount: where the pension is applied for, not a provincial appendix', async () => {
    const text = await chain('me tui 72 tuoi nha ngheo', 'bn 1 thang', 'o dau lanh');
    expect(text).toContain('nơi làm: UBND cấp xã (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội)');
    expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo)');
    expect(text).not.toContain('trích nguyên văn');
  });
});
