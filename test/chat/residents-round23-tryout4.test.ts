/**
 * Round 23 (tryout4): residents' messages as typed on cheap phones (no diacritics, "ko", "tui", "nhen"), single and in
 * conversations of several turns. Expectations from rules/ (asked on 02/12/2026).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');

describe('a rumour that applying is done above the commune is said wrong first', () => {
  it('"nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko": "Không đúng", the commune, no district since 01/07/2025; then the procedure', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi nam toi dang ky ho ngheo phai len tinh, dung ko');
    const first = text.split('\n')[0]!;
    expect(first).toMatch(/^Không đúng: hộ không phải lên tỉnh/);
    expect(first).toContain('UBND cấp xã nơi hộ cư trú');
    expect(first).toContain('Từ 01/07/2025 không còn cấp huyện');
    expect(text).toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo');
  });

  it('"nghe noi lam giay ho can ngheo phai ra huyen phai ko": the district named', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('nghe noi lam giay ho can ngheo phai ra huyen phai ko');
    expect(text.split('\n')[0]).toMatch(/^Không đúng: hộ không phải lên huyện/);
  });

  it('"dang ky ho ngheo o dau" (no rumour) is answered with no "Không đúng"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('dang ky ho ngheo o dau');
    expect(text).not.toContain('Không đúng');
  });
});
