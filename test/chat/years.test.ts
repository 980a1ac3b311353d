/**
 * A year or a day outside every period of the rules data (findings3 item 11, and /chuan with a date, item 18):
 * the answer says the standard of that year is not known here, lists the periods the data has (01/01/2016 –
 * 31/12/2030, each with its document and status), points to UBND cấp xã and offers the nearest period, and
 * never shows today's figures as if they were that year's. A card's "next" button goes to the next period.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { loadRules, formatDate } from '../../src/rules/index.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_2026 = () => new Date('2026-12-01T03:00:00Z');
const rules = loadRules();
const first = rules.standards[0]!;
const last = rules.standards[rules.standards.length - 1]!;

describe('years the data has no standard for', () => {
  it.each([
    ['ho ngheo nam 2031 chuan la bao nhieu', '2031', '2030'],
    ['chuẩn nghèo năm 2015 là bao nhiêu', '2015', '2016'],
    ['/chuan 2031', '2031', '2030'],
  ])('“%s”: not known, the periods the data has, where to ask, the nearest period', async (question, year, nearest) => {
    harness = await openHarness({ now: DEC_2026 });
    const turn = await harness.say(question);
    expect(turn.text).toContain(`Chưa có chuẩn nghèo năm ${year} trong dữ liệu của trợ lý (chưa rõ)`);
    expect(turn.text).toContain(`Dữ liệu có chuẩn nghèo từ ${formatDate(first.validFrom)} đến ${formatDate(last.validTo)}:`);
    for (const standard of rules.standards) expect(turn.text).toContain(`${formatDate(standard.validFrom)} – ${formatDate(standard.validTo)}: ${standard.title}, ${standard.document}`);
    expect(turn.text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // No line of any period is stated as that year's.
    expect(turn.text).not.toMatch(/\d{1,3}(\.\d{3})+ đồng/);
    expect(turn.text).not.toContain('Áp dụng hôm nay');
    expect(turn.buttons.map((button) => button.label)).toContain(`Chuẩn năm ${nearest}`);
  });

  it('/chuan with a date gives the standard of that day; the 2027 card has no "Chuẩn năm 2028" (same period)', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const day = await harness.say('/chuan 31/12/2026');
    expect(day.text).toContain('Áp dụng ngày 31/12/2026.');
    expect(day.text).toContain('Chuẩn nghèo đa chiều năm 2026');
    expect(day.buttons.map((button) => button.label)).toContain('Chuẩn năm 2027');
    const card2027 = await harness.say('/chuan 2027');
    expect(card2027.text).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(card2027.buttons.map((button) => button.label).filter((label) => label.startsWith('Chuẩn năm'))).toEqual([]);
  });
});
