/**
 * Round 11b (outside testers, findings31 and findings33): rumours and questions typed as residents type them, asked on
 * 02/12/2026, that got another question's answer or no verdict. Expectations from rules/ and /work/shared/facts
 * (updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-02T03:00:00Z');
const TODAY = '2026-12-02';
const { first } = conversationsAt(DECEMBER, 'round11b');

describe('BHYT "miễn 100%" for the near-poor: the premium and the share of costs covered told apart (findings31 R10, findings33 O06)', () => {
  const bothFacts = (text: string) => {
    expect(text).toMatch(/^Chưa xác nhận được: “miễn 100%” bảo hiểm y tế cho hộ cận nghèo năm 2027/);
    // The premium (NĐ 188/2025): at least 70%, 100% in a xã nghèo.
    expect(text).toContain('(mức đóng): Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế cho thành viên hộ cận nghèo; hỗ trợ 100% nếu hộ sống ở xã nghèo');
    expect(text).toContain('Nghị định 188/2025/NĐ-CP');
    // The share covered (NQ 261/2025/QH15): 100%, its start date not known.
    expect(text).toContain('(mức hưởng): Nghị quyết 261/2025/QH15');
    expect(text).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
  };
  it.each(['bhyt ho can ngheo nam 2027 co dc mien 100% ko a', 'nghe noi tu 2027 ho can ngheo dc mien phi bao hiem y te 100%, dung ko'])('chat: "%s"', async (question) => {
    bothFacts(await first(question));
  });
  it('/api/ask: the same verdict', () => {
    bothFacts(askApiText('bhyt ho can ngheo nam 2027 co dc mien 100% ko a', TODAY));
  });
  it('"đi khám bệnh được bảo hiểm chi trả bao nhiêu phần trăm" is the share covered (mức hưởng), not the premium', async () => {
    const text = await first('ho can ngheo di kham benh dc bao hiem chi tra bn phan tram');
    expect(text).toMatch(/^Mức hưởng bảo hiểm y tế \(Nghị quyết 261\/2025\/QH15\)/);
  });
  it('guard: the poor household\'s free card is no rumour', async () => {
    const text = await first('ho ngheo dc mien bhyt ko');
    expect(text).not.toContain('Chưa xác nhận được');
    expect(text).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo');
  });
});

describe('a support\'s amount stated of a later year: that year, not confirmed when not known (findings33 O12)', () => {
  it('"nghe noi ho ngheo nam 2027 dc ho tro xay nha 40 trieu": 2027, "Chưa xác nhận được", 40 triệu was 2022–2025\'s', async () => {
    const text = await first('nghe noi ho ngheo nam 2027 dc ho tro xay nha 40 trieu');
    expect(text).toMatch(/^Chưa xác nhận được: mức 40\.000\.000 đồng của hỗ trợ nhà ở năm 2027 chưa được công bố hoặc chưa được kiểm tra \(chưa rõ\)/);
    expect(text).toContain('40.000.000 đồng là mức của giai đoạn trước');
    expect(text).toContain('không áp dụng năm 2027');
    expect(text.split('\n')[0]).not.toContain('năm 2026');
    expect(text).not.toContain('Không đúng');
  });
});
