/**
 * Round 41 (resid42, 07/12/2026): a resident's first reply within a cheap phone's message (SHORT_TEXT_DEFAULTS.phoneChars).
 * - "tui bi ung thu", "chong tui bi ung thu, nha ngheo, co dc ho tro gi ko": the sick_member lines in brief with the meals and
 *   travel while in hospital (QĐ 14/2012/QĐ-TTg, chưa rõ) and the premium, the whole card after "chi tiết". Was 1.459 characters
 *   without the meals line.
 * - "sang nam 2027 co phai lam lai giay to ko": the yearly review, as "sang nam co phai lam lai giay to ko" (was "ngoài phạm vi").
 * - "tui muon vay 60tr/nam nuoi heo dc ko": the poor line of the loans in brief shorter, 1.005 characters with the sum (was 1.024).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 07/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid42');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('a member with cancer told: the key supports in brief with the meals line, the whole card one word away', () => {
  it.each(['tui bi ung thu', 'chong tui bi ung thu, nha ngheo, co dc ho tro gi ko'])('"%s": within 1.070 characters, the meals line chưa rõ', async (question) => {
    const [text, detail] = await ask(question, 'chi tiet');
    expect(body(text!).length).toBeLessThanOrEqual(1070);
    expect(text).toContain('Chưa rõ: tiền ăn, tiền đi lại khi nằm viện của thành viên hộ nghèo, hộ cận nghèo: mức và ai được hưởng. Căn cứ: Quyết định 14/2012/QĐ-TTg.');
    expect(text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế');
    expect(text).toContain(CADRE);
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    // "chi tiết": the whole card, the disability and the meals lines each in full.
    expect(detail).toContain('người khuyết tật đang hưởng trợ cấp xã hội hằng tháng');
    expect(detail).toContain('về việc xác định mức độ khuyết tật');
    expect(detail).toContain('có thể được hỗ trợ tiền ăn, tiền đi lại theo Quyết định 14/2012/QĐ-TTg');
  });
});

describe('filing again in a year of the 2027–2030 period named: the yearly review', () => {
  it.each(['sang nam 2027 co phai lam lai giay to ko', 'nam 2027 co can khai lai ko'])('"%s": the list reviewed each year (QĐ 24/2021), was "ngoài phạm vi"', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^• Danh sách hộ nghèo, hộ cận nghèo được rà soát lại mỗi năm trong đợt rà soát định kỳ, theo Quyết định 24\/2021\/QĐ-TTg \(tham khảo\)\./);
    expect(text).not.toContain('ngoài phạm vi');
  });
});

describe('a sum wanted with the loans card: within a phone\'s message', () => {
  it('"tui muon vay 60tr/nam nuoi heo dc ko": the sum said back, each class\'s line with its status, within 1.010 characters', async () => {
    const [text] = await ask('tui muon vay 60tr/nam nuoi heo dc ko');
    expect(body(text!).length).toBeLessThanOrEqual(1010);
    expect(text).toContain('Bạn muốn vay 60.000.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa công bố trước đây');
    expect(text).toContain('Hộ nghèo: Được vay ưu đãi; công bố trước đây (tham khảo, chưa kiểm tra mức năm 2026): vay tối đa 100.000.000 đồng/hộ');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
  });
});
