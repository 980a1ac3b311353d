/**
 * Round 19 (tryout): whole conversations played as residents type them on Zalo (no diacritics, "dc", "ko", "ad"), what they
 * found wrong.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round19-tryout');

describe('more detail asked the Zalo way', () => {
  it.each(['chi tiet hon dc ko', 'noi ro hon dc ko ad', 'giai thich them dc hok', 'ad noi ro hon chut dc ko', 'noi ky hon dum'])(
    '"%s" after the list of a class\'s supports: each support in full (was: "ngoài phạm vi")',
    async (typed) => {
      const [, more] = await ask('ho can ngheo dc ho tro gi', typed);
      expect(more).not.toContain('ngoài phạm vi');
      expect(more).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
      expect(more).not.toContain('Chi tiết từng khoản');
    },
  );

  it('"chi tiet hon dc ko" after the 2027 figures: the whole 2027 card with its indicators (was: "đã là đầy đủ" under "bấm Chuẩn đầy đủ")', async () => {
    const [figures, more] = await ask('chuan ngheo nam sau la bn', 'chi tiet hon dc ko');
    // Read as a text channel lists the buttons ("Bạn có thể gõ: Chuẩn đầy đủ · …"): what to type (round 23; was "bấm").
    expect(figures).toContain('gõ “Chuẩn đầy đủ”');
    expect(more).not.toContain('đã là đầy đủ');
    expect(more).toContain('Các chỉ số thiếu hụt');
    expect(more).toContain('2.200.000 đồng');
  });

  it('"noi ro hon dc ko ad" after the procedure asked for its papers (in brief since round 36 short27): the whole card, never "ngoài phạm vi"', async () => {
    const [brief, again] = await ask('can giay to j de xet ho ngheo', 'noi ro hon dc ko ad');
    expect(brief).toContain('Xem đủ các bước');
    expect(again).toContain('gồm 6 bước');
    expect(again).not.toContain('ngoài phạm vi');
  });

  it('guard: a question with its subject stays that question', async () => {
    const [, loans] = await ask('ho can ngheo dc ho tro gi', 'chi tiet hon ve vay von dc ko');
    expect(loans).toContain('Ngân hàng Chính sách xã hội');
    expect(loans).not.toContain('Miễn học phí');
  });
});

describe('a question typed in the middle of the check', () => {
  const started = ['nha tui 4 nguoi o que thang dc 5 trieu', '2'];

  it.each(['ma ho ngheo dc vay bao nhieu z', 'tui hoi vay bn ma'])('"%s": the loan card of the rules data, then the question waiting (was: a province\'s plan, the explainer of every support)', async (typed) => {
    const [, , answer] = await ask(...started, typed);
    expect(answer).toContain('Vay vốn tín dụng chính sách');
    expect(answer).toContain('Ngân hàng Chính sách xã hội');
    expect(answer).not.toContain('Theo văn bản');
    expect(answer).not.toContain('Giải thích ngắn');
    expect(answer).toMatch(/Mình vẫn đang chờ câu trả lời cho phần kiểm tra hộ gia đình:\n\nCâu 4\/15 · Việc làm/);
  });

  it('"vay la sao" (vậy là sao) at a question: how to answer it, the question again; never the loans explainer', async () => {
    const [, , unclear, next] = await ask(...started, 'vay la sao', 'ko');
    expect(unclear).toMatch(/^Bạn trả lời "có" \(hộ đang thiếu\), "không" hoặc "không rõ"/);
    expect(unclear).toContain('Câu 4/15 · Việc làm');
    expect(unclear).not.toContain('vay vốn');
    expect(unclear).not.toContain('Nghị định 78/2002');
    expect(next).toContain('Câu 5/15');
  });
});

describe('the household\'s class asked while the question on keeping the answers waits', () => {
  it('"vay nha e la ho j" after a household with a high income: the class its figures settle, then keeping the answers asked (was: the explainer of every support)', async () => {
    const [, asked, kept] = await ask('chi oi cho e hoi, nha e 3 nguoi, e lam cong nhan luong 6tr, chong e chay grab 5tr, o binh duong', 'vay nha e la ho j', '2');
    expect(asked).toContain('3.666.667 đồng/người/tháng');
    expect(asked).toContain('hộ không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình');
    expect(asked).not.toContain('Giải thích ngắn');
    expect(asked).toContain('Đồng ý lưu');
    expect(kept).toContain('Câu 4/15');
  });

  it('"z nha tui la ho gi" when the indicators decide: the two classes it may be, then the consent question', async () => {
    const [, asked] = await ask('nha tui 5 nguoi o que thu nhap 6 trieu', 'z nha tui la ho gi');
    expect(asked).toContain('1.200.000 đồng/người/tháng');
    expect(asked).toContain('hộ cận nghèo hoặc hộ nghèo');
    expect(asked).not.toContain('Giải thích ngắn');
    expect(asked).toContain('bạn chọn “Đồng ý lưu” hoặc “Không lưu”');
  });
});

describe('a class\'s supports asked for next year', () => {
  it.each([
    ['ho ngheo nam 2027 dc ho tro j', 'hộ nghèo'],
    ['nam sau ho can ngheo dc huong nhung gi', 'hộ cận nghèo'],
  ])('"%s": the list on 01/01/2027 (was: today\'s, the year asked unsaid)', async (typed, label) => {
    const [list] = await ask(typed);
    expect(list).toContain(`Hỗ trợ cho ${label} (áp dụng ngày 01/01/2027):`);
  });

  it('guard: "ho ngheo dc ho tro j" is today\'s list', async () => {
    const [list] = await ask('ho ngheo dc ho tro j');
    expect(list).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 04/12/2026):');
  });
});
