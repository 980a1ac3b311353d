/**
 * Outreach staff ask for a post of a given length (round 9): "viet 3 cau thoi", "tom tat 5 dong", "ngan gon 3 y de dang nhom
 * zalo", "viet bai khoang 100 chu", after an answer or with its subject. The post has that many sentences, lines or points
 * (bounded: SHORT_TEXT_DEFAULTS.length), or about that many words; its heading, where to apply, its one "Nguồn" line and
 * whom to ask are always kept, never dropped to fit, nor what the data does not know of what was asked ("(chưa rõ)"); since
 * round 11 lines and words count the whole post (where to apply, source and whom to ask are its one closing line).
 * Every line whole, each sentence ending with its full stop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { lengthAsked, SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { readMessage } from '../../src/chat/input.ts';

let harness: Harness;
afterEach(() => harness?.close());

async function conversation(...messages: string[]): Promise<string> {
  harness = await openHarness();
  let text = '';
  for (const message of messages) text = (await harness.say(message)).text;
  return text;
}

/** The post's own lines: after its heading, before where to apply, its source and whom to ask. */
function body(text: string): string[] {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => /^(Nơi làm|Nguồn): /.test(line));
  expect(end).toBeGreaterThan(1);
  return lines.slice(1, end);
}
const sentences = (lines: string[]) => lines.flatMap((line) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u));

/** What every post of a length keeps: one source line, whom to ask, no cut sentence, statuses said. */
function expectPost(text: string): void {
  expect(text.match(/^Nguồn: .+\.$/gm)).toHaveLength(1);
  expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  expect(text).not.toContain('…');
  expect(text).not.toContain('..');
  expect(text).not.toContain('ngoài phạm vi');
}

describe('a post of the length asked', () => {
  it('"viet 3 cau thoi" after the supports of near-poor households: three of them, with their source', async () => {
    const text = await conversation('hộ cận nghèo được hỗ trợ gì', 'viet 3 cau thoi');
    expectPost(text);
    expect(text).toMatch(/^Hộ cận nghèo được hỗ trợ/);
    expect(body(text)).toHaveLength(3);
    expect(text).toContain('(tham khảo)');
    expect(text).not.toContain('khác (mỗi');
  });

  it('"tom tat 5 dong" after the same: five lines in all (heading and closing line counted, round 11), not "ngoài phạm vi"', async () => {
    const text = await conversation('hộ cận nghèo được hỗ trợ gì', 'tom tat 5 dong');
    expectPost(text);
    expect(text.split('\n\n')[0]!.split('\n')).toHaveLength(5);
    expect(body(text)).toHaveLength(3);
    for (const line of body(text)) expect(line).toMatch(/^- /);
  });

  it('"ngan gon 3 y de dang nhom zalo" after the same, and with its subject: three points', async () => {
    const after = await conversation('hộ cận nghèo được hỗ trợ gì', 'ngan gon 3 y de dang nhom zalo');
    expectPost(after);
    expect(body(after)).toHaveLength(3);
    const asked = await conversation('ngan gon 3 y de dang nhom zalo ve ho tro cho ho can ngheo');
    expectPost(asked);
    expect(body(asked)).toEqual(body(after));
  });

  it('"viet bai khoang 100 chu" after the 2027 standard: at most a hundred words in all (round 11: heading and closing line counted)', async () => {
    const text = await conversation('chuẩn nghèo năm 2027 là bao nhiêu', 'viet bai khoang 100 chu');
    expectPost(text);
    const words = text.split('\n\n')[0]!.split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(100);
    expect(body(text).join(' ').split(/\s+/).length).toBeGreaterThan(30);
    expect(text).toContain('nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
    for (const sentence of sentences(body(text))) expect(sentence).toMatch(/[.!?]$/);
  });

  it('"viết 3 câu thôi về chuẩn nghèo mới": three sentences (was the whole card)', async () => {
    const text = await conversation('viết 3 câu thôi về chuẩn nghèo mới');
    expectPost(text);
    expect(sentences(body(text))).toHaveLength(3);
    for (const sentence of sentences(body(text))) expect(sentence).toMatch(/[.!?]$/);
    expect(text).toContain('2.200.000 đồng');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
  });

  it('a very short post still carries its source, and what is not known of what was asked', async () => {
    const loan = await conversation('soan 1 cau: ho ngheo vay von o dau');
    expectPost(loan);
    expect(sentences(body(loan))).toHaveLength(1);
    expect(loan).toContain('(tham khảo)');
    expect(loan).toContain('Nguồn: Nghị định 78/2002/NĐ-CP.');
    const review = await conversation('viet 1 cau thoi: khi nao ra soat ho ngheo');
    expectPost(review);
    expect(review).toContain('01/09 đến 14/12');
    expect(review).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
    expect(review).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
  });

  it('a count past the bound is kept to it ("viet 50 cau"); "500 đồng", "năm 2026 từ tháng 1" ask no length', async () => {
    const text = await conversation('viet 50 cau ve ho tro cho ho ngheo');
    expectPost(text);
    expect(body(text).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.length.max);
    expect(body(text).length).toBeGreaterThan(3);
    // An ordinary question, no post: the figures asked, first (direct-round9), as a chat answer with its "Chuẩn đầy đủ" card.
    const card = await conversation('chuẩn nghèo năm 2026 từ tháng 1 là bao nhiêu');
    expect(card).toMatch(/^Chuẩn nghèo áp dụng năm 2026 \(thu nhập bình quân mỗi người mỗi tháng\):/);
    expect(card).toContain('Chuẩn đầy đủ');
    const read = (message: string) => lengthAsked(readMessage(message).words)?.length;
    expect(read('hộ cận nghèo được hỗ trợ 500 đồng phải không')).toBeUndefined();
    expect(read('soạn 5 câu hỏi đáp về hộ cận nghèo')).toBeUndefined();
    expect(read('viết ba câu thôi')).toEqual({ unit: 'sentences', count: 3 });
    expect(read('viết bài tầm 500 chữ')).toEqual({ unit: 'words', count: SHORT_TEXT_DEFAULTS.length.words.max });
  });
});
