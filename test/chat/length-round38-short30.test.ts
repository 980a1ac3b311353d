/**
 * Round 38 (short30, 06/12/2026): residents' first answers still long on a cheap phone, said in brief, each with its status,
 * source and whom to ask, the whole card one "chi tiết" away.
 * - The standard asked with an area or a city ("chuan ngheo 2027 o tp hcm": 3.894 characters; "chuan ngheo thanh thi 2027": 3.600):
 *   the area's figures with their status and source (the city's own standard first, with its source), the card one "chi tiết" away.
 * - A household's total heard as the line ("nghe noi tong thu nhap ca nha duoi 6 trieu la dc ho ngheo ha": 1.935 characters): the
 *   correction, then the income entry's brief lines (rules/reference.yaml income_counting `brief`), "chi tiết" the whole entry.
 * - The new programme asked what it is ("chuong trinh giam ngheo moi 2026-2035 la gi": 2.104 characters): the entry's brief
 *   lines (when it starts, its documents, what is not known), "chi tiết" the whole card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short30');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('the standard asked with an area or a city: the figures in brief, "chi tiết" the whole card', () => {
  it('"chuan ngheo 2027 o tp hcm": the city\'s own standard (tham khảo, chưa rõ, source), the urban figures, ≤ 1.100 characters', async () => {
    const [brief, detail] = await ask('chuan ngheo 2027 o tp hcm', 'chi tiet');
    expect(brief!.length).toBeLessThanOrEqual(1100);
    // The city's note in brief to a resident (round 40 short34): its source here, its document after "chi tiết".
    expect(brief).toContain('TP.HCM có chuẩn nghèo riêng từ năm 2026 cho các hỗ trợ của thành phố (tham khảo), chưa rõ các mức.');
    expect(brief).toContain('Nguồn: bản ghi video về BHYT của laodong.vn');
    expect(detail).toContain('Nghị quyết 75/2025/NQ-HĐND của HĐND TP.HCM');
    expect(brief).toContain('(chưa rõ)');
    expect(brief).toContain('thành thị');
    expect(brief).toContain('≤ 2.800.000 đồng');
    expect(brief).toContain('Nguồn: chuẩn nghèo đa chiều giai đoạn 2027–2030, Nghị định 351/2025/NĐ-CP');
    expect(brief).toContain('(tham khảo)');
    expect(brief).toContain(CADRE);
    // Whom to ask said once.
    expect(brief!.split('cán bộ phụ trách giảm nghèo').length - 1).toBe(1);
    // "chi tiết": the whole card, its indicators and notes.
    expect(detail).toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(detail).toContain('Ghi chú:');
  });

  for (const question of ['chuan ngheo thanh thi 2027', 'chuan ngheo 2027 o thanh pho la bn', 'chuan ngheo nong thon nam sau']) {
    it(`"${question}": the area's figures, status, source, whom to ask, ≤ 1.000 characters; "chi tiết" the card`, async () => {
      const [brief, detail] = await ask(question, 'chi tiết');
      expect(brief!.length).toBeLessThanOrEqual(1000);
      expect(brief).toContain('(tham khảo)');
      expect(brief).toContain('(chưa rõ)');
      expect(brief).toContain('Nguồn: ');
      expect(brief).toContain(CADRE);
      expect(detail).toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    });
  }
});

describe('the new programme asked what it is: the brief lines, "chi tiết" the whole card', () => {
  for (const question of ['chuong trinh giam ngheo moi 2026-2035 la gi', 'chuong trinh giam ngheo moi 2026 2035 la j vay ad', 'ct mtqg moi ra sao']) {
    it(`"${question}": ≤ 1.000 characters, when it starts with its documents, what is not known, the commune`, async () => {
      const [brief, detail] = await ask(question, 'chi tiet');
      expect(brief!.length).toBeLessThanOrEqual(1000);
      expect(brief).toContain('bắt đầu từ năm 2026');
      expect(brief).toContain('Nghị quyết 257/2025/QH15');
      expect(brief).toContain('(đã kiểm tra)');
      expect(brief).toContain('(tham khảo)');
      expect(brief).toContain('(chưa rõ)');
      expect(brief).toContain(CADRE);
      expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
      expect(detail).toContain('Nghị quyết 424/NQ-CP');
      expect(detail).toContain('23.000 tỷ đồng');
    });
  }

  it('guard: a cadre\'s question on its document is answered in full as before', async () => {
    const [answer] = await ask('Chương trình MTQG giai đoạn 2026–2035 được phê duyệt theo văn bản nào?');
    expect(answer).toContain('Nghị quyết 424/NQ-CP');
  });
});

describe('a household\'s total heard as the line: the correction, then the income entry in brief', () => {
  for (const question of ['nghe noi tong thu nhap ca nha duoi 6 trieu la dc ho ngheo ha', 'nghe noi tong thu nhap ca ho duoi 5 trieu la dc can ngheo hok']) {
    it(`"${question}": ≤ 1.200 characters, the lines with status, the 12 months, what is not known, the commune; "chi tiết" the whole`, async () => {
      const [brief, detail] = await ask(question, 'chi tiet');
      expect(brief!.length).toBeLessThanOrEqual(1200);
      expect(brief).toContain('Không đúng: chuẩn nghèo không so với tổng thu nhập của cả hộ');
      expect(brief).toContain('(tham khảo)');
      expect(brief).toContain('12 tháng');
      expect(brief).toContain('đã kiểm tra)');
      expect(brief).toContain('(chưa rõ)');
      expect(brief).toContain('Căn cứ: Nghị định 07/2021/NĐ-CP');
      expect(brief).toContain(CADRE);
      expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
      expect(detail).toContain('Tiền người thân đi làm ăn xa gửi về');
      expect(detail).toContain('phiếu khảo sát có chấm điểm (điểm A)');
    });
  }
});
