/**
 * Round 17 (law27), 03/12/2026: residents and cadres asking what changes on 01/01/2027 (the 2027–2030 standard of
 * NĐ 351/2025/NĐ-CP), in their words, with and without diacritics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionOf, conversationsAt, openHarness, type Harness } from './harness.ts';

/** 03/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-03T03:00:00Z');

const { first } = conversationsAt(NOW, 'law27');
let h: Harness;
beforeAll(async () => {
  h = await openHarness({ now: () => NOW });
});
afterAll(() => h.close());
let user = 0;
/** One message from a new user: the turn (text and buttons). */
const say = (text: string) => h.say(text, `law27-turn-${(user += 1)}`);

describe('how many indicators, asked of 2027: the count and the rule first and briefly, the card one tap away', () => {
  for (const question of ['chuan ngheo 2027 co may chi so', 'ho ngheo 2027 phai thieu may chi so', 'chuẩn nghèo năm sau có mấy chỉ số thiếu hụt']) {
    it(`“${question}”: from 3 deprivations, the lines by area, how many the list has (official count chưa rõ), source, “Chi tiết”`, async () => {
      const turn = await say(question);
      const { text } = turn;
      expect(text).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
      expect(text).toContain('nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
      expect(text).toMatch(/có 12 chỉ số[^\n]*\(tham khảo\); số lượng chỉ số chính thức chưa rõ/);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).toMatch(/Nguồn: [^\n]*Nghị định 351\/2025\/NĐ-CP[^\n]*\(tham khảo\)/);
      expect(turn.buttons.map((button) => button.label)).toContain('Chi tiết');
      // Not the whole card: its notes and each indicator's line are one tap away.
      expect(text).not.toContain('Ghi chú:');
      expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
      expect(text.length).toBeLessThan(2000);
    });
  }

  it('“Chi tiết” under it gives the 2027 card with every indicator', async () => {
    const turn = await h.say('chuan ngheo 2027 co may chi so', 'law27-detail');
    const card = await h.press(actionOf(turn, 'Chi tiết'), 'law27-detail');
    expect(card.text).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(card.text).toContain('Xử lý rác thải sinh hoạt');
  });

  it('the list asked ("gồm những chỉ số nào") still gets the card with every indicator', async () => {
    const text = await first('chuan ngheo moi gom nhung chi so nao');
    expect(text).toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
  });
});

describe('the September 2025 draft’s line said as the new one: the verdict, the figures and their source, not the whole card', () => {
  for (const question of ['1.9 trieu la chuan ngheo moi ha', 'nghe noi nam sau chuan ngheo la 1tr9']) {
    it(`“${question}”`, async () => {
      const turn = await say(question);
      const { text } = turn;
      expect(text).toMatch(/^Không đúng: 1,9 triệu là mức trong dự thảo tháng 9\/2025/);
      expect(text).toMatch(/Nguồn: [^\n]*Nghị định 351\/2025\/NĐ-CP[^\n]*\(tham khảo\)/);
      expect(turn.buttons.map((button) => button.label)).toContain('Chuẩn đầy đủ');
      expect(text).not.toContain('Ghi chú:');
      expect(text.length).toBeLessThan(2000);
    });
  }
});
