/**
 * Round 12 (findings of the testers on the round-11 build, asked on 02/12/2026): answers residents and outreach staff can trust
 * and share. Each case is typed as people type it on Zalo, and fails on the round-11 code.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-02T03:00:00Z');
const { ask } = conversationsAt(TESTED_ON, 'outreach12');

/** The lines of a post that start with "- ". */
const items = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

describe('N06: the short post of a class\'s supports leads with what the class gets for sure', () => {
  it.each([
    ['ho ngheo duoc ho tro gi', 'viet ngan'],
    ['ho ngheo dc ho tro j', 'tin ngan de dang zalo'],
  ])('"%s", then "%s": BHYT and loans first, conditional supports after with their condition', async (question, request) => {
    const [, post] = await ask(question, request);
    const lines = items(post!);
    // Was: the lunch of preschool children and the monthly allowance (both conditional) came before BHYT.
    expect(lines[0]).toMatch(/^- Hỗ trợ đóng bảo hiểm y tế: .*100%/);
    expect(lines[1]).toMatch(/^- Vay vốn tín dụng chính sách/);
    const firstConditional = lines.findIndex((line) => line.includes('chỉ khi') || line.startsWith('- Có điều kiện'));
    const lastSure = lines.findIndex((line) => line.startsWith('- Vay vốn'));
    expect(firstConditional).toBeGreaterThan(lastSure);
    // Was: "Hỗ trợ khác (mỗi hỗ trợ có điều kiện riêng): …; Vay vốn tín dụng chính sách; …": a condition never said.
    expect(post).not.toContain('có điều kiện riêng');
    // Named on one line; their conditions in a few words only while the post stays short (it is past 1.400 characters here).
    expect(post).toMatch(/- Có điều kiện( \(tham khảo\))?: .*Miễn học phí trường công lập/);
    expect(post!.length).toBeLessThan(1600);
  });

  it('tiền điện is never listed as held: its status after QĐ 14/2025 is said (updates-2026.md: not known), no figure', async () => {
    const [, post] = await ask('ho ngheo dc ho tro nhung j', 'viet ngan gon de gui nhom zalo');
    const electricity = post!.split('\n').find((line) => line.includes('Hỗ trợ tiền điện'))!;
    expect(electricity).toMatch(/^- Chưa rõ mức hoặc còn áp dụng không: /);
    expect(electricity).toContain('Hỗ trợ tiền điện (chưa rõ còn áp dụng không, từ khi Quyết định 14/2025/QĐ-TTg thay Quyết định 28/2014/QĐ-TTg)');
    expect(post).not.toMatch(/30 kWh/);
  });
});

describe('O04: a loudspeaker text "về việc này" is the last answer, to be heard', () => {
  it.each(['viết bài đọc loa cho thôn về việc này', 'viet bai doc loa ve viec nay', 'viet bai doc loa cho ap ve chuyen nay'])(
    '"%s" after the BHYT answer of hộ cận nghèo',
    async (request) => {
      const [, spoken] = await ask('ho can ngheo dc bhyt ko', request);
      // Was: "Câu hỏi này nằm ngoài phạm vi của trợ lý".
      expect(spoken).not.toContain('ngoài phạm vi');
      // Round 15 (N38-83): read aloud, the figure in words.
      expect(spoken).toContain('bảy mươi phần trăm tiền mua thẻ bảo hiểm y tế');
      expect(spoken).toContain('Nguồn: Nghị định 188/2025/NĐ-CP');
      expect(spoken).not.toMatch(/^- /m);
    },
  );
});

describe('O01: the source of the last answer, and a decree asked for by its link', () => {
  it.each(['văn bản nào quy định vậy', 'van ban nao quy dinh v', 'luat nao noi vay'])('"%s" after the supports of hộ nghèo: their bases', async (asked) => {
    const [, source] = await ask('ho ngheo dc ho tro gi', asked);
    // Was: a passage on QĐ 24/2021 (the review procedure), unrelated to the supports.
    expect(source).toContain('Nguồn của câu trả lời vừa rồi (các hỗ trợ cho hộ nghèo');
    expect(source).toContain('Nghị định 105/2020/NĐ-CP');
  });

  it.each(['link nghị định 351 ở đâu', 'cho xin link nd 351 voi'])('"%s": its number, issuer, date and status from the data, and no link made up', async (asked) => {
    const [answer] = await ask(asked);
    // Was: a passage about rented houses that cites NĐ 351.
    expect(answer).toContain('Nghị định 351/2025/NĐ-CP (Chính phủ, ký ngày 30/12/2025, tham khảo)');
    expect(answer).toContain('Trợ lý không có đường dẫn tới văn bản gốc');
    expect(answer).not.toMatch(/https?:|www\.|\.vn\b/);
    expect(answer).not.toContain('nhà thuê');
  });
});

describe('N14: BHYT in a poor commune: the lead sentence answers it', () => {
  it.each(['xa ngheo thi bhyt sao', 'o xa ngheo bhyt dc ho tro bn', 'ho can ngheo o xa ngheo bhyt the nao'])('"%s"', async (asked) => {
    const [answer] = await ask(asked);
    const [lead] = answer!.split('\n\n');
    // Was: the BHYT card of hộ nghèo ("xã nghèo" read as the class), the commune never said.
    expect(lead).toContain('Ở xã nghèo');
    expect(lead).toContain('Hộ cận nghèo: 100% mức đóng');
    // Round 42 (cadre43): the status inside the reference's bracket ("Điều 6 khoản 6; tham khảo"), not in a second one.
    expect(lead).toContain('Nghị định 188/2025/NĐ-CP Điều 6 khoản 6; tham khảo)');
  });

  it('"o xa ngheo co dc vay von ko": the data has no rule of its own for poor communes on loans, said first, no figure made up', async () => {
    const [answer] = await ask('o xa ngheo co dc vay von ko');
    expect(answer!.split('\n')[0]).toContain('không có mức vay vốn tín dụng chính sách riêng cho người ở xã nghèo');
  });
});

describe('K04: the supports of the elderly, not every class\'s list', () => {
  it.each(['hộ NCT có được hỗ trợ gì', 'ho nguoi cao tuoi dc ho tro j'])('"%s": the social pension by age (NĐ 176/2025), its amount not known', async (asked) => {
    const [answer] = await ask(asked);
    // Was: "Các chính sách hỗ trợ theo loại hộ" (every class's supports, 5.541 characters).
    expect(answer).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    expect(answer!.split('\n')[0]).toContain('Trợ cấp hưu trí xã hội');
    expect(answer).toContain('từ 75 tuổi trở lên');
    expect(answer).toContain('từ 70 đến dưới 75 tuổi');
    expect(answer).toContain('Nghị định 176/2025/NĐ-CP');
    expect(answer).toContain('Mức trợ cấp hằng tháng chưa rõ');
    expect(answer).not.toMatch(/\d{3}\.000 đồng/);
  });
});

describe('R10: the BHYT 2027 answer says the NQ 261/2025 sentence once', () => {
  it('"ho can ngheo 2027 bhyt dc 100% ko": chat and /api/ask', async () => {
    const [answer] = await ask('ho can ngheo 2027 bhyt dc 100% ko');
    const sentence = 'hộ cận nghèo, và người từ 75 tuổi trở lên đang hưởng trợ cấp hưu trí xã hội';
    // Round 42 rumour43: to a resident, "Đúng một phần" part by part, the benefit said once in brief, the card one "chi tiết"
    // away (was "Chưa xác nhận được", the NQ 261/2025 sentence once and the card's "Căn cứ").
    const brief = 'quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng';
    expect(answer!.split(brief).length - 1 + answer!.split(sentence).length - 1).toBe(1);
    expect(answer).toMatch(/^Đúng một phần/);
    expect(answer).toContain('theo Nghị quyết 261/2025/QH15');
    const api = askApiText('ho can ngheo 2027 bhyt dc 100% ko', '2026-12-02');
    expect(api.split(sentence).length - 1).toBe(1);
  });
});

describe('N13: what changes in the indicators 2027–2030, in one compact answer', () => {
  it.each(['chi so thieu hut nam 2027 thay doi gi', 'nam 2027 tieu chi thay doi ra sao'])('"%s"', async (asked) => {
    const [answer] = await ask(asked);
    // Was: the changes, the whole 2027–2030 card and its notes (over 4.000 characters; 7.077 in the tester's run).
    expect(answer!.length).toBeLessThan(800);
    expect(answer).toContain('thêm “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt”');
    expect(answer).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin”');
    expect(answer).toContain('(tham khảo)');
    expect(answer).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
    expect(answer).not.toContain('Thu nhập bình quân mỗi người mỗi tháng:');
  });
});
