/**
 * Round 38 (mend38e). The full card of the 2027–2030 standard (and of 2026) says its years of application as reported and only the
 * decree's own date of effect as unknown, was "hiệu lực 01/01/2027 – 31/12/2030" followed by "ngày có hiệu lực của Nghị định
 * 351/2025/NĐ-CP chưa rõ" (read as a contradiction).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('the standard card says which date is unknown', () => {
  it.each([
    ['Đề nghị cho biết chuẩn nghèo từ 01/01/2027 ở nông thôn', 'áp dụng từ 01/01/2027 đến 31/12/2030 (tham khảo)'],
    ['chuan ngheo 2027 la bn', 'áp dụng từ 01/01/2027 đến 31/12/2030 (tham khảo)'],
    ['chuan ngheo nam 2026 la bn', 'áp dụng từ 01/01/2026 đến 31/12/2026 (tham khảo)'],
  ])('%s → 1: the years applied as reported, the decree\'s own date unknown', async (typed, applied) => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say(typed);
    const card = (await harness.say('1')).text;
    expect(card).toContain(applied);
    expect(card).toContain('riêng ngày có hiệu lực của bản thân Nghị định 351/2025/NĐ-CP chưa rõ');
    expect(card).not.toContain('; ngày có hiệu lực của Nghị định 351/2025/NĐ-CP chưa rõ');
  });
});
