/**
 * Round 40 fix40, on 07/12/2026:
 * - A caller asking a fee before a support is paid: the scam warning is said first, as advice with no status and no basis (no
 *   stored document says what a scam looks like; rules/reference.yaml identity_papers `advice` with `lead` and `brief`). Was the
 *   same words "(tham khảo). Căn cứ: Khuyến nghị của trợ lý (các văn bản về hộ nghèo không nói việc này)".
 * - A sum to borrow said after the loan card is said back as typed (src/chat/topics.ts amountInText): "vay 60tr/nam" 60.000.000
 *   đồng, "vay 200k 1 ngay" 200.000 đồng. Were 5.000.000 (read as a year's income, ÷ 12) and 200.100 ("200k 1" one figure).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round40-fix40');

describe('a scam warning is advice said first, with no status', () => {
  it('"co nguoi goi dien noi tui dc nhan 5 trieu ho tro ho ngheo, bat chuyen 500k phi ho so, co that ko"', async () => {
    const reply = await DECEMBER.first('co nguoi goi dien noi tui dc nhan 5 trieu ho tro ho ngheo, bat chuyen 500k phi ho so, co that ko');
    const bulleted = reply.split('\n').filter((line) => line.startsWith('• '));
    expect(bulleted[0]).toMatch(/^• Việc này có dấu hiệu lừa đảo: .*công an xã\.$/u);
    expect(reply).not.toContain('Khuyến nghị của trợ lý');
    // The fee line, which a document backs, keeps its status and basis.
    expect(reply).toContain('hộ cận nghèo (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg.');
  });

  it('"chi tiet" after it: the whole card opens with the warning, no status on it', async () => {
    const whole = await DECEMBER.after(['goi dien bat chuyen tien nhan ho tro'], 'chi tiet');
    const bulleted = whole.split('\n').filter((line) => line.startsWith('• '));
    expect(bulleted[0]).toMatch(/^• Người lạ gọi điện, .*là dấu hiệu lừa đảo: đừng chuyển tiền, đừng đưa số CCCD hay mã nào\.$/u);
    expect(whole).not.toContain('Khuyến nghị của trợ lý');
  });
});

describe('a sum to borrow is said back as typed', () => {
  const LOAN_CARD = 'vay von ho can ngheo lai bn 1 nam';
  it.each([
    ['vay 60tr/nam nuoi heo dc ko', '60.000.000 đồng'],
    ['vay 200k 1 ngay dc ko', '200.000 đồng'],
  ])('"%s" after the loan card: %s', async (typed, amount) => {
    const answer = await DECEMBER.after([LOAN_CARD], typed);
    expect(answer).toContain(`Vay vốn ${amount} `);
    expect(answer).toContain(`Số tiền bạn cần vay: ${amount}.`);
  });
  // Round 42 (resid45): a sum told as wanted ("muon vay", no question) leads the loans card, said back against the ceiling.
  it('"tui muon vay 60tr/nam nuoi heo" after the loan card: 60.000.000 đồng', async () => {
    const answer = await DECEMBER.after([LOAN_CARD], 'tui muon vay 60tr/nam nuoi heo');
    expect(answer).toMatch(/^Bạn muốn vay 60\.000\.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa/u);
  });
});
