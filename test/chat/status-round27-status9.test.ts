/**
 * Round 27 (helper status9, 05/12/2026): every policy answer says its status once, on its source line. A verified fact used to
 * say nothing ("Nguồn: …, Điều 3." with no word), so a reader could not tell verified from forgotten; now the source line that
 * covers only verified facts ends "(đã kiểm tra)", the bullets stay untagged, and a line of another status keeps its own
 * "(tham khảo)" / "(chưa rõ)". Facts: NĐ 07/2021/NĐ-CP Điều 3 (2022–2025) [V]; NĐ 351/2025/NĐ-CP keeping it for 2026 [M];
 * Luật Trợ giúp pháp lý for members of poor households [V] (rules/supports/70-legal-aid.yaml).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { first, ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round27status9');
const TODAY = '2026-12-05';
const CHECKED = '(đã kiểm tra)';

describe('a resident asks the 2022–2025 rural line: the source line says it is verified, once', () => {
  it.each(['chuan ngheo 2022 2025 nong thon la bao nhieu', 'chuan ngheo giai doan 2022-2025 o que bn tien'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      const source = text.split('\n').find((line) => line.startsWith('Nguồn: chuẩn nghèo đa chiều giai đoạn 2022–2025'));
      expect(source, text).toBe('Nguồn: chuẩn nghèo đa chiều giai đoạn 2022–2025, Nghị định 07/2021/NĐ-CP, sửa đổi bởi Nghị định 30/2025/NĐ-CP, Điều 3 (đã kiểm tra).');
      // Once: the figures' bullets carry no tag; the reported line on 2026 keeps its own.
      expect(text.split(CHECKED).length - 1, text).toBe(1);
      expect(text.split('\n').filter((line) => line.startsWith('• ')).every((line) => !line.includes('(')), text).toBe(true);
      expect(text).toContain('theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo).');
    }
  });
});

describe('a cadre asks the basis of the 2025 standard (NĐ 07 Điều 3): the card\'s "Căn cứ" says verified', () => {
  it('"Căn cứ pháp lý của chuẩn nghèo năm 2025"', async () => {
    const text = await first('Căn cứ pháp lý của chuẩn nghèo năm 2025');
    expect(text).toContain('Căn cứ: Nghị định 07/2021/NĐ-CP, sửa đổi bởi Nghị định 30/2025/NĐ-CP, Điều 3 (đã kiểm tra); hiệu lực 01/01/2022 – 31/12/2025.');
    expect(text.split(CHECKED).length - 1, text).toBe(1);
  });

  // Round 31 law17: each reference with its own status: the 2026 card's kept article of NĐ 07/2021 is verified, NĐ 351/2025 that
  // keeps it reported (was no "đã kiểm tra" anywhere on the card, and no status on the kept bands' and list's "Căn cứ").
  it('the 2026 card, reported: "đã kiểm tra" only on the kept article of NĐ 07/2021, NĐ 351/2025 "tham khảo" after it', async () => {
    const text = await first('/chuan');
    expect(text).toContain('Chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp) (tham khảo)');
    for (const said of text.split(CHECKED).slice(1)) expect(said).toMatch(/^; áp dụng năm 2026 theo NĐ 351\/2025\/NĐ-CP \(tham khảo\)/);
  });
});

describe('an outreach post: its one "Nguồn" line says verified only when every line of it is', () => {
  it('"viet bai ngan ve tro giup phap ly cho ho ngheo de dang nhom zalo" (verified)', async () => {
    const text = await first('viet bai ngan ve tro giup phap ly cho ho ngheo de dang nhom zalo');
    expect(text).toContain('Nguồn: Luật Trợ giúp pháp lý (đã kiểm tra).');
    expect(text.split(CHECKED).length - 1, text).toBe(1);
  });

  it('"viet bai ngan ve chuan ngheo nam 2025 de gui nhom zalo" (one line reported): no "đã kiểm tra", the reported line tagged', async () => {
    const text = await first('viet bai ngan ve chuan ngheo nam 2025 de gui nhom zalo');
    expect(text).toMatch(/^Nguồn: Nghị định 07\/2021\/NĐ-CP; [^\n]*\.$/m);
    expect(text).not.toContain(CHECKED);
    expect(text).toContain('(tham khảo)');
  });
});

describe('a quoted resolution passage says what it is: the text itself', () => {
  it('"nghi quyet 41 hung yen giam ngheo muc tieu"', async () => {
    const [text] = await ask('nghi quyet 41 hung yen giam ngheo muc tieu');
    expect(text).toMatch(/\nNguồn: NQ 41-NQ\/TU, Tỉnh ủy Hưng Yên, 21\/08\/2023, mục [^\n]+ \(trích nguyên văn\)/);
  });
});

describe('a support asked: its "Căn cứ" says verified when it is', () => {
  it('"ho ngheo co duoc tro giup phap ly mien phi ko"', async () => {
    const text = await first('ho ngheo co duoc tro giup phap ly mien phi ko');
    expect(text).toContain('Căn cứ: Luật Trợ giúp pháp lý số 11/2017/QH14, Điều 7 (đã kiểm tra). Nơi làm:');
  });
});
