/**
 * Round 38 mend38b: the review of round 38's commit be543001 ("mô có ai giúp ko", "trường tư", "làm sao đăng ký"), in residents'
 * and cadres' words as typed on Zalo (06/12/2026).
 * 1. Poor "but" not given a support named asks that support ("nha ngheo ma ko dc ho tro tien dien ha"): its card; was why a
 *    household may not be recognised (be543001's NOT_RECOGNISED_ASKS phrases, now TOPICS.losing.givenNothing).
 * 2. "trường tư" is the private school only ending a clause or before what is asked of it: "truong tu nha", "truong tu hom qua"
 *    say from; were read "trường tư thục" (the school-fee card).
 * 3. "mô có ai" is "có ai" (anyone) only asking for help ("… giúp ko"); otherwise "đâu có ai" (nobody): "mô có ai tới nhà tui rà
 *    soát hết" disputes the result (was a plan's passage); "xa mo co ai xuong nha tui ra soat, …" no household check started,
 *    "vay tui phai lam sao" after it no loan.
 * 4. "mô có ai giúp ko", "co ai giup ko", "o dau co ai giup ko" alone: whom to ask, the check (/kiemtra) and the supports; was the
 *    legal-aid explainer ("người bị buộc tội").
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

describe('"trường tư" said of where from', () => {
  it('"con tui nghi hoc truong tu hom qua, nha ngheo dc ho tro gi ko": the learning cost, not the school-fee card', async () => {
    const answer = await after([], 'con tui nghi hoc truong tu hom qua, nha ngheo dc ho tro gi ko');
    expect(answer).toMatch(/^Hỗ trợ chi phí học tập/);
  });

  // Round 39 resid39: answered as the bicycle the data has no support for, then the school cards in full (whose fee card names every
  // school, the private ones too); the "tư" of "từ nhà" still reads no private school in the lead.
  it('"con tui di bo toi truong tu nha mat 1 tieng, nha ngheo co dc ho tro xe dap ko": no private school', async () => {
    const answer = await after([], 'con tui di bo toi truong tu nha mat 1 tieng, nha ngheo co dc ho tro xe dap ko');
    expect(answer).toMatch(/^Thông tin về hỗ trợ xe đạp/);
    expect(answer.split('\n')[0]).not.toContain('trường tư thục');
    expect(answer).not.toContain('Về câu bạn vừa hỏi');
  });

  it('"con tui hoc truong tu, hoc phi bn": still the private school', async () => {
    expect(await after([], 'con tui hoc truong tu, hoc phi bn')).toContain('Học trường tư thục được hỗ trợ một phần');
  });
});

describe('"mô có ai" not asking for help: nobody', () => {
  it.each([['mô có ai tới nhà tui rà soát hết, rứa mà xã nói nhà tui thoát nghèo rồi'], ['mo co ai toi nha tui ra soat het, rua ma xa noi nha tui thoat ngheo roi']])(
    '"%s": the result disputed (a written answer with reasons, whom to ask)',
    async (said) => {
      const answer = await after([], said);
      expect(answer).toContain('Hộ không đồng ý với kết quả bình xét, rà soát');
      expect(answer).toContain('trả lời bằng văn bản và nêu rõ lý do');
      expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    },
  );

  const NOBODY_CAME = 'xa mo co ai xuong nha tui ra soat, nha tui van ko dc cong nhan ho ngheo';
  it('"xa mo co ai xuong nha tui ra soat, …": the result disputed, no household check started', async () => {
    const answer = await after([], NOBODY_CAME);
    expect(answer).toContain('Hộ không đồng ý với kết quả bình xét, rà soát');
    expect(answer).not.toContain('Trước khi bắt đầu');
  });

  it('"vay tui phai lam sao" after it: no loan', async () => {
    expect(await after([NOBODY_CAME], 'vay tui phai lam sao')).not.toContain('vay vốn');
  });
});

describe('help asked alone', () => {
  it.each([['mô có ai giúp ko'], ['co ai giup ko'], ['o dau co ai giup ko']])('"%s": whom to ask, the check, no legal aid', async (said) => {
    const answer = await after([], said);
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('/kiemtra');
    expect(answer).not.toContain('trợ giúp pháp lý');
  });
});
