/**
 * Round 42 cadre44, on 07/12/2026: commune cadres (and residents) ask which documents approved the merged 2026–2035 programme, or
 * what QĐ 417 / NQ 257 say. A cadre gets the programme's card (its three documents, dated, đã
 * kiểm tra: a formal question keeps the whole card, length-round38-short30); a resident the brief lines, "chi tiết" the whole. Was a search snippet, the 2.047-character card, or the documents card without QĐ 417.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-cadre44-programme');

describe('the merged programme asked by its documents', () => {
  for (const question of [
    'Chương trình MTQG giảm nghèo bền vững giai đoạn 2026–2030 được phê duyệt theo quyết định nào?',
    'QĐ 417/QĐ-BNNMT phê duyệt gì',
    'NQ 257 quy định gì',
  ]) {
    it(`"${question}" (a cadre) gets the programme's card, its documents first`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025');
      expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
      expect(reply.indexOf('Nghị quyết 257/2025/QH15 ngày 11/12/2025')).toBeLessThan(450);
      expect(reply).toContain('(đã kiểm tra)');
    });
  }

  for (const question of ['chuong trinh giam ngheo moi la cua quyet dinh nao', 'qd 417 phe duyet j vay', 'nq 257 quy dinh gi vay ad']) {
    it(`"${question}" (a resident) leads with the documents, short`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025');
      expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
      expect(reply).toContain('(đã kiểm tra)');
      expect(reply).not.toContain('423.000 tỷ đồng');
      expect(reply).toContain('Xem đủ: gõ “chi tiết”');
      expect(reply.length).toBeLessThanOrEqual(1000);
    });
  }

  it('guard: "chuong trinh giam ngheo moi tong von bao nhieu" keeps the budget', async () => {
    const reply = await DECEMBER.first('chuong trinh giam ngheo moi tong von bao nhieu');
    expect(reply).toContain('423.000 tỷ đồng');
  });
});
