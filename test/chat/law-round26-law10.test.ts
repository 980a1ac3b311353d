/**
 * Round 26 (law helper law10, 05/12/2026): answers around the switch of the poverty standard on 01/01/2027. Figures worked by
 * hand from rules/ and /work/shared/facts/updates-2026.md: in 2026 NĐ 07/2021/NĐ-CP Điều 3 kept by NĐ 351/2025/NĐ-CP [M]
 * (nông thôn ≤ 1.500.000 đồng, hộ có mức sống trung bình đến 2.250.000); from 01/01/2027 NĐ 351/2025/NĐ-CP [M] (nông thôn
 * ≤ 2.200.000 đồng, thành thị ≤ 2.800.000).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

// 05/12/2026 09:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'round26law10');
const TODAY = '2026-12-05';

describe('a later day of this year asked: the answer names that day', () => {
  // Was "theo chuẩn áp dụng ngày 05/12/2026" (today), the day asked never said.
  it.each(['ho o que thu nhap 1tr8 thi ngay 31/12/2026 la ho gi', 'hộ thành thị 2,5tr/người ngày 31/12/2026 là hộ gì'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('theo chuẩn áp dụng ngày 31/12/2026 của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo)');
      expect(text).not.toContain('05/12/2026');
      expect(text).toContain('hộ có mức sống trung bình');
      // The standard in force on that day is today's: no card of it after the answer.
      expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản (12 chỉ số)');
    }
  });
});

describe('"chuong trinh 135 con ko": what is known of the merged programme 2026–2035, and that the rest is not known', () => {
  // Was "Câu hỏi này nằm ngoài phạm vi của trợ lý", no source, no one to ask.
  it.each(['chuong trinh 135 con ko', 'ct 135 nam nay con hok', 'chương trình 135 còn không'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).not.toContain('ngoài phạm vi');
      // updates-2026.md: NQ 257/2025/QH15 (11/12/2025) and QĐ 417/QĐ-BNNMT (31/01/2026) [V header]; xã nghèo [M].
      expect(text).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025');
      expect(text).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
      expect(text).toMatch(/Chương trình này còn hay không từ năm 2026 [^\n]* không có trong dữ liệu của trợ lý \(chưa rõ\)/u);
      expect(text).toContain('hướng tới xã nghèo, không còn huyện nghèo');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });
});

describe('the night of 31/12/2026 in Vietnam: the standard and a household check switch at Vietnam midnight', () => {
  // 23:30 and 00:30 in Vietnam, both 31/12 in UTC.
  const before = conversationsAt(new Date('2026-12-31T16:30:00Z'), 'round26law10-before');
  const after = conversationsAt(new Date('2026-12-31T17:30:00Z'), 'round26law10-after');

  it('"chuan ngheo bay gio la bn"', async () => {
    const old = await before.first('chuan ngheo bay gio la bn');
    expect(old).toContain('Chuẩn nghèo áp dụng hôm nay, 31/12/2026');
    expect(old).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    expect(old).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030');
    const now = await after.first('chuan ngheo bay gio la bn');
    expect(now).toContain('Chuẩn nghèo áp dụng hôm nay, 01/01/2027');
    expect(now).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(now).toContain('Nghị định 351/2025/NĐ-CP');
    expect(now).not.toContain('1.500.000 đồng');
  });

  it('"nha tui o que 4 nguoi thu nhap 6 trieu 1 thang la ho gi"', async () => {
    const question = 'nha tui o que 4 nguoi thu nhap 6 trieu 1 thang la ho gi';
    const old = await before.first(question);
    // Class first (round 43 resid46): before midnight the 2026 standard (NĐ 07/2021 kept by NĐ 351/2025) and the 2027 note.
    expect(old).toContain('1.500.000 đồng/người/tháng, ở nông thôn, bằng mức 1.500.000 đồng theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là hộ cận nghèo');
    expect(old).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP');
    const now = await after.first(question);
    // After midnight the 2027–2030 standard itself, no 2026 standard, no "from 01/01/2027" note.
    expect(now).toContain('1.500.000 đồng/người/tháng, ở nông thôn, dưới mức 2.200.000 đồng theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (tham khảo), hộ bạn là hộ cận nghèo');
    expect(now).not.toContain('07/2021');
    expect(now).not.toContain('Từ 01/01/2027');
    expect(now).not.toContain('31/12/2026');
  });
});
