/**
 * Round 36 mend36b: ordinary residents' messages that round 36's new words misread, each back to its own answer.
 * 1. "con tui bi tu ki" (autism, "tự kỉ"): no member in prison; "nha tui o di linh" (the district): no member in the army.
 * 2. "o xa moi ve que", "di lam xa moi co tien" (far away): no commune merger.
 * 3. "nha tui bi bao la …" (was told), "mat het ho tro", "mat het giay to": no disaster.
 * 4. "giay chung nhan ho ngheo nop cho ai": the procedure, no dispute.
 * 5. "con tui di bien, nha tui co dc xet ho ngheo ko": the check, not the livelihood card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r36-mend36b');

const CHECK_STARTS = 'Mình sẽ hỏi';
const DISASTER = 'Hộ gặp biến cố trong năm';
const MERGER = 'không còn cấp huyện';

describe('health and places that hold a member away', () => {
  it('"… thu nhap 3 trieu, con tui bi tu ki": nobody counted away in prison', async () => {
    const text = await after([], 'nha tui 4 nguoi o nong thon, thu nhap 3 trieu, con tui bi tu ki');
    expect(text).toContain('÷ 4 người');
    expect(text).not.toContain('ở tù');
    expect(text).toContain('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.');
  });
  it('"con tui bi tu ki, z nha tui con tinh may nguoi": the disability card', async () => {
    const text = await after([], 'con tui bi tu ki, z nha tui con tinh may nguoi');
    expect(text).toContain('Người khuyết tật');
    expect(text).not.toContain('chuyển nơi ở');
  });
  it('"nha tui o di linh, 5 nguoi, co tinh may nguoi": the check starts, no one in the army', async () => {
    const text = await after([], 'nha tui o di linh, 5 nguoi, co tinh may nguoi');
    expect(text).toContain('Số người: 5');
    expect(text).toContain(CHECK_STARTS);
    expect(text).not.toContain('nghĩa vụ quân sự');
    expect(text).not.toContain('chuyển nơi ở');
  });
});

describe('"xa moi" of distance', () => {
  it.each(['nha tui o xa moi ve que, co dc xet ho can ngheo ko', 'tui phai di lam xa moi co tien nuoi con, nha tui co dc xet ho ngheo ko'])(
    '"%s": no commune merger', async (asked) => {
      expect(await after([], asked)).not.toContain(MERGER);
    });
});

describe('"bị báo", "mất hết" with no disaster', () => {
  it('"nha tui bi bao la ko du dieu kien ho ngheo, phai lam gi": the written refusal with reasons', async () => {
    const text = await after([], 'nha tui bi bao la ko du dieu kien ho ngheo, phai lam gi');
    expect(text).toContain('trả lời bằng văn bản và nêu rõ lý do');
    expect(text).not.toContain(DISASTER);
  });
  it('"nha tui bi rot ho ngheo roi, mat het ho tro, phai lam gi": off the list', async () => {
    const text = await after([], 'nha tui bi rot ho ngheo roi, mat het ho tro, phai lam gi');
    expect(text).toContain('không còn tên) trong danh sách hộ nghèo');
    expect(text).not.toContain(DISASTER);
  });
  it('"nha tui bi mat het giay to ho ngheo roi, phai lam gi": no disaster', async () => {
    expect(await after([], 'nha tui bi mat het giay to ho ngheo roi, phai lam gi')).not.toContain(DISASTER);
  });
});

describe('to whom, no dispute', () => {
  it('"tui thac mac, giay chung nhan ho ngheo nop cho ai": the procedure', async () => {
    const text = await after([], 'tui thac mac, giay chung nhan ho ngheo nop cho ai');
    expect(text).toContain('Thủ tục rà soát, công nhận hộ nghèo');
    expect(text).not.toContain('Hộ không đồng ý với kết quả');
  });
});

describe('a fisherman asking the review', () => {
  it('"con tui di bien, nha tui co dc xet ho ngheo ko": the check, not the livelihood card', async () => {
    const text = await after([], 'con tui di bien, nha tui co dc xet ho ngheo ko');
    expect(text).toContain(CHECK_STARTS);
    expect(text).not.toContain('đa dạng hóa sinh kế');
  });
});
