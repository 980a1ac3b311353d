/**
 * Round 38 mend38b: the review of round 38's commit be543001 ("mô có ai giúp ko", "trường tư", "làm sao đăng ký"), in residents'
 * and cadres' words as typed on Zalo (06/12/2026).
 * 1. Poor "but" not given a support named asks that support ("nha ngheo ma ko dc ho tro tien dien ha"): its card; was why a
 *    household may not be recognised (be543001's NOT_RECOGNISED_ASKS phrases, now TOPICS.losing.givenNothing).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r38-mend38b');

const NOT_RECOGNISED = 'Vì sao hộ có thể không được công nhận';

describe('poor "but" not given a support named: that support', () => {
  it.each([
    ['nha ngheo ma ko dc ho tro tien dien ha', 'Hỗ trợ tiền điện'],
    ['tui ngheo lam ma khong duoc ho tro bhyt, phai tu mua', 'Hỗ trợ đóng bảo hiểm y tế'],
    ['nha tui ngheo qua ma ko duoc ho tro gi het, con tui di hoc ko dc mien hoc phi', 'mọi học sinh trường mầm non và phổ thông công lập được miễn học phí'],
  ])('"%s": the support\'s card, not why a household may not be recognised', async (said, support) => {
    const answer = await after([], said);
    expect(answer).toContain(support);
    expect(answer).not.toContain(NOT_RECOGNISED);
  });

  // Nothing named: still why a household may not be recognised (residents-round38-resid38.test.ts).
});
