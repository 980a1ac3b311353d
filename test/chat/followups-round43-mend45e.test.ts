/**
 * Round 43 mend45e, on 07/12/2026 (tryout46 Part B): a resident's follow-up after a support's card stays on that support:
 * - R08.2 "the ho can ngheo thi lai bn" after the poor households' loan card: the near-poor loan card (7,92 %, tham khảo), as the
 *   question asked alone gets it; was a passage on the village head's word found by search;
 * - R07.2 "tui o Cu Chi TPHCM" (a former district's name, no "huyện", before the province) after a support's card: TP.HCM's line and
 *   that the district level is gone since 01/07/2025; was "ngoài phạm vi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-mend45e-follow');

const OUT_OF_SCOPE = 'ngoài phạm vi';

describe('R08.2: another class told with what is asked, right after a support card, is that card for the class', () => {
  it.each([
    'the ho can ngheo thi lai bn',
    'con ho can ngheo thi lai nhieu ko ad',
  ])('"%s" after the poor households\' loan card: the near-poor loan card, as asked alone', async (asked) => {
    const reply = await after(['ho ngheo vay von ngan hang chinh sach lai nhieu mot nam vay'], asked);
    const alone = await ask('ho can ngheo vay von lai bn');
    expect(reply).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(reply).toContain('7,92%/năm');
    expect(reply).toContain('tham khảo');
    const line = String(alone).split('\n').find((text) => text.startsWith('• Hộ cận nghèo:'));
    expect(line).toBeDefined();
    expect(reply).toContain(line);
    expect(reply).not.toContain('tổ trưởng');
  });

  it('"the ho ngheo thi lai bn" after the near-poor loan card: the poor households\' loan card', async () => {
    const reply = await after(['ho can ngheo vay von lai bn'], 'the ho ngheo thi lai bn');
    expect(reply).toContain('Hộ nghèo được vay vốn ưu đãi');
    expect(reply).toContain('6,6%/năm');
    expect(reply).not.toContain('tổ trưởng');
  });
});

describe('R07.2: a former district\'s name before the province, no "huyện", after a support card', () => {
  it.each(['tui o Cu Chi TPHCM', 'nha tui o cu chi tp hcm a'])('"%s": TP.HCM\'s line and the district level gone, never "ngoài phạm vi"', async (told) => {
    const reply = await after(['tui so thoat ngheo roi mat bhyt, thoat ngheo thi con dc huong gi ko ad'], told);
    expect(reply).toContain('thành phố Hồ Chí Minh');
    expect(reply).toContain('Từ 01/07/2025 không còn cấp quận, huyện, thị xã');
    expect(reply).not.toContain(OUT_OF_SCOPE);
  });
});
