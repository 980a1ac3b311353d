/**
 * Round 43 mend45e, on 07/12/2026 (tryout46 Part B): a resident's follow-up after a support's card stays on that support:
 * - R08.2 "the ho can ngheo thi lai bn" after the poor households' loan card: the near-poor loan card (7,92 %, tham khảo), as the
 *   question asked alone gets it; was a passage on the village head's word found by search;
 * - R07.2 "tui o Cu Chi TPHCM" (a former district's name, no "huyện", before the province) after a support's card: TP.HCM's line and
 *   that the district level is gone since 01/07/2025; was "ngoài phạm vi";
 * - R07.1 "tui so thoat ngheo roi mat bhyt, thoat ngheo thi con dc huong gi ko ad": what a newly escaped household keeps (loans for
 *   3 years, BHYT with no national support of its own), the fear of losing BHYT being no BHYT question; was the NQ 261 benefit card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after, first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-mend45e-follow');

const OUT_OF_SCOPE = 'ngoài phạm vi';

describe('R08.2: another class told with what is asked, right after a support card, is that card for the class', () => {
  it.each([
    'the ho can ngheo thi lai bn',
    'con ho can ngheo thi lai nhieu ko ad',
  ])('"%s" after the poor households\' loan card: the near-poor loan card, as asked alone', async (asked) => {
    const reply = await after(['ho ngheo vay von ngan hang chinh sach lai nhieu mot nam vay'], asked);
    const alone = await first('ho can ngheo vay von lai bn');
    expect(reply).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(reply).toContain('7,92%/năm');
    expect(reply).toContain('tham khảo');
    const line = alone.split('\n').find((text) => text.startsWith('• Hộ cận nghèo:'));
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
    const reply = await after(['ho can ngheo dc bhyt ko'], told);
    expect(reply).toContain('thành phố Hồ Chí Minh');
    expect(reply).toContain('Từ 01/07/2025 không còn cấp quận, huyện, thị xã');
    expect(reply).not.toContain(OUT_OF_SCOPE);
  });
});

describe('R07.1: "sợ thoát nghèo rồi mất BHYT" beside "thoát nghèo thì còn được hưởng gì" asks what is kept', () => {
  it('the newly escaped household\'s loans for 3 years and BHYT with no national support, within a phone reply', async () => {
    const reply = await first('tui so thoat ngheo roi mat bhyt, thoat ngheo thi con dc huong gi ko ad');
    expect(reply).toContain('Trong 3 năm đó hộ vẫn được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
    expect(reply).toContain('Bảo hiểm y tế không có mức hỗ trợ đóng chung cả nước');
    expect(reply).toMatch(/\((đã kiểm tra|tham khảo)\)/);
    expect(reply).not.toContain('không thuộc trường hợp trên');
    expect(reply).not.toContain('Nghị quyết 261/2025/QH15');
    expect(reply.split('\n\n1. ')[0]!.length).toBeLessThanOrEqual(1000);
  });
});
