/**
 * Round 46 law53: the law of December 2026 / January 2027, asked the users' way, on dates around 01/01/2027 (Vietnam time, UTC+7).
 * Facts: /work/shared/facts/updates-2026.md (wins over the older files).
 * - "National target programme 2026–2035": NQ 257/2025/QH15 (11/12/2025) [V], QĐ 417/QĐ-BNNMT (31/01/2026) [V]. "chuong trinh
 *   giam ngheo giai doan moi la gi" got the explainer's passage on the 2021–2025 programme (QĐ 90/QĐ-TTg, 75.000 tỷ đồng, huyện
 *   nghèo) as if it were the new one; now the 2026–2035 programme's card.
 * - "Review procedure and scoring for 2026–2030: [?]"; the standard of 2026 [M] holds 01/01–31/12/2026, the new one from
 *   01/01/2027 [M]: which standard the end-2026 review applies is not in the facts. A cadre's "chuẩn hộ nghèo áp dụng cho kỳ rà
 *   soát cuối năm 2026" got the 2026 table "Áp dụng ngày 31/12/2026" as that review's standard; now the review's card, which says
 *   both periods and that the review's own standard is not known (chưa rõ).
 * - The class of one household switches at 01/01/2027 00:00 Vietnam time exactly. By hand: 8.000.000 đ ÷ 4 = 2.000.000 đ/người/
 *   tháng, nông thôn, 3 chỉ số thiếu hụt (BHYT, nhà tạm, nước). 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): 1.500.000 <
 *   2.000.000 ≤ 2.250.000 → hộ có mức sống trung bình. 2027 (NĐ 351/2025 [M]): 2.000.000 ≤ 2.200.000 and ≥ 3 chỉ số → hộ nghèo.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round46-law53-dec');
/** 31/12/2026 23:30 and 01/01/2027 00:30 in Vietnam. */
const LAST_HOUR = conversationsAt(new Date('2026-12-31T16:30:00Z'), 'round46-law53-eve');
const FIRST_HOUR = conversationsAt(new Date('2026-12-31T17:30:00Z'), 'round46-law53-jan');
const EARLY_JANUARY = conversationsAt(new Date('2027-01-05T03:00:00Z'), 'round46-law53-jan5');

const PHONE = 1000;

describe('the poverty programme of the new period asked as "giai đoạn mới"', () => {
  const asked = [
    'chuong trinh giam ngheo giai doan moi la gi',
    'chuong trinh muc tieu quoc gia giam ngheo giai doan moi la gi',
    'ct mtqg giai doan moi la j vay ad',
  ];
  for (const [name, at] of [['07/12/2026', DECEMBER], ['01/01/2027', FIRST_HOUR]] as const) {
    it.each(asked)(`on ${name}: “%s” is the 2026–2035 programme (NQ 257/2025/QH15, đã kiểm tra), not the 2021–2025 one`, async (question) => {
      const reply = await at.first(question);
      expect(reply).toContain('2026–2035');
      expect(reply).toContain('Nghị quyết 257/2025/QH15 ngày 11/12/2025');
      expect(reply).toContain('Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
      expect(reply).toMatch(/Quyết định 417\/QĐ-BNNMT \(đã kiểm tra\)/);
      // The amounts of the new programme are [?]: no 40/20 triệu of the old Dự án 5.
      expect(reply).toContain('chưa rõ');
      expect(reply).not.toMatch(/40\.000\.000|20\.000\.000|75\.000 tỷ/);
      expect(reply).not.toContain('giai đoạn 2021 – 2025 (Nghị quyết 24/2021/QH15');
      expect(reply.length).toBeLessThan(PHONE);
    });
  }

  it('the 2021–2025 programme asked by its years still is the one of 2021–2025', async () => {
    const reply = await DECEMBER.first('chuong trinh mtqg giam ngheo giai doan 2021-2025 tong kinh phi bao nhieu');
    expect(reply).toContain('75.000 tỷ đồng');
    expect(reply).toContain('Quyết định 90/QĐ-TTg');
  });
});

describe('the standard of the end-2026 review, asked by a cadre and a resident', () => {
  it.each([
    'Đề nghị cho biết chuẩn hộ nghèo áp dụng cho kỳ rà soát cuối năm 2026.',
    'chuan ngheo ap dung cho dot ra soat cuoi nam 2026 la chuan nao vay',
  ])('on 07/12/2026 “%s”: both periods, and the review\'s own standard chưa rõ, never the 2026 table as that review\'s', async (question) => {
    const reply = await DECEMBER.first(question);
    expect(reply).toMatch(/^Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 theo chuẩn nào/);
    expect(reply).toContain('31/12/2026');
    expect(reply).toContain('01/01/2027');
    expect(reply).toMatch(/Đợt rà soát cuối năm 2026 \((để có|lập) danh sách[^\n]*xét theo chuẩn nào[^\n]*\(chưa rõ\)/);
    expect(reply).not.toContain('Áp dụng ngày 31/12/2026');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('one household told in one message, the last hour of 2026 and the first of 2027 (Vietnam time)', () => {
  const told = 'nha tui 4 nguoi o que thu nhap 8 trieu 1 thang, ko co bhyt, nha tam, ko co nuoc sach';

  it('31/12/2026 23:30: hộ có mức sống trung bình under the 2026 standard, hộ nghèo from 01/01/2027', async () => {
    const reply = await LAST_HOUR.first(told);
    expect(reply).toContain('2.000.000 đồng/người/tháng');
    expect(reply).toContain('theo chuẩn áp dụng ngày 31/12/2026');
    expect(reply).toMatch(/hộ là hộ có mức sống trung bình/);
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn mới: hộ nghèo (tạm tính)');
  });

  it('01/01/2027 00:30: hộ nghèo under NĐ 351/2025 (tham khảo), no "chuẩn mới" line any more', async () => {
    const reply = await FIRST_HOUR.first(told);
    expect(reply).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    expect(reply).toMatch(/hộ là hộ nghèo/);
    expect(reply).toContain('Nghị định 351/2025/NĐ-CP (tham khảo)');
    expect(reply).not.toContain('Từ 01/01/2027 theo chuẩn mới');
  });

  it('"nam 2027 chuan ngheo la bn" is 2.200.000 / 2.800.000 đồng (tham khảo) in the last and the first hour alike', async () => {
    for (const at of [LAST_HOUR, FIRST_HOUR]) {
      const reply = await at.first('nam 2027 chuan ngheo la bn');
      expect(reply).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
      expect(reply).toContain('(tham khảo)');
      // The 2027–2030 middle band is [?]: no figure for it.
      expect(reply).not.toContain('2.250.000');
      expect(reply).toContain('chưa rõ');
    }
  });
});

describe('"tháng tui kiếm được …": a month\'s income, no "tháng tới" ("tui" folds like "tới")', () => {
  // By hand: 5.000.000 ÷ 3 = 1.666.667 đ/người/tháng, nông thôn: 2026 → hộ có mức sống trung bình (≤ 2.250.000); 2027 → hộ cận
  // nghèo (≤ 2.200.000, no deprivation said).
  it('07/12/2026 “nha tui 3 nguoi o que, thang tui kiem dc 5 trieu”: checked today, the 2027 class after it', async () => {
    const reply = await DECEMBER.first('nha tui 3 nguoi o que, thang tui kiem dc 5 trieu');
    expect(reply).toContain('1.666.667 đồng/người/tháng');
    expect(reply).not.toContain('Bạn hỏi về năm 2027');
    expect(reply).toMatch(/hộ có mức sống trung bình/);
  });

  it('05/01/2027 “thang 1 tui kiem dc 5 trieu, nha 3 nguoi o que”: this year, never "năm 2028"', async () => {
    const reply = await EARLY_JANUARY.first('thang 1 tui kiem dc 5 trieu, nha 3 nguoi o que');
    expect(reply).toContain('1.666.667 đồng/người/tháng');
    expect(reply).not.toContain('2028');
    expect(reply).toMatch(/hộ cận nghèo/);
  });
});

describe('the explainers name the 2021–2025 programme by its years', () => {
  it('every FAQ passage naming Dự án 5 of QĐ 90/QĐ-TTg calls its programme 2021 – 2025 (supports.md; rules/supports/50-housing.yaml)', () => {
    const passages = loadCorpus().passages.filter((passage) => passage.kind === 'faq');
    const project5 = passages.filter((passage) => passage.text.includes('Dự án 5'));
    expect(project5.length).toBeGreaterThan(0);
    for (const passage of project5) {
      expect(passage.text).not.toMatch(/chương trình 2022 – 2025/i);
      expect(passage.text).toMatch(/2021 – 2025/);
    }
  });
});
