/**
 * Round 17 (outreach, 03/12/2026): posts and loudspeaker texts on the review asked as outreach staff type them. Each case
 * fails on the round-16 code.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'outreach17');

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!;

describe('a date in a review post', () => {
  it('without a deadline word it is said too, as the local date (was: left out of the post)', async () => {
    const lines = sharedOf(await first('soan bai nhac ba con ngay 10/12 hop thon ra soat ho ngheo')).split('\n');
    expect(lines[1]).toContain('ngày 10/12/2026 (do địa phương thông báo)');
    expect(lines[1]).not.toContain('Lưu ý');
  });

  it('after the periodic review’s last day (14/12) it is flagged, with the schedule’s status (was: no word)', async () => {
    const post = sharedOf(await first('soan bai nhac ba con ra soat ho ngheo truoc ngay 20/12'));
    expect(post.split('\n')[1]).toMatch(/trước ngày 20\/12\/2026.*ngày 20\/12\/2026 sau ngày 14\/12\/2026, ngày cuối của đợt rà soát định kỳ theo Quyết định 24\/2021\/QĐ-TTg; lịch rà soát năm 2026 chưa rõ/);
    // A date inside the review's days: no such line.
    expect(sharedOf(await first('soan bai nhac ba con ra soat ho ngheo truoc ngay 10/12'))).not.toContain('ngày cuối của đợt');
  });
});

describe('a loudspeaker announcement of the review', () => {
  it('opens with the review’s calendar, its “chưa rõ” for 2026 right after (was: the district step’s note first)', async () => {
    const lines = sharedOf(await first('viet bai doc loa thong bao ra soat ho ngheo')).split('\n');
    expect(lines[2]).toMatch(/^Rà soát định kỳ hằng năm từ ngày mùng một tháng chín/);
    expect(lines[3]).toMatch(/chưa rõ văn bản và lịch rà soát áp dụng năm hai nghìn không trăm hai mươi sáu/);
  });
});

describe('a loudspeaker text asked as "thông báo loa", "thông báo trên loa", "nội dung loa phường" is written to be heard', () => {
  it.each([
    ['thong bao loa ve ra soat ho ngheo cuoi nam', 'từ ngày mùng một tháng chín đến ngày mười bốn tháng mười hai', /01\/09|14\/12/],
    ['viết thông báo trên loa về chuẩn nghèo mới từ 01/01/2027', 'không quá hai triệu hai trăm nghìn đồng', /2\.200\.000|01\/01\/2027/],
    ['soan noi dung loa phuong ve bhyt ho can ngheo', 'bảy mươi phần trăm', /70%/],
  ])('"%s"', async (request, heard, written) => {
    for (const text of [sharedOf(await first(request)), askApiText(request, TODAY)]) {
      const lines = text.split('\n');
      // Was the written post: its figures and dates as digits, no greeting.
      expect(lines[0]).toBe('Kính thưa bà con!');
      expect(lines.at(-1)).toBe('Xin cảm ơn bà con đã lắng nghe.');
      expect(text).toContain(heard);
      expect(text).not.toMatch(written);
      expect(text).toMatch(/^Nguồn: /m);
    }
  });

  it('guard: "nghe tren loa noi ho ngheo dc ho tro tien dien phai ko" is a resident’s question', async () => {
    const text = await first('nghe tren loa noi ho ngheo dc ho tro tien dien phai ko');
    expect(text).toMatch(/^Hỗ trợ tiền điện/);
    expect(text).not.toContain('Kính thưa bà con!');
  });
});

describe('a post on loans says the figures once', () => {
  it.each([
    ['soan bai tuyen truyen ve vay von ngan hang chinh sach cho ho ngheo', '6,6%/năm'],
    ['viet tin ngan ve vay von uu dai cho ho can ngheo de gui nhom zalo', '7,92%/năm'],
  ])('"%s"', async (request, rate) => {
    for (const text of [sharedOf(await first(request)), askApiText(request, TODAY)]) {
      // Was "Vay vốn tín dụng chính sách: Số liệu công bố trước đây … 6,6%/năm (tham khảo). Hộ nghèo được vay … Số liệu công bố
      // trước đây … 6,6%/năm; hỏi …": the same sentence twice.
      expect(text.split('Số liệu công bố trước đây')).toHaveLength(2);
      expect(text.split(rate)).toHaveLength(2);
      expect(text).toMatch(/Vay vốn tín dụng chính sách \(tham khảo\)\. Hộ (cận )?nghèo được vay vốn ưu đãi/);
      expect(text).toMatch(/^Nguồn: /m);
    }
  });
});
