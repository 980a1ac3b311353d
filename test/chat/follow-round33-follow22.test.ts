/**
 * Round 33 (helper "follow22"): follow-up chains residents type that went wrong.
 * 1. "lai bn" after the loan card: the rate said once, with its status and the published figures' caveat; was twice.
 * 4. "ap dung khi nao" after the 2027 card: the national standard's dates, basis and status; was also the Hà Nội / TP.HCM own
 *    standards' lines (they say "áp dụng").
 * 5. "dien ho ngheo" (without "tien") opening a message is the poor household's electricity bill: the electricity support card
 *    (QĐ 14/2025, status), and "ai tra" after it answers from that card; was the explainer's passage, then search.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness, type Turn } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

async function chainTurns(...messages: string[]): Promise<Turn[]> {
  harness = await openHarness({ now: DECEMBER });
  const turns: Turn[] = [];
  for (const message of messages) turns.push(await harness.say(message));
  return turns;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the electricity support asked as "dien ho ngheo"', () => {
  it('"dien ho ngheo" → "ai tra": the electricity card (QĐ 14/2025, chưa rõ), then who pays from that card', async () => {
    const [card, who] = await chainTurns('dien ho ngheo', 'ai tra');
    expect(card!.text).toContain('Hỗ trợ tiền điện (theo dữ liệu chính sách');
    expect(card!.text).toContain('Quyết định 14/2025/QĐ-TTg');
    expect(card!.text).not.toContain('Giải thích ngắn');
    expect(who!.text).toContain('Về hỗ trợ tiền điện cho hộ nghèo');
    expect(who!.text).toContain('Ai chi trả, ngoài điều ghi ở trên, dữ liệu của trợ lý không ghi (chưa rõ).');
    expect(who!.text).toContain(CADRE);
    expect(who!.text).not.toContain('Theo văn bản');
  });
});

describe('the loan\'s rate asked after the loan card', () => {
  it.each([
    ['vay von ho ngheo', 'lãi suất 6,6%/năm'],
    ['vay von ho can ngheo', 'lãi suất 7,92%/năm'],
  ])('"%s" → "lai bn": %s said once, with status and caveat', async (card, rate) => {
    const [, answer] = await chainTurns(card, 'lai bn');
    expect(answer!.text).toContain(`${rate} (tham khảo)`);
    expect(answer!.text).toContain('số liệu công bố trước đây (tham khảo, chưa kiểm tra mức áp dụng từ năm 2026)');
    expect(count(answer!.text, rate)).toBe(1);
  });
});

describe('when the 2027 standard applies', () => {
  it('"chuan ngheo 2027" → "ap dung khi nao": 01/01/2027 – 31/12/2030 with its basis and status, no city\'s own standard', async () => {
    const [, answer] = await chainTurns('chuan ngheo 2027', 'ap dung khi nao');
    expect(answer!.text).toContain('hiệu lực 01/01/2027 – 31/12/2030');
    expect(answer!.text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(answer!.text).toContain('(tham khảo)');
    expect(answer!.text).not.toContain('Hà Nội');
    expect(answer!.text).not.toContain('TP.HCM');
  });
});
