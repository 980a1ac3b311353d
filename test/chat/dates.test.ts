/**
 * Dates around 01/01/2027 as residents type them (findings5 C rows, worst 1 and 2): an explicit day picks the period
 * of that day, "hôm nay" is the day in Vietnam (one clock), and a question about what changes leads with the change
 * instead of burying it under today's card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** 01/12/2026 18:30 UTC: already 02/12/2026 01:30 in Vietnam, still the 2026 standard. */
const DEC_2026 = () => new Date('2026-12-01T18:30:00Z');
const firstReply = (turn: { replies: { spans: { text: string }[] }[] }) => turn.replies[0]!.spans.map((span) => span.text).join('');

describe('the standard of a day named', () => {
  it.each(['hom nay ngay may, chuan nao dang ap dung', 'hôm nay ngày mấy, chuẩn nào đang áp dụng', 'chuan dang ap dung la chuan nao ad'])(
    '“%s”: today in Vietnam, the standard in force today, and the change on 01/01/2027 after it',
    async (question) => {
      harness = await openHarness({ now: DEC_2026 });
      const turn = await harness.say(question);
      const card = firstReply(turn);
      expect(card).toContain('Áp dụng hôm nay, 02/12/2026');
      expect(card).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
      expect(card).toContain('≤ 2.250.000 đồng');
      // Round 35 short26a: the card in brief says the coming lines in one sentence (was today's whole card, then "Sắp thay đổi:"
      // and a line each, 3.977 characters); the list is in the whole card, one "Chi tiết" away.
      expect(card).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng');
      expect(card.length).toBeLessThanOrEqual(1200);
    },
  );

  it.each([
    ['31/12/2026 thi ap dung chuan nao', '31/12/2026'],
    ['31/12/2026 thì áp dụng chuẩn nào', '31/12/2026'],
    ['ngay 31/12 ap dung chuan ngheo nao', '31/12/2026'],
  ])('“%s”: the standard of %s (2026, 1.500.000 / 2.000.000), and that the new one starts the next day', async (question, day) => {
    harness = await openHarness({ now: DEC_2026 });
    const turn = await harness.say(question);
    const card = firstReply(turn);
    expect(card).toContain(`Áp dụng ngày ${day}.`);
    expect(card).toContain('Chuẩn nghèo đa chiều năm 2026');
    expect(card).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    // Round 35 short26a: the coming standard in one sentence of the card in brief (was "Sắp thay đổi:" and a line each).
    expect(turn.text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(turn.text).not.toContain('Quyết định 46/2015');
  });

  // Asked as a figure ("bn", "bao nhiêu"): the figures of that day first, then the new standard's lines in one sentence
  // (direct-round9): the card is a button away.
  it.each([
    ['het nam nay chuan ngheo bn', '31/12/2026'],
    ['cuối năm nay chuẩn nghèo là bao nhiêu', '31/12/2026'],
  ])('“%s”: the figures of %s (2026, 1.500.000 / 2.000.000), and that the new one starts the next day', async (question, day) => {
    harness = await openHarness({ now: DEC_2026 });
    const turn = await harness.say(question);
    const card = firstReply(turn);
    expect(card.split('\n')[0]).toBe(`Chuẩn nghèo áp dụng ngày ${day} (thu nhập bình quân mỗi người mỗi tháng):`);
    expect(card).toContain('Nguồn: chuẩn nghèo đa chiều năm 2026');
    expect(card).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    expect(card).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng');
    expect(turn.text).not.toContain('Quyết định 46/2015');
  });

  it.each([
    ['1/1/2027 ap dung chuan nao', 'Áp dụng ngày 01/01/2027.'],
    ['mung 1 tet ap dung chuan nao', 'Áp dụng cho năm 2027.'],
    ['mùng 1 Tết áp dụng chuẩn nào', 'Áp dụng cho năm 2027.'],
    // Asked as a figure: the figures of that day or year first (direct-round9).
    ['tu 1/1 chuan ngheo la bn', 'Chuẩn nghèo áp dụng ngày 01/01/2027 (thu nhập bình quân mỗi người mỗi tháng):'],
    ['tet duong lich chuan ngheo bn', 'Chuẩn nghèo áp dụng năm 2027 (thu nhập bình quân mỗi người mỗi tháng):'],
    ['dau nam sau chuan ngheo la bn', 'Chuẩn nghèo áp dụng năm 2027 (thu nhập bình quân mỗi người mỗi tháng):'],
    ['thang 1 nam sau chuan ngheo bao nhieu', 'Chuẩn nghèo áp dụng năm 2027 (thu nhập bình quân mỗi người mỗi tháng):'],
  ])('“%s”: the 2027–2030 standard (2.200.000 / 2.800.000, tham khảo)', async (question, applies) => {
    harness = await openHarness({ now: DEC_2026 });
    const card = firstReply(await harness.say(question));
    expect(card).toMatch(/Chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)|chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351\/2025\/NĐ-CP, chưa đối chiếu điều khoản \(tham khảo\)/);
    expect(card).toContain(applies);
    expect(card).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(card).not.toContain('1.500.000');
  });

  it('“hom nay chuan nao dang ap dung” just after midnight on 01/01/2027 in Vietnam (still 31/12 in UTC): the 2027 standard', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-31T17:30:00Z') });
    const card = firstReply(await harness.say('hom nay chuan nao dang ap dung'));
    expect(card).toContain('Áp dụng hôm nay, 01/01/2027');
    expect(card).toContain('2.200.000');
  });
});

describe('a question about what changes leads with the change', () => {
  // Which indicators go and come: one compact answer (round 12, findings34 N13: was the changes, two cards and their notes,
  // 7.000 characters), still saying first that today's standard is in force until then.
  it.each(['chuan ngheo moi bo chi so nao them chi so nao', 'chuẩn nghèo mới bỏ chỉ số nào thêm chỉ số nào'])('“%s”: today’s standard, then the indicators that change on 01/01/2027, short', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say(question);
    expect(text).toMatch(/^Hôm nay, 02\/12\/2026, vẫn áp dụng chuẩn nghèo đa chiều năm 2026/);
    expect(text).toContain('Thay đổi về chỉ số thiếu hụt từ 01/01/2027');
    expect(text).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).toContain('“Xử lý rác thải sinh hoạt”');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
    expect(text.length).toBeLessThan(800);
  });

  it.each([
    'thang sau chuan ngheo tang len bn vay ad',
    'tháng sau chuẩn nghèo tăng lên bao nhiêu vậy ad',
    'tu tet chuan ngheo moi ap dung chua',
    'qua nam chuan ngheo thay doi gi',
  ])('“%s”: first today’s standard and what changes on 01/01/2027 (lines, indicators), then the 2027 card', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const turn = await harness.say(question);
    const lead = firstReply(turn);
    expect(lead).toMatch(/^Hôm nay, 02\/12\/2026, đang áp dụng chuẩn nghèo đa chiều năm 2026/);
    expect(lead).toContain('01/01/2027: Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng');
    expect(lead).toContain('01/01/2027: Chuẩn nghèo Thành thị: 2.000.000 đồng → 2.800.000 đồng');
    expect(lead).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(lead).toContain('Thêm chỉ số “Xử lý rác thải sinh hoạt”');
    // The change is the answer, not the footer of a long 2026 card: the lead is short.
    expect(lead.length).toBeLessThan(1500);
    expect(turn.text).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
    // A later time said ("tháng sau", "từ Tết", "qua năm"): no 2026 card follows.
    expect(turn.text.includes('Áp dụng hôm nay'), question).toBe(false);
  });
});
