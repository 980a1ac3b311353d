/**
 * Round 43 (mend45d, tryout45 theme-rumours): rumours answered with the verdict first and in a phone's room, and a household's
 * own request to leave the near-poor list.
 * - "ho ngheo dc mien tien dien hoan toan ha" (R35.1): was the electricity card, never saying whether the rumour was right.
 * - "nam nay ko xet ho ngheo nua vi doi chuan" (R38.1): was 1.765 characters, the schedule and Mẫu số 04 said three times.
 * - "60 trieu cat nha", "40 trieu xay nha" (R09.1, R18.1): were 1.462–1.634 characters, the ended campaign twice and the
 *   "Hộ nghèo không thuộc trường hợp trên" line.
 * - "lam sao de ko con la ho can ngheo nua": was the explainer for households not on the list; the leave reply was 1.535 characters.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-07T09:00:00+07:00'), 'mend45d');
const PHONE = 1000;
const count = (text: string, part: string) => text.split(part).length - 1;
/** The reply without the options line after it ("Bạn có thể gõ: …"). */
const body = (text: string) => text.split('\n\nBạn có thể gõ:')[0]!;

describe('rumours round 43 (mend45d)', () => {
  it('says the electricity bill is not wholly free, the former 30 kWh with its status, and what is not known now', async () => {
    const text = await first('that ko ad, ho ngheo dc mien tien dien hoan toan ha');
    expect(text).toMatch(/^Không đúng/);
    expect(text).toContain('30 kWh/tháng theo giá bán lẻ điện sinh hoạt bậc 1, chi trả theo quý (đã kiểm tra)');
    expect(text).toContain('Quyết định 14/2025/QĐ-TTg thay Quyết định 28/2014/QĐ-TTg');
    expect(text).toContain('chưa rõ');
    expect(body(text).length).toBeLessThanOrEqual(PHONE);
  });

  it('says the review is not stopped, the request and the unknown schedule once each', async () => {
    const text = await first('tui nghe ong to truong noi nam nay ko xet ho ngheo nua vi doi chuan, that ko ad');
    expect(text).toMatch(/^Không đúng/);
    expect(count(text, 'Mẫu số 04')).toBe(1);
    expect(count(text, 'Lịch rà soát theo Quyết định 24/2021/QĐ-TTg')).toBe(1);
    expect(body(text).length).toBeLessThanOrEqual(PHONE);
  });

  it.each([
    ['nghe noi nam nay nha nuoc cho ho ngheo 60 trieu cat nha that ko', 'phong trào cả nước xóa nhà tạm'],
    ['ho ngheo xa tui co dc ho tro xay nha 40 trieu nua ko', 'Quyết định 90/QĐ-TTg'],
  ])('%s: the ended figure and the programme now, no card boilerplate', async (message, ended) => {
    const text = await first(message);
    expect(text).toMatch(/^Chưa xác nhận được/);
    expect(count(text, ended)).toBe(1);
    expect(count(text, 'hoàn thành')).toBeLessThanOrEqual(1);
    expect(text).toContain('Chương trình mục tiêu quốc gia hợp nhất giai đoạn 2026–2035');
    expect(text).not.toContain('không thuộc trường hợp trên');
    expect(body(text).length).toBeLessThanOrEqual(PHONE);
  });

  it.each(['muon xin ra khoi ho can ngheo', 'lam sao de ko con la ho can ngheo nua', 'nha tui khá rồi muốn xin thoát cận nghèo'])(
    '%s: where to ask, the 2026 procedure not known, the loans and BHYT after leaving',
    async (message) => {
      const text = await first(message);
      expect(text).toMatch(/^Hộ muốn ra khỏi danh sách/);
      expect(text).toContain('đề nghị với UBND cấp xã rà soát');
      expect(text).toContain('từ 01/7/2025 không còn cấp huyện');
      expect(text).toMatch(/quy trình năm 2026 [^\n]*\(chưa rõ\)/);
      expect(text).toContain('vẫn được vay vốn ưu đãi (tham khảo)');
      expect(text).toMatch(/Bảo hiểm y tế của hộ mới thoát nghèo[^\n]*\(tham khảo\)/);
      expect(text).not.toContain('Hộ không có tên');
      expect(body(text).length).toBeLessThanOrEqual(PHONE);
    },
  );
});
