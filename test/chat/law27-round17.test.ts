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

describe('fresh questions on “chuẩn nghèo mới”, “năm sau”, “từ tháng 1”, “nghị định mới” (round 17)', () => {
  for (const question of ['chuan ngheo moi ap dung tu khi nao', 'chuẩn nghèo mới bao giờ áp dụng', 'khi nao ap dung chuan ngheo moi']) {
    it(`“${question}”: the day it starts and its lines first (tham khảo), today’s figures after; was the whole 2027 card`, async () => {
      const turn = await say(question);
      expect(turn.text).toMatch(/^Từ 01\/01\/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2\.200\.000 đồng, thành thị 2\.800\.000 đồng, theo Nghị định 351\/2025\/NĐ-CP \(tham khảo\)\./);
      expect(turn.text).toContain('Chuẩn nghèo áp dụng hôm nay, 03/12/2026');
      expect(turn.text).not.toContain('Ghi chú:');
    });
  }

  // Guards: the other fresh questions already answered as asked.
  it('“nam sau chuan ngheo o nong thon la bao nhieu”: the rural line of 2027 alone', async () => {
    const text = await first('nam sau chuan ngheo o nong thon la bao nhieu');
    expect(text).toMatch(/^Chuẩn nghèo nông thôn áp dụng năm 2027/);
    expect(text).toContain('≤ 2.200.000 đồng');
  });

  it('“chuan ngheo moi thanh thi bn”: the urban line of 2027', async () => {
    expect(await first('chuan ngheo moi thanh thi bn')).toMatch(/^Chuẩn nghèo thành thị áp dụng năm 2027[^]*≤ 2\.800\.000 đồng/);
  });

  it('“nghi dinh 351 co hieu luc chua ad”: its effective date chưa rõ, no date made up', async () => {
    const text = await first('nghi dinh 351 co hieu luc chua ad');
    expect(text).toMatch(/^Ngày có hiệu lực của Nghị định 351\/2025\/NĐ-CP: chưa rõ/);
  });

  it('“chuan ngheo moi bo chi so gi”: the indicator removed and those added, tham khảo', async () => {
    const text = await first('chuan ngheo moi bo chi so gi');
    expect(text).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin”');
    expect(text).toContain('(tham khảo)');
  });

  it('“nghị định mới về chuẩn nghèo có hiệu lực chưa”: today’s standard and what changes on 01/01/2027', async () => {
    const text = await first('nghị định mới về chuẩn nghèo có hiệu lực chưa');
    expect(text).toContain('đang áp dụng chuẩn nghèo đa chiều năm 2026');
    expect(text).toContain('01/01/2027: Chuẩn nghèo đa chiều giai đoạn 2027–2030 bắt đầu');
  });

  it('“tu thang 1 ho ngheo co con duoc bhyt ko”: the premium paid in full on 01/01/2027, and that the class comes from the new review', async () => {
    const text = await first('tu thang 1 ho ngheo co con duoc bhyt ko');
    expect(text).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });
});
