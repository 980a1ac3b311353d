import { describe, expect, it } from 'vitest';
import { openHarness } from './harness.ts';

const now = () => new Date('2026-12-06T09:00:00+07:00');
// "chi tiêu" (spending) typed without marks is the words of "chỉ tiêu" (an indicator): with a period or an amount after it,
// it is what the household spends (broken by cb962329, words19: "chi tieu moi" read as "chỉ tiêu mới").
describe('spending said, no indicator asked as new (round 34 mend34c)', () => {
  it('"chi tieu moi thang nha tui het 5 trieu" starts the household check with the amount', async () => {
    const h = await openHarness({ now });
    const text = (await h.say('chi tieu moi thang nha tui het 5 trieu, co phai ho ngheo ko')).text;
    expect(text).toContain('Mình hiểu: Thu nhập cả hộ: 5.000.000 đồng/tháng');
    expect(text).not.toContain('Thay đổi về chỉ số thiếu hụt');
  });

  it('"nha tui chi tieu moi ngay 100 ngan, 4 nguoi" is the household check, no indicator changes', async () => {
    const h = await openHarness({ now });
    const text = (await h.say('nha tui chi tieu moi ngay 100 ngan, 4 nguoi, co dc ho can ngheo ko')).text;
    expect(text).toContain('Mình hiểu: Số người: 4');
    expect(text).not.toContain('Thay đổi về chỉ số thiếu hụt');
  });

  it('"chi tieu moi thang het bn thi la ho ngheo" gets the standard, not the indicator changes', async () => {
    const h = await openHarness({ now });
    const text = (await h.say('chi tieu moi thang het bn thi la ho ngheo')).text;
    expect(text).toMatch(/Chuẩn nghèo áp dụng/);
    expect(text).not.toContain('Thay đổi về chỉ số thiếu hụt');
  });

  it('"chi tieu moi ngay 50 ngan 1 nguoi la ngheo chua" gets no indicator changes', async () => {
    const h = await openHarness({ now });
    expect((await h.say('chi tieu moi ngay 50 ngan 1 nguoi la ngheo chua')).text).not.toContain('Thay đổi về chỉ số thiếu hụt');
  });

  it('"chi tieu moi la j" and "co them chi tieu j moi ko" still get the indicator changes (words19)', async () => {
    for (const question of ['chi tieu moi la j', 'co them chi tieu j moi ko', 'chỉ tiêu mới năm 2027 là gì']) {
      const h = await openHarness({ now });
      expect((await h.say(question)).text).toContain('Thay đổi về chỉ số thiếu hụt từ 01/01/2027');
    }
  });
});
