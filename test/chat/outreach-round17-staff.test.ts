/**
 * Round 17 (outreach, 03/12/2026): posts, loudspeaker texts and cadres' questions as outreach staff and commune cadres type
 * them, in the chat and /api/ask. Each case fails on the round-16 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(TESTED_ON, 'outreach17');

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!.trim();

describe('a resident telling what the loudspeaker said is answered, not handed a loudspeaker text', () => {
  it.each([
    // Was "Kính thưa bà con! Rà soát, công nhận hộ nghèo …" with every date in words, "Xin cảm ơn bà con đã lắng nghe.".
    // The review's timing asked ("thông báo rà soát", lists-round17) puts where today falls in the review first, then the procedure.
    ['hom qua nghe loa xa thong bao ra soat ho ngheo, nha tui can lam gi', /^(Hôm nay 03\/12\/2026: [^\n]*\n\n)?Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:/],
    // Was the loudspeaker text on BHYT ("bảy mươi phần trăm"), not the answer to "100% phải ko".
    ['nghe dai xa noi ho can ngheo dc ho tro bhyt 100% phai ko', /^Đúng một phần \(theo dữ liệu chính sách, hỏi ngày \d\d\/\d\d\/\d{4}\):\n- Phần đúng: theo Nghị quyết 261\/2025\/QH15/],
  ])('"%s"', async (told, answer) => {
    for (const text of [await first(told), askApiText(told, TODAY)]) {
      expect(text).toMatch(answer);
      expect(text).not.toContain('Kính thưa bà con!');
      expect(text).not.toContain('lắng nghe');
    }
  });

  it('guard: "viet bai doc loa cho ba con nghe ve chuan ngheo 2027" is still a loudspeaker text', async () => {
    const text = sharedOf(await first('viet bai doc loa cho ba con nghe ve chuan ngheo 2027'));
    expect(text.split('\n')[0]).toBe('Kính thưa bà con!');
    expect(text).toContain('hai triệu hai trăm nghìn đồng');
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
    // The answer on electricity to the one asking; since round 44 (rumour49) led by its verdict ("Chưa xác nhận được …" since round 45 rumour50, was "Chưa rõ theo dữ liệu …").
    expect(text).toMatch(/^(?:Hỗ trợ tiền điện|Chưa xác nhận được[^\n]*hỗ trợ tiền điện)/);
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
      // Round 24 (phones5): the support named in the heading only, its status after what the class gets.
      expect(text).toMatch(/^Vay vốn tín dụng chính sách \(áp dụng ngày/);
      expect(text).toMatch(/^- Hộ (cận )?nghèo: Hộ (cận )?nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội[^.]*\(tham khảo\)\./m);
      expect(text).toMatch(/^Nguồn: /m);
    }
  });
});

describe('a cadre asking how the middle class is set gets its band first, or plainly that 2027’s is not known', () => {
  it.each([
    // Was the whole 2027–2030 card (3.190 characters), its "Ngưỡng hộ có mức sống trung bình … chưa được công bố" in the ⚠️ note.
    ['hộ có mức sống trung bình năm 2027 xác định thế nào', /^Hộ có mức sống trung bình năm 2027: chưa có con số \(chưa rõ\)\./],
    ['tieu chi ho muc song trung binh nam 2026', /^Hộ có mức sống trung bình năm 2026: thu nhập bình quân mỗi người mỗi tháng nông thôn > 1\.500\.000 đồng và ≤ 2\.250\.000 đồng, thành thị > 2\.000\.000 đồng và ≤ 3\.000\.000 đồng/],
  ])('"%s"', async (question, lead) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(lead);
      expect(text).toMatch(/^Nguồn: /m);
      expect(text).not.toContain('⚠️ Tạm tính');
      expect(text.length).toBeLessThan(1300);
    }
  });

  it('2027: no figure for the band, whom to ask', async () => {
    const text = await first('hộ có mức sống trung bình năm 2027 xác định thế nào');
    const lead = text.split('\n')[0]!;
    expect(lead).not.toMatch(/\d\.\d{3}\.\d{3}/);
    expect(lead).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});
