/**
 * Round 12 (outside tester on the round-11 build): where a resident's household lives and which day they ask about, read
 * from Zalo typing. Asked on 03/12/2026 in Vietnam (02/12/2026 18:00 UTC): the 2026 transition standard today, the
 * 2027–2030 standard from 01/01/2027 (rules/, /work/shared/facts/updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER_IN_VIETNAM = new Date('2026-12-02T18:00:00Z');
const { ask, first } = conversationsAt(DECEMBER_IN_VIETNAM, 'round12-dates');

describe('the household lives where it says, not where its members work (N04, N05)', () => {
  it('"nha tui 5 nguoi o que, 2 dua di lam o Sai Gon, thu nhap 6 trieu": countryside (was: Thành thị, from Sài Gòn)', async () => {
    const text = await first('nha tui 5 nguoi o que, 2 dua di lam o Sai Gon, thu nhap 6 trieu');
    expect(text).toContain('Khu vực: Nông thôn');
    expect(text).not.toContain('Thành thị');
  });
  it('"nha tui o que, con tui o sai gon": the household\'s own place wins', async () => {
    expect(await first('nha tui o que, con tui o sai gon, 4 nguoi thu nhap 7 trieu')).toContain('Khu vực: Nông thôn');
  });
  it('"nha tui o xa lam" is far away: the area is asked, never taken as a commune (was: Nông thôn)', async () => {
    // 7.000.000 ÷ 4 = 1.750.000: above the rural line, below the urban one, so the area matters and is asked.
    const [told, consent] = await ask('nha tui o xa lam, 4 nguoi, thu nhap 7 trieu', 'ko luu');
    expect(told).not.toContain('Khu vực: Nông thôn');
    expect(consent).toContain('Hộ gia đình bạn sống ở nông thôn hay thành thị?');
  });
  it('guards: "o xa Phu Loc", "dưới xã" stay the commune; the household\'s own Sài Gòn stays the city', async () => {
    expect(await first('nha tui o xa Phu Loc, 4 nguoi thu nhap 7 trieu')).toContain('Khu vực: Nông thôn');
    expect(await first('nha tui o duoi xa, 4 nguoi thu nhap 7 trieu')).toContain('Khu vực: Nông thôn');
    expect(await first('nha tui 4 nguoi o sai gon, chong chay grab kiem 9 trieu')).toContain('Khu vực: Thành thị');
  });
});
