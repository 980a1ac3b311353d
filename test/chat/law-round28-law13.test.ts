/**
 * Round 28 (law helper law13, 05/12/2026): the law around December 2026 / January 2027, from
 * /work/shared/facts/updates-2026.md. The 2027–2030 standard (NĐ 351/2025/NĐ-CP [M]) applies 01/01/2027 – 31/12/2030, so a
 * period asked ("giai đoạn 2027-2030") is that standard over the period, not the year 2027. NQ 261/2025/QH15 [M] (effective
 * 01/01/2026) raises the near-poor's BHYT benefit to 100 %, start [?]: its answer names the resolution once a line.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28law13');

describe('a period asked is the period, not its first year', () => {
  it.each(['chuan ngheo 2027 2030 the nao', 'Chuẩn nghèo đa chiều giai đoạn 2027-2030 quy định như thế nào?', 'chuan ngheo tu 2027 den 2030 ra sao'])('"%s"', async (question) => {
    const text = await first(question);
    // Was "Áp dụng cho năm 2027." (the period read as its first year).
    expect(text).toContain('Áp dụng cho giai đoạn 2027–2030.');
    expect(text).not.toContain('năm 2027.');
    expect(text).toContain('hiệu lực 01/01/2027 – 31/12/2030');
    expect(text).toContain('Nghị định 351/2025/NĐ-CP');
  });
  it('/api/ask: the same', () => {
    expect(askApiText('chuan ngheo giai doan 2027-2030 la bao nhieu', '2026-12-05')).not.toContain('năm 2027');
  });
  it('a year alone is still the year', async () => {
    expect(await first('chuan ngheo nam 2027 the nao')).toContain('Áp dụng cho năm 2027.');
  });
});

describe('NQ 261/2025/QH15 named once a line', () => {
  it.each(['nghe noi ho can ngheo di kham benh dc bhyt tra 100% dung ko', 'nghe nói từ 2027 hộ cận nghèo được miễn phí bảo hiểm y tế 100%'])('"%s"', async (question) => {
    const text = await first(question);
    // Was "• Hộ cận nghèo: Theo Nghị quyết 261/2025/QH15 (hiệu lực 01/01/2026), … Căn cứ: Nghị quyết 261/2025/QH15 (…)".
    for (const line of text.split('\n')) expect(line.split('261/2025/QH15').length - 1, line).toBeLessThanOrEqual(1);
    expect(text).toContain('Nghị quyết 261/2025/QH15 (thông qua 11/12/2025, hiệu lực 01/01/2026)');
    expect(text).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
  });
});
