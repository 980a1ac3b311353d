/**
 * Round 18 (tryout): whole conversations played as residents type them (Zalo-style, no diacritics), what they found wrong.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round18-tryout');

describe('a greeting that opens the question', () => {
  it.each([
    ['xin chao toi muon hoi ve ho can ngheo', 'toi muon hoi ve ho can ngheo'],
    ['XIN CHAO TOI MUON HOI VE HO CAN NGHEO', 'toi muon hoi ve ho can ngheo'],
    ['chao ad, ho ngheo dc vay von bn', 'ho ngheo dc vay von bn'],
    ['alo alo, tien gia dc bn', 'tien gia dc bn'],
  ])('"%s" is answered as "%s" (never a passage on "xin ý kiến" cấp huyện)', async (greeted, plain) => {
    const [withGreeting] = await ask(greeted);
    expect(withGreeting).toBe(await first(plain));
    expect(withGreeting).not.toContain('cấp huyện không còn');
  });

  it('"alo ad, nha tui 4 nguoi o que thang kiem 5 trieu": the household told is read', async () => {
    expect(await first('alo ad, nha tui 4 nguoi o que thang kiem 5 trieu')).toMatch(/^Thu nhập cả hộ: 5\.000\.000 đồng\/tháng ÷ 4 người = 1\.250\.000 đồng\/người\/tháng, ở nông thôn, /);
  });

  it('guard: "xin chao", "alo co ai ko" alone are still greeted', async () => {
    expect(await first('xin chao')).toMatch(/^Xin chào! Mình là Trợ lý Giảm nghèo/);
    expect(await first('alo co ai ko')).toMatch(/^Xin chào! Mình là Trợ lý Giảm nghèo/);
  });
});

describe('a number typed with no menu to choose from', () => {
  // Round 22: "1"–"5" with nothing remembered press the main menu's item (the menu /xoadulieu shows and keeps nothing of).
  it.each(['9', '0', ' 12 '])('"%s" as the first message: asked which item, the menu offered; never a passage searched', async (typed) => {
    const text = await first(typed);
    expect(text).toMatch(/^Mình chưa rõ số “\d+” là chọn mục nào\./);
    expect(text).not.toContain('Theo văn bản');
    expect(text).not.toContain('%/năm');
  });

  it('"9" after the welcome menu (5 items): the same; "2" after it still starts the check', async () => {
    const [, nine] = await ask('alo', '9');
    expect(nine).toMatch(/^Mình chưa rõ số “9” là chọn mục nào\./);
    const [, two] = await ask('alo', '2');
    expect(two).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });

  it('guard: "4" at the interview\'s number of people is still the answer', async () => {
    const answers = await ask('/kiemtra', 'Không lưu', 'Nông thôn', '4');
    expect(answers[3]).not.toContain('Mình chưa rõ số');
    expect(answers[3]).toMatch(/Câu 3\/15/);
  });
});

describe('sharing an answer into a Zalo group, typed the Southern way', () => {
  it.each(['chia se vo nhom zalo dc ko', 'chia se vao nhom zalo dum nha'])('"%s" after "tien gia dc bn": how to share it (the button, a short post)', async (typed) => {
    const [, shared] = await ask('tien gia dc bn', typed);
    // Its button said as typed on a text channel (round 23 phones4; Telegram's spans keep 'bấm “Chia sẻ”').
    expect(shared).toContain('gõ “Chia sẻ” dưới đây');
    expect(shared).not.toContain('Thu nhập để xét là tổng thu nhập');
  });
});

describe('"hok biet" after an answer', () => {
  it.each(['hok biet', 'hong biet', 'ko biet a'])('"%s" after "TIEN DIEN HO NGHEO DC HO TRO BAO NHIEU": answered kindly, never "ngoài phạm vi"', async (typed) => {
    const [, said] = await ask('TIEN DIEN HO NGHEO DC HO TRO BAO NHIEU', typed);
    expect(said).not.toContain('ngoài phạm vi');
    expect(said).toMatch(/^Dạ\. Khi cần hỏi thêm/);
  });
});
