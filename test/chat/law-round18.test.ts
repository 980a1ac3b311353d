/**
 * Round 18 (law, 03/12/2026): what shared/facts/updates-2026.md says, as cadres ask it formally, residents type it and outreach
 * staff ask for a post or a loudspeaker text, in the chat and /api/ask. Each case fails on the round-17 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { ask, first } = conversationsAt(TESTED_ON, 'law18');

describe('a post on the social pension: the line from 75 of every household is labelled so, never as the poor household’s', () => {
  // Was "- Hộ nghèo: Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) …, dù hộ thuộc loại nào".
  it.each([
    ['soan bai dang zalo ve tro cap huu tri xa hoi cho nguoi gia ho ngheo', 'Hộ nghèo'],
    ['Soạn bài đăng Zalo về trợ cấp hưu trí xã hội cho người cao tuổi thuộc hộ cận nghèo', 'Hộ cận nghèo'],
  ])('"%s"', async (question, asked) => {
    const text = await first(question);
    const elder = text.split('\n').find((line) => line.includes('từ 75 tuổi trở lên không có lương hưu được hưởng'));
    // Round 45 (outreach49): a related support under the heading says its condition after the label, as the 70-to-75 line does.
    expect(elder).toMatch(/^-? ?Mọi hộ gia đình(: | \(chỉ khi [^\n]*từ 75 tuổi trở lên[^\n]*\): )/);
    // The 70-to-75 line is still the asked class's.
    // Round 24 (phones5): its condition after the class, the support named in the heading only.
    expect(text).toMatch(new RegExp(`^-? ?${asked} \\(chỉ khi [^\\n]*từ 70 đến dưới 75 tuổi`, 'm'));
    expect(text).toContain('Nghị định 176/2025/NĐ-CP');
  });
});

describe('QĐ 14/2025/QĐ-TTg is known by its signing day only: said signed, first; the electricity support never dated from it', () => {
  // Was 'Quyết định 14/2025/QĐ-TTg: … (văn bản ký ngày 29/05/2025; …) (tham khảo); căn cứ của hỗ trợ tiền điện từ 29/05/2025 (chưa rõ).'
  it.each(['qd 14/2025 la gi', 'quyết định 14/2025 là gì'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toMatch(/^Quyết định 14\/2025\/QĐ-TTg \(ký ngày 29\/05\/2025; ngày có hiệu lực chưa rõ\):/);
      expect(text).not.toContain('từ 29/05/2025');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    }
  });
  // A cadre's question reaches the explainer (corpus/faq/ho-tro-cho-ho-ngheo.md), which said 'Đến ngày 28/05/2025, theo Quyết định
  // 28/2014/QĐ-TTg, … Từ 29/05/2025, Quyết định 14/2025/QĐ-TTg … thay thế …'.
  it('"Quyết định 14/2025/QĐ-TTg quy định những gì?"', async () => {
    const question = 'Quyết định 14/2025/QĐ-TTg quy định những gì?';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('ký ngày 29/05/2025; ngày có hiệu lực chưa rõ');
      expect(text).not.toMatch(/[Tt]ừ 29\/05\/2025|[Đđ]ến ngày 28\/05\/2025/);
    }
  });
  // Was 'Hỗ trợ tiền điện: từ 29/05/2025 theo Quyết định 14/2025/QĐ-TTg …, còn hỗ trợ hay không và từ khi nào chưa rõ.'
  it('"ho ngheo co dc ho tro tien dien ko" then "khi nao co"', async () => {
    const [, text] = await ask('ho ngheo co dc ho tro tien dien ko', 'khi nao co');
    expect(text).toContain('Hỗ trợ tiền điện: theo Quyết định 14/2025/QĐ-TTg ngày 29/05/2025');
    expect(text).toContain('còn hỗ trợ hay không và từ khi nào chưa rõ');
    expect(text).not.toContain('từ 29/05/2025');
  });
});

describe('the new standard’s decree asked: its number first (signed, status, effective day not known), then the figures, short', () => {
  // Was the whole 2026 card (3.854 characters) or the whole 2027–2030 card (3.190), the number only inside "Căn cứ: …".
  it.each([
    'nghi dinh moi ve chuan ngheo so may',
    'nghi dinh chuan ngheo moi la nghi dinh nao',
    'Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2026–2030 là nghị định nào?',
  ])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toMatch(/^Văn bản quy định chuẩn nghèo: Nghị định 351\/2025\/NĐ-CP của Chính phủ \(ký ngày 30\/12\/2025, tham khảo; ngày có hiệu lực chưa rõ\)/);
      // Both periods it sets, with the day the 2026 one ends and the 2027–2030 one starts.
      expect(text).toMatch(/giữ chuẩn của Nghị định 07\/2021\/NĐ-CP\), áp dụng từ 01\/01\/2026 đến hết 31\/12\/2026/);
      expect(text).toContain('áp dụng từ 01/01/2027');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('Ghi chú:');
      expect(text.length).toBeLessThan(1600);
    }
  });
});

describe('the 2022–2025 standard asked of one area and class: that area’s lines, and that it applies until 31/12/2026', () => {
  // Was both areas' lines for 'năm 2022', nothing of NĐ 351/2025 keeping the standard through 2026.
  it.each(['tiêu chí hộ cận nghèo khu vực thành thị giai đoạn 2022-2025', 'tieu chi ho can ngheo thanh thi 2022-2025'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toContain('thành thị');
      expect(text).toMatch(/^• ≤ 2\.000\.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo/m);
      expect(text).not.toContain('1.500.000');
      expect(text).toContain('áp dụng đến hết 31/12/2026 theo Nghị định 351/2025/NĐ-CP');
      expect(text.length).toBeLessThan(900);
    }
  });
});

describe('a loudspeaker notice on the review, "ve ra soat": the review procedure, to be heard', () => {
  // Was a passage of a province's resolution (NQ 41-NQ/TU Hưng Yên, '… thường xuyên rà soát, điều chỉnh, bổ sung các chỉ tiêu …').
  it('"viet thong bao loa xa ve ra soat"', async () => {
    const text = await first('viet thong bao loa xa ve ra soat');
    expect(text.startsWith('Kính thưa bà con!')).toBe(true);
    expect(text).toContain('Rà soát');
    expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
    expect(text).not.toContain('NQ 41-NQ/TU');
  });
});
