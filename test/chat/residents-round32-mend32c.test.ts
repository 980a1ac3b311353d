/**
 * Round 32 (mend32c): what older tests asked of residents' words, kept beside round 32's new answers.
 * - "vay la sao" / "z la sao" after a card: the card plainer (tryout19) and what can be asked of it (talk.test.ts), one answer.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round32-mend32c');

describe('"vay la sao" after a card: plainer, then what to ask next', () => {
  it('"ho can ngheo co dc bhyt ko" then "vay la sao"', async () => {
    const [, text] = await ask('ho can ngheo co dc bhyt ko', 'vay la sao');
    expect(text).toContain('nhà nước đóng giúp ít nhất 70%');
    expect(text).toContain('Nguồn: Nghị định 188/2025/NĐ-CP');
    expect(text).toContain('Bạn muốn hỏi thêm gì về hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo?');
    expect(text).not.toContain('Nghị định 78/2002/NĐ-CP');
  });
});

describe('ages told with "dc tien j": the pension of that band, not the class list', () => {
  it('"ba tui 72 tuoi, nha ngheo, co dc tien j ko"', async () => {
    const [text] = await ask('ba tui 72 tuoi, nha ngheo, co dc tien j ko');
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
    expect(text).not.toContain('Chưa rõ mức hoặc còn áp dụng không');
  });
});

describe('an amount at the line, not asked "đúng bằng": its class within a cheap phone\'s screen', () => {
  it('"1tr5 la ho gi": the bands with their "≤", source and status, no separate at-the-line sentence', async () => {
    const [text] = await ask('1tr5 la ho gi');
    expect(text).toContain('ở nông thôn (mức ≤ 1.500.000 đồng) và thành thị (mức ≤ 2.000.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(text).toContain('NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a, b (đã kiểm tra)');
    expect(text).not.toContain('đúng bằng chuẩn nghèo');
    expect(text!.length).toBeLessThan(1300);
  });
});
