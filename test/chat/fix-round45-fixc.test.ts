/**
 * Round 45 fixc, on 07/12/2026: the new standard's indicators asked by name keep the rule and its changes first (findings12 C29),
 * then each indicator by group (cadre48), on a phone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-fixc');

describe("the 2027–2030 indicators asked by name: the rule and the changes first, then the list", () => {
  it.each(['chuan ngheo moi gom nhung chi so nao', 'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản giai đoạn 2027-2030'])(
    '"%s" (was the card in brief with no changes, 1.227–1.238 characters)',
    async (question) => {
      const reply = await DECEMBER.first(question);
      const lead = reply.split('\n').slice(0, 3).join('\n');
      expect(lead).toContain('(Nghị định 351/2025/NĐ-CP)');
      expect(lead).toContain('nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
      expect(reply).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)\n• Tên và ngưỡng thiếu hụt chính thức của “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt” (chưa rõ)');
      expect(reply).toContain('• Nước sinh hoạt và vệ sinh: Nguồn nước sinh hoạt; Nhà tiêu hợp vệ sinh; Xử lý rác thải sinh hoạt (chưa rõ)');
      // The heading and income lines are said once, in the lead.
      expect(reply.match(/2\.200\.000 đồng/gu)).toHaveLength(1);
      expect(reply.length).toBeLessThanOrEqual(1300);
    },
  );
});

describe('a rumour of the 2024–2025 campaign carried into 2026: ended, its figures with their own status', () => {
  it('"Tin đồn: xóa nhà tạm vẫn còn tiếp tục năm 2026 mỗi nhà 60 triệu. Đúng không, soạn tin trả lời."', async () => {
    const first = (await DECEMBER.first('Tin đồn: xóa nhà tạm vẫn còn tiếp tục năm 2026 mỗi nhà 60 triệu. Đúng không, soạn tin trả lời.')).split('\n')[0]!;
    expect(first).toMatch(/^Chưa xác nhận được: mức 60\.000\.000 đồng của hỗ trợ nhà ở năm 2026/u);
    expect(first).toContain('60.000.000 đồng/nhà (xây mới; đã kiểm tra) là mức của phong trào xóa nhà tạm, nhà dột nát (2024–2025)');
    expect(first).toContain('văn bản pháp lý chưa xác định (số liệu theo báo chí; chưa rõ)');
    expect(first).toContain('hoàn thành trong năm 2025 (tham khảo); không áp dụng năm 2026.');
  });
});
