/**
 * Round 46 (mend50c, tryout50 Themes 6 and 7): rumours and cadre questions answered in part.
 * - R52: "nghe noi tu 2027 ai ko co smartphone la tu dong thanh ho ngheo" got an explainer's passage and no verdict; now
 *   "Không đúng": poor only with income within the line and ≥ 3 deprivations (NĐ 351/2025, tham khảo), the digital
 *   services / Internet criterion added from 01/01/2027 with its threshold not known (updates-2026.md).
 * - R45: "tro cap xa hoi 500k 1 thang nam 2026 co tang ko ban" got the card, no yes or no; now "Chưa rõ" first (no 2026 change
 *   found), 500.000 đồng from 01/07/2024 (NĐ 76/2024, đã kiểm tra), provinces may pay more.
 * - C17: "…phê duyệt theo văn bản nào, tổng vốn giai đoạn 1 bao nhiêu?" got the documents only; now with ≈ 423.000 tỷ đồng (tham khảo).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const NOW = new Date('2026-12-07T21:00:00Z');
const { first } = conversationsAt(NOW, 'mend50c');

describe('R52: no phone or Internet does not make a household poor by itself', () => {
  it.each([
    'nghe noi tu 2027 ai ko co smartphone la tu dong thanh ho ngheo, that ko ban',
    'ko xai dien thoai thong minh la dc ho ngheo ha',
    'nha ko co internet thi thanh ho ngheo dung ko',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer.startsWith('Không đúng')).toBe(true);
    expect(answer).toContain('2.200.000 đồng (nông thôn), 2.800.000 đồng (thành thị) là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(answer).toContain('Nghị định 351/2025/NĐ-CP, tham khảo');
    expect(answer).toContain('thêm tiêu chí “Sử dụng dịch vụ số, Internet” (ngưỡng chưa rõ)');
    expect(answer).toContain('bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(answer.split('\nXem đủ')[0]!.length).toBeLessThan(1000);
  });

  it('a household told with its income is checked, not answered as the rumour', async () => {
    const answer = await first('nha tui 4 nguoi ko co internet, thu nhap 3 trieu/thang, o que, la ho ngheo ko');
    expect(answer.startsWith('Không đúng')).toBe(false);
  });
});

describe('R45: a rise of the social assistance asked gets its answer first', () => {
  it.each(['tro cap xa hoi 500k 1 thang nam 2026 co tang ko ban', 'tro cap xa hoi nam 2026 co tang ko ad'])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer.startsWith('Chưa rõ: trợ lý chưa thấy văn bản nào thay đổi mức trợ cấp xã hội hằng tháng năm 2026')).toBe(true);
    expect(answer).toContain('500.000 đồng/tháng từ 01/07/2024 (Nghị định 76/2024/NĐ-CP, đã kiểm tra)');
    expect(answer).toContain('tỉnh có thể quy định mức chuẩn cao hơn');
    expect(answer.split('\nXem đủ')[0]!.length).toBeLessThan(1000);
  });
});

describe('C17: the documents and the money of the 2026–2035 programme asked together', () => {
  it('a cadre gets both', async () => {
    const answer = await first('Chương trình MTQG giai đoạn 2026–2035 được phê duyệt theo văn bản nào, tổng vốn giai đoạn 1 bao nhiêu?');
    expect(answer).toContain('Nghị quyết 257/2025/QH15');
    expect(answer).toContain('Quyết định 417/QĐ-BNNMT');
    expect(answer).toContain('423.000 tỷ đồng');
    expect(answer).toContain('23.000 tỷ đồng vốn tín dụng chính sách');
    expect(answer).toContain('tham khảo');
  });
});
