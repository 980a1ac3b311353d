/**
 * Round 25 (law helper law8, 04–05/12/2026): the law of December 2026 / January 2027 in every answer, asked as residents and
 * cadres type it. Figures worked by hand from rules/ and /work/shared/facts/updates-2026.md: NĐ 07/2021/NĐ-CP Điều 3 kept for
 * 2026 by NĐ 351/2025/NĐ-CP [M] (nông thôn ≤ 1.500.000 đồng, hộ có mức sống trung bình đến 2.250.000 đồng); from 01/01/2027
 * NĐ 351/2025/NĐ-CP (nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng, hộ nghèo từ 3 chỉ số thiếu hụt) [M].
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T17:30:00Z'), 'law25law8');
const TODAY = '2026-12-05';

describe('"nq 257 co hieu luc chua": every line of what is known of the resolution carries its source', () => {
  // Was: the lines after the document's own entry (the programme, NQ 424/NQ-CP, xã nghèo) said with no "Căn cứ".
  it.each(['nq 257 co hieu luc chua', 'nghị quyết 257/2025/QH15 có hiệu lực từ ngày nào'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Ngày có hiệu lực của Nghị quyết 257/2025/QH15: chưa rõ.');
      const bulletsSaid = text.split('\n').filter((line) => line.startsWith('• '));
      expect(bulletsSaid.length, text).toBeGreaterThanOrEqual(3);
      // The entry of rules/documents.yaml says its source as "nguồn: …"; each line of rules/reference.yaml as "Căn cứ: …".
      for (const line of bulletsSaid) expect(line, line).toMatch(/\(nguồn: [^)]+\)|Căn cứ: [^.]+/);
      expect(text).toContain('tại Nghị quyết 424/NQ-CP ngày 30/12/2025. Căn cứ: Nghị quyết 424/NQ-CP.');
      expect(text).toContain('mục tiêu 100% xã nghèo thoát nghèo vào năm 2030 (tham khảo). Căn cứ: Nghị quyết 257/2025/QH15; Quyết định 417/QĐ-BNNMT.');
    }
  });

  it('"tu 01/01/2027 con ap dung thong tu 07/2021 ko": the lines of the period give their source too', async () => {
    const text = await first('tu 01/01/2027 con ap dung thong tu 07/2021 ko');
    expect(text).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào (chưa rõ). Căn cứ: Nghị định 351/2025/NĐ-CP.');
  });
});

describe('an amount asked: that the deprivations change nothing is said of the period it is true of', () => {
  // Was "…, nên ở mức này không làm thay đổi kết quả." right after the 2027 class that depends on the count.
  it.each(['hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr nông thôn là hộ gì', 'thu nhap 1 trieu 8 o que la ho gi'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Theo chuẩn áp dụng ngày 05/12/2026, ngoài thu nhập, chuẩn xét 12 chỉ số');
      expect(text).toContain('chúng chỉ quyết định hộ nghèo hay hộ cận nghèo khi thu nhập ≤ 1.500.000 đồng, nên với mức này chúng không làm thay đổi kết quả cho đến 31/12/2026.');
      expect(text).toContain('Từ 01/01/2027 thì khác: theo chuẩn mới, ở mức thu nhập này số chỉ số thiếu hụt quyết định hộ nghèo hay hộ cận nghèo');
      expect(text).not.toContain('nên ở mức này không làm thay đổi kết quả');
    }
  });

  it('"thu nhap 1 trieu 8 la ho gi" (no area): in the city the count decides it today, so "changes nothing" is said of the countryside only', async () => {
    const text = await first('thu nhap 1 trieu 8 la ho gi');
    // 1.800.000 ≤ 2.000.000 (thành thị, NĐ 07/2021 Điều 3 khoản 2 điểm a, b): the count decides; nông thôn 1.500.000 < … ≤ 2.250.000: it does not.
    expect(text).toContain('nên với mức này ở nông thôn chúng không làm thay đổi kết quả cho đến 31/12/2026.');
  });

  it('guard: above the 2027 line too ("thu nhap 3tr o que la ho gi") nothing is said of 2027 counting', async () => {
    const text = await first('thu nhap 3tr o que la ho gi');
    expect(text).toContain('nên với mức này chúng không làm thay đổi kết quả.');
    expect(text).not.toContain('thì khác');
  });
});
